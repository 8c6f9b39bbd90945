package library

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// The explorer's own voice: no field the explorer writes itself uses the
// words it teaches students to notice. The rule, as docs/article-format.md
// states it:
//
//   - The words to notice are those of each passage in the article's
//     loaded-language list, less function words ("the", "of", "and"…) and
//     less the words that lie inside a mention there (names are not
//     loaded: "war" in "cruel and senseless war").
//   - Inflections count as the same word: "claim", "claims", "claimed"
//     and "claiming" are one word, and so are "defeat" and "defeated",
//     "regime" and "regimes".
//   - The fields checked are those the explorer writes: the title; each
//     entity's name and description; each dating's reasoning and doubt;
//     each claim's question, checks and settle; each party's name,
//     statement and channel; each loaded phrase's why and neutral wording.
//     The text, the aliases and the anchors are the article's words.
//   - A passage in double quotation marks ("…" or “…”) that the article's
//     text contains, word for word, is the article's words quoted and is
//     not checked. A quoted passage the text does not contain is checked
//     like the rest: quotation marks do not excuse the explorer's own
//     words.

// functionWords are never words to notice, wherever they stand.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "but": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true,
	"with": true, "as": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"it": true, "its": true, "that": true, "this": true, "he": true, "she": true, "they": true,
	"his": true, "her": true, "their": true, "not": true, "no": true,
}

// voiceFile is an article file whose own voice is checked.
type voiceFile struct {
	name string
	a    *article.Article
}

// voiceFiles loads the default article and every article file under
// app/library and app/exercise/testdata/articles.
func voiceFiles(t *testing.T) []voiceFile {
	t.Helper()
	var paths []string
	for _, pattern := range []string{"articles/*.json", "testdata/*.json", "../exercise/testdata/articles/*.json"} {
		got, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, got...)
	}
	if len(paths) < 3 {
		t.Fatalf("found %d article files, want at least 3", len(paths))
	}
	var out []voiceFile
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(path, b)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, voiceFile{path, a})
	}
	return out
}

// voiceField is one field the explorer writes, and where it is.
type voiceField struct{ where, text string }

// ownFields lists every field of a the explorer writes itself.
func ownFields(a *article.Article) []voiceField {
	out := []voiceField{{"title", a.Title}}
	dating := func(where string, d *article.Dating) {
		if d != nil {
			out = append(out, voiceField{where + " reasoning", d.Reasoning}, voiceField{where + " doubt", d.Doubt})
		}
	}
	dating("written", a.Written)
	for _, e := range a.Entities {
		out = append(out, voiceField{"entity " + e.ID + " name", e.Name}, voiceField{"entity " + e.ID + " description", e.Description})
		dating("entity "+e.ID+" when", e.When)
	}
	for _, c := range a.Claims {
		out = append(out, voiceField{"claim " + c.ID + " question", c.Question}, voiceField{"claim " + c.ID + " settle", c.Settle})
		for i, check := range c.Checks {
			out = append(out, voiceField{"claim " + c.ID + " check " + string(rune('1'+i)), check})
		}
		for _, p := range c.Parties {
			where := "claim " + c.ID + ", party " + p.ID
			out = append(out, voiceField{where + " name", p.Name}, voiceField{where + " statement", p.Statement}, voiceField{where + " channel", p.Channel})
		}
	}
	for _, l := range a.Loaded {
		where := "loaded " + strings.ToLower(a.Text[l.Start:l.End])
		out = append(out, voiceField{where + " why", l.Why}, voiceField{where + " neutral", l.Neutral})
	}
	return out
}

// loadedWords returns the words to notice of a, by stem, each with the
// loaded passage it comes from.
func loadedWords(a *article.Article) map[string]string {
	out := map[string]string{}
	for _, l := range a.Loaded {
		passage := a.Text[l.Start:l.End]
		for _, w := range textWords(passage, l.Start) {
			inName := false
			for _, m := range a.Mentions {
				if m.Start <= w.at && w.at+len(w.word) <= m.End {
					inName = true
				}
			}
			if s := stem(w.word); !inName && !functionWords[s] {
				out[s] = passage
			}
		}
	}
	return out
}

// textWord is a word and its byte offset.
type textWord struct {
	word string
	at   int
}

// textWords splits s into words: runs of letters and digits, joined by an
// inner hyphen or apostrophe ("neo-Nazi", "Ukraine's"). at is added to
// each offset.
func textWords(s string, at int) []textWord {
	var out []textWord
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !inWord && start >= 0 && (r == '-' || r == '\'' || r == '’') {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			inWord = unicode.IsLetter(next) || unicode.IsDigit(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, textWord{s[start:i], at + start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, textWord{s[start:], at + start})
	}
	return out
}

// stem lowers a word and takes off a possessive and one inflection, so
// that the forms of one word meet: "claims", "claimed" and "claim" give
// "claim"; "regimes" and "regime" give "regim"; "enemies" gives "enemy".
func stem(w string) string {
	w = strings.ToLower(w)
	for _, s := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, s)
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	}
	for _, suffix := range []string{"ing", "ed", "es", "s", "ly"} {
		if strings.HasSuffix(w, suffix) && len(w)-len(suffix) >= 3 {
			w = w[:len(w)-len(suffix)]
			break
		}
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// unquoted returns field with every passage in double quotation marks
// that text contains, as whole words and in any case, blanked out.
func unquoted(field, text string) string {
	lower := strings.ToLower(text)
	var b strings.Builder
	for rest := field; rest != ""; {
		open := strings.IndexAny(rest, "\"“")
		if open < 0 {
			b.WriteString(rest)
			break
		}
		openMark, closing := "\"", "\""
		if strings.HasPrefix(rest[open:], "“") {
			openMark, closing = "“", "”"
		}
		start := open + len(openMark)
		end := strings.Index(rest[start:], closing)
		if end < 0 {
			b.WriteString(rest)
			break
		}
		end += start
		quote := rest[start:end]
		b.WriteString(rest[:start])
		if containsWords(lower, strings.ToLower(quote)) {
			b.WriteString(strings.Repeat(" ", len(quote)))
		} else {
			b.WriteString(quote)
		}
		b.WriteString(closing)
		rest = rest[end+len(closing):]
	}
	return b.String()
}

// containsWords reports whether text contains s with no letter or digit
// right before or after it.
func containsWords(text, s string) bool {
	return strings.TrimSpace(s) != "" && len(wordOccurrences(text, s)) > 0
}

// ownVoiceProblems lists each use of a word to notice in a field the
// explorer writes, outside the article's quoted words.
func ownVoiceProblems(a *article.Article) []string {
	words := loadedWords(a)
	if len(words) == 0 {
		return nil
	}
	var out []string
	for _, f := range ownFields(a) {
		for _, w := range textWords(unquoted(f.text, a.Text), 0) {
			if passage, ok := words[stem(w.word)]; ok {
				out = append(out, f.where+": uses "+curly(w.word)+", a word of the loaded "+curly(passage)+": "+f.text)
			}
		}
	}
	return out
}

func curly(s string) string { return "“" + s + "”" }

// TestOwnVoice checks the default article and every article file of the
// library and of the exercises' tests against the rule above.
func TestOwnVoice(t *testing.T) {
	checked := 0
	for _, f := range voiceFiles(t) {
		if len(f.a.Loaded) == 0 {
			continue
		}
		checked++
		for _, p := range ownVoiceProblems(f.a) {
			t.Errorf("%s: %s", f.name, p)
		}
	}
	if checked < 3 {
		t.Errorf("%d files with a loaded-language list checked, want at least 3 (the default article and the two Porto articles)", checked)
	}
}

// TestOwnVoiceRule checks the rule itself on small cases.
func TestOwnVoiceRule(t *testing.T) {
	stems := []struct{ a, b string }{
		{"claim", "claimed"}, {"claims", "Claimed"}, {"claiming", "claim"},
		{"regime", "regimes"}, {"narrative", "narratives"}, {"defeat", "defeated"},
		{"enemy", "enemies"}, {"rhetoric", "Rhetoric"}, {"senseless", "senseless"},
	}
	for _, tt := range stems {
		if stem(tt.a) != stem(tt.b) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want the same", tt.a, stem(tt.a), tt.b, stem(tt.b))
		}
	}
	for _, tt := range []struct{ a, b string }{{"claim", "acclaim"}, {"war", "wary"}, {"full", "full-scale"}} {
		if stem(tt.a) == stem(tt.b) {
			t.Errorf("stem(%q) = stem(%q) = %q; want them apart", tt.a, tt.b, stem(tt.a))
		}
	}

	text := "Putin hailed \"the full defeat of the enemy,\" echoing rhetoric about a neo-Nazi regime in the war."
	a := &article.Article{
		Text:     text,
		Entities: []article.Entity{{ID: "war", Type: article.Event}},
		Mentions: []article.Mention{{Entity: "war", Span: span(text, "the war")}},
		Loaded: []article.LoadedPhrase{
			{Span: span(text, "the full defeat of the enemy"), Why: "x", Neutral: "y"},
			{Span: span(text, "rhetoric"), Why: "x", Neutral: "y"},
			{Span: span(text, "neo-Nazi regime in the war"), Why: "x", Neutral: "y"},
		},
	}
	got := slices.Sorted(func(yield func(string) bool) {
		for w := range loadedWords(a) {
			if !yield(w) {
				return
			}
		}
	})
	if want := []string{"defeat", "enemy", "full", "neo-nazi", "regim", "rhetoric"}; !slices.Equal(got, want) {
		t.Errorf("loadedWords = %v, want %v (no function words, nothing inside a name)", got, want)
	}

	tests := []struct {
		field string
		bad   bool
	}{
		{"Is Ukraine's government a \"neo-Nazi regime\"?", false},        // quoted from the text
		{"“Regime” suggests a government with no right to rule.", false}, // quoted, in any case
		{"Putin's speech.", false},
		{"The Kremlin's rhetoric.", true},
		{"Ask whether the regimes differ.", true},
		{"It calls the war a \"criminal regime\".", true}, // quoted, but not from the text
		{"Putin says Russian forces defeated Ukraine's.", true},
		{"How the war ended.", false}, // a name, not a word to notice
	}
	for _, tt := range tests {
		var bad []string
		for _, w := range textWords(unquoted(tt.field, text), 0) {
			if _, ok := loadedWords(a)[stem(w.word)]; ok {
				bad = append(bad, w.word)
			}
		}
		if got := len(bad) > 0; got != tt.bad {
			t.Errorf("%q: words to notice %v; want a problem: %v", tt.field, bad, tt.bad)
		}
	}
}

// span is where s stands in text.
func span(text, s string) article.Span {
	i := strings.Index(text, s)
	return article.Span{Start: i, End: i + len(s)}
}

package exercise

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// maxQuote is how many characters of a passage a prompt or an explanation
// quotes before it shortens it.
const maxQuote = 120

// quoted puts a passage in curly quotation marks, shortened at a word
// boundary with an ellipsis when it is longer than maxQuote characters.
func quoted(s string) string {
	return "“" + shorten(strings.TrimSpace(s), maxQuote) + "”"
}

// shorten cuts s to at most n characters, at a word boundary when there
// is one, and marks the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// names joins names as a reader would, within a sentence: "A", "A and
// B", "A, B and C".
func names(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return mid(list[0])
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = mid(s)
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

// possessive adds the possessive ending to a name, within a sentence:
// "Russia's", "United States'", "the mayor's".
func possessive(name string) string {
	name = mid(name)
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// pluralName reports whether a party's name is a plural common noun ("the
// islanders", "Ukrainian forces"), which takes "they dispute it" rather
// than "it disputes it". A capitalized last word is taken for a proper
// name, singular however it ends ("the United States", "Armed Forces").
func pluralName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	last := strings.Trim(words[len(words)-1], ".,;:'’\"")
	if last == "" || strings.ToLower(last) != last {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "news"} {
		if strings.HasSuffix(last, end) {
			return false
		}
	}
	return strings.HasSuffix(last, "s")
}

// they is the pronoun for a party: "it", or "they" for a plural name;
// them and their are its other cases.
func they(name string) string  { return pick(name, "it", "they") }
func them(name string) string  { return pick(name, "it", "them") }
func their(name string) string { return pick(name, "its", "their") }

func pick(name, one, many string) string {
	if pluralName(name) {
		return many
	}
	return one
}

// mid writes a name as it stands within a sentence: a leading "The"
// becomes "the" ("the mayor"), and a name that English gives "the" gets
// it ("the United States", "the Kremlin").
func mid(name string) string {
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		return "the " + rest
	}
	if takesThe(name) {
		return "the " + name
	}
	return name
}

// theWords are the words that make a proper name one that English gives
// "the": "the United States", "the European Union", "the General Staff".
// One string, with a space on either side of each word, is smaller in the
// reading program than a map.
const theWords = " states kingdom union nations emirates republic netherlands philippines kremlin pentagon vatican" +
	" department ministry staff house council commission committee government administration army navy police" +
	" senate court un eu us uk "

// takesThe reports whether a name that does not begin with "the" is one
// English gives "the" within a sentence: a proper name with one of
// theWords, and no possessive ("Ukraine's General Staff" takes none).
func takesThe(name string) bool {
	if strings.HasPrefix(name, "the ") || strings.ContainsAny(name, "'’") {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 0 || !unicode.IsUpper([]rune(words[0])[0]) {
		return false
	}
	for _, w := range words {
		if strings.Contains(theWords, " "+strings.ToLower(strings.Trim(w, ".,;:"))+" ") {
			return true
		}
	}
	return false
}

// capital writes s as it stands at the start of a sentence or a list
// item: with a capital first letter.
func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// sentence returns the sentence of the text that contains s, within s's
// paragraph; or s itself when s lies in no paragraph.
func (g *gen) sentence(s article.Span) article.Span {
	p := g.paragraph(s)
	if p < 0 {
		return s
	}
	for _, sent := range g.sentences(g.paragraphs[p]) {
		if sent.Start <= s.Start && s.Start < sent.End {
			return sent
		}
	}
	return g.paragraphs[p]
}

// sentencesAround returns the sentence or sentences of the text that hold
// s, within s's paragraph; or s itself when s lies in no paragraph.
func (g *gen) sentencesAround(s article.Span) article.Span {
	p := g.paragraph(s)
	if p < 0 {
		return s
	}
	out := g.paragraphs[p]
	first := true
	for _, sent := range g.sentences(g.paragraphs[p]) {
		if sent.End > s.Start && sent.Start < s.End {
			if first {
				out.Start, first = sent.Start, false
			}
			out.End = sent.End
		}
	}
	return out
}

// sentences splits a paragraph into sentences. A sentence ends at ".",
// "!" or "?", with any closing quotation marks after it, followed by a
// space and a capital letter or an opening quotation mark. Punctuation
// inside a quote does not end a sentence, unless it ends the quote.
func (g *gen) sentences(p article.Span) []article.Span {
	t := g.a.Text
	var out []article.Span
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		if c := t[i]; c != '.' && c != '!' && c != '?' || g.insideQuote(i) {
			continue
		}
		j := i + 1
		for j < p.End {
			if strings.ContainsRune(".!?\"')", rune(t[j])) {
				j++
				continue
			}
			if r, size := utf8.DecodeRuneInString(t[j:]); r == '”' || r == '’' {
				j += size
				continue
			}
			break
		}
		if j >= p.End {
			break
		}
		k := j
		for k < p.End && t[k] == ' ' {
			k++
		}
		r, _ := utf8.DecodeRuneInString(t[k:])
		if k == j || k == p.End || !unicode.IsUpper(r) && !strings.ContainsRune("\"'“‘", r) {
			i = j - 1
			continue
		}
		out = append(out, article.Span{Start: start, End: j})
		start, i = k, k-1
	}
	return append(out, article.Span{Start: start, End: p.End})
}

// insideQuote reports whether the byte at i lies inside a quote and is not
// its last byte.
func (g *gen) insideQuote(i int) bool {
	for _, q := range g.a.Quotes {
		if q.Start <= i && i < q.End-1 {
			return true
		}
	}
	return false
}

// window returns the words around a span, at most n on either side,
// within its sentence and outside any quote that does not contain it,
// with an ellipsis where the word count cuts it short.
func (g *gen) window(s article.Span, n int) string {
	t := g.a.Text
	sent := g.sentence(s)
	lo, hi := sent.Start, sent.End
	for _, q := range g.a.Quotes {
		switch {
		case q.Contains(s):
		case q.End <= s.Start:
			lo = max(lo, q.End)
		case q.Start >= s.End:
			hi = min(hi, q.Start)
		}
	}
	const marks = " \"“”‘’',:;"
	for lo < s.Start {
		r, size := utf8.DecodeRuneInString(t[lo:])
		if !strings.ContainsRune(marks, r) {
			break
		}
		lo += size
	}
	for hi > s.End {
		r, size := utf8.DecodeLastRuneInString(t[:hi])
		if !strings.ContainsRune(marks, r) {
			break
		}
		hi -= size
	}
	start := s.Start
	for w := 0; w < n && start > lo; w++ {
		for start > lo && t[start-1] == ' ' {
			start--
		}
		for start > lo && t[start-1] != ' ' {
			start--
		}
	}
	end := s.End
	for w := 0; w < n && end < hi; w++ {
		for end < hi && t[end] == ' ' {
			end++
		}
		for end < hi && t[end] != ' ' {
			end++
		}
	}
	out := strings.TrimSpace(t[start:end])
	if start > lo {
		out = "…" + out
	}
	if end < hi {
		out += "…"
	}
	return out
}

// period ends a sentence with a full stop, unless a quotation it ends
// with already closes on one.
func period(s string) string {
	for _, end := range []string{".”", "!”", "?”", ".", "!", "?"} {
		if strings.HasSuffix(s, end) {
			return s
		}
	}
	return s + "."
}

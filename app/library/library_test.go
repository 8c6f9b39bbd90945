package library

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// sourceText is the article's text as it was handed in, byte for byte:
// the text of the embedded article file must be exactly this.
const sourceText = "testdata/kursk.txt"

func loadDefault(t *testing.T) *article.Article {
	t.Helper()
	a, _, err := Default()
	if err != nil {
		t.Fatalf("Default() error = %v", err)
	}
	return a
}

// mentionText is the passage a mention covers.
func mentionText(a *article.Article, s article.Span) string {
	return a.Text[s.Start:s.End]
}

func TestDefaultLoads(t *testing.T) {
	a, raw, err := Default()
	if err != nil {
		t.Fatalf("Default() error = %v", err)
	}
	if len(raw) == 0 {
		t.Errorf("Default() returned no file bytes")
	}
	if a.ID != DefaultID {
		t.Errorf("ID = %q, want %q", a.ID, DefaultID)
	}
	want, err := os.ReadFile(sourceText)
	if err != nil {
		t.Fatalf("reading %s: %v", sourceText, err)
	}
	if got := a.Text; got != string(want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("Text differs from %s at byte %d: got %d bytes, want %d", sourceText, i, len(got), len(want))
	}
}

func TestDefaultConventions(t *testing.T) {
	a := loadDefault(t)
	tests := []struct {
		exact  string
		before string // text standing right before the mention, if needed
		nth    int    // which of the remaining matches, in text order, from 0
		entity string
		typ    article.Type
	}{
		// A title stays outside the name; the nationality is a group.
		{exact: "Russian", nth: 0, entity: "russians", typ: article.Group},
		{exact: "Vladimir Putin", entity: "putin", typ: article.Person},
		{exact: "General Staff", before: "Chief of the ", entity: "ru-general-staff", typ: article.Organization},
		{exact: "Valery Gerasimov", entity: "gerasimov", typ: article.Person},
		{exact: "Donald Trump", before: "President ", entity: "trump", typ: article.Person},
		{exact: "Ukrainian", before: "with ", entity: "ukrainians", typ: article.Group},
		{exact: "Volodymyr Zelensky", before: "President ", entity: "zelensky", typ: article.Person},
		{exact: "Pope Francis' funeral", entity: "pope-francis-funeral", typ: article.Event},
		{exact: "Francis", before: "Pope ", entity: "pope-francis", typ: article.Person},
		// Every repetition of Putin, and the descriptive mention.
		{exact: "Putin", before: "Gerasimov told ", entity: "putin", typ: article.Person},
		{exact: "Putin", before: "\n", nth: 0, entity: "putin", typ: article.Person},
		{exact: "Putin", before: "disputed ", entity: "putin", typ: article.Person},
		{exact: "Putin", before: "reason for ", entity: "putin", typ: article.Person},
		{exact: "Putin", before: "\n", nth: 1, entity: "putin", typ: article.Person},
		{exact: "The Kremlin leader", entity: "putin", typ: article.Person},
		// The Kremlin is an organization, also inside "The Kremlin leader".
		{exact: "Kremlin", before: "marked the ", entity: "kremlin", typ: article.Organization},
		{exact: "Kremlin", before: "The ", entity: "kremlin", typ: article.Organization},
		{exact: "Kremlin", before: "reinforce the ", entity: "kremlin", typ: article.Organization},
		// Places.
		{exact: "Ukraine", before: "forces in ", entity: "ukraine", typ: article.Place},
		{exact: "Ukraine", before: "General Staff of ", entity: "ukraine", typ: article.Place},
		{exact: "Ukraine", before: "frames ", entity: "ukraine", typ: article.Place},
		{exact: "Kursk region", entity: "kursk", typ: article.Place},
		{exact: "Kursk border region", entity: "kursk", typ: article.Place},
		{exact: "Kursk Oblast", entity: "kursk", typ: article.Place},
		{exact: "Democratic People's Republic of Korea", entity: "north-korea", typ: article.Place},
		{exact: "North Korea", entity: "north-korea", typ: article.Place},
		{exact: "Moscow", entity: "moscow", typ: article.Place},
		{exact: "Pyongyang", entity: "pyongyang", typ: article.Place},
		{exact: "Russia", before: "western ", entity: "russia", typ: article.Place},
		{exact: "U.S.", entity: "united-states", typ: article.Place},
		{exact: "United States", entity: "united-states", typ: article.Place},
		// Organizations.
		{exact: "General Staff of Ukraine's Armed Forces", entity: "ua-general-staff", typ: article.Organization},
		{exact: "South Korean media", entity: "south-korean-media", typ: article.Organization},
		{exact: "State Department", entity: "state-department", typ: article.Organization},
		{exact: "Telegram", entity: "telegram", typ: article.Organization},
		{exact: "Truth Social", entity: "truth-social", typ: article.Organization},
		// Groups: nationality and religion adjectives.
		{exact: "North Korean", before: "11,000 ", entity: "north-koreans", typ: article.Group},
		{exact: "South Korean", entity: "south-koreans", typ: article.Group}, // inside "South Korean media"
		{exact: "Jewish", entity: "jews", typ: article.Group},
		// Dates, numbers and events.
		{exact: "Saturday", entity: "saturday", typ: article.Date},
		{exact: "January and February", entity: "january-february", typ: article.Date},
		{exact: "the last few days", entity: "last-few-days", typ: article.Date},
		{exact: `two weeks before Russia's annual "Victory Day" celebration`, entity: "before-victory-day", typ: article.Date},
		{exact: "more than 11,000", entity: "troops-11000", typ: article.Number},
		{exact: "3,000", entity: "troops-3000", typ: article.Number},
		{exact: "Victory Day", entity: "victory-day", typ: article.Event},
		{exact: "the conflict", entity: "russia-ukraine-war", typ: article.Event},
		{exact: "the invasion", entity: "russia-ukraine-war", typ: article.Event},
		{exact: "war", before: "senseless ", entity: "russia-ukraine-war", typ: article.Event},
		{exact: "the war", entity: "russia-ukraine-war", typ: article.Event},
	}
	for _, tt := range tests {
		var found []article.Mention
		for _, m := range a.Mentions {
			if mentionText(a, m.Span) == tt.exact && strings.HasSuffix(a.Text[:m.Start], tt.before) {
				found = append(found, m)
			}
		}
		if tt.nth >= len(found) {
			t.Errorf("mention %q after %q, number %d: not annotated (%d found)", tt.exact, tt.before, tt.nth, len(found))
			continue
		}
		m := found[tt.nth]
		if got := m.Entity; got != tt.entity {
			t.Errorf("mention %q after %q, number %d: entity = %q, want %q", tt.exact, tt.before, tt.nth, got, tt.entity)
		}
		if got := a.TypeOf(m.Entity); got != tt.typ {
			t.Errorf("mention %q after %q, number %d: type = %q, want %q", tt.exact, tt.before, tt.nth, got, tt.typ)
		}
	}

	// Titles stay outside people's names.
	titles := []string{"President", "Russian President", "Ukrainian President", "Chief", "Pope"}
	for _, m := range a.Mentions {
		if a.TypeOf(m.Entity) != article.Person {
			continue
		}
		for _, title := range titles {
			if s := mentionText(a, m.Span); strings.HasPrefix(s, title+" ") {
				t.Errorf("person mention %q (%s) starts with the title %q", s, m.ID, title)
			}
		}
	}

	// A leading "the" and a possessive 's stay outside names; only
	// descriptive mentions keep their determiner.
	descriptive := map[string]bool{
		"The Kremlin leader": true,
		"the conflict":       true,
		"the invasion":       true,
		"the war":            true,
		"the last few days":  true,
	}
	for _, m := range a.Mentions {
		s := mentionText(a, m.Span)
		if (strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "The ")) && !descriptive[s] {
			t.Errorf("mention %q (%s) starts with \"the\"", s, m.ID)
		}
		if strings.HasSuffix(s, "'s") {
			t.Errorf("mention %q (%s) ends with a possessive 's", s, m.ID)
		}
		// "North Korean troops": only the nationality is annotated.
		if strings.Contains(s, "troops") || strings.Contains(s, "soldiers") {
			t.Errorf("mention %q (%s) takes in the troops; only the nationality is a group", s, m.ID)
		}
	}

	// "more than 11,000" is one quantity: nothing else is a number inside it.
	var numbers []string
	for _, m := range a.Mentions {
		if a.TypeOf(m.Entity) == article.Number {
			numbers = append(numbers, mentionText(a, m.Span))
		}
	}
	if got, want := strings.Join(numbers, "|"), "more than 11,000|3,000"; got != want {
		t.Errorf("number mentions = %q, want %q", got, want)
	}

	// Putin is named in several ways.
	texts := map[string]bool{}
	for _, m := range a.MentionsOf("putin") {
		texts[mentionText(a, m.Span)] = true
	}
	if len(texts) < 3 {
		t.Errorf("putin has %d distinct mention texts (%v), want at least 3", len(texts), texts)
	}
	for _, want := range []string{"Vladimir Putin", "Putin", "The Kremlin leader"} {
		if !texts[want] {
			t.Errorf("putin is never mentioned as %q", want)
		}
	}
	if got, want := len(a.MentionsOf("putin")), 7; got != want {
		t.Errorf("putin has %d mentions, want %d", got, want)
	}
}

func TestEveryQuotedPassageAnnotated(t *testing.T) {
	a := loadDefault(t)
	quotes := map[article.Span]article.QuoteSpan{}
	for _, q := range a.Quotes {
		quotes[q.Span] = q
	}
	var passages []article.Span
	for i := 0; i < len(a.Text); {
		open := strings.IndexByte(a.Text[i:], '"')
		if open < 0 {
			break
		}
		open += i
		end := strings.IndexByte(a.Text[open+1:], '"')
		if end < 0 {
			t.Fatalf("quotation mark at byte %d is never closed", open)
		}
		end += open + 1
		passages = append(passages, article.Span{Start: open + 1, End: end})
		i = end + 1
	}
	nQuotes := 0
	for _, p := range passages {
		text := a.Text[p.Start:p.End]
		if text == "Victory Day" {
			if _, ok := quotes[p]; ok {
				t.Errorf("%q is annotated as a quote; quotation marks around a name do not make one", text)
			}
			event := false
			for _, m := range a.Mentions {
				if m.Span == p && a.TypeOf(m.Entity) == article.Event {
					event = true
				}
			}
			if !event {
				t.Errorf("%q is not an event mention", text)
			}
			continue
		}
		nQuotes++
		if _, ok := quotes[p]; !ok {
			t.Errorf("quoted passage %q is not exactly a quote annotation", text)
		}
	}
	if got := len(a.Quotes); got != nQuotes {
		t.Errorf("%d quotes, want %d (one for each quoted passage)", got, nQuotes)
	}

	speakers := []struct {
		start   string
		speaker string
	}{
		{"I would like to separately note", "gerasimov"},
		{"significant assistance", "gerasimov"},
		{"comprehensive, strategic partnership", "gerasimov"},
		{"the full defeat of the enemy", "putin"},
		{"creates conditions for further", "putin"},
		{"the defeat of the neo-Nazi regime closer,", "putin"},
		{"Ukrainian defensive operations", "ua-general-staff"},
		{"very productive", "trump"},
		{"cruel and senseless war.", "trump"},
		{"There was no reason", "trump"},
		{"It makes me think", "trump"},
		{"neo-Nazi.", "kremlin"},
	}
	used := make([]bool, len(speakers))
	for _, q := range a.Quotes {
		text := a.Text[q.Start:q.End]
		row := -1
		for i, s := range speakers {
			if strings.HasPrefix(text, s.start) {
				if row >= 0 {
					t.Errorf("quote %q matches both %q and %q", text, speakers[row].start, s.start)
				}
				row = i
			}
		}
		if row < 0 {
			t.Errorf("quote %q (%s) has no speaker in the table", text, q.ID)
			continue
		}
		if used[row] {
			t.Errorf("more than one quote starts with %q", speakers[row].start)
		}
		used[row] = true
		if got, want := q.Speaker, speakers[row].speaker; got != want {
			t.Errorf("quote %q: speaker = %q, want %q", text, got, want)
		}
	}
	for i, s := range speakers {
		if !used[i] {
			t.Errorf("no quote starts with %q", s.start)
		}
	}
}

func TestCounts(t *testing.T) {
	a := loadDefault(t)
	c := a.Counts()
	for _, typ := range article.Types {
		if got := c[typ]; got < 1 {
			t.Errorf("Counts()[%q] = %d, want at least 1", typ, got)
		}
	}
}

// nameTitles begin canonical names whose title stays outside the mention
// ("Pope Francis' funeral" mentions "Francis").
var nameTitles = []string{"Pope "}

func TestEveryNameMentioned(t *testing.T) {
	a := loadDefault(t)
	for _, e := range a.Entities {
		mentions := a.MentionsOf(e.ID)
		if len(mentions) == 0 {
			t.Errorf("entity %q is never mentioned", e.ID)
		}
		names := append([]string{e.Name}, e.Aliases...)
		for _, name := range names {
			for _, at := range wordOccurrences(a.Text, name) {
				occ := article.Span{Start: at, End: at + len(name)}
				if covered(a, e, occ, mentions) {
					continue
				}
				t.Errorf("%q at byte %d (%q) is not inside a mention of %q",
					name, at, around(a.Text, occ), e.ID)
			}
		}
	}
}

// covered reports whether the occurrence occ of one of e's names is
// annotated as e, or belongs to the name of another entity of e's type
// ("General Staff" in "General Staff of Ukraine's Armed Forces").
func covered(a *article.Article, e article.Entity, occ article.Span, mentions []article.Mention) bool {
	for _, m := range mentions {
		if m.Span.Contains(occ) {
			return true
		}
	}
	for _, title := range nameTitles {
		if !strings.HasPrefix(a.Text[occ.Start:occ.End], title) {
			continue
		}
		rest := article.Span{Start: occ.Start + len(title), End: occ.End}
		for _, m := range mentions {
			if m.Span == rest {
				return true
			}
		}
	}
	for _, m := range a.Mentions {
		if m.Entity != e.ID && a.TypeOf(m.Entity) == e.Type && m.Span.Contains(occ) && m.Span != occ {
			return true
		}
	}
	return false
}

// wordOccurrences returns the byte offsets where s occurs in text with no
// letter or digit right before or right after it.
func wordOccurrences(text, s string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return out
		}
		at := i + j
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[at+len(s):])
		if !isWordRune(before) && !isWordRune(after) {
			out = append(out, at)
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// around is the occurrence with a little text either side, for messages.
func around(text string, s article.Span) string {
	from, to := max(s.Start-20, 0), min(s.End+20, len(text))
	return text[from:to]
}

package exercise

import (
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestLoadedLanguage checks the loaded-language exercises of the default
// article: one per loaded phrase, in text order, linked to the phrase; the
// other choices are plain phrases of the same paragraph; the explanation
// gives the why, the neutral wording and whose words they are.
func TestLoadedLanguage(t *testing.T) {
	a := kursk(t)
	var got []Exercise
	for _, e := range Generate(a) {
		if e.Kind == LoadedLanguage {
			got = append(got, e)
		}
	}
	want := []struct {
		id, answer, paragraph string
		voice                 string // whose words the explanation says they are
	}{
		{"loaded-language/l1", "claimed", "paragraph 1", "the article's own words"},
		{"loaded-language/l2", "the full defeat of the enemy", "paragraph 3", "Vladimir Putin's words"},
		{"loaded-language/l3", "neo-Nazi regime", "paragraph 3", "Vladimir Putin's words"},
		{"loaded-language/l4", "rhetoric", "paragraph 3", "the article's own words"},
		{"loaded-language/l5", "cruel and senseless war", "paragraph 6", "Donald Trump's words"},
		{"loaded-language/l6", "narrative", "paragraph 9", "the article's own words"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d loaded-language exercises, want %d", len(got), len(want))
	}
	for i, w := range want {
		e := got[i]
		if e.ID != w.id {
			t.Errorf("exercise %d: ID %q, want %q", i, e.ID, w.id)
			continue
		}
		l := loadedByID(t, a, e.Answer)
		if text := a.Text[l.Start:l.End]; text != w.answer {
			t.Errorf("%s: answer %q, want %q", e.ID, text, w.answer)
		}
		if e.Link != l.ID {
			t.Errorf("%s: link %q, want the phrase %q", e.ID, e.Link, l.ID)
		}
		if !strings.Contains(e.Prompt, w.paragraph) || !strings.Contains(e.Hint, w.paragraph) {
			t.Errorf("%s: prompt or hint does not name %s:\n%s\n%s", e.ID, w.paragraph, e.Prompt, e.Hint)
		}
		for _, part := range []string{l.Why, "“" + l.Neutral + "”", w.voice} {
			if !strings.Contains(e.Explanation, part) {
				t.Errorf("%s: explanation lacks %q:\n%s", e.ID, part, e.Explanation)
			}
		}
		para := a.Paragraphs()[paragraphIndex(a, l.Span)]
		for _, c := range e.Choices {
			if c.ID == e.Answer {
				continue
			}
			m := mentionByID(t, a, c.ID)
			switch {
			case !para.Contains(m.Span):
				t.Errorf("%s: choice %q is not in the phrase's paragraph", e.ID, c.Label)
			case a.TypeOf(m.Entity) == article.Event:
				t.Errorf("%s: choice %q is an event", e.ID, c.Label)
			case slices.ContainsFunc(a.Loaded, func(o article.LoadedPhrase) bool { return o.Start < m.End && m.Start < o.End }):
				t.Errorf("%s: choice %q overlaps a loaded phrase", e.ID, c.Label)
			case !strings.Contains(c.Feedback, "passes no judgement"):
				t.Errorf("%s: feedback for %q: %s", e.ID, c.Label, c.Feedback)
			}
			if r := e.Check(c.ID); r.Correct || r.Feedback != c.Feedback {
				t.Errorf("%s: Check(%q) = %+v, want the choice's feedback", e.ID, c.ID, r)
			}
		}
		if r := e.Check(e.Answer); !r.Correct || !strings.Contains(r.Feedback, l.Why) {
			t.Errorf("%s: Check(answer) = %+v, want right with the why", e.ID, r)
		}
	}
}

// TestLoadedLanguageDegrades checks that loaded phrases that cannot make
// a fair exercise make none, and nothing else breaks.
func TestLoadedLanguageDegrades(t *testing.T) {
	repeat := kursk(t)
	at := strings.LastIndex(repeat.Text, "neo-Nazi")
	repeat.Loaded = append(repeat.Loaded, article.LoadedPhrase{ID: "l7", Speaker: "kremlin", Why: "The same label.", Neutral: "Ukraine's government",
		Span: article.Span{Start: at, End: at + len("neo-Nazi")}})

	broken := kursk(t)
	broken.Loaded = []article.LoadedPhrase{
		{ID: "l1", Why: "Outside the text.", Neutral: "x", Span: article.Span{Start: len(broken.Text) - 3, End: len(broken.Text) + 4}},
		{ID: "l2", Why: "Unknown speaker.", Neutral: "x", Speaker: "nobody", Span: broken.Loaded[1].Span},
		{ID: "l3", Why: " ", Neutral: "x", Span: broken.Loaded[2].Span},
		{ID: "", Why: "No id.", Neutral: "x", Span: broken.Loaded[3].Span},
	}

	// A paragraph with a loaded phrase and nothing plain to set beside it.
	bare, err := article.Parse("bare.json", []byte(`{
  "format": "news-explorer-article/1", "id": "bare", "title": "Bare",
  "text": "A bold plan, say some.",
  "loaded": [{ "exact": "bold plan", "why": "“Bold” praises it.", "neutral": "plan" }]
}`))
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		a    *article.Article
		want []string
	}{
		{"a repeat of an earlier phrase", repeat, []string{"l1", "l2", "l3", "l4", "l5", "l6"}},
		{"broken annotations", broken, nil},
		{"no plain phrase beside it", bare, nil},
		{"none", &article.Article{Text: "Nothing here."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exercises := Generate(tt.a)
			var got []string
			for _, e := range exercises {
				if e.Kind == LoadedLanguage {
					got = append(got, e.Answer)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("loaded-language answers = %v, want %v", got, tt.want)
			}
			checkWellFormed(t, tt.a, exercises)
		})
	}
}

func loadedByID(t *testing.T, a *article.Article, id string) article.LoadedPhrase {
	t.Helper()
	for _, l := range a.Loaded {
		if l.ID == id {
			return l
		}
	}
	t.Fatalf("no loaded phrase %q", id)
	return article.LoadedPhrase{}
}

func mentionByID(t *testing.T, a *article.Article, id string) article.Mention {
	t.Helper()
	for _, m := range a.Mentions {
		if m.ID == id {
			return m
		}
	}
	t.Fatalf("no mention %q", id)
	return article.Mention{}
}

func paragraphIndex(a *article.Article, s article.Span) int {
	for i, p := range a.Paragraphs() {
		if p.Contains(s) {
			return i
		}
	}
	return -1
}

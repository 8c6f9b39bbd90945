package exercise

import (
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// spanOf returns the span of a passage that occurs once in the text.
func spanOf(t *testing.T, a *article.Article, passage string) article.Span {
	t.Helper()
	if n := strings.Count(a.Text, passage); n != 1 {
		t.Fatalf("%q occurs %d times in the text, want once", passage, n)
	}
	i := strings.Index(a.Text, passage)
	return article.Span{Start: i, End: i + len(passage)}
}

// TestCheckSelectionExact selects each accepted passage of each
// find-evidence exercise exactly.
func TestCheckSelectionExact(t *testing.T) {
	for name, a := range map[string]*article.Article{"kursk": kursk(t), "porto": load(t, "porto.json")} {
		for _, e := range Generate(a) {
			if e.Kind != FindEvidence {
				continue
			}
			for _, id := range e.Accepted() {
				s := evidenceSpan(t, a, id)
				if got := e.CheckSelection(a, s.Start, s.End); !got.Correct || got.Feedback != "Right. "+e.Explanation {
					t.Errorf("%s: %s: selecting %s (%q) gives %+v, want it right", name, e.ID, id, a.Text[s.Start:s.End], got)
				}
			}
		}
	}
}

func TestCheckSelection(t *testing.T) {
	a := kursk(t)
	exercises := Generate(a)
	ukraine := find(t, exercises, "find-evidence/kursk-retaken/ukraine")
	russia := find(t, exercises, "find-evidence/kursk-retaken/russia")
	disputed := spanOf(t, a, "Ukraine disputed Putin's claims.")
	continues := spanOf(t, a, "Ukrainian defensive operations in certain areas of Kursk Oblast continue,")
	recapture := spanOf(t, a, "the successful recapture of the Kursk region")
	paragraphs := a.Paragraphs()
	first := paragraphs[0]
	// The sentence around the continues passage, to its quotation mark.
	telegram := spanOf(t, a, `The General Staff of Ukraine's Armed Forces stated in a Telegram post that "Ukrainian defensive operations in certain areas of Kursk Oblast continue,"`)
	announced := article.Span{Start: first.Start, End: strings.Index(a.Text, "region. The announcement") + len("region.")}

	tests := []struct {
		name       string
		e          Exercise
		start, end int
		correct    bool
		feedback   string // a part of the feedback
	}{
		{"exact", ukraine, disputed.Start, disputed.End, true, "Right."},
		{"with the line break and a space around it", ukraine, disputed.Start - 1, disputed.End + 1, true, "Right."},
		{"with its quotation marks", ukraine, continues.Start - 1, continues.End + 1, true, "Right."},
		{"exactly half of the passage", ukraine, continues.Start, continues.Start + (continues.Len()+1)/2, true, "Right."},
		{"less than half of the passage", ukraine, continues.Start, continues.Start + continues.Len()/2 - 1, false, "only part of it"},
		{"one word of the passage", ukraine, continues.Start, continues.Start + len("Ukrainian"), false, "only part of it"},
		{"the passage and as much again", ukraine, disputed.Start, disputed.End + disputed.Len(), true, "Right."},
		{"the passage and a byte more than as much again", ukraine, disputed.Start, disputed.End + disputed.Len() + 1, false, "much else besides"},
		{"the whole paragraph around a short passage", russia, first.Start, first.End, false, "much else besides"},
		{"the sentence that reports the passage", ukraine, telegram.Start, telegram.End, true, "Right."},
		{"the sentence and the first words of the next", russia, announced.Start, announced.End + len(" The announcement"), false, "much else besides"},
		{"the sentence that holds a short passage", russia, announced.Start, announced.End, true, "Right."},
		{"the right paragraph, the wrong words", ukraine, disputed.End + 1, continues.Start - len(" that \""), false, "Right paragraph"},
		{"another party's passage", ukraine, recapture.Start, recapture.End, false, "reports Russia's position on this question"},
		{"the article's framing", ukraine, spanOf(t, a, "what he claimed was").Start, spanOf(t, a, "what he claimed was").End, false, "the article's own wording"},
		{"evidence on another claim", russia, spanOf(t, a, "North Korean troops are actively fighting").Start, spanOf(t, a, "North Korean troops are actively fighting").End, false, "evidence on another question"},
		{"a paragraph with no evidence of the party", ukraine, spanOf(t, a, "Gerasimov told Putin.").Start, spanOf(t, a, "Gerasimov told Putin.").End, false, "does not report Ukraine's position"},
		{"across a paragraph break", ukraine, disputed.Start - 10, disputed.End, false, "runs across paragraphs"},
		{"empty", ukraine, disputed.Start, disputed.Start, false, "Select a passage"},
		{"reversed", ukraine, disputed.End, disputed.Start, false, "Select a passage"},
		{"before the text", ukraine, -5, 10, false, "outside the article's text"},
		{"after the text", ukraine, len(a.Text) - 5, len(a.Text) + 5, false, "outside the article's text"},
		{"only white space", ukraine, disputed.Start - 1, disputed.Start, false, "only white space"},
		{"on a choice exercise", find(t, exercises, "who-said-it/q1"), disputed.Start, disputed.End, false, "picking one of the choices"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.e.CheckSelection(a, tt.start, tt.end)
			if got.Correct != tt.correct || !strings.Contains(got.Feedback, tt.feedback) {
				t.Errorf("CheckSelection(%d, %d) on %q = %+v, want correct %v and feedback containing %q",
					tt.start, tt.end, a.Text[max(0, min(tt.start, tt.end)):min(len(a.Text), max(0, tt.start, tt.end))], got, tt.correct, tt.feedback)
			}
		})
	}
	if got := ukraine.CheckSelection(nil, disputed.Start, disputed.End); got.Correct || got.Feedback == "" {
		t.Errorf("CheckSelection with no article = %+v, want wrong with feedback", got)
	}
}

// TestCheckSelectionUnicode checks that offsets are bytes, and that a
// selection that cuts a character in two is refused.
func TestCheckSelectionUnicode(t *testing.T) {
	a := load(t, "porto.json")
	e := find(t, Generate(a), "find-evidence/trees-planned/mayor")
	s := spanOf(t, a, "Porto will plant 300 trees.")
	open := s.Start - len("“") // the curly quotation mark is 3 bytes
	tests := []struct {
		name       string
		start, end int
		correct    bool
	}{
		{"the quote", s.Start, s.End, true},
		{"with its curly quotation marks", open, s.End + len("”"), true},
		{"from inside the opening mark", open + 1, s.End, false},
		{"to inside the closing mark", s.Start, s.End + 1, false},
	}
	for _, tt := range tests {
		if got := e.CheckSelection(a, tt.start, tt.end); got.Correct != tt.correct || got.Feedback == "" {
			t.Errorf("%s: CheckSelection(%d, %d) = %+v, want correct %v", tt.name, tt.start, tt.end, got, tt.correct)
		}
	}
}

// TestCheckSelectionNeverPanics sweeps selections over the whole text of
// both articles, in and out of range.
func TestCheckSelectionNeverPanics(t *testing.T) {
	for _, a := range []*article.Article{kursk(t), load(t, "porto.json")} {
		step := max(1, len(a.Text)/97)
		for _, e := range Generate(a) {
			if e.Kind != FindEvidence {
				continue
			}
			for start := -3; start <= len(a.Text)+3; start += step {
				for end := start - 3; end <= len(a.Text)+3; end += step {
					if got := e.CheckSelection(a, start, end); got.Feedback == "" {
						t.Fatalf("%s: CheckSelection(%d, %d) gives no feedback", e.ID, start, end)
					}
				}
			}
		}
	}
}

// TestSentencesAround finds the sentences that hold a passage, telling a
// sentence's end from the dots of an abbreviation and from punctuation
// inside a quote.
func TestSentencesAround(t *testing.T) {
	tests := []struct {
		name, text, passage, want string
	}{
		{"middle sentence", "One. The group said it “punishes people.” Three.", "punishes people", "The group said it “punishes people.”"},
		{"first sentence", "The group said so. Two.", "said so", "The group said so."},
		{"last sentence, no stop", "One. The group said so", "group", "The group said so"},
		{"abbreviation", "One. U.S. officials said so. Two.", "said so", "U.S. officials said so."},
		{"question", "Why? \"Because,\" she said. Next.", "Because", "\"Because,\" she said."},
		{"passage over two sentences", "One. Two three. Four five. Six.", "three. Four", "Two three. Four five."},
		{"another paragraph", "One.\nTwo said so. Three.", "said", "Two said so."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGen(&article.Article{Text: tt.text})
			i := strings.Index(tt.text, tt.passage)
			got := g.sentencesAround(article.Span{Start: i, End: i + len(tt.passage)})
			if s := tt.text[got.Start:got.End]; s != tt.want {
				t.Errorf("sentencesAround(%q) = %q, want %q", tt.passage, s, tt.want)
			}
		})
	}
}

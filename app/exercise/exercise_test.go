package exercise

import (
	"fmt"
	"strings"
	"testing"
)

func TestKindLabel(t *testing.T) {
	tests := []struct {
		kind Kind
		want string
	}{
		{WhoSaidIt, "Who said it?"},
		{SourceKind, "What kind of source?"},
		{FindEvidence, "Find the evidence"},
		{ClaimOrFact, "Claim or fact?"},
		{MissingVoice, "Whose voice is missing?"},
		{WhenWritten, "When was it written?"},
		{LoadedLanguage, "Loaded language"},
		{"something-else", "something-else"},
	}
	for _, tt := range tests {
		if got := tt.kind.Label(); got != tt.want {
			t.Errorf("%q.Label() = %q, want %q", tt.kind, got, tt.want)
		}
	}
}

// TestCheckEveryChoice checks every choice of every choice exercise of
// the default article: the answer is right, every other choice wrong, and
// the feedback on a wrong choice explains without naming the answer.
func TestCheckEveryChoice(t *testing.T) {
	for _, e := range Generate(kursk(t)) {
		if e.Kind == FindEvidence {
			continue
		}
		answer, _ := e.Choice(e.Answer)
		for _, c := range e.Choices {
			got := e.Check(c.ID)
			switch {
			case got.Correct != (c.ID == e.Answer):
				t.Errorf("%s: Check(%q).Correct = %v, want %v", e.ID, c.ID, got.Correct, c.ID == e.Answer)
			case got.Correct && got.Feedback != "Right. "+e.Explanation:
				t.Errorf("%s: Check(answer).Feedback = %q, want the explanation", e.ID, got.Feedback)
			case !got.Correct && got.Feedback == "":
				t.Errorf("%s: Check(%q) gives no feedback", e.ID, c.ID)
			case !got.Correct && strings.Contains(got.Feedback, answer.Label):
				t.Errorf("%s: the feedback on %q names the answer %q: %s", e.ID, c.ID, answer.Label, got.Feedback)
			}
		}
	}
}

func TestCheck(t *testing.T) {
	exercises := Generate(kursk(t))
	tests := []struct {
		exercise, answer string
		correct          bool
		feedback         string // a part of the feedback
	}{
		{"who-said-it/q1", "gerasimov", true, "Right. According to the article, Valery Gerasimov said it"},
		{"who-said-it/q1", "putin", false, "The article does quote Vladimir Putin elsewhere"},
		{"who-said-it/q10", "putin", false, "The quote mentions Vladimir Putin (“Putin”), but that is who it speaks about"},
		{"who-said-it/q8", "zelensky", false, "quotes nothing Volodymyr Zelensky said"},
		{"source-kind/kursk-retaken/ukraine", "social-media-post", true, "a post on Telegram"},
		{"source-kind/kursk-retaken/ukraine", "televised-statement", false, "that is how Russia speaks"},
		{"claim-or-fact/north-korean-troops", ReportedFact, true, "Corroborated by independent sources"},
		{"claim-or-fact/north-korean-troops", AttributedClaim, false, "South Korean media and the United States, independent of Russia, confirm it"},
		{"claim-or-fact/neo-nazi-label", ReportedFact, false, "a label or a judgement"},
		{"claim-or-fact/kursk-retaken", ReportedFact, false, "Ukraine disputes it"},
		{"missing-voice/north-korean-troops/north-korea", "north-korea", true, "North Korea: the article names it"},
		{"missing-voice/north-korean-troops/north-korea", "united-states", false, "a State Department confirmation in November"},
		{"when-written/kursk", "2025-04-26/2025-04-27", true, "26–27 April 2025"},
		{"when-written/kursk", "2026-04-26/2026-04-27", false, "a year later"},
		{"who-said-it/q1", "nobody", false, "not one of the choices"},
		{"who-said-it/q1", "", false, "not one of the choices"},
		{"find-evidence/kursk-retaken/ukraine", "e10", false, "selecting a passage"},
	}
	for _, tt := range tests {
		got := find(t, exercises, tt.exercise).Check(tt.answer)
		if got.Correct != tt.correct || !strings.Contains(got.Feedback, tt.feedback) {
			t.Errorf("%s: Check(%q) = %+v, want correct %v and feedback containing %q", tt.exercise, tt.answer, got, tt.correct, tt.feedback)
		}
	}
}

// TestLinkParagraph numbers the paragraph that holds an exercise's
// linked span as the printed article numbers them: the same number a
// loaded-language prompt names, a quote's paragraph, and 0 when the
// exercise links nowhere the article has.
func TestLinkParagraph(t *testing.T) {
	a := kursk(t)
	exercises := Generate(a)
	for _, c := range []struct {
		id   string
		want int
	}{
		{"loaded-language/l1", 1}, // "Which of these phrases from paragraph 1 …"
		{"loaded-language/l2", 3},
		{"loaded-language/l5", 6},
		{"loaded-language/l6", 9},
		{"who-said-it/q1", 2},
		{"who-said-it/q10", 7},
	} {
		e := find(t, exercises, c.id)
		if got := e.LinkParagraph(a); got != c.want {
			t.Errorf("%s (link %s): LinkParagraph = %d, want %d", c.id, e.Link, got, c.want)
		}
		if e.Kind == LoadedLanguage && !strings.Contains(e.Prompt, fmt.Sprintf("paragraph %d ", c.want)) {
			t.Errorf("%s: the prompt %q names another paragraph than %d", c.id, e.Prompt, c.want)
		}
	}
	for _, link := range []string{"", "q999"} {
		if got := (Exercise{Link: link}).LinkParagraph(a); got != 0 {
			t.Errorf("link %q: LinkParagraph = %d, want 0", link, got)
		}
	}
}

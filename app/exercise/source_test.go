package exercise

import (
	"strings"
	"testing"
)

// TestSourceKindLink checks that Show in the article, on a what-kind-of-
// source exercise, goes to the passage whose sentence names the channel,
// not merely the party's first passage.
func TestSourceKindLink(t *testing.T) {
	a := kursk(t)
	tests := []struct{ id, sentence string }{
		// Ukraine's first passage is "Ukraine disputed Putin's claims.";
		// the next sentence says it came in a Telegram post.
		{"source-kind/kursk-retaken/ukraine", "stated in a Telegram post"},
	}
	for _, tt := range tests {
		e := find(t, Generate(a), tt.id)
		s := evidenceSpan(t, a, e.Link)
		g := newGen(a)
		around := g.sentencesAround(s)
		if got := a.Text[around.Start:around.End]; !strings.Contains(got, tt.sentence) {
			t.Errorf("%s: links %s, in the sentence %q; want the passage in the sentence with %q", tt.id, e.Link, got, tt.sentence)
		}
	}
}

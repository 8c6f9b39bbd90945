package article

import "testing"

// TestParagraphOf numbers the paragraph that holds a span, as printed
// pages number them: from 1, blank lines skipped, and 0 for a span that
// crosses a paragraph break or lies outside the text.
func TestParagraphOf(t *testing.T) {
	a := &Article{Text: "First line.\n\nSecond one here.\nThird."}
	for _, c := range []struct {
		name string
		span Span
		want int
	}{
		{"in the first", Span{0, 5}, 1},
		{"the whole first", Span{0, 11}, 1},
		{"after a blank line", Span{13, 19}, 2},
		{"the last", Span{30, 36}, 3},
		{"across a break", Span{8, 16}, 0},
		{"past the end", Span{36, 40}, 0},
	} {
		if got := a.ParagraphOf(c.span); got != c.want {
			t.Errorf("%s: ParagraphOf(%v) = %d, want %d", c.name, c.span, got, c.want)
		}
	}
}

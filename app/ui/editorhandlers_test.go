package ui

import (
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestFileTooLarge checks what the editor says when the article file it
// downloads is larger than the explorer reads: nothing up to the limit,
// and beyond it the size, the limit and what to do.
func TestFileTooLarge(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want []string
	}{
		{1000, nil},
		{article.MaxFileSize, nil},
		{article.MaxFileSize + 1, []string{"long.json is 8.4 MB", "more than the 8.4 MB", "refuse", "nothing is lost"}},
		{12_000_000, []string{"long.json is 12 MB", "remove highlights or split the article"}},
	} {
		got := fileTooLarge("long.json", tc.n)
		if (got == "") != (tc.want == nil) {
			t.Errorf("fileTooLarge(%d) = %q", tc.n, got)
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("fileTooLarge(%d) = %q, want it to say %q", tc.n, got, w)
			}
		}
	}
}

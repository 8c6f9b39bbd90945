package exercises

import (
	"strings"
	"testing"
)

// TestClearText checks what the "Start over" question says it clears:
// nothing, the answers given, or saved answers that could not be read,
// which it must say will be lost.
func TestClearText(t *testing.T) {
	for _, tc := range []struct {
		answered   int
		unreadable bool
		want       []string
	}{
		{0, false, []string{"nothing to lose"}},
		{1, false, []string{"answer to 1 exercise", "Download"}},
		{1234, false, []string{"answers to 1,234 exercises", "Download"}},
		{0, true, []string{"could not be read", "lost", "Download them as they are"}},
		{3, true, []string{"could not be read", "lost"}},
	} {
		got := clearText(tc.answered, tc.unreadable)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("clearText(%d, %v) = %q, want it to say %q", tc.answered, tc.unreadable, got, w)
			}
		}
		if tc.unreadable && strings.Contains(got, "nothing to lose") {
			t.Errorf("clearText(%d, true) = %q: unreadable answers are something to lose", tc.answered, got)
		}
	}
}

package ui

import "testing"

func TestTooLarge(t *testing.T) {
	cases := []struct {
		size, limit int
		want        string
	}{
		{2_500_000, 1 << 20, "the file is 2.5 MB; a progress file has at most 1.0 MB"},
		{9_000_000, 8_400_000, "the file is 9.0 MB; a progress file has at most 8.4 MB"},
		{1<<20 + 1, 1 << 20, "the file is 1,048,577 bytes; a progress file has at most 1,048,576 bytes"},
	}
	for _, c := range cases {
		if got := tooLarge(c.size, c.limit, "a progress file"); got != c.want {
			t.Errorf("tooLarge(%d, %d) = %q, want %q", c.size, c.limit, got, c.want)
		}
	}
}

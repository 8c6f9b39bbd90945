package ui

import "testing"

// TestRefusal checks how a refusal to save reads: a full storage in words
// a reader can act on, with the size it would take; anything else as the
// browser put it, without the wrapper's prefix.
func TestRefusal(t *testing.T) {
	for _, c := range []struct {
		msg  string
		size int
		want string
	}{
		{"JavaScript error: Failed to execute 'setItem' on 'Storage': Setting the value of 'newsexplorer/draft' exceeded the quota.", 2_400_000,
			"the browser has no room left for this site's saved data (it would take 2.4 MB; browsers keep about 5 MB for each site)"},
		{"QuotaExceededError: The quota has been exceeded.", 900, "the browser has no room left for this site's saved data (it would take 900 B; browsers keep about 5 MB for each site)"},
		{"JavaScript error: SecurityError: The operation is insecure.", 10, "the browser refused to save: SecurityError: The operation is insecure."},
	} {
		if got := refusal(c.msg, c.size).Error(); got != c.want {
			t.Errorf("refusal(%q, %d) = %q, want %q", c.msg, c.size, got, c.want)
		}
	}
}

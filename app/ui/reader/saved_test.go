package reader

import (
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestSavedShownRoundTrip checks that every highlight choice saved in the
// browser reads back as the same choice.
func TestSavedShownRoundTrip(t *testing.T) {
	for _, s := range []shown{0, allShown, bit(article.Quote), bit(article.Person) | bit(article.Date)} {
		got, err := decodeShown(encodeShown(s))
		if err != nil || got != s {
			t.Errorf("decodeShown(encodeShown(%q)) = %q, %v; want %q", s.Value(), got.Value(), err, s.Value())
		}
	}
}

// TestSavedShownRefuses checks that saved data this version cannot read
// fully is refused with a reason, never half read.
func TestSavedShownRefuses(t *testing.T) {
	tests := []struct {
		raw, want string
	}{
		{`not json`, "not the JSON this version writes"},
		{``, "not the JSON this version writes"},
		{`{"format":"news-explorer-highlights/1","show":["person"]`, "not the JSON this version writes"},
		{`{"format":"news-explorer-highlights/0","show":["person"]}`, `format "news-explorer-highlights/0"`},
		{`{"show":["person"]}`, `format ""`},
		{`{"format":"news-explorer-highlights/1"}`, `no "show" list`},
		{`{"format":"news-explorer-highlights/1","show":["person","ghost"]}`, `unknown type "ghost"`},
		{`{"format":"news-explorer-highlights/1","show":["person"],"extra":1}`, `unknown field "extra"`},
		{`["person"]`, "not the JSON this version writes"},
	}
	for _, tt := range tests {
		_, err := decodeShown(tt.raw)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("decodeShown(%q) error = %v, want one containing %q", tt.raw, err, tt.want)
		}
	}
}

package exercise

import "testing"

// TestMid writes party names as they stand within a sentence, with "the"
// where English gives it one.
func TestMid(t *testing.T) {
	tests := []struct{ name, want, possessive string }{
		{"Russia", "Russia", "Russia's"},
		{"United States", "the United States", "the United States'"},
		{"Kremlin", "the Kremlin", "the Kremlin's"},
		{"General Staff of the Armed Forces of Ukraine", "the General Staff of the Armed Forces of Ukraine", "the General Staff of the Armed Forces of Ukraine's"},
		{"Ukraine's General Staff", "Ukraine's General Staff", "Ukraine's General Staff's"},
		{"The mayor", "the mayor", "the mayor's"},
		{"the islanders", "the islanders", "the islanders'"},
		{"South Korean media", "South Korean media", "South Korean media's"},
		{"Donald Trump", "Donald Trump", "Donald Trump's"},
		{"ferry users", "ferry users", "ferry users'"},
	}
	for _, tt := range tests {
		if got := mid(tt.name); got != tt.want {
			t.Errorf("mid(%q) = %q, want %q", tt.name, got, tt.want)
		}
		if got := possessive(tt.name); got != tt.possessive {
			t.Errorf("possessive(%q) = %q, want %q", tt.name, got, tt.possessive)
		}
	}
}

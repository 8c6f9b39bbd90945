package article

import "testing"

func TestCodePoints(t *testing.T) {
	tests := []struct {
		text      string
		bytes     int
		runes     int
		ok        bool
		wantCount int
	}{
		{"plain", 3, 3, true, 5},
		{"plain", 5, 5, true, 5},
		{"plain", 6, 0, false, 5},
		{"café au lait", 5, 4, true, 12},  // after the é, two bytes
		{"café au lait", 4, 0, false, 12}, // inside the é
		{"a😀b", 5, 2, true, 3},            // after the emoji, four bytes
		{"a😀b", 6, 3, true, 3},            // the end
		{"a😀b", -1, 0, false, 3},
	}
	for _, tt := range tests {
		c := NewCodePoints(tt.text)
		if got := c.Count(); got != tt.wantCount {
			t.Errorf("NewCodePoints(%q).Count() = %d, want %d", tt.text, got, tt.wantCount)
		}
		got, ok := c.ToRunes(tt.bytes)
		if ok != tt.ok || ok && got != tt.runes {
			t.Errorf("NewCodePoints(%q).ToRunes(%d) = %d, %v, want %d, %v", tt.text, tt.bytes, got, ok, tt.runes, tt.ok)
		}
		if !tt.ok {
			continue
		}
		back, ok := c.ToBytes(tt.runes)
		if !ok || back != tt.bytes {
			t.Errorf("NewCodePoints(%q).ToBytes(%d) = %d, %v, want %d, true", tt.text, tt.runes, back, ok, tt.bytes)
		}
	}
	if _, ok := NewCodePoints("a😀b").ToBytes(4); ok {
		t.Error("ToBytes past the end of the text is accepted")
	}
}

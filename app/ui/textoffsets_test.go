package ui

import (
	"testing"
	"unicode/utf16"
)

// TestUTF16ToBytes checks the conversion of a DOM offset (UTF-16 code
// units) to a byte offset in the article's UTF-8 text, and back.
func TestUTF16ToBytes(t *testing.T) {
	const s = "Zürich 🙂 “ok”" // ü: 2 bytes, 1 unit; 🙂: 4 bytes, 2 units; “ ”: 3 bytes, 1 unit
	tests := []struct {
		name        string
		units, want int
	}{
		{"start", 0, 0},
		{"negative", -3, 0},
		{"before ü", 1, 1},
		{"after ü", 2, 3},
		{"after Zürich", 6, 7},
		{"before the emoji", 7, 8},
		{"inside the emoji (a lone surrogate half) moves past it", 8, 12},
		{"after the emoji", 9, 12},
		{"after the space and “", 11, 16},
		{"end", 14, len(s)},
		{"past the end", 99, len(s)},
	}
	for _, tt := range tests {
		if got := utf16ToBytes(s, tt.units); got != tt.want {
			t.Errorf("%s: utf16ToBytes(%q, %d) = %d, want %d", tt.name, s, tt.units, got, tt.want)
		}
	}
	// Every character boundary survives a round trip, and the unit count
	// agrees with the UTF-16 encoding.
	for b := range s {
		u := bytesToUTF16(s, b)
		if want := len(utf16.Encode([]rune(s[:b]))); u != want {
			t.Errorf("bytesToUTF16(%q, %d) = %d, want %d", s, b, u, want)
		}
		if got := utf16ToBytes(s, u); got != b {
			t.Errorf("utf16ToBytes(bytesToUTF16(%d) = %d) = %d, want %d", b, u, got, b)
		}
	}
	if got, want := bytesToUTF16(s, len(s)), len(utf16.Encode([]rune(s))); got != want {
		t.Errorf("bytesToUTF16 of all of %q = %d, want %d", s, got, want)
	}
}

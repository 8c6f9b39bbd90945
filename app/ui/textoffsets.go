package ui

import "unicode/utf8"

// Browsers measure positions in text in UTF-16 code units; the article's
// spans and the exercise model measure them in bytes of UTF-8. The
// functions here convert between the two within one paragraph's text.

// utf16ToBytes returns the byte offset in s of the position n UTF-16 code
// units from its start. A position inside a character (between the two
// halves of a surrogate pair) is moved to the character's end, so that a
// selection never cuts a character in two; n beyond the end gives len(s).
func utf16ToBytes(s string, n int) int {
	if n <= 0 {
		return 0
	}
	units := 0
	for i, r := range s {
		if units >= n {
			return i
		}
		units += utf16Len(r)
	}
	return len(s)
}

// bytesToUTF16 returns the number of UTF-16 code units in s before byte
// offset b. An offset inside a character counts the whole character; b
// beyond the end counts all of s.
func bytesToUTF16(s string, b int) int {
	units := 0
	for i, r := range s {
		if i >= b {
			return units
		}
		units += utf16Len(r)
	}
	return units
}

// utf16Len is the number of UTF-16 code units that encode r.
func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

package ui

import (
	"strings"
	"unicode/utf8"
)

// ShortQuote puts text in quotation marks, cut to about n characters. A
// text that has its own quotation marks at both ends, as a selected
// quote may, keeps them rather than getting a second pair.
func ShortQuote(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if inner, ok := strings.CutPrefix(s, "“"); ok && strings.HasSuffix(inner, "”") {
		s = strings.TrimSuffix(inner, "”")
	} else if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	if utf8.RuneCountInString(s) > n {
		r := []rune(s)
		s = strings.TrimSpace(string(r[:n])) + "…"
	}
	return "“" + s + "”"
}

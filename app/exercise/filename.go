package exercise

import (
	"strings"
	"unicode"
)

// FileName is the name of a downloaded answers file: the article's id,
// the student's name if given, and the extension, with anything but
// letters and digits made a hyphen ("kursk-answers-ana-lima.csv").
func FileName(articleID, student, ext string) string {
	name := articleID + "-answers"
	if student != "" {
		name += "-" + student
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-") + "." + ext
}

package formats

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// Error is one problem found in a W3C Web Annotation file, or in a
// schema.org ClaimReview file.
type Error struct {
	// Index is the annotation's position in the file, or the review's
	// among the file's ClaimReviews, from 1; 0 when the problem concerns
	// the file or the article as a whole.
	Index int
	// ID is the annotation's id, or the claim's, when it has one.
	ID string
	// Msg says what is wrong.
	Msg string

	claims bool // a problem of a schema.org ClaimReview file: Index counts reviews
}

// Error says where the problem is, from which package and format, and
// what is wrong.
func (e *Error) Error() string {
	format, item := "w3c", "annotation"
	if e.claims {
		format, item = "claimreview", "review"
	}
	switch {
	case e.Index == 0:
		return "formats: " + format + ": " + e.Msg
	case e.ID == "":
		return fmt.Sprintf("formats: %s: %s %d: %s", format, item, e.Index, e.Msg)
	}
	return fmt.Sprintf("formats: %s: %s %d (%q): %s", format, item, e.Index, e.ID, e.Msg)
}

// ErrorList is every problem found in one file, in file order.
type ErrorList []*Error

// Error lists the problems, one a line.
func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// explain turns the problems the model finds in the imported annotations
// into problems of the annotations they came from. at lists, for each kind
// of annotation in the article file, the annotation of each element.
func (p *importer) explain(err error, at map[string][]*read) error {
	var list article.ErrorList
	if !errors.As(err, &list) {
		return ErrorList{{Msg: err.Error()}}
	}
	var out ErrorList
	for _, e := range list {
		out = append(out, explainOne(e, at))
	}
	return out
}

func explainOne(e *article.Error, at map[string][]*read) *Error {
	for kind, reads := range at {
		rest, ok := strings.CutPrefix(e.Where, kind+" ")
		if !ok {
			continue
		}
		digits := 0
		for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
			digits++
		}
		n, err := strconv.Atoi(rest[:digits])
		if err != nil || n < 1 || n > len(reads) {
			continue
		}
		r := reads[n-1]
		return &Error{Index: r.index, ID: r.id, Msg: e.Where + ": " + e.Msg}
	}
	if e.Where == "" {
		return &Error{Msg: "the article: " + e.Msg}
	}
	return &Error{Msg: "the article's " + e.Where + ": " + e.Msg}
}

// excerpt quotes up to 40 characters of s.
func excerpt(s string) string {
	const most = 40
	if utf8.RuneCountInString(s) <= most {
		return strconv.Quote(s)
	}
	return strconv.Quote(string([]rune(s)[:most]) + "…")
}

// withArticle puts "a" or "an" before a word.
func withArticle(w string) string {
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

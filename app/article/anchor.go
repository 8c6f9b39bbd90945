package article

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Anchor locates a passage of an article by quoting it, with the semantics
// of the W3C Web Annotation TextQuoteSelector: Exact is the passage itself;
// Prefix, if set, is text that must stand right before it and Suffix text
// that must stand right after it. Start, if set, is the passage's position
// in Unicode code points from the start of the text (a TextPositionSelector)
// and must agree with the quote.
//
// An anchor must pick exactly one place in the text.
type Anchor struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
}

// String shows the anchor as an author wrote it, for error messages.
func (a Anchor) String() string {
	s := fmt.Sprintf("%q", a.Exact)
	if a.Prefix != "" {
		s = fmt.Sprintf("%q + ", a.Prefix) + s
	}
	if a.Suffix != "" {
		s += fmt.Sprintf(" + %q", a.Suffix)
	}
	if a.Start != nil {
		s += fmt.Sprintf(" at character %d", *a.Start)
	}
	return s
}

// Resolve finds the one place in text the anchor picks. It fails if the
// anchor is empty, matches nothing or matches more than one place.
func (a Anchor) Resolve(text string) (Span, error) {
	return a.resolve(NewCodePoints(text))
}

func (a Anchor) resolve(t *CodePoints) (Span, error) {
	text := t.text
	if a.Exact == "" {
		return Span{}, fmt.Errorf("exact text is empty")
	}
	if strings.TrimSpace(a.Exact) != a.Exact {
		return Span{}, fmt.Errorf("exact text %q begins or ends with white space", a.Exact)
	}
	fits := func(at int) bool {
		return at >= 0 && strings.HasPrefix(text[at:], a.Exact) &&
			strings.HasSuffix(text[:at], a.Prefix) && strings.HasPrefix(text[at+len(a.Exact):], a.Suffix)
	}
	// A position that agrees with the quote settles it without a search.
	if a.Start != nil {
		if at, ok := t.ToBytes(*a.Start); ok && fits(at) {
			return Span{at, at + len(a.Exact)}, nil
		}
	}
	var all, fit []int
	for i := 0; i+len(a.Exact) <= len(text); {
		j := strings.Index(text[i:], a.Exact)
		if j < 0 {
			break
		}
		at := i + j
		all = append(all, at)
		if fits(at) {
			fit = append(fit, at)
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
	}
	switch {
	case len(all) == 0:
		return Span{}, fmt.Errorf("%q is not in the text", a.Exact)
	case len(fit) == 0:
		return Span{}, fmt.Errorf("%q is in the text %s (%s), but never with that %s", a.Exact, times(len(all)), characterWord(len(all))+" "+characters(text, all), a.context())
	case a.Start != nil:
		return Span{}, fmt.Errorf("%q does not stand at character %d (it stands at %s)", a.Exact, *a.Start, characters(text, fit))
	case len(fit) > 1:
		return Span{}, fmt.Errorf("%q matches %d places (characters %s): add a prefix, a suffix or a start to choose one", a.Exact, len(fit), characters(text, fit))
	}
	return Span{fit[0], fit[0] + len(a.Exact)}, nil
}

// context names the parts of the anchor beyond its exact text.
func (a Anchor) context() string {
	switch {
	case a.Prefix != "" && a.Suffix != "":
		return "prefix and suffix"
	case a.Prefix != "":
		return "prefix"
	case a.Suffix != "":
		return "suffix"
	}
	return "position"
}

// Runes converts a byte offset in text to a count of code points.
func Runes(text string, byteOff int) int {
	return utf8.RuneCountInString(text[:byteOff])
}

func characters(text string, offs []int) string {
	const most = 5
	var parts []string
	for i, o := range offs {
		if i == most {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprint(Runes(text, o)))
	}
	return strings.Join(parts, ", ")
}

func characterWord(n int) string {
	if n == 1 {
		return "character"
	}
	return "characters"
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

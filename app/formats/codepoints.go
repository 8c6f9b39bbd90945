package formats

import (
	"sort"
	"unicode/utf8"
)

// codePoints converts between UTF-8 byte offsets, which the model uses,
// and Unicode code point offsets, which the W3C selectors use, in one
// text.
type codePoints struct {
	text  string
	ascii bool
	bytes []int // byte offset of each code point, then len(text); nil when ascii
}

func newCodePoints(text string) *codePoints {
	c := &codePoints{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			c.ascii = false
			break
		}
	}
	if !c.ascii {
		c.bytes = make([]int, 0, utf8.RuneCountInString(text)+1)
		for i := range text {
			c.bytes = append(c.bytes, i)
		}
		c.bytes = append(c.bytes, len(text))
	}
	return c
}

// count is the number of code points in the text.
func (c *codePoints) count() int {
	if c.ascii {
		return len(c.text)
	}
	return len(c.bytes) - 1
}

// toRunes converts a byte offset that starts a code point (or ends the
// text) to a code point offset; ok is false for any other offset.
func (c *codePoints) toRunes(b int) (int, bool) {
	if b < 0 || b > len(c.text) {
		return 0, false
	}
	if c.ascii {
		return b, true
	}
	i := sort.SearchInts(c.bytes, b)
	return i, i < len(c.bytes) && c.bytes[i] == b
}

// toBytes converts a code point offset to a byte offset; ok is false when
// it lies outside the text.
func (c *codePoints) toBytes(r int) (int, bool) {
	if r < 0 || r > c.count() {
		return 0, false
	}
	if c.ascii {
		return r, true
	}
	return c.bytes[r], true
}

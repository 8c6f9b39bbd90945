package article

import (
	"sort"
	"unicode/utf8"
)

// CodePoints converts, in one text, between UTF-8 byte offsets, which the
// model's spans use, and Unicode code point offsets, which an article
// file's start and the W3C selectors use. A plain ASCII text needs no
// table; any other builds its table the first time it is asked.
type CodePoints struct {
	text  string
	ascii bool
	bytes []int // byte offset of each code point, then len(text); nil until needed
}

// NewCodePoints returns the conversions for text.
func NewCodePoints(text string) *CodePoints {
	c := &CodePoints{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			c.ascii = false
			break
		}
	}
	return c
}

// Text is the text the offsets count in.
func (c *CodePoints) Text() string { return c.text }

// table returns the byte offset of each code point, then len(text).
func (c *CodePoints) table() []int {
	if c.bytes == nil {
		c.bytes = make([]int, 0, utf8.RuneCountInString(c.text)+1)
		for i := range c.text {
			c.bytes = append(c.bytes, i)
		}
		c.bytes = append(c.bytes, len(c.text))
	}
	return c.bytes
}

// Count is the number of code points in the text.
func (c *CodePoints) Count() int {
	if c.ascii {
		return len(c.text)
	}
	return len(c.table()) - 1
}

// ToRunes converts a byte offset that starts a code point (or ends the
// text) to a code point offset; ok is false for any other offset.
func (c *CodePoints) ToRunes(b int) (int, bool) {
	if b < 0 || b > len(c.text) {
		return 0, false
	}
	if c.ascii {
		return b, true
	}
	t := c.table()
	i := sort.SearchInts(t, b)
	return i, i < len(t) && t[i] == b
}

// ToBytes converts a code point offset to a byte offset; ok is false when
// it lies outside the text.
func (c *CodePoints) ToBytes(r int) (int, bool) {
	if r < 0 || r > c.Count() {
		return 0, false
	}
	if c.ascii {
		return r, true
	}
	return c.table()[r], true
}

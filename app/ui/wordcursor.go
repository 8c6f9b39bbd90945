package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// Selecting a passage by keyboard. Browsers let a reader select text with
// Shift and the arrow keys only in editable text, or with caret browsing
// switched on, so the classroom's article handles those keys itself and
// selects by whole words: the arrows move from word to word, Shift and an
// arrow extends the selection, Up and Down go by sentence.

// textWord is one word of the article: a run of characters between
// spaces, within one paragraph.
type textWord struct {
	article.Span
	// endsSentence is true for the last word of a sentence or paragraph.
	endsSentence bool
}

// textWords returns the words of the text's paragraphs, in text order.
func textWords(text string, paragraphs []article.Span) []textWord {
	var out []textWord
	for _, p := range paragraphs {
		first := len(out)
		start := -1
		for i := p.Start; i <= p.End; {
			r, size := ' ', 1
			if i < p.End {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if unicode.IsSpace(r) {
				if start >= 0 {
					w := textWord{Span: article.Span{Start: start, End: i}}
					w.endsSentence = endsSentence(text[start:i])
					out = append(out, w)
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if len(out) > first {
			out[len(out)-1].endsSentence = true
		}
	}
	return out
}

// endsSentence reports whether a word ends with a full stop, a question
// or an exclamation mark, before any closing quotation marks or brackets.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, "\"'”’)]»")
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
}

// wordCursor is a keyboard selection: the words from Anchor to Focus, in
// either order, indices into the article's words. Anchor is -1 when
// nothing is selected.
type wordCursor struct {
	Anchor, Focus int
}

// noWords is the cursor before anything is selected.
var noWords = wordCursor{Anchor: -1, Focus: -1}

// span is the text the cursor selects, from the start of its first word
// to the end of its last; ok is false when it selects nothing.
func (c wordCursor) span(words []textWord) (article.Span, bool) {
	lo, hi := min(c.Anchor, c.Focus), max(c.Anchor, c.Focus)
	if lo < 0 || hi >= len(words) {
		return article.Span{}, false
	}
	return article.Span{Start: words[lo].Start, End: words[hi].End}, true
}

// move returns the cursor after a key press: key is a KeyboardEvent's
// key. handled is false for keys that do not select, which the page
// should then leave to the browser. From nothing selected, any of the
// keys selects the first word.
func (c wordCursor) move(words []textWord, key string, shift bool) (next wordCursor, handled bool) {
	switch key {
	case "ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp":
	default:
		return c, false
	}
	if len(words) == 0 {
		return noWords, true
	}
	if c.Anchor < 0 || c.Anchor >= len(words) || c.Focus < 0 || c.Focus >= len(words) {
		return wordCursor{0, 0}, true
	}
	f := c.Focus
	switch key {
	case "ArrowRight":
		f = min(f+1, len(words)-1)
	case "ArrowLeft":
		f = max(f-1, 0)
	case "ArrowDown":
		if shift {
			f = sentenceEnd(words, f+1)
		} else {
			f = sentenceEnd(words, f) + 1
		}
	case "ArrowUp":
		if shift {
			f = sentenceEnd(words, sentenceStart(words, f)-1)
			if f < 0 {
				f = 0
			}
		} else {
			if f = sentenceStart(words, f); f == c.Focus {
				f = sentenceStart(words, f-1)
			}
		}
	}
	f = max(0, min(f, len(words)-1))
	if shift {
		return wordCursor{Anchor: c.Anchor, Focus: f}, true
	}
	return wordCursor{Anchor: f, Focus: f}, true
}

// sentenceEnd is the index of the last word of the sentence that holds
// word i; i past the end gives the last word.
func sentenceEnd(words []textWord, i int) int {
	i = max(i, 0)
	for ; i < len(words); i++ {
		if words[i].endsSentence {
			return i
		}
	}
	return len(words) - 1
}

// sentenceStart is the index of the first word of the sentence that holds
// word i; i before the start gives 0.
func sentenceStart(words []textWord, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !words[i-1].endsSentence {
		i--
	}
	return i
}

// cursorFor returns the cursor that selects the words a span touches, for
// starting keyboard selection from a selection made by mouse or touch.
func cursorFor(words []textWord, s article.Span) wordCursor {
	c := noWords
	for i, w := range words {
		if w.End > s.Start && w.Start < s.End || w.Start == s.Start {
			if c.Anchor < 0 {
				c.Anchor = i
			}
			c.Focus = i
		}
	}
	return c
}

package editor

import (
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// selectionCore is the selection s of text without what its ends carry
// beyond the words: white space, and punctuation and quotation marks. A
// full stop stays after an abbreviation ("U.S."), and a quote keeps the
// punctuation inside its quotation marks, which ends many a quote.
func selectionCore(text string, s article.Span, quote bool) article.Span {
	const (
		space  = " \t\r\n"
		marks  = "\"'“”‘’«»„"
		around = ",;:!?()[]{}" + marks
	)
	trimStart := func(set string) {
		s.Start = s.End - len(strings.TrimLeft(text[s.Start:s.End], set))
	}
	trimEnd := func(set string) {
		s.End = s.Start + len(strings.TrimRight(text[s.Start:s.End], set))
	}
	trimStart(space + around)
	if quote {
		// The closing mark goes, and punctuation after it (…in May",);
		// punctuation inside it (…in May,") stays.
		trimEnd(space)
		if r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End]); strings.ContainsRune(",;:.", r) {
			if m, _ := utf8.DecodeLastRuneInString(text[s.Start : s.End-n]); strings.ContainsRune(marks, m) {
				s.End -= n
			}
		}
		trimEnd(marks)
		trimEnd(space)
		return s
	}
	trimEnd(space + around + ".")
	// Give back the full stop of an abbreviation: "U.S." keeps its last
	// stop when another one is inside the word.
	if s.End < len(text) && text[s.End] == '.' {
		word := text[s.Start:s.End]
		if i := strings.LastIndexAny(word, space); i >= 0 {
			word = word[i+1:]
		}
		if strings.Contains(word, ".") {
			s.End++
		}
	}
	return s
}

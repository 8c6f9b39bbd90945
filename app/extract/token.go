package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a token is.
type kind uint8

const (
	word    kind = iota // letters or digits, with inner hyphens, apostrophes and dots
	punct               // one punctuation character
	possess             // a possessive ending: 's, ’s or a lone apostrophe after a plural
	qopen               // an opening double quotation mark
	qclose              // a closing double quotation mark
	newline             // a paragraph break
)

// token is one token of the text, in byte offsets.
type token struct {
	start, end int
	kind       kind
	lower      string // the word in lowercase; for punctuation, the character
	capital    bool   // a word that begins with an upper-case letter
	digit      bool   // a word that begins with a digit
	sentStart  bool   // the first word of a sentence
	inQuote    int    // 1 + the index of the quote that holds it, or 0
	used       bool   // taken by a date, number or event
}

// abbreviations keep their final dot: it does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "rev": true, "jr": true,
	"sr": true, "inc": true, "ltd": true, "corp": true, "co": true, "vs": true, "no": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "mt": true,
}

// tokenize splits text into tokens. Straight double quotation marks are
// classed as opening or closing from their neighbours; curly ones by their
// shape.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+8)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			toks = append(toks, token{start: i, end: i + 1, kind: newline, lower: "\n"})
			i++
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := scanWord(text, i)
			t := token{start: i, end: end, kind: word}
			t.lower = strings.ToLower(text[i:end])
			t.capital = unicode.IsUpper(r)
			t.digit = unicode.IsDigit(r)
			toks = append(toks, t)
			i = end
		case r == '\'' || r == '’':
			// 's after a word is a possessive; a lone apostrophe after a
			// word ending in s is a plural possessive.
			if n := len(toks); n > 0 && toks[n-1].kind == word && toks[n-1].end == i {
				rest := text[i+size:]
				if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && !startsLetter(rest[1:]) {
					toks = append(toks, token{start: i, end: i + size + 1, kind: possess, lower: "'s"})
					i += size + 1
					continue
				}
				if strings.HasSuffix(toks[n-1].lower, "s") && !startsLetter(rest) {
					toks = append(toks, token{start: i, end: i + size, kind: possess, lower: "'"})
					i += size
					continue
				}
			}
			toks = append(toks, token{start: i, end: i + size, kind: punct, lower: "'"})
			i += size
		case r == '"':
			k := qclose
			if opensQuote(text, i) {
				k = qopen
			}
			toks = append(toks, token{start: i, end: i + 1, kind: k, lower: "\""})
			i++
		case r == '“' || r == '«':
			toks = append(toks, token{start: i, end: i + size, kind: qopen, lower: "\""})
			i += size
		case r == '”' || r == '»':
			toks = append(toks, token{start: i, end: i + size, kind: qclose, lower: "\""})
			i += size
		default:
			toks = append(toks, token{start: i, end: i + size, kind: punct, lower: text[i : i+size]})
			i += size
		}
	}
	markSentences(text, toks)
	return toks
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanWord returns the end of the word that starts at i.
func scanWord(text string, i int) int {
	j := i
	dotted := false
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		next := text[j+size:]
		switch r {
		case '-', '–':
			if r == '-' && startsLetter(next) {
				j += size
				continue
			}
		case '\'', '’':
			// An inner apostrophe (don't, O'Brien), but not a possessive 's.
			if startsLetter(next) && !((next[0] == 's' || next[0] == 'S') && !startsLetter(next[1:])) {
				j += size
				continue
			}
		case '.':
			if startsLetter(next) && !startsSpace(next) {
				dotted = true
				j += size
				continue
			}
			if dotted || abbreviations[strings.ToLower(text[i:j])] {
				j += size // U.S., a.m., Mr.
			}
		case ',':
			// Thousands: 11,000.
			if isDigitByte(text[j-1]) && len(next) >= 3 && isDigitByte(next[0]) && isDigitByte(next[1]) && isDigitByte(next[2]) &&
				(len(next) == 3 || !isDigitByte(next[3])) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// opensQuote reports whether the straight quotation mark at i opens a
// quote: it stands at the start of a line or after a space or an opening
// bracket, and is followed by something other than a space.
func opensQuote(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+1:])
	if i+1 >= len(text) || unicode.IsSpace(after) {
		return false
	}
	return i == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-/", before)
}

// markSentences marks the first word of each sentence.
func markSentences(text string, toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case newline:
			start = true
		case word:
			if start {
				t.sentStart = true
			}
			// A word that keeps its dot (U.S., a.m.) ends a sentence only
			// when a capital follows; that is left to the next word.
			start = false
			if strings.HasSuffix(t.lower, ".") && !abbreviations[strings.TrimSuffix(t.lower, ".")] && i+1 < len(toks) &&
				toks[i+1].kind == word && toks[i+1].capital && commonStarts[toks[i+1].lower] {
				start = true
			}
		case punct:
			if (t.lower == "–" || t.lower == "—") && datelineDash(text, toks, i) {
				start = true // BERGEN, Norway – Nordvik Energy …
			}
			switch t.lower {
			case ".", "!", "?", ":", ";", "…":
				if t.lower == ":" || t.lower == ";" {
					// A colon starts a clause; a capital after it is a sentence start.
					start = i+1 < len(toks) && (toks[i+1].kind == qopen || toks[i+1].kind == word && toks[i+1].capital)
					if t.lower == ";" {
						start = false
					}
				} else {
					start = true
				}
			}
		case qopen:
			if i+1 < len(toks) && toks[i+1].kind == word && toks[i+1].capital {
				// A quote that begins with a capital begins a sentence of its own.
				if i+1 < len(toks) {
					toks[i+1].sentStart = true
				}
			}
		}
	}
}

// datelineDash reports whether the dash at i ends a dateline: the
// paragraph opens with a word in capitals, and the dash comes within its
// first dozen tokens.
func datelineDash(text string, toks []token, i int) bool {
	first := i
	for first > 0 && toks[first-1].kind != newline && i-first < 14 {
		first--
	}
	if first > 0 && toks[first-1].kind != newline {
		return false
	}
	t := toks[first]
	w := text[t.start:t.end]
	return t.kind == word && len(w) >= 3 && strings.ToUpper(w) == w && !t.digit
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// findQuotes pairs the double quotation marks of each paragraph into
// quotes. A quote left open at the end of a paragraph runs to its end, as
// in a quote that goes on over several paragraphs. A short quoted name
// ("Victory Day") is no quote.
func (e *extractor) findQuotes() {
	open := -1
	closeAt := func(i, stop int) {
		if open < 0 {
			return
		}
		start, end := e.toks[open].end, stop
		for start < end && isSpaceByte(e.text[start]) {
			start++
		}
		for end > start && isSpaceByte(e.text[end-1]) {
			end--
		}
		if open+1 < len(e.toks) && e.isQuotedName(open, i) && open > 0 && (e.toks[open-1].kind == word || e.toks[open-1].kind == possess) {
			e.toks[open+1].sentStart = false // annual "Victory Day" celebration: no sentence starts
		}
		if start < end && hasWord(e.text[start:end]) && !e.isQuotedName(open, i) {
			e.quotes = append(e.quotes, quote{start: start, end: end, open: open, close: i})
			for k := open + 1; k < i && k < len(e.toks); k++ {
				e.toks[k].inQuote = len(e.quotes)
			}
		}
		open = -1
	}
	for i, t := range e.toks {
		switch t.kind {
		case qopen:
			if open >= 0 && e.text[t.start] == '"' {
				closeAt(i, t.start) // a straight mark taken for an opening one
				continue
			}
			if open >= 0 {
				closeAt(i, t.start)
			}
			open = i
		case qclose:
			closeAt(i, t.start)
		case newline:
			closeAt(i, t.start)
		}
	}
	closeAt(len(e.toks), len(e.text))
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isQuotedName reports whether the tokens between the marks open and close
// are a short name in title case with no punctuation: "Victory Day".
func (e *extractor) isQuotedName(open, close int) bool {
	n := 0
	for k := open + 1; k < close && k < len(e.toks); k++ {
		t := e.toks[k]
		switch {
		case t.kind == word && (t.capital || t.lower == "of" || t.lower == "the" || t.lower == "and"):
			n++
		case t.kind == possess:
		default:
			return false
		}
	}
	return n > 0 && n <= 4 && e.toks[open+1].capital
}

// speakerTypes can say a quote.
func canSpeak(t article.Type) bool {
	return t == article.Person || t == article.Organization || t == article.Group || t == article.Place
}

// attribute finds each quote's speaker: a speech verb and a name or a
// pronoun after the quote ("…," said Marta Bellini; "…," he said) or
// before it in the same sentence (Gerasimov told Putin: "…"; according to
// X), else the speaker of the sentence's earlier quote, else the person
// the text is talking about. It also links descriptive mentions ("The
// Kremlin leader") to that person.
func (e *extractor) attribute() {
	// The mention that starts or ends at each token, outer ones first.
	startAt := make(map[int]int, len(e.final))
	endAt := make(map[int]int, len(e.final))
	for i := len(e.final) - 1; i >= 0; i-- {
		m := e.final[i]
		if !canSpeak(m.typ) {
			continue
		}
		startAt[m.tok] = i
		if j, ok := endAt[m.tokEnd-1]; !ok || e.final[j].typ != article.Person || m.typ == article.Person {
			endAt[m.tokEnd-1] = i
		}
	}
	// Sentences: a new one at each sentence start outside quotes and at
	// each paragraph.
	sent := make([]int, len(e.toks))
	para := make([]int, len(e.toks))
	s, p := 0, 0
	for i, t := range e.toks {
		if t.kind == newline {
			s++
			p++
		} else if t.sentStart && t.inQuote == 0 && (t.kind == word || t.kind == qopen) {
			s++
		} else if t.kind == qopen && i > 0 && (e.toks[i-1].kind == newline || e.endsSentence(i-1) && e.p(i-1) != ":") {
			s++
		}
		sent[i], para[i] = s, p
	}

	e.speakingOrg, e.roleOrg = "", nil
	e.titled, e.aged = map[string]string{}, map[string]string{}
	e.mostPlace = e.mostNamedPlace()
	subject := ""    // the person the text is talking about
	lastOrg := ""    // the last organization named
	lastPerson := "" // the last person named
	q := 0
	mi := 0
	prevSent := -1
	sentStart := 0
	var prevQuote *quote
	for i := 0; i <= len(e.toks); i++ {
		if i < len(e.toks) && (i == 0 || sent[i] == sent[i-1]) {
			continue
		}
		// [sentStart, i) is one sentence.
		a, b := sentStart, i
		sentStart = i
		if a >= b {
			continue
		}
		_ = prevSent
		explicit := ""
		subjectOrg := "" // an organization that starts the sentence
		firstPerson, firstPersonAt := "", 0
		speaking := ""
		pronounFirst := false
		// A sentence that opens with "he" or "she" is that person's, not
		// the first person it names after: "He said the referee, Sofia
		// Ekdahl, had been \"rushed into it\"".
		for k := a; k < b; k++ {
			if e.toks[k].inQuote == 0 && e.toks[k].kind == word {
				pronounFirst = personPronouns[e.toks[k].lower]
				break
			}
		}
		// Mentions of the sentence outside quotes, in order.
		for ; mi < len(e.final) && e.final[mi].tok < b; mi++ {
			m := &e.final[mi]
			if m.tok < a || e.toks[m.tok].inQuote != 0 {
				continue
			}
			if m.typ == article.Person && m.key == "" {
				// A descriptive mention: the person the text is about.
				if subject != "" {
					m.key = subject
				} else {
					m.key = lastPerson
				}
			}
			if m.typ == article.Person && m.key != "" {
				e.noteTitleAndAge(m)
				if firstPerson == "" && !pronounFirst {
					firstPerson, firstPersonAt = m.key, m.tok
				}
				if speaking == "" && (speechVerbs[e.w(m.tokEnd)] && e.w(m.tokEnd) != "according" ||
					e.isAdverb(m.tokEnd) && speechVerbs[e.w(m.tokEnd+1)]) {
					speaking = m.key // "…, and Marchetti said it would …"
				}
				lastPerson = m.key
			}
			if m.typ == article.Organization {
				lastOrg = m.key
				if m.tok == a || m.tok == a+1 && e.w(a) == "the" {
					subjectOrg = m.key
				}
			}
		}
		// "the agency", "the department": the organization the text
		// calls so is the last one named.
		for k := a; k < b; k++ {
			if e.toks[k].inQuote == 0 && e.toks[k].kind == word && !e.toks[k].capital && e.w(k-1) == "the" && orgNouns[e.toks[k].lower] && !e.capWordAt(k+1) {
				if key := e.nounOrg(e.toks[k].lower, e.toks[k].start); key != "" {
					lastOrg = key
				}
			}
		}
		// The quotes that open in this sentence.
		for ; q < len(e.quotes) && e.quotes[q].open < b; q++ {
			qu := &e.quotes[q]
			if qu.open < a {
				continue
			}
			// "Sara Llaneza wrote that … "…," she wrote": a pronoun after a
			// person the sentence named first, before the quote, is that
			// person.
			subj := subject
			if firstPerson != "" && firstPersonAt < qu.open && (prevQuote == nil || prevQuote.open < a) {
				subj = firstPerson
			}
			who, how := e.after(qu, startAt, endAt, subj, lastOrg)
			if who == "" && !how {
				who, how = e.before(qu, a, prevQuote, startAt, endAt, subj, lastOrg)
			}
			unnamed := who == "" && how // "a spokesperson said", for no one the text names
			if who == "" && !unnamed && prevQuote != nil && sent[prevQuote.open] == sent[qu.open] && para[prevQuote.open] == para[qu.open] {
				who = prevQuote.speaker
			}
			if who == "" && !unnamed {
				who = e.nearestBefore(qu, a, endAt)
			}
			if who == "" && !unnamed {
				who = subject
			}
			if who == "" && !unnamed {
				who = lastPerson
			}
			if who == "" && !unnamed {
				who = lastOrg
			}
			qu.speaker = who
			if how && who != "" {
				explicit = who
			}
			prevQuote = qu
		}
		switch {
		case explicit != "" && e.isOrg(explicit):
			e.speakingOrg = explicit
		case subjectOrg != "" && e.speaks(a, b):
			e.speakingOrg = subjectOrg
		}
		switch {
		case explicit != "" && e.isPerson(explicit):
			subject = explicit
		case speaking != "":
			subject = speaking
		case firstPerson != "":
			subject = firstPerson
		}
	}
}

// speaks reports whether a speech verb stands in [a, b) outside quotes.
func (e *extractor) speaks(a, b int) bool {
	for k := a; k < b; k++ {
		if e.toks[k].inQuote == 0 && speechVerbs[e.w(k)] && e.w(k) != "according" {
			return true
		}
	}
	return false
}

// isPerson reports whether key names a person.
func (e *extractor) isPerson(key string) bool { return e.typeOf(key) == article.Person }

// isOrg reports whether key names an organization.
func (e *extractor) isOrg(key string) bool { return e.typeOf(key) == article.Organization }

// typeOf returns the type of the entity key names.
func (e *extractor) typeOf(key string) article.Type {
	if e.types == nil {
		e.types = make(map[string]article.Type, len(e.final))
		for _, m := range e.final {
			if _, ok := e.types[m.key]; !ok {
				e.types[m.key] = m.typ
			}
		}
	}
	return e.types[key]
}

// endsSentence reports whether token i ends a sentence.
func (e *extractor) endsSentence(i int) bool {
	switch e.p(i) {
	case ".", "!", "?", ":":
		return true
	}
	return false
}

// after looks for an attribution right after the quote: "said X", "X
// said", "he said", "its secretary told", "the council's leader, Helen
// Garside, told", "a spokesperson for the department said". The second
// result is whether the quote is attributed at all; the speaker is ""
// when the attribution names no one the text names.
func (e *extractor) after(qu *quote, startAt, endAt map[int]int, subject, lastOrg string) (string, bool) {
	j := qu.close + 1
	if qu.close >= len(e.toks) || j >= len(e.toks) || e.toks[j].kind == newline {
		return "", false
	}
	// Only a quote that does not end its sentence, or one followed by a
	// word in lower case, takes an attribution after it.
	last, _ := utf8.DecodeLastRuneInString(e.text[qu.start:qu.end])
	if !strings.ContainsRune(",!?—–-…", last) && !(e.toks[j].kind == word && !e.toks[j].capital) && e.p(j) != "," {
		return "", false // a comma after the mark: was "insane", chief executive Jensen Huang told CNBC
	}
	if e.p(j) == "," {
		j++
	}
	if w := e.w(j); w == "which" || w == "that" || w == "who" || (w == "and" || w == "but") && e.w(j+1) == "that" {
		// "…", which she said would bring in; "…", and that the journal
		// had added: a clause that goes on, not an attribution.
		return "", false
	}
	if e.w(j) == "according" && e.w(j+1) == "to" {
		if m, ok := startAt[j+2]; ok {
			return e.final[m].key, true
		}
		return e.orgNoun(j+2, j+8), false // according to a statement from the ministry
	}
	verb := e.attributionVerb(j, j+14)
	if verb < 0 {
		return "", false
	}
	if verb == j {
		return e.speakerAfterVerb(verb+1, startAt, subject, lastOrg)
	}
	return e.subjectOf(j, verb, startAt, endAt, subject, lastOrg)
}

// attributionVerb returns the first speech verb in [from, to) before the
// sentence ends, or -1.
func (e *extractor) attributionVerb(from, to int) int {
	for k := from; k < to && k < len(e.toks); k++ {
		t := e.toks[k]
		switch {
		case t.kind == newline || t.kind == qopen || t.kind == qclose || t.inQuote != 0:
			return -1
		case t.kind == punct && strings.Contains(".!?;:", t.lower):
			return -1
		case t.kind == word && speechVerbs[t.lower] && t.lower != "according":
			return k
		}
	}
	return -1
}

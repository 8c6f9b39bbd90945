package extract

import (
	"strings"

	"newsexplorer/app/article"
)

// The patterns for dates, times, numbers and quantities are written out by
// hand over the tokens rather than as regular expressions: each step looks
// at a token or two, so the whole pass is linear in the text's length.

// w returns token i's lowercase form if it is a word, or "".
func (e *extractor) w(i int) string {
	if i < 0 || i >= len(e.toks) || e.toks[i].kind != word {
		return ""
	}
	return e.toks[i].lower
}

// p returns token i's punctuation, or "".
func (e *extractor) p(i int) string {
	if i < 0 || i >= len(e.toks) || e.toks[i].kind != punct {
		return ""
	}
	return e.toks[i].lower
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// isNumeral reports whether s is written in figures: 11,000, 8.5, 2024.
func isNumeral(s string) bool {
	if s == "" || !isDigitByte(s[0]) || !isDigitByte(s[len(s)-1]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigitByte(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// isYear reports whether s is a year from 1000 to 2199.
func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2' && s[1] <= '1')
}

// isDecade reports whether s is a decade such as 1990s.
func isDecade(s string) bool {
	return len(s) == 5 && s[4] == 's' && isYear(s[:4]) && s[3] == '0'
}

func isDayNumber(s string) bool {
	if !isDigits(s) || len(s) > 2 {
		return false
	}
	n := int(s[0] - '0')
	if len(s) == 2 {
		n = n*10 + int(s[1]-'0')
	}
	return n >= 1 && n <= 31
}

// isMonth reports whether token i is a month's name, written with a capital.
func (e *extractor) isMonth(i int) bool {
	_, ok := months[e.w(i)]
	return ok && e.toks[i].capital
}

// scanTimes finds dates, times, numbers and the war-like events, and marks
// their tokens used.
func (e *extractor) scanTimes() {
	for i := 0; i < len(e.toks); i++ {
		if e.toks[i].used {
			continue
		}
		if e.toks[i].kind != word {
			// Money keeps its currency sign: "$1.2 million".
			if c := e.p(i); c == "$" || c == "€" || c == "£" {
				if end := e.bareNumber(i); end > i+1 {
					e.add(i, end, article.Number)
					i = end - 1
				}
			}
			continue
		}
		if end := e.dateAt(i); end > i {
			e.add(i, end, article.Date)
			i = end - 1
			continue
		}
		if end := e.numberAt(i); end > i {
			e.add(i, end, article.Number)
			i = end - 1
			continue
		}
		if end, at := e.warAt(i); end > at {
			e.addKey(at, end, article.Event, "the war")
			i = end - 1
			continue
		}
		if end := e.storyEventAt(i); end > i {
			e.addKey(i, end, article.Event, "the "+e.toks[end-1].lower)
			i = end - 1
		}
	}
}

// add records a span of tokens [i, end) as a mention of type t, keyed by
// its own text.
func (e *extractor) add(i, end int, t article.Type) {
	e.addKey(i, end, t, "")
}

func (e *extractor) addKey(i, end int, t article.Type, key string) {
	start, stop := e.toks[i].start, e.toks[end-1].end
	// A number written into a word (11-kilometre) keeps only its figures;
	// a range (3-4) keeps both ends.
	if t == article.Number && end-i == 1 && e.toks[i].digit {
		s := e.text[start:stop]
		if k := strings.IndexByte(s, '-'); k > 0 && !isNumeral(s[k+1:]) {
			stop = start + k
		}
	}
	// A final dot belongs to the word only for abbreviations (a.m.).
	for i := i; i < end; i++ {
		e.toks[i].used = true
	}
	if key == "" {
		key = strings.ToLower(e.text[start:stop])
	}
	e.found = append(e.found, mention{start: start, end: stop, typ: t, key: string(t) + ":" + key, name: e.text[start:stop], tok: i, tokEnd: end})
}

// dateAt matches a date or time starting at token i and returns the end of
// the match, or i when there is none.
// dayTimes are times of day by name: "at midday", "before dawn".
var dayTimes = set("midday", "noon", "midnight", "dawn", "dusk", "daybreak", "nightfall", "sunrise", "sunset")

func (e *extractor) dateAt(i int) int {
	w := e.w(i)
	switch {
	case w == "the":
		// the first half of 2025, the end of the year, the year before,
		// the 1990s, the last few days, the past two years, the 12 months to June 30, 2024
		if isDecade(e.w(i + 1)) {
			return i + 2
		}
		if end := e.partOf(i + 1); end > i+1 {
			return end
		}
		if n := e.w(i + 1); (n == "first" || n == "second" || n == "third" || n == "final" || n == "previous") &&
			(e.w(i+2) == "term" || e.w(i+2) == "half" || e.w(i+2) == "quarter" || e.w(i+2) == "semester" || e.w(i+2) == "week" ||
				e.w(i+2) == "month" || e.w(i+2) == "year" || e.w(i+2) == "season") && e.w(i+3) != "of" {
			return i + 3 // the first term
		}
		if periods[e.w(i+1)] && (e.w(i+2) == "before" || e.w(i+2) == "after") {
			return i + 3
		}
		if (e.w(i+1) == "previous" || e.w(i+1) == "following") && periods[e.w(i+2)] {
			return i + 3
		}
		if end := e.lastPeriods(i + 1); end > i+1 {
			return end
		}
		if isNumeral(e.w(i+1)) && periods[e.w(i+2)] && (e.w(i+3) == "to" || e.w(i+3) == "until" || e.w(i+3) == "ending") {
			if end := e.dateAt(i + 4); end > i+4 {
				return end
			}
		}
		return i
	case w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight":
		return i + 1
	case dayTimes[w]:
		return i + 1 // midday
	case (w == "before" || w == "after" || w == "until" || w == "by") && dayTimes[e.w(i+1)]:
		return i + 2 // before dawn
	case w == "this" || w == "last" || w == "next" || w == "coming":
		n := e.w(i + 1)
		if n == "week" || n == "month" || n == "year" || n == "weekend" || n == "season" || seasons[n] ||
			w == "this" && dayParts[n] || weekdays[n] && e.toks[i+1].capital {
			return i + 2
		}
		if w == "last" || w == "next" {
			return e.lastPeriods(i)
		}
	case w == "earlier" || w == "later":
		if n := e.w(i + 1); n == "this" || n == "last" || n == "next" {
			if p := e.w(i + 2); p == "week" || p == "month" || p == "year" || seasons[p] {
				return i + 3
			}
		}
		if e.w(i+1) == "today" {
			return i + 2
		}
	case w == "recent" || w == "coming":
		if n := e.w(i + 1); n == "days" || n == "weeks" || n == "months" || n == "years" || n == "decades" {
			return i + 2
		}
	case w == "early" || w == "late" || w == "mid":
		if isYear(e.w(i+1)) || e.isMonth(i+1) {
			return e.dateAt(i+1) + 0
		}
	case w == "between" || w == "from":
		// between 7 and 9 a.m.
		if isDigits(e.w(i+1)) && (e.w(i+2) == "and" || e.w(i+2) == "to") {
			if end := e.timeAt(i + 3); end > i+3 {
				return end
			}
		}
	}
	if strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "early-") || strings.HasPrefix(w, "late-") {
		rest := w[strings.IndexByte(w, '-')+1:]
		if _, ok := months[rest]; ok || isYear(rest) {
			return i + 1
		}
	}
	if end := e.timeAt(i); end > i {
		return end
	}
	// N days ago, years ago, a few weeks earlier
	if end := e.agoAt(i); end > i {
		return end
	}
	if isDecade(w) {
		return i + 1
	}
	if weekdays[w] && e.toks[i].capital {
		prev := e.w(i - 1)
		if prev == "a" || prev == "an" || prev == "every" || prev == "each" || prev == "average" || prev == "per" ||
			i > 0 && e.toks[i-1].kind == word && strings.ContainsRune(prev, '-') {
			return i
		}
		if dayParts[e.w(i+1)] {
			return i + 2
		}
		return i + 1
	}
	if isDayNumber(w) && e.isMonth(i+1) {
		// 4 March 2025
		end := i + 2
		if isYear(e.w(end)) {
			end++
		}
		return end
	}
	if isDayNumber(w) && e.w(i+1) == "and" && isDayNumber(e.w(i+2)) && e.isMonth(i+3) {
		// 14 and 15 March
		end := i + 4
		if isYear(e.w(end)) {
			end++
		}
		return end
	}
	if e.isMonth(i) {
		// March 4, 2025; May 2023; January and February; May to October
		end := i + 1
		if n := e.w(end); n == "and" || n == "to" || n == "through" {
			if e.isMonth(end + 1) {
				end += 2
			}
		} else if e.p(end) == "–" || e.p(end) == "-" {
			if e.isMonth(end + 1) {
				end += 2
			}
		}
		if isDayNumber(e.w(end)) {
			end++
			if e.p(end) == "," && isYear(e.w(end+1)) {
				end += 2
			}
		}
		if isYear(e.w(end)) {
			end++
		}
		// May alone is a month only with a capital away from a sentence's start.
		if end == i+1 && e.w(i) == "may" && (e.toks[i].sentStart || e.w(i+1) == "be" || e.w(i+1) == "have" || e.w(i+1) == "not") {
			return i
		}
		return end
	}
	if first, last, end := e.rangeAt(i); end > i && !e.toks[i].used && isYear(first) &&
		(isYear(last) || len(last) == 2 && isDigits(last)) && !e.countedAfter(end) {
		return end // 2019-2020, 2019–20
	}
	if isISODate(w) {
		return i + 1 // 2025-04-26
	}
	if isYear(w) && !e.toks[i].used {
		n := e.w(i + 1)
		if scales[n] || percentWords[n] || currencies[n] || e.p(i-1) == "$" || e.p(i-1) == "€" || e.p(i-1) == "£" || e.p(i+1) == "%" {
			return i
		}
		return i + 1
	}
	return i
}

// rangeAt matches a range, score or tally written in figures with a
// hyphen or a dash and no spaces ("3-4", "5-2", "52–48") at token i. It
// returns both ends and the end of the match, or i when there is none.
func (e *extractor) rangeAt(i int) (first, last string, end int) {
	w := e.w(i)
	if k := strings.IndexByte(w, '-'); k > 0 && isNumeral(w[:k]) && isNumeral(w[k+1:]) {
		return w[:k], w[k+1:], i + 1
	}
	if isNumeral(w) && i+2 < len(e.toks) && (e.p(i+1) == "–" || e.p(i+1) == "-") && isNumeral(e.w(i+2)) &&
		e.toks[i].end == e.toks[i+1].start && e.toks[i+1].end == e.toks[i+2].start {
		return w, e.w(i + 2), i + 3
	}
	return "", "", i
}

// countedAfter reports whether the words at token i make the figures
// before them a quantity rather than a year: a scale, "percent", a
// currency, a percent sign.
func (e *extractor) countedAfter(i int) bool {
	n := e.w(i)
	return scales[n] || percentWords[n] || currencies[n] || e.p(i) == "%"
}

// isISODate reports whether s is a date written as 2025-04-26.
func isISODate(s string) bool {
	return len(s) == 10 && isYear(s[:4]) && s[4] == '-' && isDigits(s[5:7]) && s[7] == '-' && isDigits(s[8:])
}

// partOf matches "first half of 2025", "end of the year" after "the".
func (e *extractor) partOf(i int) int {
	j := i
	switch e.w(j) {
	case "first", "second", "last", "third", "fourth":
		if n := e.w(j + 1); n == "half" || n == "quarter" || n == "week" || n == "weeks" || n == "month" || n == "months" || n == "day" || n == "days" {
			j += 2
		} else {
			return i
		}
	case "start", "end", "beginning", "middle", "rest", "turn", "spring", "summer", "autumn", "winter", "fall":
		j++
	default:
		return i
	}
	if e.w(j) != "of" {
		return i
	}
	j++
	switch w := e.w(j); {
	case w == "the" || w == "this" || w == "next" || w == "last":
		if n := e.w(j + 1); n == "year" || n == "month" || n == "week" || n == "decade" || n == "century" || n == "war" && false {
			return j + 2
		}
	case isYear(w):
		return j + 1
	case e.isMonth(j):
		if isYear(e.w(j + 1)) {
			return j + 2
		}
		return j + 1
	}
	return i
}

// lastPeriods matches "last few days", "past two years", "next 12 months"
// from token i (the word last, past, next or coming).
func (e *extractor) lastPeriods(i int) int {
	switch e.w(i) {
	case "last", "past", "next", "coming", "previous":
	default:
		return i
	}
	j := i + 1
	switch n := e.w(j); {
	case n == "few" || n == "several" || n == "couple" || numberWords[n] || isDigits(n):
		j++
		if e.w(j) == "of" {
			j++
		}
	}
	switch e.w(j) {
	case "days", "weeks", "months", "years", "decades", "hours":
		return j + 1
	}
	return i
}

// agoAt matches "two weeks ago", "years ago", "a few days earlier".
func (e *extractor) agoAt(i int) int {
	j := i
	if w := e.w(j); w == "a" && e.w(j+1) == "few" {
		j += 2
	} else if numberWords[w] || isDigits(w) || w == "few" || w == "several" || w == "many" {
		j++
	}
	switch e.w(j) {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hours":
		if a := e.w(j + 1); a == "ago" {
			return j + 2
		}
	}
	return i
}

// timeAt matches a time of day: 8 a.m., 10:30 pm, 5.50 a.m., 9 o'clock.
func (e *extractor) timeAt(i int) int {
	w := e.w(i)
	if w == "" || !isDigitByte(w[0]) {
		return i
	}
	j := i + 1
	if e.p(j) == ":" && isDigits(e.w(j+1)) {
		j += 2
	}
	switch e.w(j) {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock":
		if len(w) <= 2 || strings.ContainsRune(w, ':') || clockDot(w) {
			return j + 1
		}
	}
	return i
}

// clockDot reports whether w is a time of day written with a dot, as
// British and many European papers do: "5.50", "10.30".
func clockDot(w string) bool {
	h, m, ok := strings.Cut(w, ".")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && isDigits(h) && isDigits(m)
}

// numberAt matches a number with its qualifier, currency and scale:
// "more than 11,000", "$1.6 billion", "18 billion Norwegian kroner",
// "40 percent", "one in four".
func (e *extractor) numberAt(i int) int {
	j := i
	if !qualifierStarts[e.w(i)] {
		return e.bareNumber(i)
	}
	// Qualifiers of one, two or three words.
	for _, n := range []int{3, 2, 1} {
		if j+n >= len(e.toks) {
			continue
		}
		parts := make([]string, 0, 3)
		ok := true
		for k := 0; k < n; k++ {
			w := e.w(j + k)
			if w == "" {
				ok = false
				break
			}
			parts = append(parts, w)
		}
		if ok && qualifiers[strings.Join(parts, " ")] {
			if end := e.bareNumber(j + n); end > j+n {
				return end
			}
		}
	}
	if end := e.bareNumber(i); end > i {
		return end
	}
	return i
}

// bareNumber matches a number without a qualifier.
func (e *extractor) bareNumber(i int) int {
	j := i
	if c := e.p(j); c == "$" || c == "€" || c == "£" {
		j++
	}
	w := e.w(j)
	switch {
	case w == "" || e.toks[j].used:
		return i
	case w == "one" || w == "a":
		// one in four; one million; a quarter of the participants
		if e.w(j+1) == "in" && (numberWords[e.w(j+2)] || isDigits(e.w(j+2))) {
			return j + 3
		}
		if fractions[e.w(j+1)] && e.w(j+2) == "of" {
			return j + 2
		}
		if w == "one" && scales[e.w(j+1)] && e.w(j+1) != "m" {
			j++
		} else {
			return i
		}
	case numberWords[w]:
		if e.w(j+1) == "in" && (numberWords[e.w(j+2)] || isDigits(e.w(j+2)) || e.w(j+2) == "ten") {
			return j + 3
		}
		if w == "dozens" || w == "hundreds" || w == "thousands" || w == "millions" {
			return i
		}
	case spelledCompound(w):
		// Thirty-eight
	case isNumeral(w):
		if e.w(j+1) == "in" && isDigits(e.w(j+2)) {
			return j + 3
		}
		if _, _, end := e.rangeAt(j); end > j {
			j = end - 1 // 52–48, 3–4 percent
		}
	case isDigitByte(w[0]) && strings.ContainsRune(w, '-') && isNumeral(w[:strings.IndexByte(w, '-')]):
		if _, _, end := e.rangeAt(j); end == j {
			return j + 1 // 11-kilometre
		}
		// 5-2, 3-4 percent
	default:
		return i
	}
	j++
	if scales[e.w(j)] && (e.w(j) != "m" || j > i) {
		j++
	}
	switch n := e.w(j); {
	case n == "percent" || n == "per" && e.w(j+1) == "cent":
		if n == "per" {
			j++
		}
		j++
	case currencies[n]:
		j++
	case lex().groups[n] != "" && currencies[e.w(j+1)]:
		j += 2 // Norwegian kroner
	}
	if e.p(j) == "%" {
		j++
	}
	return j
}

// fractions are numbers after "a" and before "of": "a quarter of the
// participants".
var fractions = set("quarter", "third", "fifth", "tenth", "half", "dozen")

// units of spelled numbers after a hyphen: "thirty-eight".
var spelledUnits = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

// spelledCompound reports whether w is a spelled number with a hyphen:
// "thirty-eight", "twenty-one".
func spelledCompound(w string) bool {
	tens, unit, ok := strings.Cut(w, "-")
	return ok && numberWords[tens] && strings.HasSuffix(tens, "ty") && spelledUnits[unit]
}

// warAt matches the mentions of a war: "the war", "the invasion", "the
// conflict", and "war" after "the" and up to three adjectives. It returns
// the match's end and where the mention starts.
func (e *extractor) warAt(i int) (int, int) {
	if e.w(i) != "the" {
		return i, i
	}
	switch e.w(i + 1) {
	case "war", "invasion", "conflict":
		if e.w(i+2) != "on" && e.w(i+2) != "of" {
			return i + 2, i
		}
	}
	for j := i + 1; j < i+6 && j < len(e.toks); j++ {
		if e.toks[j].kind == qopen {
			continue // the "cruel and senseless war."
		}
		w := e.w(j)
		if w == "" || e.toks[j].capital {
			break
		}
		if w == "war" && j > i+1 && e.w(j+1) != "on" {
			return j + 1, j
		}
	}
	return i, i
}

// qualifierStarts are the first words of the qualifiers.
var qualifierStarts = func() map[string]bool {
	m := map[string]bool{}
	for q := range qualifiers {
		first, _, _ := strings.Cut(q, " ")
		m[first] = true
	}
	return m
}()

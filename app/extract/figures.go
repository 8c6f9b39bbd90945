package extract

import (
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// figuresIn are the numbers a span gives, each with the noun it counts.
func (f *claimFinder) figuresIn(sp article.Span) []figure {
	var out []figure
	for _, m := range f.mentionsIn(sp) {
		if f.a.TypeOf(m.Entity) != article.Number {
			continue
		}
		noun := f.nounAfter(m.End, sp.End)
		if noun == "" {
			noun = f.nounPutAt(m.Start, sp.Start) // "put the number of marchers at 2,000"
		}
		if c := currencyOf(f.text[m.Start:m.End]); c != "" {
			// "1,720 euros a month" and "2,050 euros a month" are one
			// quantity; "3.5 percent" is not money. Sums with no period
			// are as many things as an article has costs, budgets and
			// revenues: they are compared only when the words after them
			// say what they count ("96 million euros in revenue").
			period := f.periodAfter(m.End, sp.End)
			noun = ""
			if period != "" {
				noun = c + period
			} else if what := f.nounAfter(m.End, sp.End); what != "" && !currencies[what] {
				noun = c + " " + what
			}
		}
		if noun == "" || units[stem(noun)] {
			continue // a measure (degrees, kilometres) is no count two parties dispute
		}
		fg := figure{value: strings.ToLower(f.text[m.Start:m.End]), noun: stem(noun)}
		if !strings.Contains(noun, "/") {
			fg.period = f.rateAfter(m.End, sp.End) // "150,000 visitors a year" is a rate
		}
		out = append(out, fg)
	}
	return out
}

// nounAfter is the first word in lower case after byte pos, before end,
// past adjectives and names: what a number counts ("11,000 North Korean
// troops" counts troops).
func (f *claimFinder) nounAfter(pos, end int) string {
	for n, t := range f.tokensIn(article.Span{Start: pos, End: min(end, pos+80)}) {
		if n > 5 || t.kind != word {
			break
		}
		if t.capital || t.lower == "of" || t.lower == "more" || t.lower == "additional" || t.lower == "new" {
			continue
		}
		if g, ok := peopleGroups[t.lower]; ok {
			return g // protesters and marchers are one crowd counted
		}
		if stopWords[t.lower] || utf8.RuneCountInString(t.lower) < 3 {
			return ""
		}
		return t.lower
	}
	return ""
}

// nounPutAt is what a number counts when the words before it say so, as
// in "put the number of marchers at 2,000" or "put the loss at 241
// million": the word before "at", as nounAfter would read it, or "".
func (f *claimFinder) nounPutAt(pos, from int) string {
	toks := f.tokensIn(article.Span{Start: max(from, pos-40), End: pos})
	if len(toks) < 2 || toks[len(toks)-1].lower != "at" {
		return ""
	}
	t := toks[len(toks)-2]
	if t.kind != word || t.capital || stopWords[t.lower] {
		return ""
	}
	if g, ok := peopleGroups[t.lower]; ok {
		return g
	}
	return t.lower
}

// conflicting reports whether two lists of figures give different
// numbers for the same thing counted.
func conflicting(a, b []figure) bool {
	for _, x := range a {
		for _, y := range b {
			same := x.noun == y.noun || x.noun == stem("people") && isCrowd(y.noun) || y.noun == stem("people") && isCrowd(x.noun)
			if same && x.period == y.period && x.value != y.value {
				return true
			}
		}
	}
	return false
}

// currencyOf names the currency of an amount of money ("1,720 euros",
// "£4,800", "$2 billion"), or "".
func currencyOf(amount string) string {
	for sym, name := range currencySymbols {
		if strings.HasPrefix(amount, sym) {
			return name
		}
	}
	fields := strings.Fields(strings.ToLower(amount))
	if len(fields) == 0 {
		return ""
	}
	last := fields[len(fields)-1]
	if currencies[last] {
		return strings.TrimSuffix(last, "s")
	}
	return ""
}

var currencySymbols = map[string]string{"€": "euro", "£": "pound", "$": "dollar", "¥": "yen"}

// periodAfter is the period an amount is counted in ("a month", "per
// year", "an hour") right after byte pos, as "/month", or "".
func (f *claimFinder) periodAfter(pos, end int) string {
	toks := f.tokensIn(article.Span{Start: pos, End: min(end, pos+24)})
	if len(toks) < 2 || toks[0].kind != word || toks[1].kind != word {
		return ""
	}
	switch toks[0].lower {
	case "a", "an", "per", "each", "every":
		switch p := strings.TrimSuffix(toks[1].lower, "ly"); p {
		case "day", "week", "month", "year", "hour":
			return "/" + p
		}
	}
	return ""
}

// rateAfter is the period a count is counted in when a period follows
// the number's noun within a few words ("150,000 visitors a year"), as
// "/year", or "".
func (f *claimFinder) rateAfter(pos, end int) string {
	toks := f.tokensIn(article.Span{Start: pos, End: min(end, pos+48)})
	for k := 1; k < len(toks) && k < 5; k++ {
		if toks[k].kind != word {
			break
		}
		if p := f.periodAfter(toks[k].start, end); p != "" {
			return p
		}
	}
	return ""
}

// isCrowd reports whether a figure's noun, as stemmed, counts a crowd, a
// workforce or troops, which "people" may count too ("10,000 people
// marched", "2,000 protesters"); passengers, patients or residents are
// counts of their own.
func isCrowd(noun string) bool {
	return noun == stem("crowd") || noun == stem("staff") || noun == stem("military")
}

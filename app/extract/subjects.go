package extract

// The words around a speech verb that say who speaks: the subject before
// it, the name after it, and the roles, titles, ages, appositions and
// reports that stand for a speaker named elsewhere.

import (
	"strings"

	"newsexplorer/app/article"
)

// speakerRoles name someone who speaks for an organization without naming
// them: "a spokesperson for the agency said".
var speakerRoles = wordSet(`spokesperson spokesman spokeswoman official officials representative representatives aide aides
	source sources lawyer lawyers adviser advisers advisor insider insiders executive executives
	statement chair chairman chairwoman secretary leader director head chief staff management`)

// reportNouns are texts an organization publishes: "the ruling said" is
// the organization that made the ruling.
var reportNouns = wordSet(`ruling report statement release study survey filing letter document judgment judgement verdict
	decision announcement notice minutes website post review audit findings complaint application order
	memo circular bulletin newsletter forecast`)

// subjectOf finds who speaks in the words [from, verb) before a speech
// verb: the last person named (not a possessor: "Olsen's company"), a
// pronoun, an organization named there, or the organization a role, a
// report or a common noun stands for ("its chair", "the ruling", "a
// spokesperson for the department", "the agency"). The second result is
// whether the words say who speaks at all.
func (e *extractor) subjectOf(from, verb int, startAt, endAt map[int]int, subject, lastOrg string) (string, bool) {
	for k := from; k < verb; k++ {
		if _, ok := startAt[k]; ok {
			break
		}
		if personPronouns[e.w(k)] {
			return subject, subject != ""
		}
	}
	last := e.skipAdverbsBack(verb-1, from) // the word before the verb, past adverbs
	if last > from && personPronouns[e.w(last)] && e.p(last-1) == "," && e.introPhrase(from) {
		return subject, subject != "" // Speaking to Steel City Radio, she said
	}
	if key := e.describedPerson(from, last); key != "" {
		return key, true // the mayor said; the 45-year-old said
	}
	if e.w(last) == "it" {
		return e.speakingOrg, e.speakingOrg != "" // It called the forecast "optimistic"
	}
	if key, ok := e.beforeApposition(from, last, startAt); ok {
		return key, true // Vigía, a Valencia-based group that …, wrote
	}
	// "The chipmaker, based in Santa Clara, said": the subject is the
	// noun the clause starts with, not the place in its apposition.
	if e.w(from) == "the" && from+1 < verb && !e.capWordAt(from+1) && (e.p(from+2) == "," || from+2 == verb) {
		if key := e.nounOrg(e.w(from+1), e.toks[from+1].start); key != "" {
			return key, true
		}
	}
	org := ""
	for k := verb - 1; k >= from; k-- {
		if e.toks[k].inQuote != 0 {
			continue
		}
		m, ok := endAt[k]
		if !ok {
			continue
		}
		if k+1 < len(e.toks) && e.toks[k+1].kind == possess && e.final[m].typ == article.Person {
			continue
		}
		if e.final[m].typ == article.Person {
			return e.final[m].key, true
		}
		if org == "" && !e.onPlatform(m) {
			org = e.final[m].key
		}
	}
	if org != "" {
		return org, true
	}
	role, report, its := false, false, false
	for k := from; k < verb; k++ {
		w := e.w(k)
		switch {
		case speakerRoles[w]:
			role = true
		case reportNouns[w]:
			report = true
		case w == "its" || w == "their":
			its = true
		}
	}
	if key := e.governmentOf(from, verb); key != "" {
		return key, true // the regional government said: the region the text names most
	}
	if key := e.orgNoun(from, verb); key != "" {
		if role {
			e.noteRole(from, verb, key)
		}
		return key, true // the agency said; a spokesperson for the department said
	}
	if role {
		if key := e.roleBefore(from, verb); key != "" {
			return key, true // the spokesperson said: the one for the command, named before
		}
	}
	switch {
	case its || report:
		return lastOrg, lastOrg != ""
	case role && e.forUnnamed(from, verb):
		return "", true // a spokesperson for the regional government, which the text does not name
	case role:
		// "A spokesperson said only that the ministry was …": the
		// organization the sentence names, never the one before it.
		end := verb + 1
		for end < len(e.toks) && e.toks[end].kind != newline && !(e.toks[end].kind == punct && e.toks[end].lower == ".") {
			end++
		}
		for k := verb + 1; k < end; k++ {
			if m, ok := startAt[k]; ok && e.toks[k].inQuote == 0 && e.final[m].typ == article.Organization {
				return e.final[m].key, true
			}
		}
		if key := e.orgNoun(verb+1, end); key != "" {
			return key, true
		}
		for k := verb + 1; k < end; k++ {
			if e.w(k-1) == "the" && orgNouns[e.w(k)] && e.toks[k].inQuote == 0 {
				return "", true // an organization the text does not name
			}
		}
		return lastOrg, true
	}
	return "", false
}

// noteTitleAndAge records the title a person mention carries ("Mayor
// Lena Kraus", "Lena Kraus, the mayor,") and the age it gives ("Lena
// Kraus, 45,").
func (e *extractor) noteTitleAndAge(m *mention) {
	if t := e.w(m.tok - 1); titleCores[t] {
		e.titled[t] = m.key
	}
	end := m.tokEnd
	if e.p(end) != "," {
		return
	}
	if k := end + 1; k < len(e.toks) && e.toks[k].kind == word && isDigits(e.w(k)) && e.p(k+1) == "," {
		e.aged[e.w(k)] = m.key
		return
	}
	for k := end + 1; k < end+6 && k < len(e.toks) && e.toks[k].kind == word; k++ {
		if t := e.w(k); titleCores[t] && !e.toks[k].capital {
			e.titled[t] = m.key // Lena Kraus, the mayor of Görlitz
			return
		}
	}
}

// onPlatform reports whether mention m names the social network a post
// is on ("In a post on Instagram, the union called …"; see postChannel).
func (e *extractor) onPlatform(m int) bool {
	mm := e.final[m]
	return postChannel(e.text[e.toks[mm.tok].start:e.toks[mm.tokEnd-1].end], e.w(mm.tok-1))
}

// introPhrase reports whether the words from token from open a phrase
// that sets the scene before the subject: "Speaking to Steel City Radio,",
// "Asked about the count,", "In an interview with the Herald,".
func (e *extractor) introPhrase(from int) bool {
	w := e.w(from)
	return strings.HasSuffix(w, "ing") || w == "asked" || w == "in" || w == "on" || w == "at" || w == "after"
}

// skipAdverbsBack returns the token at or before k, back to from, past
// adverbs that may stand between a subject and its verb.
func (e *extractor) skipAdverbsBack(k, from int) int {
	for k > from && e.isAdverb(k) {
		k--
	}
	return k
}

// describedPerson returns the person that the words [from, last], the
// subject of a speech verb, name by a title or an age the text gave them
// before: "the mayor said", "the 45-year-old said"; or "".
func (e *extractor) describedPerson(from, last int) string {
	if e.w(from) != "the" || last != from+1 {
		return ""
	}
	w := e.w(last)
	if age, ok := strings.CutSuffix(w, "-year-old"); ok {
		return e.aged[age]
	}
	return e.titled[w]
}

// forUnnamed reports whether the role words [from, verb) speak for an
// organization by its common noun alone, one the text does not name: "a
// spokesperson for the regional government".
func (e *extractor) forUnnamed(from, verb int) bool {
	for k := from; k+2 < verb; k++ {
		if e.w(k) == "for" && e.w(k+1) == "the" && !e.capWordAt(k+2) {
			return e.orgNoun(k+1, verb) == ""
		}
	}
	return false
}

// noteRole records that the role words in [from, verb) ("a spokesperson
// for the command") spoke for the organization key.
func (e *extractor) noteRole(from, verb int, key string) {
	for k := from; k < verb; k++ {
		if w := e.w(k); speakerRoles[w] {
			if e.roleOrg == nil {
				e.roleOrg = map[string]string{}
			}
			e.roleOrg[w] = key
		}
	}
}

// roleBefore returns the organization that "the <role>" in [from, verb)
// spoke for when the text last gave it one ("A spokesperson for the
// command said …" before "the spokesperson said"), or "".
func (e *extractor) roleBefore(from, verb int) string {
	for k := from + 1; k < verb; k++ {
		if w := e.w(k); speakerRoles[w] && e.w(k-1) == "the" {
			return e.roleOrg[w]
		}
	}
	return ""
}

// beforeApposition returns the speaker named at the start of [from,
// last], the words before a speech verb, when an apposition set off by
// commas stands between it and the verb ("Vigía, a Valencia-based group
// that monitors policing, wrote"), so that no name inside the apposition
// is taken for the speaker.
func (e *extractor) beforeApposition(from, last int, startAt map[int]int) (string, bool) {
	if e.p(last) != "," {
		return "", false
	}
	first := from
	if e.w(first) == "the" {
		first++
	}
	m, ok := startAt[first]
	if !ok || e.toks[first].inQuote != 0 {
		return "", false
	}
	end := e.final[m].tokEnd
	if e.p(end) != "," || end+1 >= last {
		return "", false
	}
	switch e.w(end + 1) {
	case "a", "an", "the", "which", "who", "whose", "one", "its", "his", "her", "their":
		return e.final[m].key, true
	}
	return "", false
}

// orgNoun returns the organization that the first "the <noun>" in [from,
// to) stands for, outside quotes, or "".
func (e *extractor) orgNoun(from, to int) string {
	for k := from; k < to && k < len(e.toks); k++ {
		if e.toks[k].inQuote != 0 || e.toks[k].kind != word || e.toks[k].capital || e.w(k-1) != "the" && e.p(k-1) != "'" {
			continue
		}
		if e.capWordAt(k + 1) {
			continue // "the company Logivance" names it
		}
		if key := e.nounOrg(e.toks[k].lower, e.toks[k].start); key != "" {
			return key
		}
	}
	return ""
}

// speakerAfterVerb finds who speaks after a verb that follows a quote:
// the first person named before the sentence ends ("said LWF general
// secretary Nadia Ferrand", "said Ingrid Eriksen, Chief Executive
// Officer of Nordvik Energy"), else the first organization, else a
// pronoun's person.
func (e *extractor) speakerAfterVerb(k int, startAt map[int]int, subject, lastOrg string) (string, bool) {
	org := ""
	for j := k; j < k+10 && j < len(e.toks); j++ {
		t := e.toks[j]
		if t.kind == newline || t.kind == qopen || t.kind == punct && strings.Contains(".!?;:", t.lower) {
			break
		}
		if w := e.w(j); w == "who" || w == "which" || w == "that" {
			break
		}
		if j == k && personPronouns[e.w(j)] {
			return subject, subject != ""
		}
		if m, ok := startAt[j]; ok {
			if e.final[m].typ == article.Person {
				return e.final[m].key, true
			}
			if org == "" {
				org = e.final[m].key
			}
		}
	}
	if org != "" {
		return org, true
	}
	if key := e.orgNoun(k, k+6); key != "" {
		return key, true
	}
	if e.w(k) == "its" || e.w(k) == "their" {
		return lastOrg, lastOrg != ""
	}
	return "", false
}

// before looks for a speech verb in the sentence before the quote, and
// takes its subject.
func (e *extractor) before(qu *quote, a int, prev *quote, startAt, endAt map[int]int, subject, lastOrg string) (string, bool) {
	from := a
	if prev != nil && prev.close < qu.open && prev.close >= a {
		from = prev.close + 1
	}
	verb := -1
	for k := qu.open - 1; k >= from; k-- {
		if e.toks[k].inQuote != 0 {
			break
		}
		w := e.w(k)
		if w == "according" && e.w(k+1) == "to" {
			if m, ok := startAt[k+2]; ok {
				return e.final[m].key, true
			}
			if key := e.orgNoun(k+2, k+5); key != "" {
				return key, true
			}
		}
		if speechVerbs[w] && w != "according" || rulingVerbs[w] {
			if verb < 0 || !e.personIn(k+1, verb, startAt) {
				verb = k
			}
			break
		}
		if k == qu.open-1 && e.p(k) == ":" {
			// A colon, unless a speech verb stands before it with no
			// other person between: "Mora disagreed:" after "Ruiz said".
			verb = k
		}
	}
	if verb < 0 {
		return "", false
	}
	return e.subjectOf(from, verb, startAt, endAt, subject, lastOrg)
}

// personIn reports whether a person's name starts in tokens [from, to),
// outside quotes.
func (e *extractor) personIn(from, to int, startAt map[int]int) bool {
	for k := from; k < to; k++ {
		if m, ok := startAt[k]; ok && e.toks[k].inQuote == 0 && e.final[m].typ == article.Person {
			return true
		}
	}
	return false
}

// possessesThing reports whether the person mention m, ending at token
// k, owns a thing rather than words: "ruled that Mackie's shoulder had
// made …" is not Mackie's to say, where "Putin's comments" and "the
// Kremlin's narrative" are their owners'.
func (e *extractor) possessesThing(k, m int) bool {
	if k+1 >= len(e.toks) || e.toks[k+1].kind != possess || e.final[m].typ != article.Person {
		return false
	}
	w := e.w(k + 2)
	return !reportNouns[w] && !wordsNouns[w]
}

// wordsNouns name what a person said: "Putin's comments".
var wordsNouns = set("comments", "remarks", "words", "narrative", "account", "view", "views", "claim", "claims", "message")

// govLevels before "government" say which government, one of the place
// the text is about: "the regional government".
var govLevels = set("regional", "state", "city", "provincial", "local", "municipal", "county", "town", "national",
	"federal", "island")

// governmentOf returns the place whose government the words [from, verb)
// name by its level alone ("The regional government said"): the place
// the text names most, which a town's or a region's government stands
// for; or "" when the words name no such government or the text no place.
func (e *extractor) governmentOf(from, verb int) string {
	for k := from + 1; k < verb; k++ {
		if e.w(k) == "government" && govLevels[e.w(k-1)] && !e.capWordAt(k-1) {
			return e.mostPlace
		}
	}
	return ""
}

// mostNamedPlace returns the place the text names most, the first named
// of those named as often; or "".
func (e *extractor) mostNamedPlace() string {
	counts := map[string]int{}
	best := ""
	for _, m := range e.final {
		if m.typ != article.Place {
			continue
		}
		counts[m.key]++
		if best == "" || counts[m.key] > counts[best] {
			best = m.key
		}
	}
	return best
}

// rulingVerbs report what a body decided, in words it may be quoted in:
// "the panel ruled that Mackie's shoulder had made \"direct and avoidable
// contact\"".
var rulingVerbs = set("ruled", "rules", "found", "concluded", "decided", "determined", "judged")

// nearestBefore returns the nearest person or organization named before
// the quote in its sentence, outside quotes.
func (e *extractor) nearestBefore(qu *quote, a int, endAt map[int]int) string {
	for k := qu.open - 1; k >= a; k-- {
		if e.toks[k].inQuote != 0 {
			continue
		}
		if m, ok := endAt[k]; ok && !e.possessesThing(k, m) {
			if t := e.final[m].typ; t == article.Person || t == article.Organization {
				return e.final[m].key
			}
		}
		if personPronouns[e.w(k)] {
			return ""
		}
	}
	return ""
}

// isAdverb reports whether token i is an adverb that may stand between a
// speaker and the verb ("Trump later wrote").
func (e *extractor) isAdverb(i int) bool {
	w := e.w(i)
	return w == "later" || w == "also" || w == "then" || w == "once" || w == "has" || w == "had" || strings.HasSuffix(w, "ly")
}

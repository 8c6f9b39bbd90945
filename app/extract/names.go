package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// Evidence weights for a name's type: a word list or a cue word beats a
// context clue, which beats a guess.
const (
	guess  = 1
	clue   = 2
	strong = 4
)

// orgNouns in an apposition ("Enova, the state agency that …") make the
// name before it an organization's.
var orgNouns = wordSet(`agency company association firm group organisation organization union charity broadcaster network
	newspaper bank body regulator watchdog inspectorate authority party operator startup start-up
	manufacturer supplier developer insurer retailer airline carrier publisher platform app service
	ministry council club team university school institute trust fund lobby magazine daily weekly paper
	tabloid station channel outlet website maker producer brand chain giant lender side band label
	carmaker automaker drugmaker conglomerate cooperative consultancy subsidiary franchise studio
	distributor wholesaler exporter importer courier utility bakery shop café restaurant brewery
	business employer contractor subcontractor outfit foundation institution commission committee
	tribunal court league federation confederation coalition alliance movement collective office lab journal
	laboratory hospital clinic think-tank exchange observatory airport provider miner bookseller`)

// placeNouns in an apposition or before "of" make a name a place's.
var placeNouns = wordSet(`town city village region province county state country district island capital port suburb
	neighbourhood neighborhood area`)

// personNouns in an apposition make a name a person's ("Grace Okonkwo,
// the authority's chief executive").
var personNouns = wordSet(`executive resident student teacher farmer owner worker nurse doctor lawyer analyst economist
	scientist researcher official politician activist author writer journalist father mother son
	daughter wife husband spokesperson spokesman spokeswoman leader member candidate player parent pupil
	striker goalkeeper midfielder defender winger referee forecaster driver attendant baker mechanic
	solicitor barrister prosecutor witness defendant accountant consultant engineer pilot actor actress
	singer surgeon physician historian librarian volunteer steward organiser organizer campaigner
	protester veteran lawmaker legislator entrepreneur professor coach manager boss shopkeeper
	grandmother grandfather widow pensioner midwife paramedic officer`)

// locatives are prepositions after which an unknown name is a place.
var locatives = set("in", "near", "across", "outside", "throughout", "around", "to", "from", "via")

// eventNouns after a name make it a named event ("the COVID-19 pandemic").
var eventNouns = wordSet(`pandemic outbreak earthquake floods election elections summit crisis genocide referendum war
	revolution uprising games`)

// possessiveEvents after a person's name make an event ("Pope Francis'
// funeral").
var possessiveEvents = set("funeral", "wedding", "inauguration", "coronation", "trial", "burial",
	"assassination", "election", "impeachment")

// descNouns after an organization's or a place's name make a descriptive
// mention of a person ("The Kremlin leader").
var descNouns = set("leader", "chief", "boss", "strongman", "ruler", "head")

// name is a capitalized name found in the text, with the evidence for its
// type.
type name struct {
	mention
	votes [8]int // by type index
	words []string
	desc  bool   // a descriptive mention of a person, linked later
	team  bool   // a club: a town's name in a match ("Quimper beat Morlaix")
	noun  string // the common noun the text calls it by ("the parcel company Logivance")
}

func typeIndex(t article.Type) int {
	for i, x := range article.Types {
		if x == t {
			return i
		}
	}
	return 0
}

func (n *name) vote(t article.Type, w int) { n.votes[typeIndex(t)] += w }

// capWord reports whether token i is an unused capitalized word.
func (e *extractor) capWord(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].kind == word && !e.toks[i].used && e.toks[i].capital
}

// isCue reports whether a lowercase word is a cue for an organization, a
// place or a title.
func isCue(w string) bool {
	return orgCues[w] || placeHeads[w] || titleCores[w]
}

// scanNames finds the sequences of capitalized words and types them.
func (e *extractor) scanNames() {
	for i := 0; i < len(e.toks); i++ {
		if !e.capWord(i) {
			continue
		}
		end := e.chunkEnd(i)
		e.chunk(i, end)
		i = end - 1
	}
}

// nameJoins join the words of a name in other languages: "University
// of Bologna" is joined by "of" only after a cue word, these always.
var nameJoins = wordSet(`de van von del da di bin du des della dei degli dos das ibn bint`)

// nameJoins2 may follow nameJoins: "de la", "von der", "de los".
var nameJoins2 = set("la", "der", "den", "los", "las", "le")

// elided reports whether a word is a French or Italian article or
// preposition elided before a capital: "d'Or", "d'Italia", "l'Est".
func elided(w string) bool {
	for _, p := range []string{"d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// chunkEnd returns the end of the run of capitalized words at i, with the
// small words that join the parts of a name ("University of Bologna",
// "Ukraine's Armed Forces", "Traders' Group").
func (e *extractor) chunkEnd(i int) int {
	j := i + 1
	for j < len(e.toks) {
		t := e.toks[j]
		switch {
		case e.capWord(j) && !(t.sentStart && t.inQuote == 0):
			j++
			continue
		case t.kind == word && !t.capital && isDigits(t.lower) && e.w(j-1) == "line":
			j++ // Line 4
			continue
		case t.kind == word && (t.lower == "of" || t.lower == "for" || nameJoins[t.lower]):
			k := j + 1
			if t.lower == "of" && e.w(k) == "the" || nameJoins2[e.w(k)] && nameJoins[t.lower] && !e.toks[k].capital {
				k++ // Stade de la Route de Lorient, Ursula von der Leyen
			}
			if !e.capWord(k) {
				break
			}
			last := e.w(j - 1)
			if t.lower == "of" || t.lower == "for" {
				if !isCue(last) {
					break
				}
			}
			j = k
			continue
		case t.kind == possess && e.capWord(j+1):
			// Join only when a cue word follows: "Ukraine's Armed Forces".
			k := j + 1
			cue := false
			for k < len(e.toks) && e.capWord(k) {
				if orgCues[e.toks[k].lower] || placeHeads[e.toks[k].lower] {
					cue = true
				}
				k++
			}
			if cue {
				j++
				continue
			}
		case t.kind == punct && t.lower == "&" && e.capWord(j+1):
			j++
			continue
		case t.kind == word && !t.capital && !t.used && elided(e.text[t.start:t.end]):
			j++ // Ballon d'Or, Côte d'Ivoire
			continue
		}
		break
	}
	return j
}

// chunk splits the run of capitalized words [i, end) into names: titles
// out, leading words that are not names out, a name after an organization
// apart ("General Staff Valery Gerasimov").
func (e *extractor) chunk(i, end int) {
	// Leading words that are not names.
	for i < end {
		w := e.toks[i].lower
		if w == "the" || w == "a" || w == "an" {
			i++
			continue
		}
		if e.toks[i].sentStart && (commonStarts[w] || e.lower[w] && !e.known(i, i+1)) && !e.known(i, end) {
			i++
			continue
		}
		if e.toks[i].sentStart && end-i > 1 && !e.known(i, i+1) && e.known(i+1, end) && !titleCores[w] && !e.known(i, end) {
			i++ // "Ask Colombians"
			continue
		}
		break
	}
	for i < end && e.toks[i].kind != word {
		i++
	}
	if i >= end {
		return
	}
	// "Warsaw-based Castrum Rail": the place keeps only its name, and the
	// organization is the rest.
	if t := e.toks[i]; compoundPlace(t.lower) != "" {
		suffix := compoundPlace(t.lower)
		n := e.addName(i, i+1, article.Place, "", "", strong)
		n.end = t.end - len(suffix)
		n.name = e.text[n.start:n.end]
		n.key = "n:" + strings.ToLower(n.name)
		n.words = []string{strings.TrimSuffix(t.lower, suffix)}
		if i+1 < end {
			e.chunk(i+1, end)
		}
		return
	}
	// A place's possessive before an organization: "Austria's Ministry of
	// Mobility" is the place and the ministry.
	if i+2 < end && e.toks[i+1].kind == possess && (lex().places[e.toks[i].lower] || lex().groups[e.toks[i].lower] != "") {
		e.classify(i, i+1)
		e.chunk(i+2, end)
		return
	}
	// A name that follows an organization's cue: "General Staff Valery Gerasimov".
	for k := i; k < end-2; k++ {
		if k == i && (mediaFirst[e.toks[k].lower] || orgFirsts[e.toks[k].lower]) {
			continue // Radio Bro Gwened is one name
		}
		if orgCues[e.toks[k].lower] && !orgSuffixes[e.toks[k+1].lower] && e.toks[k+1].kind == word && e.toks[k+1].capital &&
			!isCue(e.toks[k+1].lower) && e.toks[k+2].kind == word && e.toks[k+2].capital && !isCue(e.toks[k+2].lower) &&
			(k+3 == end || e.toks[k+3].kind == word && e.toks[k+3].capital && !isCue(e.toks[k+3].lower) && k+4 == end) {
			e.chunk(i, k+1)
			e.person(k+1, end, true)
			return
		}
	}
	// A title, and the name after it.
	for t := end - 2; t >= i; t-- {
		if !titleCores[e.toks[t].lower] || e.toks[t+1].kind != word || !e.toks[t+1].capital {
			continue
		}
		nameOK := true
		for k := t + 1; k < end; k++ {
			if isCue(e.toks[k].lower) || e.toks[k].kind != word || !e.toks[k].capital {
				nameOK = false
			}
		}
		if !nameOK || end-(t+1) > 4 {
			continue
		}
		n := t + 1
		for n+2 <= end && titleTails[e.toks[n].lower] {
			n++ // Chief Executive Carlos Tavares
		}
		e.titleZone(i, n)
		e.person(n, end, true)
		return
	}
	// A surname that is also a title: "Sergio Pastor", "Ellen King".
	if end-i == 2 && surnameTitles[e.toks[i+1].lower] && !titleCores[e.toks[i].lower] && !titleTails[e.toks[i].lower] &&
		!isCue(e.toks[i].lower) && !functions[e.toks[i].lower] {
		e.classify(i, end)
		return
	}
	// A title with no name: "Chief Executive Officer of Nordvik Energy".
	k := i
	for k < end && (titleCores[e.toks[k].lower] || e.toks[k].capital && k+1 < end && titleCores[e.toks[k+1].lower]) {
		k++
	}
	if k > i {
		if k < end && (e.w(k) == "of" || e.w(k) == "for") {
			e.titleZone(i, k)
			k++
			if e.w(k) == "the" {
				k++
			}
			if k < end && !(k+1 == end && functions[e.toks[k].lower]) {
				e.chunk(k, end) // not "Head of Communications"
			}
			return
		}
		if k == end {
			e.titleZone(i, k)
			return
		}
	}
	e.classify(i, end)
}

// titleZone records the groups and places inside a title ("Russian
// President", "U.S. Secretary of State") and leaves the rest out.
func (e *extractor) titleZone(i, end int) {
	for k := i; k < end; k++ {
		for l := min(end, k+3); l > k; l-- {
			if e.toks[l-1].kind != word {
				continue
			}
			s := strings.ToLower(e.text[e.toks[k].start:e.toks[l-1].end])
			if g := lex().groups[s]; g != "" {
				e.addName(k, l, article.Group, "group:"+strings.ToLower(g), g, strong)
				k = l - 1
				break
			}
			if lex().places[s] {
				e.addName(k, l, article.Place, "", "", strong)
				k = l - 1
				break
			}
		}
	}
}

// known reports whether the words [i, end) are in a word list.
func (e *extractor) known(i, end int) bool {
	if i >= end {
		return false
	}
	s := strings.ToLower(e.text[e.toks[i].start:e.toks[end-1].end])
	return lex().groups[s] != "" || lex().places[s] || lex().orgs[s] || events[s] || weekdays[s]
}

// person records [i, end) as a person's name.
func (e *extractor) person(i, end int, titled bool) {
	w := clue
	if titled {
		w = strong
	}
	n := e.addName(i, end, article.Person, "", "", w)
	if n != nil {
		e.possessiveEvent(n, i)
	}
}

// addName records a name and returns it; key and display name default to
// the text.
func (e *extractor) addName(i, end int, t article.Type, key, display string, weight int) *name {
	if i >= end {
		return nil
	}
	start, stop := e.toks[i].start, e.toks[end-1].end
	text := e.text[start:stop]
	if display == "" {
		display = text
	}
	if key == "" {
		key = "n:" + strings.ToLower(display)
	}
	n := &name{mention: mention{start: start, end: stop, typ: t, key: key, name: display, tok: i, tokEnd: end}}
	for k := i; k < end; k++ {
		if e.toks[k].kind == word {
			n.words = append(n.words, e.toks[k].lower)
		}
		e.toks[k].used = true
	}
	n.vote(t, weight)
	e.names = append(e.names, n)
	return n
}

// classify types the name [i, end) from word lists, cue words and its
// context, and records it.
func (e *extractor) classify(i, end int) {
	text := e.text[e.toks[i].start:e.toks[end-1].end]
	lower := strings.ToLower(text)
	first, last := e.toks[i].lower, e.toks[end-1].lower
	single := end-i == 1

	switch {
	case lex().groups[lower] != "":
		g := lex().groups[lower]
		e.addName(i, end, article.Group, "group:"+strings.ToLower(g), g, strong)
		if w := e.w(end); (w == "media" || w == "press") && !e.toks[end].capital {
			// "South Korean media": the outlets, with the nationality inside.
			s, t := e.toks[i].start, e.toks[end].end
			e.found = append(e.found, mention{start: s, end: t, typ: article.Organization, key: "n:" + strings.ToLower(e.text[s:t]),
				name: e.text[s:t], tok: i, tokEnd: end + 1, strong: true})
		}
		return
	case events[lower]:
		e.addName(i, end, article.Event, "", "", strong)
		return
	case lex().orgs[lower]:
		n := e.addName(i, end, article.Organization, "", "", strong)
		e.descriptive(n)
		return
	case lex().places[lower]:
		n := e.addName(i, end, article.Place, "", "", strong)
		e.club(n, i, end)
		e.region(n)
		e.descriptive(n)
		return
	case single && (titleCores[first] || first == "i"):
		return // "President" alone; "I"
	case single && (weekdays[first] || weekdays[strings.TrimSuffix(first, "s")] || months[first] > 0):
		return // a day or month the date patterns left: "every Sunday"
	case single && (e.w(i-1) == "degrees" || e.w(i-1) == "degree"):
		return // degrees Celsius
	case single && e.toks[i].sentStart && !e.caps[first] && !e.allCaps(i):
		// A capitalized word that only ever starts sentences is a name
		// only if a longer name ends or begins with it, if a speech verb
		// follows a word that is no plural ("Gerasimov told", not
		// "Farmers said"), or if it beats a team.
		if (!speechVerbs[e.w(end)] || plural(first) || e.w(end) == "according") &&
			!(teamVerbs[e.w(end)] && (e.capWordAt(end+1) || e.w(end+1) == "the" && e.capWordAt(end+2))) &&
			!(orgVerbs[e.w(end)] && !plural(first)) && !e.describedAfter(end) && !e.playsAfter(end) {
			e.pending = append(e.pending, pendingWord{i, end})
			return
		}
	}

	// Dateline: BERGEN, Norway –; INDIANAPOLIS (AP) —
	if e.allCaps(i) && single && (i == 0 || e.toks[i-1].kind == newline) && (e.p(end) == "," || e.p(end) == "(" || e.p(end) == "—" || e.p(end) == "–") {
		e.addName(i, end, article.Place, "", "", strong)
		return
	}
	var n *name
	switch {
	case orgCues[last] || orgCues[first] && (e.w(i+1) == "of" || e.w(i+1) == "for" || nameJoins[e.w(i+1)]) || e.cueOf(i, end):
		n = e.addName(i, end, article.Organization, "", "", strong)
		e.nested(i, end)
	case placeHeads[last] && !single || e.headOf(i, end) || last == "oblast" || last == "farm" || last == "plant" ||
		placeFirsts[first] && !single && !(first == "stade" && !nameJoins[e.toks[i+1].lower]):
		n = e.addName(i, end, article.Place, "", "", strong)
	case eventHeads[last] && !single || !single && isRoman(last) && eventHeads[e.toks[end-2].lower]:
		e.addName(i, end, article.Event, "", "", strong)
		return
	case e.allCaps(i) && single && len(first) >= 2:
		n = e.addName(i, end, article.Organization, "", "", clue)
	default:
		if t, w := e.shapeType(i, end); t != "" {
			n = e.addName(i, end, t, "", "", w)
			if t == article.Organization {
				e.nested(i, end)
			}
			break
		}
		n = e.addName(i, end, article.Person, "", "", 0)
		if !single {
			n.vote(article.Person, guess)
		}
	}
	e.context(n, i, end)
	e.club(n, i, end)
	e.competition(n)
	e.region(n)
	e.eventAfter(n, i)
	e.possessiveEvent(n, i)
	e.descriptive(n)
}

// plural reports whether w may be an English plural ("Farmers",
// "Officials"), not a name that ends in s as Latin ones do ("Stellantis",
// "Airbus").
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ss")
}

// describedAfter reports whether the words after a name at token end
// describe it, as only a name is described: ", which employs", ", who
// leads", ", 58,", ", founded in".
func (e *extractor) describedAfter(end int) bool {
	if e.p(end) != "," {
		return false
	}
	switch w := e.w(end + 1); {
	case w == "which" || w == "who" || w == "whose" || w == "founded" || w == "based":
		return true
	case isDigits(w) && len(w) <= 3 && e.p(end+2) == ",":
		return true
	case w == "the" || w == "a" || w == "an":
		head, _ := e.apposition(end)
		return head != ""
	case w == "its" || w == "their":
		return true // Temu, its rival, said
	}
	return false
}

// playsAfter reports whether the words after a name at token end show a
// club or a firm at work: "Quimper won 3-0", "Quimper's coach",
// "Logivance's warehouses".
func (e *extractor) playsAfter(end int) bool {
	if w := e.w(end); (w == "won" || w == "lost" || w == "drew") && e.scoreNear(end+1) {
		return true
	}
	if w := e.w(end); (teamRoles[w] || titleCores[w] || isPersonNoun(w)) && !e.toks[end].capital && e.capWordAt(end+1) && !e.toks[end+1].sentStart {
		return true // Logivance manager Jan Olsen
	}
	if end >= len(e.toks) || e.toks[end].kind != possess {
		return false
	}
	for k := end + 1; k < end+4 && k < len(e.toks) && e.toks[k].kind == word && !e.toks[k].capital; k++ {
		if teamOwned[e.toks[k].lower] || orgOwned[e.toks[k].lower] {
			return true
		}
	}
	return false
}

// pendingWord is a capitalized word at a sentence's start that is a name
// only if the text names someone or something by it elsewhere.
type pendingWord struct{ i, end int }

func isRoman(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v", "vi", "one", "two":
		return true
	}
	return false
}

// allCaps reports whether token i is written in capitals (NATO, U.S.).
func (e *extractor) allCaps(i int) bool {
	s := e.text[e.toks[i].start:e.toks[i].end]
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// cueOf reports whether an organization's cue word stands before "of" or
// "for" inside the name [i, end): "Austria's Ministry of Mobility".
func (e *extractor) cueOf(i, end int) bool {
	for k := i + 1; k+1 < end; k++ {
		if orgCues[e.toks[k].lower] && (e.toks[k+1].lower == "of" || e.toks[k+1].lower == "for") {
			return true
		}
	}
	return false
}

// headOf reports whether a place's head word stands before "of" in the
// name [i, end): "Democratic People's Republic of Korea".
func (e *extractor) headOf(i, end int) bool {
	for k := i; k+1 < end; k++ {
		if placeHeads[e.toks[k].lower] && e.toks[k+1].lower == "of" {
			return true
		}
	}
	return false
}

// nested records the places and organizations from the word lists inside
// an organization's name: "Oslo" in "Oslo Børs", "EU" in "EU Solidarity
// Fund", "Ukraine" in "General Staff of Ukraine's Armed Forces".
func (e *extractor) nested(i, end int) {
	for k := i; k < end; k++ {
		if e.toks[k].kind != word || !e.toks[k].capital {
			continue
		}
		for l := min(end, k+3); l > k; l-- {
			if e.toks[l-1].kind != word || k == i && l == end || k == i && l == i+1 && orgFirsts[e.toks[k].lower] {
				continue // "US" in "US Quimper" is the club's prefix
			}
			s := strings.ToLower(e.text[e.toks[k].start:e.toks[l-1].end])
			if lex().places[s] {
				e.addName(k, l, article.Place, "", "", strong)
				k = l - 1
				break
			}
			if lex().orgs[s] {
				e.addName(k, l, article.Organization, "", "", strong)
				k = l - 1
				break
			}
		}
	}
}

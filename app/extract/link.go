package extract

import (
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// link decides each name's type from all the evidence for it, links short
// forms to the full names they stand for (a surname to the person, an
// organization's first word or initials to the organization), and puts
// every mention in text order in e.final.
func (e *extractor) link() {
	e.clubs()
	e.coordinated()
	// Votes for each key, from every name with that key.
	votes := map[string]*[8]int{}
	words := map[string][]string{}
	for _, n := range e.names {
		if n.desc {
			continue
		}
		v := votes[n.key]
		if v == nil {
			v = new([8]int)
			votes[n.key] = v
			words[n.key] = n.words
		}
		for i := range v {
			v[i] += n.votes[i]
		}
	}
	typeOf := func(key string) (article.Type, int) {
		v := votes[key]
		best, bw := -1, 0
		for i, w := range v {
			if w > bw {
				best, bw = i, w
			}
		}
		if best < 0 {
			return "", 0
		}
		return article.Types[best], bw
	}

	// Long names, which short forms may stand for.
	type long struct {
		key   string
		typ   article.Type
		words []string
	}
	var longs []long
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if ws := words[k]; len(ws) > 1 {
			t, _ := typeOf(k)
			if t == article.Person || t == article.Organization || t == article.Place {
				longs = append(longs, long{k, t, ws})
			}
		}
	}
	// Indexes of the long names by the word a short form would be: a
	// person's last name, an organization's or a place's first word, an
	// organization's last word or initials.
	byLast := map[string][]int{}
	byFirst := map[string][]int{}
	byInitials := map[string][]int{}
	for i, l := range longs {
		byLast[l.words[len(l.words)-1]] = append(byLast[l.words[len(l.words)-1]], i)
		byFirst[l.words[0]] = append(byFirst[l.words[0]], i)
		if l.typ == article.Organization {
			byInitials[initials(l.words)] = append(byInitials[initials(l.words)], i)
		}
	}
	// shortFor finds the one long name a single word stands for.
	shortFor := func(w string, acronym bool) (string, bool) {
		var persons, others []string
		add := func(list *[]string, key string) {
			if len(*list) == 0 || (*list)[len(*list)-1] != key {
				*list = append(*list, key)
			}
		}
		for _, i := range byLast[w] {
			switch l := longs[i]; l.typ {
			case article.Person:
				add(&persons, l.key)
			case article.Organization:
				add(&others, l.key) // the Commission
			}
		}
		for _, i := range byFirst[w] {
			if l := longs[i]; l.typ == article.Organization || l.typ == article.Place {
				add(&others, l.key)
			}
		}
		if acronym {
			for _, i := range byInitials[w] {
				add(&others, longs[i].key)
			}
		}
		switch {
		case len(persons) == 1:
			return persons[0], true
		case len(persons) == 0 && len(others) == 1:
			return others[0], true
		}
		return "", false
	}

	// Where each name is first given, so that a word can stand for a
	// person named before it.
	firstAt := map[string]int{}
	for _, n := range e.names {
		if at, seen := firstAt[n.key]; !seen || n.start < at {
			firstAt[n.key] = n.start
		}
	}
	resolved := map[string]string{}
	for _, n := range e.names {
		if n.desc || len(n.words) != 1 {
			continue
		}
		if _, done := resolved[n.key]; done {
			continue
		}
		if _, w := typeOf(n.key); w >= strong && !e.allCaps(n.tok) {
			// A word from a list ("Lima", a capital) is still the surname
			// of a person the text named before it ("Mayor Ana Lima").
			if k, ok := shortFor(n.words[0], false); ok && k != n.key && votes[k] != nil {
				if t, _ := typeOf(k); t == article.Person && firstAt[k] < firstAt[n.key] {
					resolved[n.key] = k
				}
			}
			continue
		}
		if k, ok := shortFor(n.words[0], e.allCaps(n.tok)); ok && k != n.key {
			// A word with evidence of another type of its own is not a
			// short form: "in Brackwater" beside "Brackwater City Council".
			own, w := typeOf(n.key)
			long, _ := typeOf(k)
			if own != "" && own != long && w >= clue {
				continue
			}
			resolved[n.key] = k
		}
	}
	// A name of several words that ends a person's longer name stands for
	// that person ("Le Pen" after "Marine Le Pen").
	suffixes := map[string]string{}
	for _, l := range longs {
		if l.typ != article.Person || len(l.words) < 3 {
			continue
		}
		for k := 1; k+1 < len(l.words); k++ {
			s := strings.Join(l.words[k:], " ")
			if old, ok := suffixes[s]; ok && old != l.key {
				suffixes[s] = "" // two people: neither
				continue
			}
			suffixes[s] = l.key
		}
	}
	for _, n := range e.names {
		if n.desc || len(n.words) < 2 {
			continue
		}
		if k := suffixes[strings.Join(n.words, " ")]; k != "" && k != n.key && firstAt[k] < firstAt[n.key] {
			resolved[n.key] = k
		}
	}
	// Words at sentence starts count only as short forms, or as names when
	// the text names one elsewhere, or when two sentences start with one
	// and go on with a verb ("Logivance cut 300 jobs. … Logivance
	// disputed …"): an adverb takes a comma.
	starts := map[string]int{}
	for _, p := range e.pending {
		if w := e.toks[p.i].lower; len(w) > 2 && !strings.HasSuffix(w, "ly") && p.end < len(e.toks) &&
			e.toks[p.end].kind == word && !e.toks[p.end].capital {
			starts[w]++
		}
	}
	for _, p := range e.pending {
		w := e.toks[p.i].lower
		if k, ok := shortFor(w, false); ok {
			n := e.addName(p.i, p.end, article.Person, k, "", 0)
			n.votes = [8]int{}
			resolved[k] = k
		} else if starts[w] >= 2 || votes["n:"+w] != nil && len(words["n:"+w]) == 1 {
			n := e.addName(p.i, p.end, article.Person, "", "", 0)
			n.votes = [8]int{}
			if votes[n.key] == nil {
				votes[n.key] = new([8]int) // an organization, as an unknown word with no evidence is
			}
		}
	}

	for _, n := range e.names {
		if n.desc {
			e.final = append(e.final, n.mention)
			continue
		}
		key := n.key
		if k, ok := resolved[key]; ok {
			key = k
		}
		t, w := typeOf(key)
		if t == "" {
			if w == 0 && n.votes == [8]int{} && votes[key] != nil {
				// Evidence for nothing: an organization, the likeliest
				// for an unknown single capitalized word.
				t = article.Organization
			}
			v := votes[key]
			if v == nil || t == "" {
				continue
			}
			if v[typeIndex(article.Event)] < 0 {
				continue // part of an event's name
			}
		}
		m := n.mention
		m.key, m.typ = key, t
		e.final = append(e.final, m)
		if t == article.Organization {
			e.nameNouns(n, key)
		}
	}
	e.final = append(e.final, e.found...)
	e.nestedPlaces()
	sort.SliceStable(e.final, func(i, j int) bool {
		a, b := e.final[i], e.final[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
}

// initials returns the first letters of the words that are not small
// words: "marlow bay transit authority" → "mbta".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "for", "the", "and", "&", "de":
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// coordinated gives a name that nothing types firmly the type of a name
// joined to it by "and" or "or" that something does ("Residents of
// Tabuenca and Ainzón"): the two are things of one kind.
func (e *extractor) coordinated() {
	endAt := make(map[int]*name, len(e.names))
	startAt := make(map[int]*name, len(e.names))
	for _, n := range e.names {
		if !n.desc {
			endAt[n.tokEnd-1], startAt[n.tok] = n, n
		}
	}
	best := func(n *name) (article.Type, int) {
		t := top(n.votes)
		if t == "" {
			return "", 0
		}
		return t, n.votes[typeIndex(t)]
	}
	for _, n := range e.names {
		if n.desc || n.team {
			continue
		}
		if _, w := best(n); w >= clue {
			continue
		}
		var other *name
		switch {
		case e.w(n.tok-1) == "and" || e.w(n.tok-1) == "or":
			other = endAt[n.tok-2]
		case e.w(n.tokEnd) == "and" || e.w(n.tokEnd) == "or":
			other = startAt[n.tokEnd+1]
		}
		if other == nil {
			continue
		}
		if t, w := best(other); w >= clue && (t == article.Place || t == article.Organization || t == article.Person) {
			n.vote(t, clue)
		}
	}
}

// nestedPlaces annotates a place the text names on its own inside the
// name of an organization: "Ashcombe" in "Ashcombe Town Council" when the
// text also calls Ashcombe a town, "Galway" in "University of Galway". The
// word lists' places are done when the name is read (nested).
func (e *extractor) nestedPlaces() {
	places := map[string]string{} // lower-case name → key
	for _, m := range e.final {
		if m.typ == article.Place && m.tokEnd-m.tok <= 3 {
			places[strings.ToLower(e.text[m.start:m.end])] = m.key
		}
	}
	if len(places) == 0 {
		return
	}
	inside := map[[2]int]bool{}
	for _, m := range e.final {
		inside[[2]int{m.start, m.end}] = true
	}
	n := len(e.final)
	for x := 0; x < n; x++ {
		m := e.final[x]
		if m.typ != article.Organization || m.tokEnd-m.tok < 2 {
			continue
		}
		for k := m.tok; k < m.tokEnd; k++ {
			if e.toks[k].kind != word || !e.toks[k].capital {
				continue
			}
			for l := min(m.tokEnd, k+3); l > k; l-- {
				if k == m.tok && l == m.tokEnd || e.toks[l-1].kind != word {
					continue
				}
				s, t := e.toks[k].start, e.toks[l-1].end
				key, ok := places[strings.ToLower(e.text[s:t])]
				if !ok || inside[[2]int{s, t}] {
					continue
				}
				inside[[2]int{s, t}] = true
				e.final = append(e.final, mention{start: s, end: t, typ: article.Place, key: key, name: e.text[s:t], tok: k, tokEnd: l, strong: true})
				k = l - 1
				break
			}
		}
	}
}

// nounRef is an organization that the text may call by a common noun,
// and where it first does.
type nounRef struct {
	key string
	at  int
}

// nameNouns records the common nouns an organization's name lets the text
// call it by: "the agency" for the Federal Food Standards Agency, "the
// department" for the Department of the Marine, "the company" for "the
// parcel company Logivance".
func (e *extractor) nameNouns(n *name, key string) {
	add := func(noun string) {
		if noun == "" || isDigits(noun) {
			return
		}
		if e.nouns == nil {
			e.nouns = map[string][]nounRef{}
		}
		refs := e.nouns[noun]
		for _, r := range refs {
			if r.key == key {
				return
			}
		}
		e.nouns[noun] = append(refs, nounRef{key, n.start})
	}
	add(n.noun)
	if len(n.words) < 2 {
		return
	}
	add(n.words[len(n.words)-1])
	if w := n.words[1]; w == "of" || w == "for" {
		add(n.words[0])
	}
}

// genericOrgNouns stand for the organization the text names most when no
// name of it holds the noun: "the company said".
var genericOrgNouns = wordSet(`company firm business employer group organisation organization carmaker automaker chipmaker
	drugmaker retailer lender insurer airline miner manufacturer maker supplier operator broadcaster
	publisher startup start-up conglomerate giant`)

// nounOrg returns the organization "the <noun>" at byte pos stands for:
// the last one named before pos that the text calls so, or "".
func (e *extractor) nounOrg(noun string, pos int) string {
	best, at := "", -1
	for _, r := range e.nouns[noun] {
		if r.at < pos && r.at > at {
			best, at = r.key, r.at
		}
	}
	if best == "" && genericOrgNouns[noun] {
		if e.mostOrg == nil {
			e.mostOrg = &nounRef{at: -1}
			counts := map[string]int{}
			first := map[string]int{}
			most := 0
			for _, m := range e.final {
				if m.typ != article.Organization {
					continue
				}
				if _, ok := first[m.key]; !ok {
					first[m.key] = m.start
				}
				counts[m.key]++
				if c := counts[m.key]; c > most {
					*e.mostOrg, most = nounRef{m.key, first[m.key]}, c
				}
			}
		}
		if e.mostOrg.at >= 0 && e.mostOrg.at < pos {
			best = e.mostOrg.key
		}
	}
	return best
}

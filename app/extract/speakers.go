package extract

import (
	"strings"

	"newsexplorer/app/article"
)

// collectiveWords stand after a group or a place for those who speak for
// it: "South Korean media", "Ukrainian officials".
var collectiveWords = set("media", "officials", "authorities", "sources", "forces", "diplomats",
	"lawmakers", "prosecutors", "investigators", "researchers", "scientists", "experts", "analysts")

// subjectBefore finds who speaks at a cue from the words before it:
// a name, a pronoun or a role noun, past adverbs, auxiliaries, a
// relative clause and a channel ("stated in a Telegram post"). before
// reports whether anything that could be a subject stands there at all;
// from is the subject's first token.
func (f *claimFinder) subjectBefore(s sentence, cue int) (speaker string, before bool, from int) {
	k, id, stop := f.subjectEnd(s, cue)
	switch {
	case id != "":
		m := f.endAt[k]
		return id, true, f.tokAt[f.a.Mentions[m].Start]
	case stop:
		return "", false, k
	}
	if k < s.from {
		return "", false, k
	}
	if m, ok := f.endAt[k]; ok && f.quoteOf[k] == 0 {
		return f.a.Mentions[m].Entity, true, f.tokAt[f.a.Mentions[m].Start]
	}
	w := f.w(k)
	if orgKinds[w] && k-1 >= s.from {
		// "the Green Youth movement", "the Brickly company".
		if m, ok := f.endAt[k-1]; ok {
			return f.a.Mentions[m].Entity, true, f.tokAt[f.a.Mentions[m].Start]
		}
	}
	if collectiveWords[w] {
		// "South Korean media", "Ukrainian officials": the group or
		// place named before the word.
		if m, ok := f.endAt[k-1]; ok && k-1 >= s.from {
			return f.a.Mentions[m].Entity, true, f.tokAt[f.a.Mentions[m].Start]
		}
	}
	lead := k
	if f.w(k-1) == "the" || f.w(k-1) == "a" || f.w(k-1) == "its" {
		lead = k - 1
	}
	switch {
	case w == "he" || w == "she":
		if id := f.namedBefore(s, k, article.Person); id != "" {
			return id, true, k
		}
		return f.lastPersonOrSpeaker(), true, k
	case w == "it":
		if id := f.orgBefore(s, k); id != "" {
			return id, true, k
		}
		return f.lastOrgOrSpeaker(), true, k
	case publications[w]:
		return f.publisherOf(), true, lead
	case w == "they":
		return "", true, k
	case hasKey(roleNouns, w):
		return f.roleNounAt(k, w), true, lead
	case spokesWords[w]:
		return f.spokesOf(s, k), true, lead
	}
	if f.w(k-1) == "the" {
		if id := f.orgNamed(k, w); id != "" {
			return id, true, k - 1 // "the observatory said"
		}
	}
	// A channel phrase: "stated in a Telegram post that".
	if j := f.skipBackPhrase(s, k); j < k {
		if m, ok := f.endAt[j]; ok {
			return f.a.Mentions[m].Entity, true, f.tokAt[f.a.Mentions[m].Start]
		}
	}
	return "", f.toks[k].kind == word, k
}

// subjectEnd steps back from a cue to the last token of its subject,
// past adverbs and auxiliaries, dates, parentheses, relative clauses and
// appositions. It returns that token; or the entity of a name set off by
// commas just before the cue ("the director, Nuala Brennan, said"), with
// its last token; or stop when a quote or a clause stands there instead.
func (f *claimFinder) subjectEnd(s sentence, cue int) (k int, id string, stop bool) {
	k = cue - 1
	for steps := 0; k >= s.from && steps < 12; steps++ {
		switch {
		case f.quoteOf[k] != 0 || f.toks[k].kind == qclose:
			return k, "", true
		case f.p(k) == ")":
			// "The Logistics Workers' Federation (LWF) said".
			j := k - 1
			for j > s.from && f.p(j) != "(" && k-j < 8 {
				j--
			}
			if f.p(j) != "(" {
				return k, "", true
			}
			k = j - 1
			continue
		case f.p(k) == "," && k-1 >= s.from && f.isPersonEnd(k-1):
			// "the observatory's director, Nuala Brennan, said".
			return k - 1, f.a.Mentions[f.endAt[k-1]].Entity, false
		case f.p(k) == ",":
			j, ok := f.clauseStart(s, k)
			if !ok {
				return k, "", true
			}
			k = j - 1
			continue
		case betweenWords[f.w(k)] || f.isMentionOf(k, article.Date):
			k--
			continue
		}
		break
	}
	return k, "", k < s.from
}

// clauseStart finds the comma that opens a relative clause or an
// apposition ending at the comma at token k ("Zelensky, who is Jewish,",
// "Jonas Weber, the doctor who ran the trial,", "Margaret Wynn, 71,"),
// and whether there is one.
func (f *claimFinder) clauseStart(s sentence, k int) (int, bool) {
	j := k - 1
	for j > s.from && j > k-40 && f.p(j) != "," && f.quoteOf[j] == 0 {
		j--
	}
	if f.p(j) != "," {
		return j, false
	}
	if w := f.w(j + 1); w == "who" || w == "which" || w == "whose" {
		return j, true
	}
	if w := f.w(j + 1); (w == "on" || w == "in" || w == "at" || w == "near") && j > s.from {
		// "Mikko Salonen, who runs a shop on Hämeenkatu, on the route,
		// said": a phrase of place going on with the clause before.
		if j2, ok := f.clauseStart(s, j); ok {
			return j2, true
		}
	}
	if j-1 >= s.from && (k-j <= 8 || f.w(j+1) == "the" || f.w(j+1) == "a" || f.w(j+1) == "an") {
		if _, ok := f.endAt[j-1]; ok {
			return j, true
		}
	}
	return j, false
}

// quoteBefore returns the direct quote that ends just before a
// speaker's name and its titles ("…," LWF general secretary Nadia
// Ferrand told reporters), and whether there is one.
func (f *claimFinder) quoteBefore(s sentence, subj int) (article.QuoteSpan, bool) {
	// Back over the speaker's titles and apposition ("the council's
	// leader,"), to the mark that closes the quote.
	k := subj - 1
	for steps := 0; k >= s.from && steps < 10; steps++ {
		t := f.toks[k]
		if f.quoteOf[k] != 0 || t.kind == qclose || t.kind == qopen || t.kind == newline ||
			t.kind == punct && t.lower != "," || cueVerbs[t.lower] {
			break
		}
		k--
	}
	if k < s.from || f.toks[k].kind != qclose {
		return article.QuoteSpan{}, false
	}
	for j := k - 1; j >= s.from; j-- {
		if q := f.quoteOf[j]; q != 0 {
			return f.a.Quotes[q-1], true
		}
		if f.toks[j].kind != punct {
			break
		}
	}
	return article.QuoteSpan{}, false
}

func hasKey(m map[string][]string, k string) bool {
	_, ok := m[k]
	return ok
}

// skipBackPhrase steps back over a short prepositional phrase ending at
// token k ("in a Telegram post", "on Saturday"), returning the token
// before it, or k when there is none.
func (f *claimFinder) skipBackPhrase(s sentence, k int) int {
	for j := k; j >= s.from && j > k-6; j-- {
		switch f.w(j) {
		case "in", "on", "at", "during", "through", "via", "with":
			return j - 1
		}
		if f.toks[j].kind != word {
			break
		}
	}
	return k
}

// isMentionOf reports whether token k lies in a mention of type t.
func (f *claimFinder) isMentionOf(k int, t article.Type) bool {
	pos := f.toks[k].start
	for _, m := range f.mentionsNear(pos) {
		if m.Start <= pos && f.toks[k].end <= m.End && f.a.TypeOf(m.Entity) == t {
			return true
		}
	}
	return false
}

// mentionsNear returns the mentions that may hold the byte pos: a search
// in the mentions, which are in text order.
func (f *claimFinder) mentionsNear(pos int) []article.Mention {
	lo := f.firstMentionFrom(pos + 1)
	return f.a.Mentions[max(0, lo-4):lo]
}

// speakerEnding returns the entity of a speaker-capable mention that
// ends at token k, or "".
func (f *claimFinder) speakerEnding(k int) string {
	if k < 0 {
		return ""
	}
	if m, ok := f.endAt[k]; ok && f.quoteOf[k] == 0 {
		return f.a.Mentions[m].Entity
	}
	return ""
}

// speakerAt returns the entity of a speaker-capable mention that starts
// at token k, or of the role noun or pronoun there.
func (f *claimFinder) speakerAt(k int) string {
	if m, ok := f.startAt[k]; ok {
		return f.a.Mentions[m].Entity
	}
	w := f.w(k)
	switch {
	case w == "he" || w == "she" || w == "him" || w == "her":
		return f.lastPersonOrSpeaker()
	case hasKey(roleNouns, w):
		return f.roleNounAt(k, w)
	case publications[w]:
		return f.publisherOf()
	}
	if k > 0 && f.w(k-1) == "the" {
		return f.orgNamed(k, w)
	}
	return ""
}

// orgNamed returns the organization named before token k whose name
// holds the word w: "the observatory" for the National Coastal
// Observatory, "the trust" for the Seabird Census Trust; or "".
func (f *claimFinder) orgNamed(k int, w string) string {
	if len(w) < 4 || stopWords[w] {
		return ""
	}
	ms := f.a.Mentions
	lo := f.firstMentionFrom(f.toks[k].start)
	for i := lo - 1; i >= 0 && i >= lo-200; i-- {
		id := ms[i].Entity
		if !f.isOrg(id) {
			continue
		}
		for _, n := range strings.Fields(strings.ToLower(f.name(id))) {
			if n == w {
				return id
			}
		}
	}
	return ""
}

// publisherOf is whom "the report" or "the study" stands for: the last
// party that spoke through a document or a statement, else the last
// organization that spoke.
func (f *claimFinder) publisherOf() string {
	if f.publisher != "" {
		return f.publisher
	}
	return f.lastOrgOrSpeaker()
}

// subjectAfter finds the speaker named right after a cue that follows
// its content: "…," said Marta Bellini; "…," said the ministry.
func (f *claimFinder) subjectAfter(s sentence, cue int) (string, bool) {
	if cue <= s.from || !(f.p(cue-1) == "," || f.toks[cue-1].kind == qclose) {
		return "", false
	}
	k := cue + 1
	for k < s.to && k < cue+4 && (f.w(k) == "the" || f.w(k) == "a" || titleCores[f.w(k)]) {
		if m, ok := f.startAt[k]; ok {
			return f.a.Mentions[m].Entity, true
		}
		if hasKey(roleNouns, f.w(k)) {
			return f.roleNoun(k), true
		}
		if spokesWords[f.w(k)] {
			return f.spokesOf(s, k), true
		}
		k++
	}
	if id := f.speakerAt(k); id != "" {
		return id, true
	}
	if spokesWords[f.w(k)] {
		return f.spokesOf(s, k), true
	}
	return "", false
}

// namedBefore returns the last entity of type t named before token k in
// the sentence, outside quotes, or "": "Castel defended the offer, and he
// said …".
func (f *claimFinder) namedBefore(s sentence, k int, t article.Type) string {
	for j := k - 1; j >= s.from && j > k-40; j-- {
		if m, ok := f.endAt[j]; ok && f.quoteOf[j] == 0 && f.a.TypeOf(f.a.Mentions[m].Entity) == t {
			return f.a.Mentions[m].Entity
		}
	}
	return ""
}

// orgBefore returns the last organization named before token k in the
// sentence, outside quotes, or "".
func (f *claimFinder) orgBefore(s sentence, k int) string {
	for j := k - 1; j >= s.from && j > k-40; j-- {
		if m, ok := f.endAt[j]; ok && f.quoteOf[j] == 0 && f.isOrg(f.a.Mentions[m].Entity) {
			return f.a.Mentions[m].Entity
		}
	}
	return ""
}

// isOrg reports whether an entity is an organization.
func (f *claimFinder) isOrg(id string) bool {
	return f.a.TypeOf(id) == article.Organization
}

// lastPersonOrSpeaker is whom "he" or "she" most likely stands for: the
// last person who spoke, else the last person named.
func (f *claimFinder) lastPersonOrSpeaker() string {
	if f.lastSpeaker != "" && f.a.TypeOf(f.lastSpeaker) == article.Person && f.lastSpeakerAt >= f.lastPersonAt {
		return f.lastSpeaker
	}
	if f.lastPerson != "" {
		return f.lastPerson
	}
	return f.lastSpeaker
}

// lead steps back from a subject's first token over its article and
// titles: "the observatory's director", "LWF general secretary".
func (f *claimFinder) lead(s sentence, subj int) int {
	k := subj
	for n := 0; k > s.from && n < 4; n++ {
		w := f.w(k - 1)
		if w == "the" || w == "a" || w == "its" || isTitle(w) || f.toks[k-1].kind == possess {
			k--
			continue
		}
		if m, ok := f.endAt[k-1]; ok && f.toks[k-1].kind == word && isTitle(f.w(k)) {
			k = f.tokAt[f.a.Mentions[m].Start] // "LWF general secretary"
			continue
		}
		break
	}
	return k
}

// isPersonEnd reports whether a person's name ends at token k.
func (f *claimFinder) isPersonEnd(k int) bool {
	m, ok := f.endAt[k]
	return ok && f.quoteOf[k] == 0 && f.a.TypeOf(f.a.Mentions[m].Entity) == article.Person
}

// lastOrgOrSpeaker is what "it" most likely stands for: the last
// organization that spoke, unless another was named since.
func (f *claimFinder) lastOrgOrSpeaker() string {
	if f.lastSpeaker != "" && f.isOrg(f.lastSpeaker) && f.lastSpeakerAt >= f.lastOrgAt {
		return f.lastSpeaker
	}
	return f.lastOrg
}

// holdsAny reports whether s holds one of the words.
func holdsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// count is how many times the article names an entity.
func (f *claimFinder) count(id string) int {
	if f.mentionCount == nil {
		f.mentionCount = map[string]int{}
		for _, m := range f.a.Mentions {
			f.mentionCount[m.Entity]++
		}
	}
	return f.mentionCount[id]
}

// spokesOf resolves "a spokesperson for X", "X's spokesperson", "a union
// spokesman", "its chief executive": the organization they speak for.
func (f *claimFinder) spokesOf(s sentence, k int) string {
	// "… for X" or "… of X" after the noun.
	if w := f.w(k + 1); w == "for" || w == "of" || w == "at" {
		j := k + 2
		if f.w(j) == "the" {
			j++
		}
		if id := f.speakerAt(j); id != "" {
			return id
		}
	}
	// "X's spokesperson", "the X spokesperson".
	j := k - 1
	for j >= s.from && (titleCores[f.w(j)] || f.w(j) == "chief" || f.w(j) == "press") {
		j--
	}
	if j >= s.from && f.toks[j].kind == possess {
		j--
	}
	if id := f.speakerEnding(j); id != "" {
		return id
	}
	switch w := f.w(j); {
	case w == "its" || w == "their":
		return f.lastOrg
	case hasKey(roleNouns, w):
		return f.roleNoun(j)
	}
	return ""
}

// noteAlly records whom a person named with a role speaks for: "its
// chair, Graham Tait", "the council's leader, Helen Garside". subj is
// the first token of the person's name.
func (f *claimFinder) noteAlly(s sentence, subj int, person string) {
	if f.a.TypeOf(person) != article.Person {
		return
	}
	if subj-1 >= s.from && memberRoles[f.w(subj-1)] {
		f.noteTitled(s, subj, person)
		return
	}
	role := f.roleBefore(subj - 2)
	if subj-3 < s.from || f.p(subj-1) != "," || role < s.from || !memberRoles[f.w(role)] {
		return
	}
	k := role - 1
	for n := 0; k > s.from && (memberRoles[f.w(k)] || isTitle(f.w(k)) || n < 2 && f.describesRole(k)); n++ {
		k-- // "its chief executive, Tom Vale", "its sports director, Henrik Dahl"
	}
	org := ""
	switch {
	case f.w(k) == "its" || f.w(k) == "their":
		if org = f.orgBefore(s, k); org == "" {
			org = f.lastOrgOrSpeaker()
		}
	case f.toks[k].kind == possess && k-1 >= s.from:
		if m, ok := f.endAt[k-1]; ok {
			org = f.a.Mentions[m].Entity
		} else if hasKey(roleNouns, f.w(k-1)) {
			org = f.roleNoun(k - 1)
		}
	}
	f.ally(person, org)
}

// describesRole reports whether token k is a word in lower case that
// may say what a role covers: "sports" in "its sports director".
func (f *claimFinder) describesRole(k int) bool {
	t := f.toks[k]
	w := t.lower
	return t.kind == word && !t.capital && w != "the" && w != "a" && w != "an" && !stopWords[w] && !speechVerbs[w]
}

// roleBefore returns the token of the role that ends at token k, past a
// place or a field it covers: "head" in "Orvanta's head for Central
// Europe, Markus Keller"; k itself when no such phrase ends there.
func (f *claimFinder) roleBefore(k int) int {
	j := k
	for j > k-4 && j > 0 && f.toks[j].kind == word && f.toks[j].capital {
		j--
	}
	if j < k && (f.w(j) == "for" || f.w(j) == "in" || f.w(j) == "of") && memberRoles[f.w(j-1)] {
		return j - 1
	}
	return k
}

// noteTitled records whom a person named after a title speaks for: the
// organization named just before the title ("LWF general secretary
// Nadia Ferrand"), or, with the title alone, the organization that spoke
// in this sentence or the one before ("Vitalon made the claim in a press
// release … chief executive Petra Lindemann said in the release").
func (f *claimFinder) noteTitled(s sentence, subj int, person string) {
	k := subj - 1
	for k > s.from && k > subj-4 && (memberRoles[f.w(k-1)] || isTitle(f.w(k-1))) {
		k--
	}
	if m, ok := f.endAt[k-1]; ok && k-1 >= s.from && f.quoteOf[k-1] == 0 {
		if f.isOrg(f.a.Mentions[m].Entity) {
			f.ally(person, f.a.Mentions[m].Entity)
		}
		return
	}
	if f.lastSpeaker != "" && f.isOrg(f.lastSpeaker) && f.lastSpeakerAt >= f.sentOf(s)-1 {
		f.ally(person, f.lastSpeaker)
	}
}

// ally records that person speaks for org.
func (f *claimFinder) ally(person, org string) {
	if org == "" || org == person {
		return
	}
	if f.allies == nil {
		f.allies = map[string]string{}
	}
	f.allies[person] = org
}

// memberRoles name a person's place in an organization.
var memberRoles = set("chair", "chairman", "chairwoman", "leader", "head", "president", "director", "secretary",
	"spokesperson", "spokesman", "spokeswoman", "founder", "chief", "executive", "manager", "coordinator",
	"organizer", "organiser", "captain", "coach", "lawyer", "counsel", "treasurer", "deputy", "member")

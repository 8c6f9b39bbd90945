package extract

import (
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// recentClaims is how many of the latest claims a statement is compared
// with: a matter taken up again much later is a new claim, and the
// finder stays linear in the number of statements.
const recentClaims = 8

// group puts the statements into claims, one matter each, in text order,
// and gives each silent actor a claim.
func (f *claimFinder) group() {
	for i := range f.stmts {
		s := &f.stmts[i]
		s.words = f.keyWords(s.ev)
		s.entities = f.entitiesIn(s.ev, s.speaker)
		if s.target != "" {
			s.entities[s.target] = true
		}
		s.figures = f.figuresIn(s.ev)
	}
	for i := range f.stmts {
		f.place(i)
	}
	for _, sl := range f.silents {
		f.placeSilence(sl)
	}
}

// place puts statement i in the claim of its matter, or in a new one, and
// settles its stance there.
func (f *claimFinder) place(i int) {
	s := &f.stmts[i]
	best, conflict := f.matter(i)
	if best >= 0 {
		if o := f.counterDenied(&f.matters[best], s); o >= 0 {
			// "Kerr disputed that figure", of what the defence said
			// against the prosecution: the denial opens a matter of its
			// own, where what it denies is asserted.
			old := best
			best, conflict = len(f.matters), false
			f.matters = append(f.matters, matter{words: map[string]bool{}, entities: map[string]bool{}})
			if f.movable(&f.matters[old], o, s) {
				f.leave(&f.matters[old], o)
				f.join(best, o, article.Asserts)
			} else {
				o2 := f.stmts[o]
				f.stmts = append(f.stmts, o2)
				f.join(best, len(f.stmts)-1, article.Asserts)
				s = &f.stmts[i] // the append may have moved it
			}
		}
	}
	if best < 0 {
		best = len(f.matters)
		f.matters = append(f.matters, matter{words: map[string]bool{}, entities: map[string]bool{}})
	}
	f.join(best, i, f.stanceIn(&f.matters[best], s, conflict))
}

// join adds statement i to claim ci with a stance.
func (f *claimFinder) join(ci, i int, stance article.Stance) {
	s, c := &f.stmts[i], &f.matters[ci]
	s.claim, s.stance = ci, stance
	if c.sides == nil {
		c.sides = map[string]int{}
	}
	if _, ok := c.sides[s.speaker]; !ok && len(c.stmts) == 0 {
		c.sides[s.speaker] = assertSide
	}
	c.stmts = append(c.stmts, i)
	c.last = s.para
	for w := range s.words {
		c.words[w] = true
	}
	for e := range s.entities {
		c.entities[e] = true
	}
}

// movable reports whether statement o, which s denies, leaves claim c
// for the matter of the denial: when it stands on the denier's side there
// (it was put there wrongly), or its speaker says more in c; a party's
// only word in a claim stays there too.
func (f *claimFinder) movable(c *matter, o int, s *statement) bool {
	who := f.stmts[o].speaker
	if side, ok := c.sides[s.speaker]; ok && side == c.sides[who] {
		return true
	}
	n := 0
	for _, j := range c.stmts {
		if f.stmts[j].speaker == who {
			n++
		}
	}
	return n > 1
}

// leave takes statement o out of claim c.
func (f *claimFinder) leave(c *matter, o int) {
	who, kept := f.stmts[o].speaker, false
	out := c.stmts[:0]
	for _, j := range c.stmts {
		if j == o {
			continue
		}
		out = append(out, j)
		kept = kept || f.stmts[j].speaker == who
	}
	c.stmts = out
	if !kept {
		delete(c.sides, who)
	}
}

// counterDenied returns the statement of claim c that s denies when s
// could not take the side opposed to it there, or -1: a denial of a
// counter-claim is a matter of its own, since a denial never asserts.
func (f *claimFinder) counterDenied(c *matter, s *statement) int {
	if !s.denial || s.stance == article.Asserts {
		return -1
	}
	for k := len(c.stmts) - 1; k >= 0; k-- {
		o := &f.stmts[c.stmts[k]]
		if s.target != "" && o.speaker != s.target || f.sameSide(o.speaker, s.speaker) {
			continue
		}
		side, known := c.sides[s.speaker]
		if !known {
			side = 1 - c.sides[o.speaker]
		}
		if side == assertSide || side == c.sides[o.speaker] {
			return c.stmts[k] // the denial would assert, or agree
		}
		return -1
	}
	return -1
}

// The two sides of a claim: those who assert what its first statement
// says, and those who oppose it.
const (
	assertSide = iota
	opposeSide
)

// stanceIn settles a statement's stance in its claim by the side it
// takes. A statement that disputes takes the side opposed to the one it
// answers, so that disputing a denial asserts; one that confirms takes
// the side of the one it answers (it corroborates the claimant, or
// disputes with the opponent); a plain statement keeps its speaker's side
// in the claim, or its ally's just before it ("Ukraine disputed Putin's
// claims. Its General Staff stated that …"), else asserts.
func (f *claimFinder) stanceIn(c *matter, s *statement, conflict bool) article.Stance {
	if c.sides == nil {
		c.sides = map[string]int{}
	}
	answered := -1 // the side of the statement it answers
	for k := len(c.stmts) - 1; k >= 0; k-- {
		o := &f.stmts[c.stmts[k]]
		if s.target != "" && o.speaker != s.target || f.sameSide(o.speaker, s.speaker) {
			continue
		}
		answered = c.sides[o.speaker]
		break
	}
	opposes := s.stance == article.Disputes || s.stance == article.Rejects || conflict && s.stance == article.Asserts
	if s.stance == article.Asserts && !opposes {
		// "They will not go to the ring road" answers whoever said they
		// would, not only the last to speak.
		if o := f.negated(c, s); o != nil {
			opposes, answered = true, c.sides[o.speaker]
		}
	}
	side, known := c.sides[s.speaker]
	switch {
	case known:
		// A party keeps its side: it does not oppose itself.
	case opposes && answered >= 0:
		side = 1 - answered
	case opposes:
		side = opposeSide
	case s.stance == article.Corroborates && answered >= 0:
		side = answered
	case len(c.stmts) > 0 && f.allyBefore(c, s) >= 0:
		side = f.allyBefore(c, s)
	default:
		side = assertSide
	}
	c.sides[s.speaker] = side
	first := len(c.stmts) == 0
	switch {
	case side == opposeSide && s.stance == article.Rejects:
		return article.Rejects
	case side == opposeSide:
		return article.Disputes
	case s.stance == article.Corroborates && !first && !known && answered >= 0:
		return article.Corroborates // an ally's confirmation asserts
	}
	return article.Asserts
}

// negates reports whether a statement says "not" of what another said:
// "every councillor had been consulted" and "was not consulted", "most of
// them would switch to the ring road" and "They will not go to the ring
// road".
func (f *claimFinder) negates(s, o *statement) bool {
	toks := f.tokensIn(s.ev)
	for k, t := range toks {
		if t.kind != word || !(t.lower == "not" || t.lower == "never" || strings.HasSuffix(t.lower, "n't")) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			w := toks[j].lower
			if toks[j].kind != word || negatedFillers[w] {
				continue
			}
			if o.words[stem(w)] {
				return true
			}
		}
	}
	return false
}

// negated returns the latest statement of claim c, by another side,
// that s says "not" of, or nil.
func (f *claimFinder) negated(c *matter, s *statement) *statement {
	for k := len(c.stmts) - 1; k >= 0; k-- {
		o := &f.stmts[c.stmts[k]]
		if !f.sameSide(o.speaker, s.speaker) && f.negates(s, o) {
			return o
		}
	}
	return nil
}

// negatedFillers stand between "not" and what it denies: "was not
// consulted", "will not go to".
var negatedFillers = set("be", "been", "being", "have", "has", "had", "go", "going", "to", "get", "got", "the",
	"a", "an", "so", "even", "yet", "ever", "always", "all", "any")

// allyBefore returns the side of the statement just before s in its
// claim when it is by the same side and in the same paragraph, or -1.
func (f *claimFinder) allyBefore(c *matter, s *statement) int {
	prev := f.stmts[c.stmts[len(c.stmts)-1]]
	if prev.para == s.para && f.sameSide(prev.speaker, s.speaker) {
		return c.sides[prev.speaker]
	}
	return -1
}

// matter returns the claim statement i belongs to, or -1 for a new one,
// and whether it gives a figure that conflicts with another party's.
func (f *claimFinder) matter(i int) (int, bool) {
	s := &f.stmts[i]
	from := max(0, len(f.matters)-recentClaims)
	// A figure for the same quantity that another party gives otherwise.
	for ci := len(f.matters) - 1; ci >= from; ci-- {
		for _, j := range f.matters[ci].stmts {
			o := &f.stmts[j]
			if o.speaker != s.speaker && conflicting(o.figures, s.figures) {
				return ci, true
			}
		}
	}
	// An explicit pointer back: "disputed Putin's claims", "rejected that";
	// or a denial or a confirmation right after another party spoke:
	// "Logivance acknowledged \"some delays\"".
	if s.stance != article.Asserts && (s.back || f.answersLast(i)) {
		if ci := f.answered(i, from); ci >= 0 {
			return ci, false
		}
	}
	// "Vitalon made the claim in a press release, saying …": the speaker
	// takes up its own claim again.
	if f.refersBack(s) {
		for ci := len(f.matters) - 1; ci >= from; ci-- {
			if _, ok := f.matters[ci].sides[s.speaker]; ok && s.para-f.matters[ci].last <= 4 {
				return ci, false
			}
		}
	}
	// "… was not consulted" after "every councillor had been consulted".
	if s.stance == article.Asserts {
		for ci := len(f.matters) - 1; ci >= from; ci-- {
			if s.para-f.matters[ci].last <= 1 && f.negated(&f.matters[ci], s) != nil {
				return ci, false
			}
		}
	}
	// The same speaker, or its ally, going on in the next sentence of the
	// paragraph: "Ukraine disputed Putin's claims. Its General Staff stated
	// …".
	if i > 0 && !s.goesOn {
		if prev := f.stmts[i-1]; f.sameSide(prev.speaker, s.speaker) && prev.para == s.para && prev.sent != s.sent && prev.claim >= from {
			return prev.claim, false
		}
	}
	best, bestScore := -1, 0
	for ci := len(f.matters) - 1; ci >= from; ci-- {
		c := &f.matters[ci]
		far := s.para - c.last
		if far > 4 {
			continue
		}
		score := 0
		for e := range s.entities {
			if c.entities[e] {
				score += f.weight(e)
			}
		}
		for w := range s.words {
			if c.words[w] {
				score++
			}
		}
		need := 2
		if far > 1 {
			need = 3 // a matter taken up again needs more in common
		}
		if score < need {
			continue
		}
		last := f.stmts[c.stmts[len(c.stmts)-1]]
		if f.sameSide(last.speaker, s.speaker) && far <= 1 {
			score++ // the same speaker, or side, goes on
		}
		if score > bestScore {
			best, bestScore = ci, score
		}
	}
	if best >= 0 {
		return best, false
	}
	return -1, false
}

// answersLast reports whether statement i follows, in the same
// paragraph, a statement by another party: what a denial or a
// confirmation with no object of its own answers.
func (f *claimFinder) answersLast(i int) bool {
	if i == 0 {
		return false
	}
	prev := f.stmts[i-1]
	return prev.speaker != f.stmts[i].speaker && prev.para == f.stmts[i].para
}

// weight is how much naming an entity in common says about a matter: an
// entity the article names often (the main actors) says less than one
// it names a few times.
func (f *claimFinder) weight(id string) int {
	if f.count(id) > 3 {
		return 1
	}
	return 2
}

// answered finds the claim a statement that points back answers: the
// latest claim its target speaks in, or else the latest another party
// speaks in, the one whose words fit its paragraph best.
func (f *claimFinder) answered(i, from int) int {
	s := &f.stmts[i]
	if s.target == "" && i > 0 {
		// "… has rejected that characterization": what was said just
		// before, by someone else.
		if prev := f.stmts[i-1]; prev.speaker != s.speaker && s.para-prev.para <= 1 && prev.claim >= from {
			return prev.claim
		}
	}
	words := f.paragraphWords(s.para)
	best, bestScore := -1, -1
	for ci := len(f.matters) - 1; ci >= from; ci-- {
		c := &f.matters[ci]
		fits := false
		for _, j := range c.stmts {
			o := f.stmts[j]
			if s.target != "" && o.speaker == s.target || s.target == "" && o.speaker != s.speaker {
				fits = true
			}
		}
		if !fits {
			continue
		}
		score := 0
		for w := range words {
			if c.words[w] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = ci, score
		}
	}
	return best
}

// paragraphWords are the key words of a paragraph.
func (f *claimFinder) paragraphWords(para int) map[string]bool {
	if w, ok := f.paraWords[para]; ok {
		return w
	}
	if f.paraWords == nil {
		f.paraWords = map[int]map[string]bool{}
	}
	w := f.readParagraphWords(para)
	f.paraWords[para] = w
	return w
}

// readParagraphWords reads the key words of a paragraph, as far as a
// statement's content reaches.
func (f *claimFinder) readParagraphWords(para int) map[string]bool {
	from, to := -1, -1
	for _, s := range f.sents[f.sentOfPara(para):] {
		if s.para != para {
			break
		}
		if from < 0 {
			from = s.from
		}
		to = s.to
	}
	if from < 0 {
		return map[string]bool{}
	}
	return f.keyWords(f.span(from, min(to, from+4*maxContent)))
}

// sentOfPara is the first sentence of a paragraph, found by halving.
func (f *claimFinder) sentOfPara(para int) int {
	lo, hi := 0, len(f.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if f.sents[mid].para < para {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// placeSilence gives a silent actor to the claim whose matter fits its
// sentence best among the latest, or to the latest claim.
func (f *claimFinder) placeSilence(sl silence) {
	best, bestScore := -1, -1
	from := max(0, len(f.matters)-recentClaims)
	for ci := len(f.matters) - 1; ci >= from; ci-- {
		c := &f.matters[ci]
		first := f.stmts[c.stmts[0]]
		if first.sent > sl.sent+2 {
			continue // a matter raised only well after the silence
		}
		score := 0
		if c.entities[sl.entity] {
			score += 2
		}
		for w := range sl.words {
			if c.words[w] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = ci, score
		}
	}
	if best >= 0 && !contains(f.matters[best].silent, sl.entity) {
		f.matters[best].silent = append(f.matters[best].silent, sl.entity)
	}
}

// sameSide reports whether two speakers speak for one side: the same
// entity, or names that share a word ("Ukraine" and "General Staff of
// the Armed Forces of Ukraine").
func (f *claimFinder) sameSide(a, b string) bool {
	if a == b || f.allies[a] == b || f.allies[b] == a || f.allies[a] != "" && f.allies[a] == f.allies[b] {
		return true
	}
	na, nb := strings.Fields(strings.ToLower(f.name(a))), strings.ToLower(f.name(b))
	for _, w := range na {
		if len(w) > 3 && !stopWords[w] && strings.Contains(nb, w) {
			return true
		}
	}
	return false
}

// keyWords are the stems of the content words of a span, and of the
// names of the entities it mentions ("the Democratic People's Republic
// of Korea" and "North Korean soldiers" share "korea"). The words of an
// entity the article names often (a main actor, who speaks to many
// matters) are left out.
func (f *claimFinder) keyWords(sp article.Span) map[string]bool {
	out := map[string]bool{}
	if sp.Len() <= 0 {
		return out
	}
	var skip []article.Span
	for _, m := range f.mentionsIn(sp) {
		if t := f.a.TypeOf(m.Entity); t == article.Number || t == article.Date {
			continue
		}
		if f.weight(m.Entity) < 2 {
			skip = append(skip, m.Span)
			continue
		}
		for _, w := range f.nameWords(m.Entity) {
			out[w] = true
		}
	}
	for _, t := range f.tokensIn(sp) {
		if t.kind != word || t.digit || utf8.RuneCountInString(t.lower) < 4 || stopWords[t.lower] || cueVerbs[t.lower] {
			continue
		}
		if inSpans(skip, t.start) {
			continue
		}
		out[stem(t.lower)] = true
	}
	return out
}

// nameWords are the stems of the words of an entity's name, read once.
func (f *claimFinder) nameWords(id string) []string {
	if w, ok := f.names[id]; ok {
		return w
	}
	var out []string
	for _, t := range tokenize(f.name(id)) {
		if t.kind == word && utf8.RuneCountInString(t.lower) >= 4 && !stopWords[t.lower] {
			out = append(out, stem(t.lower))
		}
	}
	if f.names == nil {
		f.names = map[string][]string{}
	}
	f.names[id] = out
	return out
}

// inSpans reports whether byte pos lies in one of the spans.
func inSpans(spans []article.Span, pos int) bool {
	for _, s := range spans {
		if s.Start <= pos && pos < s.End {
			return true
		}
	}
	return false
}

// tokensIn returns the tokens that lie in a span.
func (f *claimFinder) tokensIn(sp article.Span) []token {
	lo, end := f.tokenRange(sp)
	return f.toks[lo:end]
}

// tokenRange returns the first token of a span and the one after its
// last.
func (f *claimFinder) tokenRange(sp article.Span) (int, int) {
	lo, hi := 0, len(f.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if f.toks[mid].start < sp.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	end := lo
	for end < len(f.toks) && f.toks[end].end <= sp.End {
		end++
	}
	return lo, end
}

// stem cuts a word to its first five letters: "recapture" and
// "recaptured" meet, as do "strike" and "strikes", and "Korea" and
// "Korean".
func stem(w string) string {
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return strings.TrimSuffix(w, "s")
}

// entitiesIn are the entities a span names, the speaker aside.
func (f *claimFinder) entitiesIn(sp article.Span, speaker string) map[string]bool {
	out := map[string]bool{}
	for _, m := range f.mentionsIn(sp) {
		if m.Entity != speaker && f.a.TypeOf(m.Entity) != article.Number && f.a.TypeOf(m.Entity) != article.Date {
			out[m.Entity] = true
		}
	}
	return out
}

// firstMentionFrom returns the index of the first mention that starts at
// byte pos or after, found by halving: mentions are in text order.
func (f *claimFinder) firstMentionFrom(pos int) int {
	ms := f.a.Mentions
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if ms[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// mentionsIn returns the mentions that lie in a span.
func (f *claimFinder) mentionsIn(sp article.Span) []article.Mention {
	ms := f.a.Mentions
	lo := f.firstMentionFrom(sp.Start)
	var out []article.Mention
	for k := lo; k < len(ms) && ms[k].Start < sp.End; k++ {
		if ms[k].End <= sp.End {
			out = append(out, ms[k])
		}
	}
	return out
}

// figuresIn are the numbers a span gives, each with the noun it counts.
func (f *claimFinder) figuresIn(sp article.Span) []figure {
	var out []figure
	for _, m := range f.mentionsIn(sp) {
		if f.a.TypeOf(m.Entity) != article.Number {
			continue
		}
		noun := f.nounAfter(m.End, sp.End)
		if c := currencyOf(f.text[m.Start:m.End]); c != "" {
			// "1,720 euros a month" and "2,050 euros a month" are one
			// quantity; "3.5 percent" is not money.
			noun = c + f.periodAfter(m.End, sp.End)
		}
		if noun == "" || units[stem(noun)] {
			continue // a measure (degrees, kilometres) is no count two parties dispute
		}
		out = append(out, figure{value: strings.ToLower(f.text[m.Start:m.End]), noun: stem(noun)})
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

// conflicting reports whether two lists of figures give different
// numbers for the same thing counted.
func conflicting(a, b []figure) bool {
	for _, x := range a {
		for _, y := range b {
			same := x.noun == y.noun || x.noun == stem("people") && isPeopleGroup(y.noun) || y.noun == stem("people") && isPeopleGroup(x.noun)
			if same && x.value != y.value {
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
	if currencyWords[last] {
		return strings.TrimSuffix(last, "s")
	}
	return ""
}

var currencySymbols = map[string]string{"€": "euro", "£": "pound", "$": "dollar", "¥": "yen"}

var currencyWords = set("euro", "euros", "dollar", "dollars", "pound", "pounds", "franc", "francs", "yen",
	"zloty", "złoty", "zlotys", "kronor", "krona", "kroner", "rouble", "roubles", "ruble", "rubles", "hryvnia",
	"hryvnias", "rupee", "rupees", "pesos", "peso")

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

// refersBack reports whether the words of s's sentence before its cue
// point at a claim made before: "made the claim", "repeated its
// figures".
func (f *claimFinder) refersBack(s *statement) bool {
	if s.cueAt <= 0 {
		return false
	}
	sent := f.sents[s.sent]
	for k := sent.from + 1; k < sent.to && f.toks[k].start < s.cueAt; k++ {
		if claimNouns[f.w(k)] && (pointers[f.w(k-1)] || f.w(k-1) == "its" || f.w(k-1) == "their") && f.quoteOf[k] == 0 {
			return true
		}
	}
	return false
}

// isPeopleGroup reports whether a figure's noun, as stemmed, counts
// people.
func isPeopleGroup(noun string) bool {
	for _, g := range peopleGroups {
		if stem(g) == noun {
			return true
		}
	}
	return false
}

package extract

import (
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

// The two sides of a claim: those who assert what its first statement
// says, and those who oppose it.
const (
	assertSide = iota
	opposeSide
)

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
	// The same speaker, or its ally, going on in the next sentence of the
	// paragraph: "Ukraine disputed Putin's claims. Its General Staff stated
	// …".
	if i > 0 && !s.goesOn && !f.saysAlso(s) {
		if prev := f.stmts[i-1]; f.sameSide(prev.speaker, s.speaker) && prev.para == s.para && prev.sent != s.sent && prev.claim >= from {
			return prev.claim, false
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

// saysAlso reports whether "also" stands just before the statement's cue:
// "The statement also said …" adds a matter rather than going on with
// the last one.
func (f *claimFinder) saysAlso(s *statement) bool {
	k, ok := f.tokAt[s.cueAt]
	if !ok || s.cueAt <= 0 {
		return false
	}
	return f.w(k-1) == "also" || f.w(k-2) == "also" && f.w(k-1) == "has"
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
	own := f.figuresGoingOn(i)
	if s.target == "" && i > 0 && len(own) == 0 {
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
		score := 0
		for _, j := range c.stmts {
			o := f.stmts[j]
			if s.target != "" && o.speaker == s.target || s.target == "" && o.speaker != s.speaker {
				fits = true
			}
			for _, fg := range o.figures {
				if own[fg.value] {
					score += 2 // "Orvanta disputed the figure. … 3.8 million crowns was the list price"
				}
			}
		}
		if !fits {
			continue
		}
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

// figuresGoingOn are the numbers that the speaker of statement i gives
// in it and in its next statements of the same paragraph: what a denial
// with no object of its own ("disputed the figure") is about.
func (f *claimFinder) figuresGoingOn(i int) map[string]bool {
	s := f.stmts[i]
	out := map[string]bool{}
	for j := i; j < len(f.stmts) && j < i+4 && f.stmts[j].para == s.para; j++ {
		if f.stmts[j].speaker != s.speaker {
			continue
		}
		for _, fg := range f.stmts[j].figures {
			out[fg.value] = true
		}
	}
	return out
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

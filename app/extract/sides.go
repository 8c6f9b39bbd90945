package extract

import (
	"strings"

	"newsexplorer/app/article"
)

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
		if !isNot(t) {
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

package extract

// Role nouns that stand for a speaker the text names elsewhere: "the
// union" for the union named before, "a consumer group" for the group it
// names a few sentences on.

import "strings"

// roleNounAt resolves the role noun w at token k: "a consumer group"
// stands for the group the text names a few sentences on as "Water
// Voice, a consumer group", if it does; otherwise a role noun stands for
// an organization named before (roleNoun).
func (f *claimFinder) roleNounAt(k int, w string) string {
	if f.indefinite(k) {
		if id := f.introducedLater(k, w); id != "" {
			return id
		}
	}
	return f.roleNoun(k)
}

// roleNoun resolves "the company", "the union", "the ministry" at token
// k to an organization named before it: the latest whose name holds the
// noun ("the union" for "Dock Workers' Union"), else the one the article
// names most that no other role noun stands for (in a strike, "the
// company" and "the union" are the two it names most). Once resolved, a
// role noun stands for the same organization to the end; with no
// organization named before, it stands for no one.
func (f *claimFinder) roleNoun(k int) string {
	noun := f.w(k)
	if id, ok := f.roles[noun]; ok {
		return id
	}
	hints := roleNouns[noun]
	ms := f.a.Mentions
	lo := f.firstMentionFrom(f.toks[k].start)
	taken := map[string]bool{}
	for _, id := range f.roles {
		taken[id] = true
	}
	best, most := "", 0
	for i := lo - 1; i >= 0 && i >= lo-300; i-- {
		id := ms[i].Entity
		if !f.isOrg(id) {
			continue
		}
		name := strings.ToLower(f.name(id))
		if hints != nil && holdsAny(name, hints) {
			best = id
			break
		}
		if hints == nil && holdsAny(name, otherKinds) {
			continue
		}
		if n := f.count(id); n > most && !taken[id] {
			best, most = id, n
		}
	}
	if best != "" {
		if f.roles == nil {
			f.roles = map[string]string{}
		}
		f.roles[noun] = best
	}
	return best
}

// indefinite reports whether "a" or "an" opens the noun phrase whose
// noun is token k, past a few words in lower case: "a consumer group".
func (f *claimFinder) indefinite(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w := f.w(j); {
		case w == "a" || w == "an":
			return true
		case w == "" || f.toks[j].capital:
			return false
		}
	}
	return false
}

// introducedLater returns the organization that the text names a few
// sentences on with the noun at token k in an apposition ("Water Voice,
// a consumer group with 18,000 members"), which "a consumer group" stood
// for before it was named; or "", no one the text has named yet.
func (f *claimFinder) introducedLater(k int, noun string) string {
	ms := f.a.Mentions
	for i := f.firstMentionFrom(f.toks[k].end); i < len(ms) && i < f.firstMentionFrom(f.toks[k].end)+40; i++ {
		if !f.isOrg(ms[i].Entity) {
			continue
		}
		_, end := f.tokenRange(ms[i].Span)
		if f.p(end) != "," || f.w(end+1) != "a" && f.w(end+1) != "an" {
			continue
		}
		for j := end + 2; j < end+6 && j < len(f.toks) && f.toks[j].kind == word; j++ {
			if f.toks[j].lower == noun {
				return ms[i].Entity
			}
		}
	}
	return ""
}

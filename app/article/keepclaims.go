package article

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// KeepClaims keeps, in a, an article just annotated again from the same
// text as from, the claims of from that a person wrote or accepted, so
// that annotating again never overwrites or repeats them.
//
// Each claim without the Suggested mark is kept as from has it: its ID,
// question, parties and evidence. The entities its parties name come with
// it as from has them, name, type and description, and so do their
// mentions, where a has a mention of the same passage (which then names
// the entity of from) or room for one. Where a kept passage cuts across a
// highlight, a quote or a loaded phrase of a, the person's passage wins
// and the other goes.
//
// The claims of a come after the kept ones. One that repeats a kept claim
// is dropped: one with the same evidence passages, or with a party of the
// same members (by ID or by name) and stance as a party of the kept claim,
// on evidence that overlaps. So is one whose evidence would cut across a
// kept passage. The others stay, under another ID if a kept claim has
// theirs. The suggestions of from, which no person checked, are not kept:
// those of a are the annotator's latest.
//
// The texts must be the same. The result is checked as a whole article
// file is, as every edit is; when it is refused, a is left as it was.
func (a *Article) KeepClaims(from *Article) error {
	if from == nil {
		return nil
	}
	if from.Text != a.Text {
		return fmt.Errorf("article: %s has another text, so its claims cannot be kept in %s", from.ID, a.ID)
	}
	var kept []Claim
	for _, c := range from.Claims {
		if !c.Suggested {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return a.edit(func(b *Article) { b.keep(from, kept) })
}

// keep makes the change KeepClaims describes on b, a copy of the article.
func (b *Article) keep(from *Article, kept []Claim) {
	var passages []Span // every passage the kept claims rest on
	members := map[string]bool{}
	for _, c := range kept {
		passages = append(passages, from.Passages(c.Framing)...)
		for _, p := range c.Parties {
			passages = append(passages, from.Passages(p.Evidence)...)
			for _, m := range p.Members {
				members[m] = true
			}
		}
	}
	touched := map[string]bool{} // entities that may no longer be needed
	crossesKept := func(s Span) bool {
		return slices.ContainsFunc(passages, func(k Span) bool { return crosses(s, k) })
	}

	// The highlights, quotes and loaded phrases that cut across a kept
	// passage go.
	b.Mentions = slices.DeleteFunc(slices.Clone(b.Mentions), func(m Mention) bool {
		if crossesKept(m.Span) {
			touched[m.Entity] = true
			return true
		}
		return false
	})
	b.Quotes = slices.DeleteFunc(slices.Clone(b.Quotes), func(q QuoteSpan) bool {
		if crossesKept(q.Span) {
			touched[q.Speaker] = true
			return true
		}
		return false
	})
	b.Loaded = slices.DeleteFunc(slices.Clone(b.Loaded), func(l LoadedPhrase) bool {
		if crossesKept(l.Span) {
			touched[l.Speaker] = true
			return true
		}
		return false
	})

	// The claims of b that repeat a kept claim, or would cut across its
	// passages, go; the others follow the kept claims.
	var added []Claim
	for _, c := range b.Claims {
		repeat := slices.ContainsFunc(kept, func(k Claim) bool { return repeats(b, c, from, k) })
		if repeat || slices.ContainsFunc(b.claimPassages(c), crossesKept) {
			for _, p := range c.Parties {
				for _, m := range p.Members {
					touched[m] = true
				}
			}
			continue
		}
		added = append(added, c)
	}

	// The entities the kept claims name, as from has them.
	for _, e := range from.Entities {
		if !members[e.ID] {
			continue
		}
		if i, ok := b.entityIndex(e.ID); ok {
			b.Entities[i] = e
		} else {
			b.Entities = append(b.Entities, e)
		}
	}

	// The kept claims, each passage under the key that names it until the
	// check numbers the evidence; then the claims of b, renamed when a
	// kept claim has their ID.
	b.Claims = nil
	taken := map[string]bool{}
	for _, c := range kept {
		c.Framing = b.keys(from.Passages(c.Framing))
		c.Parties = slices.Clone(c.Parties)
		for j, p := range c.Parties {
			p.Members = slices.Clone(p.Members)
			p.Evidence = b.keys(from.Passages(p.Evidence))
			c.Parties[j] = p
		}
		b.Claims = append(b.Claims, c)
		taken[c.ID] = true
	}
	for _, c := range added {
		c.ID = unusedID(c.ID, taken)
		taken[c.ID] = true
		b.Claims = append(b.Claims, c)
	}

	// The mentions of the kept claims' entities, as from has them: a
	// mention of the same passage names the entity of from, and one b
	// lacks is added where it cuts across nothing.
	for _, m := range from.Mentions {
		if !members[m.Entity] {
			continue
		}
		if i := slices.IndexFunc(b.Mentions, func(o Mention) bool { return o.Span == m.Span }); i >= 0 {
			touched[b.Mentions[i].Entity] = true
			b.Mentions[i].Entity = m.Entity
			continue
		}
		if !b.crossesAny(m.Span) {
			b.Mentions = append(b.Mentions, Mention{Entity: m.Entity, Span: m.Span})
		}
	}
	for id := range touched {
		b.dropUnused(id)
	}
}

// keys adds each passage to the article's evidence, unless it is there,
// and returns the keys that name them, as evidenceKey does.
func (b *Article) keys(spans []Span) []string {
	var ids []string
	for _, s := range spans {
		ids = append(ids, b.evidenceKey(s))
	}
	return ids
}

// claimPassages are the passages a claim of the article rests on: its
// parties' evidence and its framing.
func (a *Article) claimPassages(c Claim) []Span {
	spans := a.Passages(c.Framing)
	for _, p := range c.Parties {
		spans = append(spans, a.Passages(p.Evidence)...)
	}
	return spans
}

// crossesAny reports whether s cuts across a mention, a quote, a loaded
// phrase or a passage a claim rests on.
func (a *Article) crossesAny(s Span) bool {
	for _, m := range a.Mentions {
		if crosses(s, m.Span) {
			return true
		}
	}
	for _, q := range a.Quotes {
		if crosses(s, q.Span) {
			return true
		}
	}
	for _, l := range a.Loaded {
		if crosses(s, l.Span) {
			return true
		}
	}
	for _, c := range a.Claims {
		if slices.ContainsFunc(a.claimPassages(c), func(o Span) bool { return crosses(s, o) }) {
			return true
		}
	}
	return false
}

// crosses reports whether two spans overlap without one holding the
// other, which an article's spans never do.
func crosses(s, o Span) bool {
	return s.Start < o.End && o.Start < s.End && !s.Contains(o) && !o.Contains(s)
}

// repeats reports whether claim c of article a says again what claim k of
// article from says: it rests on the same evidence passages, or one of
// its parties has the same members and stance as one of k's, on evidence
// that overlaps.
func repeats(a *Article, c Claim, from *Article, k Claim) bool {
	evidence := func(art *Article, cl Claim) []Span {
		var spans []Span
		for _, p := range cl.Parties {
			spans = append(spans, art.Passages(p.Evidence)...)
		}
		slices.SortFunc(spans, func(x, y Span) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			return x.End - y.End
		})
		return slices.Compact(spans)
	}
	if ce := evidence(a, c); len(ce) > 0 && slices.Equal(ce, evidence(from, k)) {
		return true
	}
	for _, p := range c.Parties {
		for _, q := range k.Parties {
			if p.Stance == q.Stance && sameMembers(a, p, from, q) && overlaps(a.Passages(p.Evidence), from.Passages(q.Evidence)) {
				return true
			}
		}
	}
	return false
}

// sameMembers reports whether party p of article a and party q of article
// from are made up of the same entities: the same IDs, or the same names,
// as two annotations of one text can name one person differently.
func sameMembers(a *Article, p Party, from *Article, q Party) bool {
	set := func(art *Article, members []string, name bool) []string {
		var out []string
		for _, id := range members {
			if name {
				e, _ := art.Entity(id)
				id = strings.ToLower(strings.Join(strings.Fields(e.Name), " "))
			}
			out = append(out, id)
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(set(a, p.Members, false), set(from, q.Members, false)) ||
		slices.Equal(set(a, p.Members, true), set(from, q.Members, true))
}

// overlaps reports whether a passage of one list shares text with a
// passage of the other.
func overlaps(xs, ys []Span) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

// unusedID is id, or id with the first suffix "-2", "-3"… that taken does
// not hold.
func unusedID(id string, taken map[string]bool) string {
	if !taken[id] {
		return id
	}
	for n := 2; ; n++ {
		if next := id + "-" + strconv.Itoa(n); !taken[next] {
			return next
		}
	}
}

package exercise

import (
	"hash/fnv"
	"slices"
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// MaxChoices is the most choices an exercise offers: the answer and at
// most three distractors.
const MaxChoices = 4

// Generate makes every exercise it can from the article's annotations.
//
// The exercises come kind by kind in the order of Kinds, and within a kind
// in reading order: quotes and loaded phrases in text order, claims in the
// order the file lists them and their parties in the claim's order. The
// same article always gives the same exercises, with the same IDs,
// choices and order.
//
// Distractors come from the same article: other speakers and the people
// named near a quote, other kinds of source the article uses (or the four
// most common), the other parties of a claim, the article's own date range
// shifted, the names, dates and numbers of a loaded phrase's paragraph. An
// exercise that cannot offer at least two choices with distinct labels is
// left out, and so is one that would repeat an earlier one of its kind
// (the same party, source and channel on another claim; a loaded phrase
// whose words an earlier one holds).
//
// Choices are ordered by a deterministic shuffle: by the FNV-1a hash of
// the exercise's ID and the choice's ID. So the order is the same at every
// generation and on every machine, and the answer is not always first.
// Two kinds keep a natural order instead: ClaimOrFact lists its three
// categories always in the same order, and WhenWritten its date ranges in
// calendar order.
//
// A claim the annotator suggested gives the same exercises as one a
// person wrote; each is marked Suggested, for the teacher to check the
// claim first.
//
// An article without quotes gets no WhoSaidIt exercises, one without
// claims no claim exercises, one without loaded phrases no LoadedLanguage
// exercises, one without a Written dating no WhenWritten exercise; an
// article with none of these gets none. Annotations that do not hold
// together (an article built by hand with a span outside the text, an
// unknown speaker) are skipped, never a cause for panic.
func Generate(a *article.Article) []Exercise {
	if a == nil {
		return nil
	}
	g := newGen(a)
	var out []Exercise
	// The generators in the order of Kinds.
	for _, kind := range []func() []Exercise{g.whoSaidIt, g.sourceKind, g.findEvidence, g.claimOrFact, g.loadedLanguage, g.missingVoice, g.whenWritten} {
		for _, e := range kind() {
			if e, ok := finish(e); ok {
				e.Suggested = g.suggested(e.Claim)
				out = append(out, e)
			}
		}
	}
	return out
}

// suggested reports whether the claim with the given ID is one the
// annotator suggested and no person has checked yet.
func (g *gen) suggested(claim string) bool {
	if claim == "" {
		return false
	}
	c, ok := g.a.Claim(claim)
	return ok && c.Suggested
}

// gen holds an article and the lookups the generators share.
type gen struct {
	a          *article.Article
	paragraphs []article.Span
	evidence   map[string]article.Span // by evidence id
}

func newGen(a *article.Article) *gen {
	g := &gen{a: a, paragraphs: a.Paragraphs(), evidence: map[string]article.Span{}}
	for _, ev := range a.Evidence {
		if g.valid(ev.Span) {
			g.evidence[ev.ID] = ev.Span
		}
	}
	return g
}

// valid reports whether s is a non-empty span inside the text.
func (g *gen) valid(s article.Span) bool {
	return 0 <= s.Start && s.Start < s.End && s.End <= len(g.a.Text)
}

// text returns the text of s, or false when s is not a valid span.
func (g *gen) text(s article.Span) (string, bool) {
	if !g.valid(s) {
		return "", false
	}
	return g.a.Text[s.Start:s.End], true
}

// paragraph returns the index of the paragraph that contains s, or -1.
func (g *gen) paragraph(s article.Span) int {
	for i, p := range g.paragraphs {
		if p.Contains(s) {
			return i
		}
	}
	return -1
}

// name returns an entity's name, or its id when the article does not
// know it.
func (g *gen) name(id string) string {
	if e, ok := g.a.Entity(id); ok && strings.TrimSpace(e.Name) != "" {
		return e.Name
	}
	return id
}

// firstMention returns the first mention of any of the entities, in text
// order.
func (g *gen) firstMention(ids []string) (article.Mention, bool) {
	for _, m := range g.a.Mentions {
		if slices.Contains(ids, m.Entity) && g.valid(m.Span) {
			return m, true
		}
	}
	return article.Mention{}, false
}

// finish checks an exercise and puts its choices in order. It returns
// false when the exercise is incomplete or has fewer than two choices with
// distinct labels.
func finish(e Exercise) (Exercise, bool) {
	e.Prompt = strings.TrimSpace(e.Prompt)
	e.Hint = strings.TrimSpace(e.Hint)
	e.Explanation = strings.TrimSpace(e.Explanation)
	if e.ID == "" || e.Prompt == "" || e.Hint == "" || e.Explanation == "" || e.Answer == "" {
		return e, false
	}
	if e.Kind == FindEvidence {
		e.Choices = nil
		return e, true
	}
	// The generators list the answer first; keep it, drop repeats and cut
	// to MaxChoices.
	var choices []Choice
	labels := map[string]bool{}
	ids := map[string]bool{}
	for _, c := range e.Choices {
		c.Label = strings.TrimSpace(c.Label)
		key := strings.ToLower(c.Label)
		if c.ID == "" || c.Label == "" || ids[c.ID] || labels[key] {
			continue
		}
		ids[c.ID], labels[key] = true, true
		choices = append(choices, c)
		if len(choices) == MaxChoices {
			break
		}
	}
	if len(choices) < 2 || choices[0].ID != e.Answer {
		return e, false
	}
	switch e.Kind {
	case ClaimOrFact:
		sort.SliceStable(choices, func(i, j int) bool {
			return slices.Index(categories, choices[i].ID) < slices.Index(categories, choices[j].ID)
		})
	case WhenWritten:
		// IDs are ISO 8601 ranges: in text order they are in calendar order.
		sort.SliceStable(choices, func(i, j int) bool { return choices[i].ID < choices[j].ID })
	default:
		shuffle(e.ID, choices)
	}
	e.Choices = choices
	return e, true
}

// shuffle orders choices by the FNV-1a hash of the exercise ID and the
// choice ID, then by choice ID: a shuffle that is the same every time.
func shuffle(exercise string, choices []Choice) {
	key := func(c Choice) uint64 {
		h := fnv.New64a()
		h.Write([]byte(exercise))
		h.Write([]byte{0})
		h.Write([]byte(c.ID))
		return h.Sum64()
	}
	sort.SliceStable(choices, func(i, j int) bool {
		ki, kj := key(choices[i]), key(choices[j])
		if ki != kj {
			return ki < kj
		}
		return choices[i].ID < choices[j].ID
	})
}

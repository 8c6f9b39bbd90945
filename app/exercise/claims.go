package exercise

import (
	"fmt"
	"strings"

	"newsexplorer/app/article"
)

// evidenceOf returns the ids of a party's evidence passages that lie in
// the text, in the party's order.
func (g *gen) evidenceOf(p article.Party) []string {
	var ids []string
	for _, id := range p.Evidence {
		if _, ok := g.evidence[id]; ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// speaks reports whether a party takes a position the article reports.
func speaks(p article.Party) bool {
	return p.Stance != article.Silent && strings.TrimSpace(p.Name) != ""
}

// stanceVerb says what the party name does with a claim: "disputes it",
// or "dispute it" when the name is plural.
func stanceVerb(s article.Stance, name string) string {
	verb := ""
	switch s {
	case article.Asserts:
		verb = "asserts it"
	case article.Disputes:
		verb = "disputes it"
	case article.Corroborates:
		verb = "corroborates it"
	case article.Rejects:
		verb = "rejects it"
	case article.Silent:
		verb = "gives no statement"
	default:
		return strings.ToLower(s.Label())
	}
	if pluralName(name) {
		first, rest, _ := strings.Cut(verb, " ")
		verb = strings.TrimSuffix(first, "s") + " " + rest
	}
	return verb
}

// positions sums up who says what on a claim: "Russia asserts it; Ukraine
// disputes it."
func positions(c article.Claim) string {
	var parts []string
	for _, p := range c.Parties {
		if strings.TrimSpace(p.Name) != "" {
			parts = append(parts, mid(p.Name)+" "+stanceVerb(p.Stance, p.Name))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return capital(strings.Join(parts, "; ")) + "."
}

// partiesWith returns the names of a claim's parties with one of the
// stances.
func partiesWith(c article.Claim, stances ...article.Stance) []string {
	var out []string
	for _, p := range c.Parties {
		for _, s := range stances {
			if p.Stance == s && strings.TrimSpace(p.Name) != "" {
				out = append(out, p.Name)
				break
			}
		}
	}
	return out
}

// memberNames returns the names of the entities that make up a party.
func (g *gen) memberNames(p article.Party) []string {
	var out []string
	for _, id := range p.Members {
		if name := g.name(id); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// claimLink returns the id of the first evidence passage of a claim's
// first party that has one.
func (g *gen) claimLink(c article.Claim) string {
	for _, p := range c.Parties {
		if ids := g.evidenceOf(p); len(ids) > 0 {
			return ids[0]
		}
	}
	return ""
}

// question quotes a claim's question for a prompt.
func question(c article.Claim) string {
	return "“" + strings.TrimSpace(c.Question) + "”"
}

// framingNote points at the article's own words about a claim, if the
// claim records any.
func (g *gen) framingNote(c article.Claim) string {
	for _, id := range c.Framing {
		if s, ok := g.evidence[id]; ok {
			return fmt.Sprintf(" Note the article's own words about it: %s.", quoted(g.a.Text[s.Start:s.End]))
		}
	}
	return ""
}

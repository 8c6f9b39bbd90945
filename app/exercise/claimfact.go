package exercise

import (
	"fmt"
	"strings"

	"newsexplorer/app/article"
)

// The choices of a ClaimOrFact exercise, in the order they are shown.
const (
	AttributedClaim  = "attributed-claim"
	ReportedFact     = "reported-fact"
	Characterization = "characterization"
)

// categories lists the ClaimOrFact choices in the order they are shown.
var categories = []string{AttributedClaim, ReportedFact, Characterization}

// categoryLabels are the ClaimOrFact choices as readers see them.
var categoryLabels = map[string]string{
	AttributedClaim:  "An attributed claim",
	ReportedFact:     "A reported fact",
	Characterization: "A characterization or opinion",
}

// Category is the ClaimOrFact answer for a claim's status: a contested or
// unverified claim is an attributed claim, a corroborated one a reported
// fact, a characterization a characterization or opinion. It returns ""
// for an unknown status.
func Category(s article.Status) string {
	switch s {
	case article.Contested, article.Unverified:
		return AttributedClaim
	case article.Corroborated:
		return ReportedFact
	case article.Characterization:
		return Characterization
	}
	return ""
}

// claimOrFact makes one exercise per claim: is what the article gives an
// attributed claim, a reported fact or a characterization?
func (g *gen) claimOrFact() []Exercise {
	var out []Exercise
	for _, c := range g.a.Claims {
		answer := Category(c.Status)
		if answer == "" || c.ID == "" || strings.TrimSpace(c.Question) == "" {
			continue
		}
		n := 0
		for _, p := range c.Parties {
			if strings.TrimSpace(p.Name) != "" {
				n++
			}
		}
		e := Exercise{
			ID:    string(ClaimOrFact) + "/" + c.ID,
			Kind:  ClaimOrFact,
			Claim: c.ID,
			Prompt: fmt.Sprintf("Question: %s Going by the article alone, is the answer "+
				"an attributed claim (someone says so), a reported fact (sources independent of the claimant confirm it) "+
				"or a characterization or opinion (a label or a judgement)?", question(c)),
			Answer:      answer,
			Hint:        fmt.Sprintf("The article names %d %s on this question. Look at what each says: does anyone dispute it, does anyone independent of the claimant confirm it, or is it a label that no evidence could prove?", n, plural(n, "party", "parties")),
			Explanation: g.categoryExplanation(c, answer),
			Link:        g.claimLink(c),
		}
		e.Choices = append(e.Choices, Choice{ID: answer, Label: categoryLabels[answer]})
		for _, id := range categories {
			if id != answer {
				e.Choices = append(e.Choices, Choice{ID: id, Label: categoryLabels[id], Feedback: notThisCategory(c, id)})
			}
		}
		out = append(out, e)
	}
	return out
}

// categoryExplanation says why a claim falls in its category, from its
// status and its parties' stances, and what to check next.
func (g *gen) categoryExplanation(c article.Claim, answer string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: the article's status for it is “%s”. %s", categoryLabels[answer], c.Status.Label(), positions(c))
	switch c.Status {
	case article.Contested:
		b.WriteString(" The parties disagree, and the article reports who says what, not which side is right.")
	case article.Unverified:
		b.WriteString(" Nothing in the article confirms or refutes it: it stands on the word of who says it.")
	case article.Corroborated:
		b.WriteString(" Sources independent of the claimant confirm it.")
	case article.Characterization:
		b.WriteString(" It is a label or a judgement, which no source can prove true or false.")
	}
	b.WriteString(g.framingNote(c))
	if len(c.Checks) > 0 {
		fmt.Fprintf(&b, " To check next: %s", sentenceEnd(c.Checks[0]))
	}
	return b.String()
}

// notThisCategory says why a category does not fit a claim.
func notThisCategory(c article.Claim, chosen string) string {
	asserters := names(partiesWith(c, article.Asserts))
	if asserters == "" {
		asserters = "the parties"
	}
	against := names(partiesWith(c, article.Disputes, article.Rejects))
	confirm := names(partiesWith(c, article.Corroborates))
	switch answer := Category(c.Status); {
	case answer == AttributedClaim && chosen == ReportedFact:
		if against != "" {
			return fmt.Sprintf("Not a reported fact: %s %s it, and no source independent of the parties confirms it in the article.", against, agree(partiesWith(c, article.Disputes, article.Rejects), "disputes", "dispute"))
		}
		return "Not a reported fact: nothing in the article independent of who says it confirms it."
	case answer == AttributedClaim && chosen == Characterization:
		return "Not a characterization: it is about what happened, happens or will happen, which evidence could confirm or refute; it is not a label or a judgement."
	case answer == ReportedFact && chosen == AttributedClaim:
		if confirm != "" {
			return fmt.Sprintf("It starts as %s word, but it does not rest on that alone: %s, independent of %s, %s it in the article.", possessive(asserters), confirm, asserters, agree(partiesWith(c, article.Corroborates), "confirms", "confirm"))
		}
		return "It does not rest on one party's word alone: independent sources confirm it in the article."
	case answer == ReportedFact && chosen == Characterization:
		return "Not a characterization: it can be checked, and sources in the article confirm it."
	case answer == Characterization && chosen == AttributedClaim:
		return fmt.Sprintf("It is attributed, to %s, but it is a label or a judgement, not something evidence could settle as true or false.", asserters)
	case answer == Characterization && chosen == ReportedFact:
		return "Not a reported fact: it is a label or a judgement, which no source can confirm as a fact."
	}
	return ""
}

// agree picks the verb form for the parties named: the plural for more
// than one, or for one with a plural name ("the islanders dispute it").
func agree(names []string, one, many string) string {
	if len(names) > 1 || (len(names) == 1 && pluralName(names[0])) {
		return many
	}
	return one
}

// plural picks the singular or the plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

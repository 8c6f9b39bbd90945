package exercise

import (
	"fmt"
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// missingVoice makes one exercise per silent party of a claim: the reader
// chooses, among the claim's parties, the one the article gives no
// statement from. The distractors are the claim's parties that speak;
// other silent parties of the same claim are left out, since they too
// would be right, and so are parties from other claims, which give no
// statement on this one either. The prompt names the parties it asks
// about.
func (g *gen) missingVoice() []Exercise {
	var out []Exercise
	for _, c := range g.a.Claims {
		for _, silent := range c.Parties {
			if silent.Stance != article.Silent || strings.TrimSpace(silent.Name) == "" || c.ID == "" || silent.ID == "" {
				continue
			}
			e := Exercise{
				ID:     string(MissingVoice) + "/" + c.ID + "/" + silent.ID,
				Kind:   MissingVoice,
				Claim:  c.ID,
				Party:  silent.ID,
				Answer: silent.ID,
				Hint:   "For each party, look in the article for a quote or a report of what it says on this question.",
			}
			e.Explanation, e.Link = g.silence(c, silent)
			e.Choices = append(e.Choices, Choice{ID: silent.ID, Label: capital(silent.Name)})
			asked := []string{silent.Name}
			for _, p := range c.Parties {
				if speaks(p) {
					e.Choices = append(e.Choices, Choice{ID: p.ID, Label: capital(p.Name), Feedback: speakingParty(p)})
					asked = append(asked, p.Name)
				}
			}
			// The prompt names the parties asked about, in an order that
			// gives nothing away, so that two exercises on one claim with
			// two silent parties read as the different questions they are.
			sort.SliceStable(asked, func(i, j int) bool { return strings.ToLower(asked[i]) < strings.ToLower(asked[j]) })
			e.Prompt = fmt.Sprintf("On the question %s, which of %s does the article give no statement from?",
				question(c), names(asked))
			out = append(out, e)
		}
	}
	return out
}

// silence explains that a party is named but silent, and returns the id
// of the mention where the article names it, if any.
func (g *gen) silence(c article.Claim, silent article.Party) (string, string) {
	var b strings.Builder
	link := ""
	if m, ok := g.firstMention(silent.Members); ok {
		link = m.ID
		fmt.Fprintf(&b, "%s: the article names %s (%s, paragraph %d) but reports no statement from %s on this question.",
			capital(silent.Name), them(silent.Name), quoted(g.a.Text[m.Start:m.End]), g.paragraph(m.Span)+1, them(silent.Name))
	} else {
		fmt.Fprintf(&b, "%s: the question concerns %s, but the article reports no statement from %s.", capital(silent.Name), them(silent.Name), them(silent.Name))
	}
	var spoke []string
	for _, p := range c.Parties {
		if speaks(p) {
			spoke = append(spoke, fmt.Sprintf("%s %s", mid(p.Name), stanceVerb(p.Stance, p.Name)))
		}
	}
	if len(spoke) > 0 {
		fmt.Fprintf(&b, " A reader hears only that %s.", names(spoke))
	}
	fmt.Fprintf(&b, " To hear %s, look for %s own answer in other reporting.", mid(silent.Name), their(silent.Name))
	if link == "" {
		link = g.claimLink(c)
	}
	return b.String(), link
}

// speakingParty says why a party that speaks is not the missing voice.
func speakingParty(p article.Party) string {
	s := fmt.Sprintf("Not %s: the article reports %s position (%s %s)", mid(p.Name), their(p.Name), they(p.Name), stanceVerb(p.Stance, p.Name))
	if p.Source == article.NotStated {
		s += ", though it names no channel for it"
	} else if ch := strings.TrimSpace(p.Channel); ch != "" {
		s += ", through " + ch
	}
	return s + "."
}

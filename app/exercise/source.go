package exercise

import (
	"fmt"
	"slices"
	"strings"

	"newsexplorer/app/article"
)

// commonSources are the kinds of source offered as distractors when the
// article itself uses too few.
var commonSources = []article.SourceKind{article.TelevisedStatement, article.SocialMediaPost, article.MediaReport, article.GovernmentConfirmation}

// sourceKind makes one exercise per party statement: the reader chooses
// the kind of source it came through. A party that speaks through the same
// source and channel on several claims is asked about once, at its first
// claim.
//
// The distractors are the other kinds of source the article uses, in the
// order of article.SourceKinds, then the common four.
func (g *gen) sourceKind() []Exercise {
	used := g.sourcesUsed()
	seen := map[string]bool{}
	var out []Exercise
	for _, c := range g.a.Claims {
		for _, p := range c.Parties {
			key := p.Name + "\x00" + string(p.Source) + "\x00" + p.Channel
			if !speaks(p) || !slices.Contains(article.SourceKinds, p.Source) || seen[key] || c.ID == "" || p.ID == "" {
				continue
			}
			seen[key] = true
			e := Exercise{
				ID:    string(SourceKind) + "/" + c.ID + "/" + p.ID,
				Kind:  SourceKind,
				Claim: c.ID,
				Party: p.ID,
				Prompt: fmt.Sprintf("On the question %s, the article reports %s position: %s What kind of source did it come through?",
					question(c), possessive(p.Name), sentenceEnd(p.Statement)),
				Answer: string(p.Source),
				Hint: fmt.Sprintf("Read the passage where the article reports it and the words around it: do they say how %s words came out, and through what?",
					possessive(p.Name)),
				Explanation: sourceExplanation(p),
			}
			if ids := g.evidenceOf(p); len(ids) > 0 {
				e.Link = g.channelEvidence(p.Channel, ids)
			}
			e.Choices = append(e.Choices, Choice{ID: string(p.Source), Label: p.Source.Label()})
			for _, k := range append(slices.Clone(used), commonSources...) {
				if k != p.Source {
					e.Choices = append(e.Choices, Choice{ID: string(k), Label: k.Label(), Feedback: g.notThisSource(k, p)})
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// sourceExplanation says through what a party's position reached the
// article, or, when the article names no channel, what it does say.
func sourceExplanation(p article.Party) string {
	channel := strings.TrimSuffix(strings.TrimSpace(p.Channel), ".")
	if p.Source == article.NotStated {
		return fmt.Sprintf("%s: the article reports %s position without saying how it came out; %s.", p.Source.Label(), possessive(p.Name), channel)
	}
	return fmt.Sprintf("%s: the article reports %s position through %s.", p.Source.Label(), possessive(p.Name), channel)
}

// channelEvidence returns the evidence passage, of ids, whose sentence
// shares the most words with the channel ("a post on Telegram"): the one
// that says how the words came out. It is the first passage when none
// shares a word.
func (g *gen) channelEvidence(channel string, ids []string) string {
	var words []string
	for _, w := range strings.Fields(wordsOf(channel)) {
		if len(w) > 3 {
			words = append(words, w)
		}
	}
	best, most := ids[0], 0
	for _, id := range ids {
		s, ok := g.evidence[id]
		if !ok {
			continue
		}
		around := g.sentencesAround(s)
		sentence := " " + wordsOf(g.a.Text[around.Start:around.End]) + " "
		n := 0
		for _, w := range words {
			if strings.Contains(sentence, " "+w+" ") {
				n++
			}
		}
		if n > most {
			best, most = id, n
		}
	}
	return best
}

// sourcesUsed returns the kinds of source the article's parties speak
// through, in the order of article.SourceKinds.
func (g *gen) sourcesUsed() []article.SourceKind {
	var out []article.SourceKind
	for _, k := range article.SourceKinds {
		for _, c := range g.a.Claims {
			if slices.ContainsFunc(c.Parties, func(p article.Party) bool { return speaks(p) && p.Source == k }) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// notThisSource says why a kind of source is not how a party's statement
// reached the article, naming who else in the article speaks through it.
func (g *gen) notThisSource(k article.SourceKind, party article.Party) string {
	if k == article.NotStated {
		return fmt.Sprintf("Not “%s”: the article does say how %s position here came out; read the words around the passage again.", k.Label(), possessive(party.Name))
	}
	var others []string
	elsewhere := false // the same party speaks through it on another claim
	for _, c := range g.a.Claims {
		for _, p := range c.Parties {
			switch {
			case !speaks(p) || p.Source != k:
			case p.Name == party.Name:
				elsewhere = true
			case !slices.Contains(others, p.Name):
				others = append(others, p.Name)
			}
		}
	}
	switch {
	case len(others) == 1:
		return fmt.Sprintf("Not “%s”: in this article that is how %s %s, not how %s position here reached it.", k.Label(), mid(others[0]), agree(others[:1], "speaks", "speak"), possessive(party.Name))
	case len(others) > 1:
		return fmt.Sprintf("Not “%s”: in this article that is how %s speak, not how %s position here reached it.", k.Label(), names(others), possessive(party.Name))
	case elsewhere:
		return fmt.Sprintf("Not “%s”: %s speaks that way on another question in this article, but not on this one.", k.Label(), mid(party.Name))
	}
	return fmt.Sprintf("Not “%s”: nothing in this article comes through that kind of source.", k.Label())
}

// sentenceEnd makes sure a statement ends like a sentence.
func sentenceEnd(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") {
		return s
	}
	return s + "."
}

package exercise

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsexplorer/app/article"
)

// loadedLanguage makes one exercise per loaded phrase, in text order: which
// of these phrases from its paragraph is loaded language?
//
// The other choices are mentions from the same paragraph that name a
// person, an organization, a place, a group, a date or a number: phrases
// that say who, what, where, when or how many and pass no judgement. The
// nearest to the loaded phrase come first, a phrase of several words
// before a single word. None overlaps a loaded phrase or another choice,
// and none is an event ("the war", "the invasion"), whose name can itself
// be disputed. A phrase whose words an earlier exercise's phrase already
// holds, or the other way round ("neo-Nazi" after "neo-Nazi regime"), is
// left out as a repeat. Exercises on the same paragraph say which of its
// loaded phrases they ask about, one, two or more.
func (g *gen) loadedLanguage() []Exercise {
	var out []Exercise
	var paras []int // the paragraph of each exercise
	var asked []string
	for _, l := range g.a.Loaded {
		text, ok := g.text(l.Span)
		para := g.paragraph(l.Span)
		if !ok || para < 0 || l.ID == "" || strings.TrimSpace(l.Why) == "" {
			continue
		}
		if l.Speaker != "" {
			if _, known := g.a.Entity(l.Speaker); !known {
				continue
			}
		}
		key := " " + wordsOf(text) + " "
		if slices.ContainsFunc(asked, func(k string) bool { return strings.Contains(k, key) || strings.Contains(key, k) }) {
			continue
		}
		e := Exercise{
			ID:   string(LoadedLanguage) + "/" + l.ID,
			Kind: LoadedLanguage,
			Prompt: fmt.Sprintf("Which of these phrases from paragraph %d is loaded language: words chosen to make you feel "+
				"a certain way about what they describe, or to judge it, rather than just to describe it?", para+1),
			Answer: l.ID,
			Hint: fmt.Sprintf("Read paragraph %d again. Names, places, dates and numbers say who, where, when or how many. "+
				"Look for the words that praise, condemn, exaggerate or hint at doubt, and ask: would someone on the other side describe it in the same words?", para+1),
			Explanation: g.loadedExplanation(l, text),
			Link:        l.ID,
		}
		e.Choices = append(e.Choices, Choice{ID: l.ID, Label: text})
		for _, m := range g.plainPhrases(l, para) {
			e.Choices = append(e.Choices, Choice{ID: m.ID, Label: g.a.Text[m.Start:m.End], Feedback: g.notLoaded(m)})
		}
		if len(e.Choices) < 2 {
			continue
		}
		asked = append(asked, key)
		out = append(out, e)
		paras = append(paras, para)
	}
	// Several exercises on one paragraph would ask the same question in
	// the same words: each says which it is.
	count := map[int]int{}
	for _, p := range paras {
		count[p]++
	}
	seen := map[int]int{}
	for i, p := range paras {
		if count[p] < 2 {
			continue
		}
		seen[p]++
		out[i].Prompt += fmt.Sprintf(" The paragraph has %d such phrases, asked about one at a time: this is %d of %d.", count[p], seen[p], count[p])
	}
	return out
}

// wordsOf lowers s and keeps only its words, one space apart, so that
// phrases compare whatever their punctuation: "neo-nazi regime".
func wordsOf(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}), " ")
}

// loadedExplanation says why a phrase is loaded, gives the neutral
// wording, and says whose words these are: the article's own, or words it
// reports.
func (g *gen) loadedExplanation(l article.LoadedPhrase, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s is loaded language. %s", quoted(text), period(strings.TrimSpace(l.Why)))
	if n := strings.TrimSpace(l.Neutral); n != "" {
		fmt.Fprintf(&b, " A more neutral wording: %s.", quoted(n))
	}
	if l.Speaker == "" {
		b.WriteString(" These are the article's own words, not a quote: the reporter chose them.")
	} else {
		fmt.Fprintf(&b, " These are %s words, which the article reports. Reporting someone's loaded words is not the same as using them: ask who chose the words, and why.", possessive(g.name(l.Speaker)))
	}
	return b.String()
}

// plainPhrases returns the mentions of a paragraph that can stand beside a
// loaded phrase as phrases that are not loaded, best first.
func (g *gen) plainPhrases(l article.LoadedPhrase, para int) []article.Mention {
	overlaps := func(a, b article.Span) bool { return a.Start < b.End && b.Start < a.End }
	var cands []article.Mention
	for _, m := range g.a.Mentions {
		text, ok := g.text(m.Span)
		switch {
		case !ok || m.ID == "" || !g.paragraphs[para].Contains(m.Span):
			continue
		case g.a.TypeOf(m.Entity) == article.Event || !g.a.TypeOf(m.Entity).Valid() || g.a.TypeOf(m.Entity) == article.Quote:
			continue
		case slices.ContainsFunc(g.a.Loaded, func(o article.LoadedPhrase) bool { return overlaps(o.Span, m.Span) }):
			continue
		case strings.EqualFold(strings.TrimSpace(text), g.a.Text[l.Start:l.End]):
			continue
		}
		cands = append(cands, m)
	}
	single := func(m article.Mention) bool { return !strings.Contains(g.a.Text[m.Start:m.End], " ") }
	sort.SliceStable(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if sx, sy := single(x), single(y); sx != sy {
			return sy
		}
		return gap(x.Span, l.Span) < gap(y.Span, l.Span)
	})
	var out []article.Mention
	for _, m := range cands {
		if len(out) == MaxChoices-1 {
			break
		}
		if slices.ContainsFunc(out, func(o article.Mention) bool { return overlaps(o.Span, m.Span) }) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// notLoaded says why a mention is not loaded language: it names who,
// what, where, when or how many, and passes no judgement.
func (g *gen) notLoaded(m article.Mention) string {
	text := g.a.Text[m.Start:m.End]
	e, _ := g.a.Entity(m.Entity)
	var what string
	switch e.Type {
	case article.Person:
		what = "names a person"
	case article.Organization:
		what = "names an organization"
	case article.Place:
		what = "names a place"
	case article.Group:
		what = "names a group or nationality"
	case article.Date:
		what = "says when"
	case article.Number:
		what = "gives a number"
	default:
		what = "names something"
	}
	if name := strings.TrimSpace(e.Name); name != "" && !strings.EqualFold(name, text) && e.Type != article.Date && e.Type != article.Number {
		what += fmt.Sprintf(" (%s)", name)
	}
	return fmt.Sprintf("Not %s: it %s and passes no judgement. Look for the words that judge or stir feelings.", quoted(text), what)
}

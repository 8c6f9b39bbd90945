package exercise

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// whoSaidIt makes one exercise per quote: the reader chooses its speaker.
//
// The distractors are the speakers of the article's other quotes and the
// people its paragraph mentions, nearest to the quote first (a name inside
// the quote is the nearest of all, and the likeliest mistake).
func (g *gen) whoSaidIt() []Exercise {
	var out []Exercise
	for _, q := range g.a.Quotes {
		text, ok := g.text(q.Span)
		speaker, known := g.a.Entity(q.Speaker)
		if !ok || !known || q.ID == "" {
			continue
		}
		para := g.paragraph(q.Span)
		if para < 0 {
			continue
		}
		e := Exercise{
			ID:     string(WhoSaidIt) + "/" + q.ID,
			Kind:   WhoSaidIt,
			Prompt: fmt.Sprintf("According to the article, who said %s?", quoted(strings.TrimRight(strings.TrimSpace(text), ",;:"))),
			Answer: speaker.ID,
			Hint: fmt.Sprintf("The quote is in paragraph %d. Read the words around its quotation marks for who said, told, wrote or stated it; "+
				"if the sentence only says “he”, “she” or “it”, look back for the name it stands for.", para+1),
			Explanation: g.attribution(q, speaker),
			Link:        q.ID,
		}
		e.Choices = append(e.Choices, Choice{ID: speaker.ID, Label: capital(g.name(speaker.ID))})
		for _, id := range g.speakerDistractors(q) {
			e.Choices = append(e.Choices, Choice{ID: id, Label: capital(g.name(id)), Feedback: g.notTheSpeaker(q, id)})
		}
		out = append(out, e)
	}
	return out
}

// attribution explains who the article says said a quote, and where the
// text says so: the attribution is the article's, which other reporting may
// not share.
func (g *gen) attribution(q article.QuoteSpan, speaker article.Entity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "According to the article, %s said it", mid(speaker.Name))
	if d := strings.TrimSuffix(strings.TrimSpace(speaker.Description), "."); d != "" {
		fmt.Fprintf(&b, " (%s)", lowerArticle(d))
	}
	b.WriteString(". ")
	m, ok := g.namedNear(q, speaker.ID)
	sent := g.sentence(q.Span)
	switch {
	case !ok:
		b.WriteString("Its paragraph does not name the speaker: the article attributes the quote from what it said before.")
	case sent.Contains(m.Span) && m.Start >= q.End:
		b.WriteString(period("The sentence names the speaker right after the quote: " + quoted(g.window(m.Span, 3))))
	case sent.Contains(m.Span):
		b.WriteString(period("The sentence names the speaker before the quote: " + quoted(g.window(m.Span, 3))))
	case m.Start < q.Start:
		b.WriteString(period(fmt.Sprintf("The sentence with the quote does not name the speaker; it refers back to %s, earlier in the paragraph: %s",
			quoted(g.a.Text[m.Start:m.End]), quoted(g.window(m.Span, 3)))))
	default:
		b.WriteString(period(fmt.Sprintf("The sentence with the quote does not name the speaker; the paragraph names %s after it: %s",
			quoted(g.a.Text[m.Start:m.End]), quoted(g.window(m.Span, 3)))))
	}
	return b.String()
}

// lowerArticle lowers a leading "The", "A" or "An", so that a description
// reads well inside a sentence: "(the top command body of …)".
func lowerArticle(s string) string {
	for _, w := range []string{"The ", "A ", "An "} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return strings.ToLower(w) + rest
		}
	}
	return s
}

// namedNear finds the mention of the speaker that attributes a quote: in
// the quote's sentence if there is one there, else the last before the
// quote in its paragraph, else the first after it. Mentions inside the
// quote do not count.
func (g *gen) namedNear(q article.QuoteSpan, speaker string) (article.Mention, bool) {
	p := g.paragraph(q.Span)
	if p < 0 {
		return article.Mention{}, false
	}
	sent := g.sentence(q.Span)
	var inSentence, before, after []article.Mention
	for _, m := range g.a.MentionsOf(speaker) {
		switch {
		case !g.valid(m.Span) || !g.paragraphs[p].Contains(m.Span) || q.Contains(m.Span):
		case sent.Contains(m.Span):
			inSentence = append(inSentence, m)
		case m.End <= q.Start:
			before = append(before, m)
		default:
			after = append(after, m)
		}
	}
	switch {
	case len(inSentence) > 0:
		return slices.MinFunc(inSentence, func(x, y article.Mention) int { return gap(x.Span, q.Span) - gap(y.Span, q.Span) }), true
	case len(before) > 0:
		return before[len(before)-1], true
	case len(after) > 0:
		return after[0], true
	}
	return article.Mention{}, false
}

// speakerDistractors returns who else might have said a quote: the
// speakers of the other quotes and the people named in its paragraph,
// nearest to the quote first, then by id.
func (g *gen) speakerDistractors(q article.QuoteSpan) []string {
	p := g.paragraph(q.Span)
	seen := map[string]bool{q.Speaker: true}
	var ids []string
	add := func(id string) {
		if _, ok := g.a.Entity(id); ok && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, o := range g.a.Quotes {
		add(o.Speaker)
	}
	for _, m := range g.a.Mentions {
		if p >= 0 && g.paragraphs[p].Contains(m.Span) && g.a.TypeOf(m.Entity) == article.Person {
			add(m.Entity)
		}
	}
	dist := map[string]int{}
	for _, id := range ids {
		dist[id] = g.distance(id, q.Span)
	}
	sort.SliceStable(ids, func(i, j int) bool {
		x, y := ids[i], ids[j]
		if dist[x] != dist[y] {
			return dist[x] < dist[y]
		}
		return x < y
	})
	return ids
}

// distance is how far, in bytes, the nearest mention or quote of an
// entity stands from a span: 0 when one overlaps it.
func (g *gen) distance(id string, s article.Span) int {
	best := len(g.a.Text) + 1
	for _, m := range g.a.MentionsOf(id) {
		best = min(best, gap(m.Span, s))
	}
	for _, q := range g.a.QuotesBy(id) {
		best = min(best, gap(q.Span, s))
	}
	return best
}

// gap is the number of bytes between two spans, 0 when they overlap.
func gap(a, b article.Span) int {
	return max(0, max(a.Start, b.Start)-min(a.End, b.End))
}

// notTheSpeaker says why someone did not say a quote, without naming who
// did.
func (g *gen) notTheSpeaker(q article.QuoteSpan, id string) string {
	name := mid(g.name(id))
	for _, m := range g.a.MentionsOf(id) {
		if text, ok := g.text(m.Span); ok && q.Contains(m.Span) {
			return fmt.Sprintf("Not %s. The quote mentions %s (%s), but that is who it speaks about, not who said it.",
				name, name, quoted(text))
		}
	}
	for _, o := range g.a.QuotesBy(id) {
		if text, ok := g.text(o.Span); ok && o.ID != q.ID {
			return fmt.Sprintf("Not %s. The article does quote %s elsewhere (%s, paragraph %d), but not here: look again at who the text says said these words.",
				name, name, quoted(shorten(text, 60)), g.paragraph(o.Span)+1)
		}
	}
	return fmt.Sprintf("Not %s. The article names %s, but quotes nothing %s said: look for who the text says said these words.", name, name, name)
}

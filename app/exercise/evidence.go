package exercise

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// findEvidence makes one exercise per party with evidence: the reader
// selects, in the text, a passage where the article reports the party's
// position. A party whose evidence is the same as on an earlier claim is
// asked about once.
func (g *gen) findEvidence() []Exercise {
	seen := map[string]bool{}
	var out []Exercise
	for _, c := range g.a.Claims {
		for _, p := range c.Parties {
			ids := g.evidenceOf(p)
			key := p.Name + "\x00" + strings.Join(ids, " ")
			if !speaks(p) || len(ids) == 0 || seen[key] || c.ID == "" || p.ID == "" {
				continue
			}
			seen[key] = true
			who := "" // the members, when they are not just the party
			if members := g.memberNames(p); len(members) > 0 && !(len(members) == 1 && strings.EqualFold(members[0], p.Name)) {
				who = " (" + names(members) + ")"
			}
			e := Exercise{
				ID:    string(FindEvidence) + "/" + c.ID + "/" + p.ID,
				Kind:  FindEvidence,
				Claim: c.ID,
				Party: p.ID,
				Prompt: fmt.Sprintf("On the question %s, %s %s. Select, in the article, a passage where it reports %s position.",
					question(c), mid(p.Name), stanceVerb(p.Stance, p.Name), possessive(p.Name)),
				Answer: strings.Join(ids, " "),
				Hint: fmt.Sprintf("Look for the sentences that name who speaks for %s%s and report what they said. Select the sentence, or the words, that report it, not the whole paragraph.",
					mid(p.Name), who),
				Explanation: g.evidenceExplanation(p, ids),
				Link:        ids[0],
			}
			out = append(out, e)
		}
	}
	return out
}

// evidenceExplanation gives a party's statement and the passages that
// report it.
func (g *gen) evidenceExplanation(p article.Party, ids []string) string {
	const most = 3
	var passages []string
	for i, id := range ids {
		if i == most {
			passages = append(passages, fmt.Sprintf("%d more", len(ids)-most))
			break
		}
		s := g.evidence[id]
		passages = append(passages, fmt.Sprintf("%s (paragraph %d)", quoted(shorten(g.a.Text[s.Start:s.End], 80)), g.paragraph(s)+1))
	}
	return fmt.Sprintf("%s position: %s The article reports it in %s.", capital(possessive(p.Name)), sentenceEnd(p.Statement), names(passages))
}

// CheckSelection checks a FindEvidence answer: the reader's selection in
// the article's text, from start to end. Offsets are bytes of the text
// in UTF-8, start inclusive and end exclusive, like article.Span (a page
// that measures a selection in UTF-16 code units, as browsers do, must
// convert). An empty, reversed or out-of-range selection, or one that cuts
// a character in two, is wrong and says so.
//
// The selection is first trimmed of white space at both ends. It is right
// when it lies within one paragraph and, for some evidence passage E of
// the party in that paragraph:
//
//   - it covers at least half of E, and
//   - at least half of it lies within the party's evidence passages, or
//     it lies within the sentence or sentences that hold E.
//
// So the exact passage is right, and so is the passage with a few words
// around it, most of it, or the whole sentence that reports it ("The
// association said on Instagram that the rise “punishes people”"); a
// single word of it, or the whole paragraph around a short passage, is
// not.
func (e Exercise) CheckSelection(a *article.Article, start, end int) Result {
	if e.Kind != FindEvidence {
		return Result{Feedback: "Answer this one by picking one of the choices."}
	}
	if a == nil {
		return Result{Feedback: "There is no article to select from."}
	}
	text := a.Text
	switch {
	case start >= end:
		return Result{Feedback: "Select a passage in the article first."}
	case start < 0 || end > len(text):
		return Result{Feedback: "That selection is outside the article's text: select a passage in it."}
	case !boundary(text, start) || !boundary(text, end):
		return Result{Feedback: "That selection cuts a character in two: select whole words."}
	}
	sel := article.Span{Start: start, End: end}
	for sel.Start < sel.End && isSpace(text[sel.Start]) {
		sel.Start++
	}
	for sel.End > sel.Start && isSpace(text[sel.End-1]) {
		sel.End--
	}
	if sel.Start == sel.End {
		return Result{Feedback: "That selection holds only white space: select words of the article."}
	}
	if strings.Contains(text[sel.Start:sel.End], "\n") {
		return Result{Feedback: "That selection runs across paragraphs: select a passage within one paragraph."}
	}
	para := -1
	paragraphs := a.Paragraphs()
	for i, p := range paragraphs {
		if p.Contains(sel) {
			para = i
		}
	}
	if para < 0 {
		return Result{Feedback: "Select words of the article's text."}
	}

	g := newGen(a)
	accepted := e.Accepted()
	var mine []article.Span // the party's evidence in the selection's paragraph
	for _, ev := range a.Evidence {
		if slices.Contains(accepted, ev.ID) && paragraphs[para].Contains(ev.Span) {
			mine = append(mine, ev.Span)
		}
	}
	inside := 0 // bytes of the selection within the party's evidence
	for _, s := range merge(mine) {
		inside += overlap(sel, s)
	}
	covers := false   // the selection covers at least half of one passage
	sentence := false // and lies within the sentences that hold it
	for _, s := range mine {
		if s.Len() > 0 && 2*overlap(sel, s) >= s.Len() {
			covers = true
			sentence = sentence || g.sentencesAround(s).Contains(sel)
		}
	}
	party := e.party(a)
	switch {
	case covers && (2*inside >= sel.Len() || sentence):
		return Result{Correct: true, Feedback: "Right. " + e.Explanation}
	case covers:
		return Result{Feedback: fmt.Sprintf("Your selection holds the passage, but much else besides: select just the sentence, or the words, that report %s position.", possessive(party))}
	case inside > 0:
		return Result{Feedback: fmt.Sprintf("You are on the right passage, but you selected only part of it: select all the words that report %s position.", possessive(party))}
	}
	return Result{Feedback: e.elsewhere(a, sel, len(mine) > 0, party)}
}

// elsewhere explains a selection that holds none of the party's evidence:
// it may report another party's position, or evidence on another claim.
func (e Exercise) elsewhere(a *article.Article, sel article.Span, rightParagraph bool, party string) string {
	for _, ev := range a.Evidence {
		if overlap(sel, ev.Span) == 0 {
			continue
		}
		for _, c := range a.Claims {
			if c.ID != e.Claim {
				continue
			}
			for _, p := range c.Parties {
				if p.ID != e.Party && slices.Contains(p.Evidence, ev.ID) {
					return fmt.Sprintf("That passage reports %s position on this question, not %s.", possessive(p.Name), possessive(party))
				}
			}
			if slices.Contains(c.Framing, ev.ID) {
				return fmt.Sprintf("That passage is the article's own wording about the question, not %s position.", possessive(party))
			}
		}
		if !slices.Contains(ev.Claims, e.Claim) {
			return fmt.Sprintf("That passage is evidence on another question, not on this one. Look for where the article reports %s position here.", possessive(party))
		}
	}
	if rightParagraph {
		return fmt.Sprintf("Right paragraph, but that part does not report %s position: select the words that do.", possessive(party))
	}
	return fmt.Sprintf("That passage does not report %s position on this question. Look for the sentences that name who speaks for %s.", possessive(party), mid(party))
}

// party returns the name of the exercise's party in the article, or its
// id.
func (e Exercise) party(a *article.Article) string {
	for _, c := range a.Claims {
		if c.ID != e.Claim {
			continue
		}
		for _, p := range c.Parties {
			if p.ID == e.Party && strings.TrimSpace(p.Name) != "" {
				return p.Name
			}
		}
	}
	if e.Party != "" {
		return e.Party
	}
	return "the party"
}

// overlap is the number of bytes two spans share.
func overlap(a, b article.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// merge returns the union of spans as sorted spans that do not overlap.
func merge(spans []article.Span) []article.Span {
	s := slices.Clone(spans)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	var out []article.Span
	for _, sp := range s {
		if n := len(out); n > 0 && sp.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// boundary reports whether i is a character boundary of text.
func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

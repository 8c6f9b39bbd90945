package ui

import (
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// ArticleHTML renders an article's text as one HTML string: a single root
// element, a paragraph per line and a <mark> per mention and quote, nested
// as the spans nest. Built once, it is handed to go-app as raw HTML so that
// highlighting thousands of spans costs one node for go-app to keep, and a
// toggle changes only a class on the container.
//
// Every mark carries the stable hooks data-entity-type, data-entity and
// data-mention, and a title naming what it is; a quote also carries
// data-speaker, and the speaker's name for its tag. A passage that claims
// rest on is a span that can take the focus but is no stop for Tab.
func ArticleHTML(a *article.Article) string {
	return ParagraphsHTML(a, TextMarks(a, nil), 3)
}

// TextMarks are the marks of an article's mentions and quotes, and the
// spans of the passages that claims rest on, for ParagraphsHTML. When
// passageEnd is not nil, what it gives for a passage is written at the
// passage's end, inside its span.
func TextMarks(a *article.Article, passageEnd func(article.Evidence) string) []Tagged {
	marks := make([]Tagged, 0, len(a.Mentions)+len(a.Quotes)+len(a.Evidence))
	first := firstMarks(a)
	for _, m := range a.Mentions {
		e, _ := a.Entity(m.Entity)
		marks = append(marks, Tagged{m.Span, openTag(e.Type, m.Entity, m.ID, "", e.Type.Label()+": "+e.Name, "", first[m.ID]), "</mark>", false})
	}
	for _, q := range a.Quotes {
		e, _ := a.Entity(q.Speaker)
		marks = append(marks, Tagged{q.Span, openTag(article.Quote, q.ID, q.ID, q.Speaker, e.Name, a.Text[q.Start:q.End], first[q.ID]), "</mark>", false})
	}
	for _, ev := range a.Evidence {
		end := "</span>"
		if passageEnd != nil {
			end = passageEnd(ev) + end
		}
		marks = append(marks, Tagged{ev.Span, evidenceTag(ev), end, true})
	}
	return marks
}

// firstMarks are the ids of the marks that name an entity, or quote a
// speaker, for the first time in the text. A small screen gives a letter
// tag to these alone (class "first"), unless the reader asks for every
// label.
func firstMarks(a *article.Article) map[string]bool {
	type mark struct {
		id    string
		start int
	}
	earliest := map[string]mark{}
	note := func(key, id string, start int) {
		if m, ok := earliest[key]; !ok || start < m.start {
			earliest[key] = mark{id, start}
		}
	}
	for _, m := range a.Mentions {
		note("entity "+m.Entity, m.ID, m.Start)
	}
	for _, q := range a.Quotes {
		note("speaker "+q.Speaker, q.ID, q.Start)
	}
	first := make(map[string]bool, len(earliest))
	for _, m := range earliest {
		first[m.id] = true
	}
	return first
}

// Tagged is a span of an article's text with the tags that open and close
// it.
type Tagged struct {
	article.Span
	Open, Close string
	Outer       bool // it wraps another of the same span: an evidence span around a mark
}

// ParagraphsHTML writes an article's text, escaped, in one root element
// with a paragraph per line, each span of marks inside its tags. Outer
// spans open first. A span across a paragraph break, or one that overlaps
// another without nesting in it, which a valid article never has, is
// left out. grow is how many times the text's length to make room for.
func ParagraphsHTML(a *article.Article, marks []Tagged, grow int) string {
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].Start != marks[j].Start {
			return marks[i].Start < marks[j].Start
		}
		if marks[i].End != marks[j].End {
			return marks[i].End > marks[j].End
		}
		return marks[i].Outer && !marks[j].Outer
	})
	var b strings.Builder
	b.Grow(len(a.Text) * grow)
	b.WriteString(`<div class="article-text">`)
	next := 0
	for _, p := range a.Paragraphs() {
		b.WriteString("<p>")
		pos := p.Start
		var open []Tagged // the spans open here, innermost last
		closeTo := func(limit int) {
			for len(open) > 0 && open[len(open)-1].End <= limit {
				m := open[len(open)-1]
				b.WriteString(EscapeHTML(a.Text[pos:m.End]))
				b.WriteString(m.Close)
				pos = m.End
				open = open[:len(open)-1]
			}
		}
		for ; next < len(marks) && marks[next].Start < p.End; next++ {
			m := marks[next]
			if m.Start < p.Start || m.End > p.End {
				continue // across a paragraph break
			}
			closeTo(m.Start)
			if len(open) > 0 && m.End > open[len(open)-1].End {
				continue // overlapping without nesting
			}
			b.WriteString(EscapeHTML(a.Text[pos:m.Start]))
			b.WriteString(m.Open)
			pos = m.Start
			open = append(open, m)
		}
		closeTo(p.End)
		b.WriteString(EscapeHTML(a.Text[pos:p.End]))
		b.WriteString("</p>")
	}
	b.WriteString("</div>")
	return b.String()
}

// MentionHelpID is the id of the sentence that says what a highlight
// does when it is activated, which every highlight is described by, for
// screen readers, which otherwise announce it as marked text alone. Each
// page that shows highlights has one.
const MentionHelpID = "mention-help"

// MentionNoHelpID is the id of an empty element that describes a
// highlight of a type switched off: it says nothing, where no description
// at all would have browsers read the highlight's title a second time.
const MentionNoHelpID = "mention-help-none"

// openTag writes a mark's opening tag. For a quote, label is the speaker's
// name, which the quote's tag shows, and text the quote's words;
// otherwise label is the mark's title. first marks the first mention of
// its entity, or the first quote of its speaker (firstMarks).
//
// The title is the mark's tooltip. Its aria-label says the same to screen
// readers, and, for a quote, the words too: a browser names a focused
// mark by its words alone, without its title ("Putin", not "Person:
// Vladimir Putin"), just when a screen reader speaks it.
func openTag(t article.Type, entity, id, speaker, label, text string, first bool) string {
	var b strings.Builder
	b.WriteString(`<mark tabindex="0" aria-describedby="` + MentionHelpID + `" id="`)
	b.WriteString(id)
	b.WriteString(`" data-mention="`)
	b.WriteString(id)
	b.WriteString(`" data-entity-type="`)
	b.WriteString(string(t))
	b.WriteString(`" data-entity="`)
	b.WriteString(AttrValue(entity))
	if speaker != "" {
		b.WriteString(`" data-speaker="`)
		b.WriteString(AttrValue(speaker))
		b.WriteString(`" data-speaker-name="`)
		b.WriteString(AttrValue(label))
		label = "Quote by " + label
	}
	spoken := label
	if speaker != "" {
		spoken = label + ": " + strings.Join(strings.Fields(text), " ")
	}
	b.WriteString(`" title="`)
	b.WriteString(AttrValue(label))
	b.WriteString(`" aria-label="`)
	b.WriteString(AttrValue(spoken))
	if first {
		b.WriteString(`" class="first`)
	}
	b.WriteString(`">`)
	return b.String()
}

// evidenceTag opens the span of a passage that claims rest on. The panel
// links to it by its id and moves the focus to it.
func evidenceTag(ev article.Evidence) string {
	return `<span class="evidence" tabindex="-1" id="` + ev.ID + `" data-evidence-span="` + ev.ID +
		`" data-claims="` + AttrValue(strings.Join(ev.Claims, " ")) + `">`
}

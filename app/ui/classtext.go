package ui

import (
	"html"
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// classroomArticleID is the id of the element that holds the classroom's
// article text.
const classroomArticleID = "classroom-article"

// passageID is the element id of a passage the exercises link to, from
// the id of its span ("q3", "e4", "m12", "l2").
func passageID(span string) string { return "passage-" + span }

// plainArticleHTML renders the article's text for exercises: one root
// element and a paragraph per line, like articleHTML, but with no
// highlights, tags or titles, which would give answers away (a quote's tag
// names its speaker). Only the passages in linked, the spans exercises
// point to, are marked, by a <span> with id passageID(span) and
// data-passage, so that "Show in the article" can find them. The
// paragraphs' text nodes hold exactly the article's text, paragraph by
// paragraph, which is what selection offsets are counted in.
func plainArticleHTML(a *article.Article, linked map[string]bool) string {
	type mark struct {
		article.Span
		id string
	}
	var marks []mark
	add := func(id string, s article.Span) {
		if linked[id] && 0 <= s.Start && s.Start < s.End && s.End <= len(a.Text) {
			marks = append(marks, mark{s, id})
		}
	}
	for _, m := range a.Mentions {
		add(m.ID, m.Span)
	}
	for _, q := range a.Quotes {
		add(q.ID, q.Span)
	}
	for _, ev := range a.Evidence {
		add(ev.ID, ev.Span)
	}
	for _, l := range a.Loaded {
		add(l.ID, l.Span)
	}
	// Outer spans first; spans nest or are apart, as the article's
	// validation ensures.
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].Start != marks[j].Start {
			return marks[i].Start < marks[j].Start
		}
		return marks[i].End > marks[j].End
	})

	var b strings.Builder
	b.Grow(len(a.Text) * 2)
	b.WriteString(`<div class="article-text">`)
	next := 0
	for _, p := range a.Paragraphs() {
		b.WriteString("<p>")
		pos := p.Start
		var open []mark
		closeTo := func(limit int) {
			for len(open) > 0 && open[len(open)-1].End <= limit {
				m := open[len(open)-1]
				b.WriteString(html.EscapeString(a.Text[pos:m.End]))
				b.WriteString("</span>")
				pos = m.End
				open = open[:len(open)-1]
			}
		}
		for ; next < len(marks) && marks[next].Start < p.End; next++ {
			m := marks[next]
			if m.Start < p.Start || m.End > p.End {
				continue // across a paragraph break: not marked
			}
			closeTo(m.Start)
			if len(open) > 0 && m.End > open[len(open)-1].End {
				continue // overlapping without nesting: not marked
			}
			b.WriteString(html.EscapeString(a.Text[pos:m.Start]))
			b.WriteString(`<span class="passage" id="` + attrValue(passageID(m.id)) + `" data-passage="` + attrValue(m.id) + `">`)
			pos = m.Start
			open = append(open, m)
		}
		closeTo(p.End)
		b.WriteString(html.EscapeString(a.Text[pos:p.End]))
		b.WriteString("</p>")
	}
	b.WriteString("</div>")
	return b.String()
}

package ui

import (
	"html"
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// articleHTML renders an article's text as one HTML string: a single root
// element, a paragraph per line and a <mark> per mention and quote, nested
// as the spans nest. Built once, it is handed to go-app as raw HTML so that
// highlighting thousands of spans costs one node for go-app to keep, and a
// toggle changes only a class on the container.
//
// Every mark carries the stable hooks data-entity-type, data-entity and
// data-mention; a quote also carries data-speaker.
func articleHTML(a *article.Article) string {
	type mark struct {
		article.Span
		open string
	}
	marks := make([]mark, 0, len(a.Mentions)+len(a.Quotes))
	for _, m := range a.Mentions {
		marks = append(marks, mark{m.Span, openTag(a.TypeOf(m.Entity), m.Entity, m.ID, "")})
	}
	for _, q := range a.Quotes {
		marks = append(marks, mark{q.Span, openTag(article.Quote, q.ID, q.ID, q.Speaker)})
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].Start != marks[j].Start {
			return marks[i].Start < marks[j].Start
		}
		return marks[i].End > marks[j].End
	})

	var b strings.Builder
	b.Grow(len(a.Text) * 3)
	b.WriteString(`<div class="article-text">`)
	next := 0
	for _, p := range a.Paragraphs() {
		b.WriteString("<p>")
		pos := p.Start
		var open []int // ends of the marks open here, innermost last
		closeTo := func(limit int) {
			for len(open) > 0 && open[len(open)-1] <= limit {
				end := open[len(open)-1]
				b.WriteString(html.EscapeString(a.Text[pos:end]))
				b.WriteString("</mark>")
				pos = end
				open = open[:len(open)-1]
			}
		}
		for ; next < len(marks) && marks[next].Start < p.End; next++ {
			m := marks[next]
			closeTo(m.Start)
			b.WriteString(html.EscapeString(a.Text[pos:m.Start]))
			b.WriteString(m.open)
			pos = m.Start
			open = append(open, m.End)
		}
		closeTo(p.End)
		b.WriteString(html.EscapeString(a.Text[pos:p.End]))
		b.WriteString("</p>")
	}
	b.WriteString("</div>")
	return b.String()
}

func openTag(t article.Type, entity, id, speaker string) string {
	var b strings.Builder
	b.WriteString(`<mark tabindex="0" id="`)
	b.WriteString(id)
	b.WriteString(`" data-mention="`)
	b.WriteString(id)
	b.WriteString(`" data-entity-type="`)
	b.WriteString(string(t))
	b.WriteString(`" data-entity="`)
	b.WriteString(html.EscapeString(entity))
	if speaker != "" {
		b.WriteString(`" data-speaker="`)
		b.WriteString(html.EscapeString(speaker))
	}
	b.WriteString(`">`)
	return b.String()
}

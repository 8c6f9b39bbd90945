package exercises

import (
	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// classroomArticleID is the id of the element that holds the classroom's
// article text.
const classroomArticleID = "classroom-article"

// passageID is the element id of a passage the exercises link to, from
// the id of its span ("q3", "e4", "m12", "l2").
func passageID(span string) string { return "passage-" + span }

// plainArticleHTML renders the article's text for exercises: one root
// element and a paragraph per line, like ui.ArticleHTML, but with no
// highlights, tags or titles, which would give answers away (a quote's tag
// names its speaker). Only the passages in linked, the spans exercises
// point to, are marked, by a <span> with id passageID(span) and
// data-passage, so that "Show in the article" can find them. The
// paragraphs' text nodes hold exactly the article's text, paragraph by
// paragraph, which is what selection offsets are counted in.
func plainArticleHTML(a *article.Article, linked map[string]bool) string {
	var marks []ui.Tagged
	add := func(id string, s article.Span) {
		if linked[id] && 0 <= s.Start && s.Start < s.End && s.End <= len(a.Text) {
			open := `<span class="passage" id="` + ui.AttrValue(passageID(id)) + `" data-passage="` + ui.AttrValue(id) + `">`
			marks = append(marks, ui.Tagged{Span: s, Open: open, Close: "</span>"})
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
	return ui.ParagraphsHTML(a, marks, 2)
}

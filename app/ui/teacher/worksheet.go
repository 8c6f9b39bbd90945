package teacher

import (
	"strconv"
	"strings"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// answerLines is how many blank lines the worksheet leaves for an answer
// written by hand.
const answerLines = 2

// worksheetHTML renders what students get on paper: the article with its
// highlights labelled and its paragraphs numbered, then every exercise as
// a numbered question with boxes to tick or lines to write on. It gives
// no answer away: the article shows no evidence marks and no quote's
// speaker. On screen it is a preview of the printed sheet.
//
// The sheet of some exercises alone is this of those exercises, numbered
// from 1. Within the page, an exercise whose element carries data-unchosen
// is left out of the preview and the printed sheet (web/style.css,
// web/print.css), and keeps its number.
func worksheetHTML(a *article.Article, exercises []exercise.Exercise) string {
	title, articleHTML := a.Title, worksheetArticleHTML(a)
	var m ui.Markup
	m.Open("section", "id", worksheetID, "class", "worksheet", "aria-labelledby", worksheetID+"-title")
	m.Elem("h2", "Worksheet preview", "id", worksheetID+"-title", "class", "screen-only")
	m.Elem("p", "This is the worksheet as it prints. Highlights are labelled in words, so they read without colour.", "class", "screen-only")
	m.Open("div", "class", "sheet")
	m.Elem("h2", "Worksheet: "+title, "class", "sheet-title")
	m.Open("p", "class", "name-line").
		Elem("span", "Name:").Elem("span", "", "class", "blank", "aria-hidden", "true").
		Elem("span", "Date:").Elem("span", "", "class", "blank", "aria-hidden", "true").
		Close("p")
	m.Open("div", "class", "article sheet-article", "aria-label", "Article text", "role", "region")
	m.Raw(articleHTML) // already HTML, built by worksheetArticleHTML
	m.Close("div")
	m.Elem("h3", "Questions", "class", "sheet-questions")
	m.Open("ol", "class", "exercise-list")
	for i, e := range exercises {
		worksheetItem(&m, i+1, e, e.LinkParagraph(a))
	}
	m.Close("ol")
	m.Close("div")
	m.Close("section")
	return m.String()
}

// worksheetItem writes one numbered question, with a box for each choice
// or, for a find-the-evidence exercise, lines to copy the passage onto. A
// quote's question says which paragraph the quote is in (para, from 1),
// as the exercises page shows the quote; other links would give answers
// away.
func worksheetItem(m *ui.Markup, n int, e exercise.Exercise, para int) {
	m.Open("li", "class", "exercise", "data-exercise", e.ID, "data-exercise-kind", string(e.Kind))
	m.Elem("h4", questionHeading(n, e))
	m.Open("p", "class", "prompt").Text(e.Prompt)
	if e.Kind == exercise.WhoSaidIt && para > 0 {
		m.Elem("span", " (paragraph "+strconv.Itoa(para)+")", "class", "where")
	}
	m.Close("p")
	if e.Kind == exercise.FindEvidence {
		m.Open("div", "class", "write-in")
		m.Elem("p", "Underline the passage in the article, then copy it here with its paragraph number:", "class", "instruction")
		for range answerLines {
			m.Elem("div", "", "class", "answer-line", "aria-hidden", "true")
		}
		m.Close("div")
	} else {
		m.Open("ul", "class", "choices", "aria-label", "Choices")
		for _, c := range e.Choices {
			m.Open("li", "class", "choice", "data-choice", c.ID).
				Elem("span", "", "class", "box", "aria-hidden", "true").
				Text(c.Label).
				Close("li")
		}
		m.Close("ul")
	}
	m.Close("li")
}

// worksheetArticleHTML renders the article for the worksheet: the reader's
// highlighted text without what would give answers away (the evidence
// passages and the speakers of quotes) and without keyboard stops, since
// nothing in it can be activated here.
func worksheetArticleHTML(a *article.Article) string {
	sheet := *a
	sheet.Evidence = nil
	sheet.Quotes = make([]article.QuoteSpan, len(a.Quotes))
	for i, q := range a.Quotes {
		q.Speaker = ""
		sheet.Quotes[i] = q
	}
	html := ui.ArticleHTML(&sheet)
	html = strings.ReplaceAll(html, ` tabindex="0" aria-describedby="`+ui.MentionHelpID+`"`, "")
	return strings.ReplaceAll(html, ` title=""`, ` title="Quote"`)
}

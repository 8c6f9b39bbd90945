package ui

import (
	"strings"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// answerLines is how many blank lines the worksheet leaves for an answer
// written by hand.
const answerLines = 3

// worksheetHTML renders what students get on paper: the article with its
// highlights labelled, then every exercise as a numbered question with
// boxes to tick or lines to write on. It gives no answer away: the
// article shows no evidence marks and no quote's speaker. On screen it is
// a preview of the printed sheet. articleHTML is the article's text from
// worksheetArticleHTML.
func worksheetHTML(title, articleHTML string, exercises []exercise.Exercise) string {
	var m markup
	m.open("section", "id", worksheetID, "class", "worksheet", "aria-labelledby", worksheetID+"-title")
	m.elem("h2", "Worksheet preview", "id", worksheetID+"-title", "class", "screen-only")
	m.elem("p", "This is the worksheet as it prints. Highlights are labelled in words, so they read without colour.", "class", "screen-only")
	m.open("div", "class", "sheet")
	m.elem("h2", "Worksheet: "+title, "class", "sheet-title")
	m.open("p", "class", "name-line").
		elem("span", "Name:").elem("span", "", "class", "blank", "aria-hidden", "true").
		elem("span", "Date:").elem("span", "", "class", "blank", "aria-hidden", "true").
		close("p")
	m.open("div", "class", "article sheet-article", "aria-label", "Article text", "role", "region")
	m.b.WriteString(articleHTML) // already HTML, built by worksheetArticleHTML
	m.close("div")
	m.elem("h3", "Questions", "class", "sheet-questions")
	m.open("ol", "class", "exercise-list")
	for i, e := range exercises {
		worksheetItem(&m, i+1, e)
	}
	m.close("ol")
	m.close("div")
	m.close("section")
	return m.String()
}

// worksheetItem writes one numbered question, with a box for each choice
// or, for a find-the-evidence exercise, lines to copy the passage onto.
func worksheetItem(m *markup, n int, e exercise.Exercise) {
	m.open("li", "class", "exercise", "data-exercise", e.ID, "data-exercise-kind", string(e.Kind))
	m.elem("h4", questionHeading(n, e))
	m.elem("p", e.Prompt, "class", "prompt")
	if e.Kind == exercise.FindEvidence {
		m.open("div", "class", "write-in")
		m.elem("p", "Underline the passage in the article above, then copy it here with its paragraph number:", "class", "instruction")
		for range answerLines {
			m.elem("div", "", "class", "answer-line", "aria-hidden", "true")
		}
		m.close("div")
	} else {
		m.open("ul", "class", "choices", "aria-label", "Choices")
		for _, c := range e.Choices {
			m.open("li", "class", "choice", "data-choice", c.ID).
				elem("span", "", "class", "box", "aria-hidden", "true").
				text(c.Label).
				close("li")
		}
		m.close("ul")
	}
	m.close("li")
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
	html := articleHTML(&sheet)
	html = strings.ReplaceAll(html, ` tabindex="0" aria-describedby="`+mentionHelpID+`"`, "")
	return strings.ReplaceAll(html, ` title=""`, ` title="Quote"`)
}

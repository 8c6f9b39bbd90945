package teacher

import (
	"strings"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// answerLines is how many blank lines the worksheet leaves for an answer
// written by hand.
const answerLines = 3

// worksheetHTML renders what students get on paper: the article with its
// highlights labelled, then every exercise as a numbered question with
// boxes to tick or lines to write on. It gives no answer away: the
// article shows no evidence marks and no quote's speaker. On screen it is
// a preview of the printed sheet. ui.ArticleHTML is the article's text from
// worksheetArticleHTML.
func worksheetHTML(title, articleHTML string, exercises []exercise.Exercise) string {
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
		worksheetItem(&m, i+1, e)
	}
	m.Close("ol")
	m.Close("div")
	m.Close("section")
	return m.String()
}

// worksheetItem writes one numbered question, with a box for each choice
// or, for a find-the-evidence exercise, lines to copy the passage onto.
func worksheetItem(m *ui.Markup, n int, e exercise.Exercise) {
	m.Open("li", "class", "exercise", "data-exercise", e.ID, "data-exercise-kind", string(e.Kind))
	m.Elem("h4", questionHeading(n, e))
	m.Elem("p", e.Prompt, "class", "prompt")
	if e.Kind == exercise.FindEvidence {
		m.Open("div", "class", "write-in")
		m.Elem("p", "Underline the passage in the article above, then copy it here with its paragraph number:", "class", "instruction")
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

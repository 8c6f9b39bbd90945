package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// answerLines is how many blank lines the worksheet leaves for an answer
// written by hand.
const answerLines = 3

// worksheet is what students get on paper: the article with its
// highlights labelled, then every exercise as a numbered question with
// boxes to tick or lines to write on. It gives no answer away: the
// article shows no evidence marks and no quote's speaker. On screen it is
// a preview of the printed sheet.
type worksheet struct {
	app.Compo

	// Title is the article's title.
	Title string
	// ArticleHTML is the article's text from worksheetArticleHTML.
	ArticleHTML string
	// Exercises are the article's exercises, as Generate makes them.
	Exercises []exercise.Exercise
}

func (w *worksheet) Render() app.UI {
	return app.Section().ID(worksheetID).Class("worksheet").Aria("labelledby", worksheetID+"-title").Body(
		app.H2().ID(worksheetID+"-title").Class("screen-only").Text("Worksheet preview"),
		app.P().Class("screen-only").Text("This is the worksheet as it prints. Highlights are labelled in words, so they read without colour."),
		app.Div().Class("sheet").Body(
			app.H2().Class("sheet-title").Text("Worksheet: "+w.Title),
			app.P().Class("name-line").Body(
				app.Span().Text("Name:"), app.Span().Class("blank").Aria("hidden", "true"),
				app.Span().Text("Date:"), app.Span().Class("blank").Aria("hidden", "true"),
			),
			app.Div().Class("article sheet-article").Aria("label", "Article text").Attr("role", "region").Body(app.Raw(w.ArticleHTML)),
			app.H3().Class("sheet-questions").Text("Questions"),
			app.Ol().Class("exercise-list").Body(
				app.Range(w.Exercises).Slice(func(i int) app.UI { return worksheetItem(i+1, w.Exercises[i]) }),
			),
		),
	)
}

// worksheetItem is one numbered question, with a box for each choice or,
// for a find-the-evidence exercise, lines to copy the passage onto.
func worksheetItem(n int, e exercise.Exercise) app.UI {
	var answer app.UI
	if e.Kind == exercise.FindEvidence {
		answer = app.Div().Class("write-in").Body(
			app.P().Class("instruction").Text("Underline the passage in the article above, then copy it here with its paragraph number:"),
			app.Range(make([]struct{}, answerLines)).Slice(func(int) app.UI {
				return app.Div().Class("answer-line").Aria("hidden", "true")
			}),
		)
	} else {
		answer = app.Ul().Class("choices").Aria("label", "Choices").Body(
			app.Range(e.Choices).Slice(func(i int) app.UI {
				c := e.Choices[i]
				return app.Li().Class("choice").DataSet("choice", c.ID).Body(
					app.Span().Class("box").Aria("hidden", "true"),
					app.Text(c.Label),
				)
			}),
		)
	}
	return app.Li().Class("exercise").DataSet("exercise", e.ID).DataSet("exercise-kind", string(e.Kind)).Body(
		app.H4().Text(questionHeading(n, e)),
		app.P().Class("prompt").Text(e.Prompt),
		answer,
	)
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
	html = strings.ReplaceAll(html, ` tabindex="0"`, "")
	return strings.ReplaceAll(html, ` title=""`, ` title="Quote"`)
}

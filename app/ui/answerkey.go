package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// answerKey lists every exercise with its right answer, marked in words,
// and its explanation; for a find-the-evidence exercise, the passages it
// accepts, quoted. It is numbered as the worksheet is.
type answerKey struct {
	app.Compo

	// Art is the article the exercises are about.
	Art *article.Article
	// Exercises are the article's exercises, as Generate makes them.
	Exercises []exercise.Exercise
}

func (k *answerKey) Render() app.UI {
	var body app.UI
	if len(k.Exercises) == 0 {
		body = app.P().Class("empty").Text("This article's annotations give no exercises: it has no quotes, no claims and no date to infer.")
	} else {
		body = app.Ol().Class("exercise-list").Body(
			app.Range(k.Exercises).Slice(func(i int) app.UI { return k.item(i+1, k.Exercises[i]) }),
		)
	}
	return app.Section().ID(keyID).Class("answer-key").Aria("labelledby", keyID+"-title").Body(
		app.H2().ID(keyID+"-title").Text("Answer key"),
		app.P().Class("print-only").Text("Answer key for “"+k.Art.Title+"”"),
		body,
	)
}

// item is one exercise of the key.
func (k *answerKey) item(n int, e exercise.Exercise) app.UI {
	var answer app.UI
	if e.Kind == exercise.FindEvidence {
		answer = k.passages(e)
	} else {
		answer = app.Ul().Class("choices").Aria("label", "Choices").Body(
			app.Range(e.Choices).Slice(func(i int) app.UI { return keyChoice(e, e.Choices[i]) }),
		)
	}
	return app.Li().Class("exercise").DataSet("exercise", e.ID).DataSet("exercise-kind", string(e.Kind)).Body(
		app.H3().Text(questionHeading(n, e)),
		app.P().Class("prompt").Text(e.Prompt),
		answer,
		app.P().Class("explanation").Body(
			app.Strong().Text("Why: "),
			app.Text(e.Explanation),
		),
	)
}

// keyChoice is one choice in the key: the right one says so in words.
func keyChoice(e exercise.Exercise, c exercise.Choice) app.UI {
	li := app.Li().Class("choice").DataSet("choice", c.ID)
	if c.ID != e.Answer {
		return li.Body(app.Text(c.Label))
	}
	return li.Class("is-answer").DataSet("answer", c.ID).Body(
		app.Strong().Class("answer-tag").Text("Right answer: "),
		app.Text(c.Label),
	)
}

// passages quotes the evidence a find-the-evidence exercise accepts, each
// with its paragraph.
func (k *answerKey) passages(e exercise.Exercise) app.UI {
	ids := e.Accepted()
	return app.Div().Class("accepted is-answer").DataSet("answer", e.Answer).Body(
		app.P().Body(app.Strong().Class("answer-tag").Text(acceptedLabel(len(ids)))),
		app.Ul().Body(
			app.Range(ids).Slice(func(i int) app.UI {
				text, para := evidencePassage(k.Art, ids[i])
				var where app.UI
				if para > 0 {
					where = app.Text(" (paragraph " + strconv.Itoa(para) + ")")
				}
				return app.Li().DataSet("passage", ids[i]).Body(app.Q().Text(text), where)
			}),
		),
	)
}

func acceptedLabel(n int) string {
	if n == 1 {
		return "Right answer: this passage, or most of it:"
	}
	return "Right answer: any of these " + strconv.Itoa(n) + " passages, or most of one:"
}

// evidencePassage returns the text of an evidence passage and the number
// of its paragraph, from 1; or the id and 0 if the article has no such
// passage.
func evidencePassage(a *article.Article, id string) (string, int) {
	for _, ev := range a.Evidence {
		if ev.ID != id || ev.Start < 0 || ev.End > len(a.Text) || ev.Start >= ev.End {
			continue
		}
		for i, p := range a.Paragraphs() {
			if p.Contains(ev.Span) {
				return a.Text[ev.Start:ev.End], i + 1
			}
		}
		return a.Text[ev.Start:ev.End], 0
	}
	return id, 0
}

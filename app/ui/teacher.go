package ui

import (
	"strconv"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// TeacherPath is the teacher's view of the classroom: the answer key, the
// printable worksheet and the class summary.
const TeacherPath = "/classroom/teacher"

// The ids of the teacher view's sections, which its in-page links and
// the print style sheet refer to.
const (
	summaryID   = "class-summary"
	keyID       = "answer-key"
	worksheetID = "worksheet"
)

// teacher is the teacher's page: what to print for a lesson on the article
// (a worksheet and its answer key) and the class's results, read from the
// files the students exported.
type teacher struct {
	app.Compo

	art       *article.Article
	loadErr   error
	exercises []exercise.Exercise
	// The answer key and the worksheet, each built once as HTML.
	keyHTML, sheetHTML string
	ready              bool
}

func newTeacher(a *article.Article, err error) *teacher {
	t := &teacher{art: a, loadErr: err}
	if a != nil {
		t.exercises = exercise.Generate(a)
		t.keyHTML = answerKeyHTML(a, t.exercises)
		t.sheetHTML = worksheetHTML(a.Title, worksheetArticleHTML(a), t.exercises)
	}
	return t
}

func (t *teacher) OnPreRender(ctx app.Context) { t.setPage(ctx) }

func (t *teacher) OnNav(ctx app.Context) {
	t.setPage(ctx)
	ctx.Defer(func(ctx app.Context) {
		if !t.ready {
			t.ready = true
			markReady()
		}
	})
}

func (t *teacher) setPage(ctx app.Context) {
	if t.art == nil {
		ctx.Page().SetTitle("Article not loaded · Teacher's view · News Explorer")
		return
	}
	ctx.Page().SetTitle("Teacher's view: %s · News Explorer", t.art.Title)
}

func (t *teacher) Render() app.UI {
	if t.art == nil {
		return loadErrorPage(TeacherPath, "This article could not be opened", "there is no answer key or worksheet to show", t.loadErr)
	}
	return app.Div().Class("page teacher-page").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to the teacher's view"),
		newMasthead(TeacherPath),
		app.Main().ID("main").Class("teacher").Body(
			app.Header().Class("teacher-head").Body(
				app.H1().Text("Teacher's view"),
				app.P().Class("lede").Text("Answer key, printable worksheet and class results for “"+t.art.Title+"”: "+
					english.Plural(len(t.exercises), "exercise", "")+" of "+english.Plural(kindCount(t.exercises), "kind", "")+"."),
			),
			t.nav(),
			&printBar{},
			&classSummary{Art: t.art, Exercises: t.exercises},
			app.Raw(t.keyHTML),
			app.Raw(t.sheetHTML),
		),
	)
}

// nav links to the page's sections and back to the article.
func (t *teacher) nav() app.UI {
	link := func(href, text string) app.UI {
		return app.Li().Body(app.A().Href(href).Text(text))
	}
	return app.Nav().Class("teacher-nav").Aria("label", "Teacher's view").Body(
		app.Ul().Body(
			link("#"+summaryID, "Class summary"),
			link("#"+keyID, "Answer key"),
			link("#"+worksheetID, "Worksheet"),
			link("/", "Back to the article"),
		),
	)
}

// kindCount counts the kinds of exercise among exercises.
func kindCount(exercises []exercise.Exercise) int {
	kinds := map[exercise.Kind]bool{}
	for _, e := range exercises {
		kinds[e.Kind] = true
	}
	return len(kinds)
}

// questionHeading is an exercise's heading in the key and the worksheet,
// numbered the same in both: "3. Find the evidence".
func questionHeading(n int, e exercise.Exercise) string {
	return strconv.Itoa(n) + ". " + e.Kind.Label()
}

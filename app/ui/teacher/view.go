package teacher

import (
	"strconv"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// The ids of the teacher view's sections, which its in-page links and
// the print style sheet refer to.
const (
	summaryID   = "class-summary"
	keyID       = "answer-key"
	worksheetID = "worksheet"
)

// view is the teacher's page: what to print for a lesson on the article
// (a worksheet and its answer key) and the class's results, read from the
// files the students exported.
type view struct {
	app.Compo

	art       *article.Article
	loadErr   error
	pages     ui.ArticlePaths // the paths of the article's pages
	exercises []exercise.Exercise
	// The answer key and the worksheet, each built once as HTML.
	keyHTML, sheetHTML string
	ready              bool
}

// New returns the teacher's view of the article whose pages are
// at p, fetching the article when the page opens if it is not at hand.
func New(p ui.ArticlePaths) app.Composer {
	return newView(ui.ArticleFor(p.ID), nil).at(p)
}

// newView returns the teacher's view of the article a, or of why it
// could not be loaded. With neither, it fetches the article its pages name
// (at) when it opens.
func newView(a *article.Article, err error) *view {
	t := &view{loadErr: err}
	t.setArticle(a)
	t.pages = ui.DefaultPaths("")
	if a != nil {
		t.pages = ui.DefaultPaths(a.ID)
	}
	return t
}

// at sets the paths of the article's pages, which its links use.
func (t *view) at(p ui.ArticlePaths) *view {
	t.pages = p
	return t
}

// CompoID makes go-app replace the view, rather than update it, when a
// link opens another article's teacher's view.
func (t *view) CompoID() string { return "teacher " + t.pages.Teacher }

func (t *view) setArticle(a *article.Article) {
	t.art = a
	if a != nil {
		t.exercises = exercise.Generate(a)
		t.keyHTML = answerKeyHTML(a, t.exercises)
		t.sheetHTML = worksheetHTML(a, t.exercises)
	}
}

// fetching reports whether the view waits for its article.
func (t *view) fetching() bool { return ui.Waiting(t.art, t.loadErr, t.pages) }

func (t *view) OnMount(ctx app.Context) {
	if t.fetching() {
		ui.FetchArticle(ctx, t.pages, t.arrived)
	}
}

// arrived shows the article fetched, or why it could not be.
func (t *view) arrived(ctx app.Context, a *article.Article, p ui.ArticlePaths, err error) {
	t.loadErr, t.pages = err, p
	t.setArticle(a)
	t.OnNav(ctx)
}

func (t *view) OnPreRender(ctx app.Context) { t.setPage(ctx) }

func (t *view) OnNav(ctx app.Context) {
	if ui.SharedChanged(ctx, t.pages) {
		t.art, t.pages = nil, ui.SharedPaths("")
		ui.FetchArticle(ctx, t.pages, t.arrived)
	}
	t.setPage(ctx)
	if t.fetching() {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		if !t.ready {
			t.ready = true
			ui.MarkReady()
		}
	})
}

func (t *view) setPage(ctx app.Context) {
	if t.fetching() {
		ctx.Page().SetTitle("Opening the teacher's view · News Explorer")
		return
	}
	if t.art == nil {
		ctx.Page().SetTitle("Article not loaded · Teacher's view · News Explorer")
		return
	}
	ctx.Page().SetTitle("Teacher's view: %s · News Explorer", t.art.Title)
}

func (t *view) Render() app.UI {
	if t.fetching() {
		return ui.LoadingView(ui.NewMasthead(t.pages.Teacher, t.pages), "the teacher's view")
	}
	if t.art == nil {
		return ui.LoadErrorPage(t.pages.Teacher, t.pages, "This article could not be opened", "there is no answer key or worksheet to show", t.loadErr)
	}
	return app.Div().Class("page teacher-page").Body(
		&ui.FragmentLink{Target: "main", Text: "Skip to the teacher's view", Class: "skip-link"},
		ui.NewMasthead(t.pages.Teacher, t.pages),
		app.Main().ID("main").Class("teacher").Body(
			app.Header().Class("teacher-head").Body(
				app.H1().Text("Teacher's view"),
				app.P().Class("lede").Text("Assignment links, answer key, printable worksheet and class results for “"+t.art.Title+"”: "+
					english.Plural(len(t.exercises), "exercise", "")+" of "+english.Plural(kindCount(t.exercises), "kind", "")+"."),
			),
			t.nav(),
			&printBar{},
			&classSummary{Art: t.art, Exercises: t.exercises},
			// After the print buttons and the files chooser, which its
			// list of checkboxes would otherwise put far down the Tab order.
			&assignBuilder{Exercises: t.exercises, Pages: t.pages},
			app.Raw(t.keyHTML),
			app.Raw(t.sheetHTML),
		),
	)
}

// nav links to the page's sections and back to the article.
func (t *view) nav() app.UI {
	part := func(id, text string) app.UI {
		return app.Li().Body(&ui.FragmentLink{Target: id, Text: text})
	}
	return app.Nav().Class("teacher-nav").Aria("label", "Teacher's view").Body(
		app.Ul().Body(
			part(summaryID, "Class summary"),
			part(assignID, "Assign exercises"),
			part(keyID, "Answer key"),
			part(worksheetID, "Worksheet"),
			app.Li().Body(app.A().Href(t.pages.Reader).Text("Back to the article")),
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

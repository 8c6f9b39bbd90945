package exercises

import (
	"strconv"
	"time"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// view is the student's view of an article's exercises: the text on
// one side, where passages are read and selected, and the exercises on the
// other, with a score. Each answer is saved in the browser as it is given
// and restored on the next visit (progressstore.go).
type view struct {
	app.Compo

	art       *article.Article
	loadErr   error
	pages     ui.ArticlePaths // the paths of the article's pages
	all       []exercise.Exercise
	exercises []exercise.Exercise // those shown: all, or an assignment's
	html      string              // the plain text, built once
	paragraph map[string]int      // each who-said-it exercise's quote's paragraph, found once

	// The assignment the address carries, if any (assignment.go).
	assignment *exercise.Assignment
	missing    []string // the ids of its exercises no longer in the article
	linkErr    error    // why its link could not be read

	store    ui.KeyValue
	progress *exercise.Progress
	hints    map[string]bool   // exercise ids whose hint is shown
	retry    map[string]bool   // exercise ids being tried again
	notes    map[string]string // exercise id → why an attempt was not taken
	notice   string            // a problem with saved answers, or ""
	noSave   bool              // saving would overwrite data that could not be set aside
	asking   bool              // the "Start over" question is open
	backTo   string            // the button that last showed a passage
	showing  int               // the number of the exercise whose passage is shown
	finding  string            // the find-the-evidence exercise answered from the text, or ""

	lastSel     article.Span // the last selection made in the article
	hasSel      bool
	selLost     time.Time // when that selection went away; zero while it is there
	onSelChange app.Func
	otherTabs   ui.OtherTabs // takes answers saved by another tab
}

// New returns the exercises of the article whose pages are at
// p, fetching the article when the page opens if it is not at hand.
func New(p ui.ArticlePaths) app.Composer {
	return newView(ui.ArticleFor(p.ID), nil).at(p)
}

// newView returns the exercises of the article a, or why it could not
// be loaded. With neither, it fetches the article its pages name (at) when
// it opens.
func newView(a *article.Article, err error) *view {
	c := &view{loadErr: err, store: ui.BrowserStore{}}
	c.reset()
	c.setArticle(a)
	c.pages = ui.DefaultPaths("")
	if a != nil {
		c.pages = ui.DefaultPaths(a.ID)
	}
	return c
}

// at sets the paths of the article's pages, which its links use.
func (c *view) at(p ui.ArticlePaths) *view {
	c.pages = p
	return c
}

// CompoID makes go-app replace the view, rather than update it, when a
// link opens another article's exercises.
func (c *view) CompoID() string { return "classroom " + c.pages.Classroom }

// fetching reports whether the view waits for its article.
func (c *view) fetching() bool { return ui.Waiting(c.art, c.loadErr, c.pages) }

// arrived shows the article fetched, or why it could not be, and restores
// the saved answers as a page opened with its article does.
func (c *view) arrived(ctx app.Context, a *article.Article, p ui.ArticlePaths, err error) {
	c.loadErr, c.pages = err, p
	c.setArticle(a)
	c.OnNav(ctx)
}

// setArticle makes the exercises and the text of the article a.
func (c *view) setArticle(a *article.Article) {
	c.art = a
	if a != nil {
		c.all = exercise.Generate(a)
		c.exercises = c.all
		linked := map[string]bool{}
		c.paragraph = map[string]int{}
		for _, e := range c.all {
			if e.Link != "" {
				linked[e.Link] = true
			}
			if e.Kind == exercise.WhoSaidIt {
				c.paragraph[e.ID] = e.LinkParagraph(a)
			}
		}
		c.html = plainArticleHTML(a, linked)
		c.progress = exercise.NewProgress(a.ID)
	}
}

// reset forgets the per-exercise state of the page.
func (c *view) reset() {
	c.hints, c.retry, c.notes = map[string]bool{}, map[string]bool{}, map[string]string{}
}

func (c *view) OnPreRender(ctx app.Context) {
	c.choose(ctx.Page().URL().RawQuery)
	c.setTitle(ctx)
}

func (c *view) OnMount(ctx app.Context) {
	ctx.Handle(actionChoose, c.onChoose)
	ctx.Handle(actionUseSelection, c.onUseSelection)
	ctx.Handle(actionHint, c.onHint)
	ctx.Handle(actionRetry, c.onRetry)
	ctx.Handle(actionShowPassage, c.onShowPassage)
	ctx.Handle(actionBackToExercise, c.onBack)
	ctx.Handle(actionStudentName, c.onStudentName)
	ctx.Handle(actionDownload, c.onDownload)
	ctx.Handle(actionStartOver, c.onStartOver)
	ctx.Handle(actionConfirmed, c.onConfirmed)
	ctx.Handle(actionCancelClear, c.onCancelClear)
	c.watchSelection()
	c.watchOtherTabs(ctx)
	if c.fetching() {
		ui.FetchArticle(ctx, c.pages, c.arrived)
	}
}

func (c *view) OnDismount() {
	if c.onSelChange != nil {
		app.Window().Get("document").Call("removeEventListener", "selectionchange", c.onSelChange)
		c.onSelChange.Release()
		c.onSelChange = nil
	}
	c.otherTabs.Stop()
}

// OnNav restores the saved answers.
func (c *view) OnNav(ctx app.Context) {
	if ui.SharedChanged(ctx, c.pages) {
		c.art, c.pages = nil, ui.SharedPaths("")
		ui.FetchArticle(ctx, c.pages, c.arrived)
	}
	c.choose(ctx.Page().URL().RawQuery)
	c.setTitle(ctx)
	if c.art != nil {
		c.load()
	}
	if !c.fetching() {
		ctx.Defer(func(app.Context) { ui.MarkReady() })
	}
}

func (c *view) setTitle(ctx app.Context) {
	if c.art == nil || c.fetching() {
		ctx.Page().SetTitle("Exercises · News Explorer")
		return
	}
	ctx.Page().SetTitle("Exercises: %s · News Explorer", c.art.Title)
}

func (c *view) Render() app.UI {
	if c.fetching() {
		return ui.LoadingView(ui.NewMasthead(c.pages.Classroom, c.pages), "the exercises")
	}
	if c.art == nil {
		return ui.LoadErrorPage(c.pages.Classroom, c.pages, "The exercises could not be opened", "there are no exercises to show", c.loadErr)
	}
	if c.linkErr != nil {
		return c.linkErrorPage()
	}
	correct, answered, total := exercise.Score(c.exercises, c.progress)
	return app.Div().Class("page").Body(
		&ui.FragmentLink{Target: "exercises", Text: "Skip to the exercises", Class: "skip-link"},
		ui.NewMasthead(c.pages.Classroom, c.pages),
		app.Main().ID("main").Class("classroom").Body(
			app.Header().Class("classroom-head").Body(
				app.H1().ID("classroom-title").Text("Exercises: "+c.art.Title),
				app.P().Class("classroom-intro").Text("Read the article, then answer the exercises beside it (below it on a narrow screen). Your answers are saved in this browser as you go, also offline; nothing is sent anywhere."),
				c.assignmentHead(),
				c.savedNotice(),
				&progressTools{Student: c.progress.Student},
			),
			app.Div().Class("classroom-layout").Body(
				c.reading(),
				app.Section().ID("exercises").Class("exercises").Aria("labelledby", "exercises-title").Body(
					app.Div().Class("exercises-head").Body(
						app.H2().ID("exercises-title").Text(english.Plural(total, "exercise", "")),
						&scoreBoard{Correct: correct, Answered: answered, Total: total},
						&startOver{Asking: c.asking, Answered: answered, Unreadable: c.noSave},
					),
					c.exerciseList(),
				),
			),
		),
	)
}

// reading is the article's text, with how to select in it.
func (c *view) reading() app.UI {
	var back app.UI
	if c.showing > 0 && c.backTo != "" {
		back = c.showingBar()
	}
	return app.Section().Class("classroom-reading").Aria("labelledby", "classroom-article-title").Body(
		app.H2().ID("classroom-article-title").Class("classroom-article-title").Text(c.art.Title),
		app.P().ID("select-help").Class("select-help").Text(
			"Highlights are off here, so that they do not give answers away. To select a passage by keyboard, Tab to the text, "+
				"then use the arrow keys to go from word to word, Shift and an arrow to select, Up and Down to go by sentence."),
		back,
		&ui.SelectableText{Art: c.art, HTML: c.html, ID: classroomArticleID, HelpID: "select-help", EscapeAction: actionBackToExercise},
	)
}

// showingBar stays at the top of the screen while the text is read for an
// exercise: it says which, and goes back to it. For a find-the-evidence
// exercise it also answers with the selection, so that on a phone the
// student need not scroll many screens down to the exercise to answer.
func (c *view) showingBar() app.UI {
	n := strconv.Itoa(c.showing)
	back := ui.ScriptButton("Back to exercise "+n, ui.Post(actionBackToExercise, nil)).ID("back-to-exercise").Class("back-to-exercise")
	if c.finding == "" {
		return app.P().Class("showing").Body(
			app.Text("Showing the passage for exercise "+n+". "),
			back,
		)
	}
	id := c.finding
	var note app.UI
	if c.notes[id] != "" {
		note = app.Text(c.notes[id])
	}
	return app.Div().Class("showing", "finding").DataSet("finding", id).Body(
		app.P().Class("finding-what").Text("Exercise "+n+": select the passage in the text, then"),
		ui.ScriptButton("Use my selection", ui.Post(actionUseSelection, id)).ID("finding-use").Class("use-selection"),
		back,
		app.P().Class("finding-note").Aria("live", "polite").Body(note),
	)
}

// exerciseList is the exercises, grouped by kind in the order Generate
// gives them, or a message when the article has none.
func (c *view) exerciseList() app.UI {
	if len(c.exercises) == 0 {
		return app.P().Class("no-exercises").DataSet("no-exercises", "true").Text(
			"This article has no exercises yet. Exercises are made from an article's annotated quotes, claims and dates, and this one has none of them.")
	}
	var groups []app.UI
	var cards []app.UI
	var kind exercise.Kind
	flush := func() {
		if len(cards) == 0 {
			return
		}
		id := "kind-" + string(kind)
		groups = append(groups, app.Section().Class("exercise-group").Aria("labelledby", id).Body(
			append([]app.UI{app.H3().ID(id).Text(kind.Label() + " (" + strconv.Itoa(len(cards)) + ")")}, cards...)...,
		))
		cards = nil
	}
	for i, e := range c.exercises {
		if e.Kind != kind {
			flush()
			kind = e.Kind
		}
		cards = append(cards, c.card(i+1, e))
	}
	flush()
	return app.Div().Class("exercise-list").Body(groups...)
}

// card builds an exercise's card from the saved answer and the page's
// state.
func (c *view) card(n int, e exercise.Exercise) app.UI {
	card := &exerciseCard{Ex: e, Number: n, HintShown: c.hints[e.ID], Retrying: c.retry[e.ID], Note: c.notes[e.ID]}
	card.Paragraph = c.paragraph[e.ID]
	if c.finding == e.ID {
		card.Note = "" // the bar above the text says it, and one voice is enough
	}
	if ans, ok := c.progress.Answers[e.ID]; ok {
		card.Answered, card.Answer = true, ans
		if ans.Selection != nil {
			card.Result = e.CheckSelection(c.art, ans.Selection.Start, ans.Selection.End)
			card.Selected = c.art.Text[ans.Selection.Start:ans.Selection.End]
		} else {
			card.Result = e.Check(ans.Choice)
		}
	}
	return card
}

// savedNotice reports a problem with the saved answers, until dismissed.
func (c *view) savedNotice() app.UI {
	if c.notice == "" {
		return nil
	}
	return app.Div().Class("saved-notice").Attr("role", "alert").DataSet("saved-notice", "progress").Body(
		app.P().Text(c.notice),
		ui.ScriptButton("Dismiss", func(ctx app.Context, e app.Event) { c.notice = ""; ui.AfterDismiss() }),
	)
}

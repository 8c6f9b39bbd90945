package editor

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// editorArticleID is the id of the element that holds the text being
// corrected.
const editorArticleID = "editor-article"

// view is the page where a teacher brings an article, pasted as text and
// annotated in the browser, or opened as an article file, and corrects its
// annotations:
// change what type of thing a mention names, remove a mention or a quote,
// add one over words selected in the text, set who said a quote. The
// article is kept in the browser after every change, and downloaded as an
// article file that the library reads unchanged.
type view struct {
	app.Compo

	draft *article.Article
	html  string // the draft's highlighted text, built after each change
	// selected is the span of the highlight being corrected, and quote
	// whether it is a quote; IDs change as spans are added and removed.
	selected article.Span
	quote    bool
	// addType is what the words selected in the text become: a type, or
	// article.Quote; addSpeaker the speaker of a quote added.
	addType    article.Type
	addSpeaker string

	// pasteTitle and pasteText are what the reader pasted to annotate;
	// annotate annotates it.
	pasteTitle, pasteText string
	annotate              Annotator

	status     string   // what the last action did, read out
	problem    string   // why the last action could not be done
	fileErrors []string // why the file opened last could not be read
	notice     string   // a problem with the article kept in the browser
	keepOff    bool     // the browser holds data the editor must not save over
	confirming bool     // "Close this article" is asking first
	hist       history  // the changes to undo and redo
	form       claimForm
	invalid    string // the id of the claim form's field the problem is about
	// kept is the last selection made in the text, which a text field
	// clears as the keyboard passes through it on the way to a button.
	kept keptSelection
	// ui.OtherTabs hears another tab keep the article (watchOtherTabs).
	otherTabs ui.OtherTabs
	share     shared // the link Share made last (share.go)
}

// Annotator annotates plain text as an article, as extract.Annotate does.
// The editor is given one rather than importing the annotator, so that
// the reading program, which shares this package but never annotates,
// does not carry the annotator's code and word lists.
type Annotator func(title, text string) (*article.Article, error)

// New returns the constructor of the editor's page, which
// annotates pasted text with annotate.
func New(annotate Annotator) func() app.Composer {
	return func() app.Composer { return newView(annotate) }
}

func newView(annotate Annotator) *view {
	return &view{addType: article.Person, annotate: annotate}
}

func (ed *view) OnPreRender(ctx app.Context) { ctx.Page().SetTitle("Your article · News Explorer") }

// OnMount opens the article kept in the browser, if there is one, and
// marks the page ready.
func (ed *view) OnMount(ctx app.Context) {
	ctx.Page().SetTitle("Your article · News Explorer")
	a, err := loadDraft(ui.BrowserStore{})
	if err != nil {
		ed.notice = "The article kept in this browser could not be read, so the editor starts empty. Nothing is lost: " + err.Error() + "."
		var u *ui.UnreadableError
		if errors.As(err, &u) && u.AsideErr != nil {
			ed.keepOff = true
		}
	}
	if a != nil {
		ed.setDraft(a)
	}
	ed.kept.watch(editorArticleID)
	ed.watchOtherTabs(ctx)
	ui.MarkReady()
}

func (ed *view) OnDismount() {
	ed.kept.stop()
	ed.otherTabs.Stop()
}

func (ed *view) Render() app.UI {
	return app.Div().Class("page").Body(
		&ui.FragmentLink{Target: "main", Text: "Skip to the editor", Class: "skip-link"},
		ui.NewMasthead(ui.EditorPath, ui.DefaultPaths("")),
		app.Main().ID("main").Class("editor").Body(
			app.H1().Text("Your article"),
			app.P().Class("editor-intro").Text("Paste an article to have it annotated, or open an article file, then check its highlights and correct them. Your changes are kept in this browser as you go, also offline, until you download the corrected file; nothing is sent anywhere."),
			app.Div().Class("notice-slot").Body(ed.savedNotice()),
			// What the last action did, and why one could not be done, in
			// live regions that are always on the page.
			app.P().Class("editor-status").Attr("role", "status").DataSet("editor-status", "shown").Text(ed.status),
			app.Div().Class("editor-problem").Attr("role", "alert").Body(ed.problemText()),
			ed.opener(),
			ed.workspace(),
		),
	)
}

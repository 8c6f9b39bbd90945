package reader

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// Action names: components below the reader post these, the reader
// handles them.
const (
	actionToggle    = "toggle"     // value: article.Type, "all" or "none"
	actionOpen      = "open"       // value: mention or quote id
	actionStep      = "step"       // value: +1 or -1
	actionCloseCard = "close-card" // no value
	actionEvidence  = "evidence"   // value: evidenceRef, from the panel
	actionFromText  = "from-text"  // value: string, a passage activated in the article
	actionView      = "view"       // value: viewArticle or viewClaims
	actionSkip      = "skip"       // value: the id of the part of the article view to go to
	actionLabels    = "labels"     // no value: switches every label on or off
)

// The two views a narrow screen switches between with tabs; a wide screen
// shows both side by side.
const (
	viewArticle = "article"
	viewClaims  = "claims"
)

// view is the reading view: the article with its highlights, the legend
// that switches them, and the card of the entity the reader activated.
type view struct {
	app.Compo

	art     *article.Article
	loadErr error
	pages   ui.ArticlePaths // the paths of the article's pages
	// fromPage is true while the view shows the article the page carries
	// from the parts the server rendered, before the article is parsed
	// (see need).
	fromPage bool
	// The parts of the page that never change, each built once as HTML,
	// and what the view shows of the article besides.
	header, text, claims string
	counts               map[article.Type]int
	title                string
	claimCount           int

	shown shown
	// tabbable is the types whose marks are stops for Tab; the text is
	// built with every mark one.
	tabbable    shown
	tabStopsDue bool   // setTabStops waits for the next paint
	labels      bool   // every letter tag and § button shown on a small screen (labels.go)
	selected    string // id of the activated mention or quote; "" when the card is closed
	claim       string // id of the selected claim, or ""
	evidence    string // id of the evidence last shown in the article, or ""
	view        string // viewArticle or viewClaims, for narrow screens
	// scrolls is where the page was scrolled to in each narrow-screen
	// view when the reader last left it.
	scrolls map[string]float64
	notice  string // a problem with the choice saved in the browser, or ""
	// rewrite is true when the address should be rewritten to carry the
	// saved choice the page opened with.
	rewrite bool
	width   focusWatch // keeps the focus in view as the screen narrows
}

// New returns the reading view of the article whose pages are at
// p: from the parts the server rendered into the page when the page
// carries the article and it is not parsed yet, else from the article if
// it is at hand, else fetching it when the view opens.
func New(p ui.ArticlePaths) app.Composer {
	if p.Shared {
		return newView(nil, nil).at(p)
	}
	if parts, ok := pageParts[p.ID]; ok && ui.Loaded(p.ID) == nil {
		return newPageView(p.ID, parts).at(p)
	}
	return newView(ui.ArticleFor(p.ID), nil).at(p)
}

// newView returns the reading view of the article a, or of why it could
// not be loaded. With neither, it fetches the article its pages name (at)
// when it opens.
func newView(a *article.Article, err error) *view {
	r := &view{loadErr: err, shown: allShown, tabbable: allShown, view: viewArticle}
	r.setArticle(a)
	r.pages = ui.DefaultPaths("")
	if a != nil {
		r.pages = ui.DefaultPaths(a.ID)
	}
	r.chooseFirst()
	return r
}

// newPageView returns the reading view of the article id that the page
// carries, from the parts of it the server rendered (see FromPage).
func newPageView(id string, p parts) *view {
	r := &view{shown: allShown, tabbable: allShown, view: viewArticle, fromPage: true, pages: ui.DefaultPaths(id)}
	r.header, r.text, r.claims, r.counts = p.header, p.text, p.claims, p.counts
	r.title, r.claimCount = p.title, p.claimCount
	r.chooseFirst()
	return r
}

// chooseFirst sets, in the browser, the highlights the first render
// shows: those a toggle pressed while the program loaded chose, or else
// those the address or the saved choice asks for, so that the page is
// right, and ready, as soon as it is mounted.
func (r *view) chooseFirst() {
	if !app.IsClient {
		return
	}
	if s, ok := earlyChoice(); ok {
		r.shown = s
		return
	}
	r.rewrite = r.choose(app.Window().URL().Query())
}

// need makes sure the view has its article, parsing the page's data the
// first time the reader asks for more than the page shows (a card, a
// piece of evidence). It reports whether the article is there; when the
// data cannot be read, the view says so.
func (r *view) need() bool {
	if r.fromPage {
		r.fromPage = false
		a, err := ui.Article(r.pages.ID)
		switch {
		case err != nil:
			r.loadErr = fmt.Errorf("the article's data in the page could not be read: %w", err)
		case a == nil:
			r.loadErr = errors.New("the article's data in the page could not be read: the page has none")
		}
		r.art = a
	}
	return r.art != nil
}

// at sets the paths of the article's pages, which its links use.
func (r *view) at(p ui.ArticlePaths) *view {
	r.pages = p
	return r
}

// CompoID makes go-app replace the view, rather than update it, when a
// link opens another article's reading view or the same article at
// another path: the view holds its article in unexported fields.
func (r *view) CompoID() string { return "reader " + r.pages.Reader }

// setArticle builds the parts of the view that never change.
func (r *view) setArticle(a *article.Article) {
	r.art = a
	if a != nil {
		r.header, r.text, r.claims = headerHTML(a), readerArticleHTML(a), claimsHTML(a)
		r.tabbable = allShown
		r.counts = a.Counts()
		r.title, r.claimCount = a.Title, len(a.Claims)
	}
}

// fetching reports whether the view waits for its article.
func (r *view) fetching() bool { return !r.fromPage && ui.Waiting(r.art, r.loadErr, r.pages) }

// arrived shows the article fetched, or why it could not be.
func (r *view) arrived(ctx app.Context, a *article.Article, p ui.ArticlePaths, err error) {
	r.loadErr, r.pages = err, p
	r.setArticle(a)
	r.setPage(ctx)
	ctx.Defer(func(ctx app.Context) {
		r.applyShown(ctx)
		r.applyLabels()
		ui.MarkReady()
	})
}

// choose sets the highlights and the labels a page address asks for, or
// the reader's saved choices when it says nothing of them. It reports
// whether the address should be rewritten to carry a saved choice.
func (r *view) choose(q url.Values) bool {
	rewrite := r.chooseShown(q)
	return r.chooseLabels(q) || rewrite
}

// chooseShown sets the highlights a page address asks for with ?show=, or
// the reader's saved choice when it has none. It reports whether the
// address should be rewritten to carry the saved choice.
func (r *view) chooseShown(q url.Values) bool {
	r.shown = parseShown(q)
	if q.Has(shownParam) {
		return false
	}
	saved, ok, err := loadShown()
	if err != nil {
		r.notice = "Your saved highlight choice could not be read, so every highlight is shown. Nothing is lost: " + err.Error() + "."
	}
	if ok && saved != r.shown {
		r.shown = saved
		return true
	}
	return false
}

func (r *view) OnPreRender(ctx app.Context) {
	r.shown = parseShown(ctx.Page().URL().Query())
	r.labels, _ = parseLabels(ctx.Page().URL().Query())
	r.setPage(ctx)
}

// OnMount makes the page interactive and marks it ready: the handlers are
// in place and the view already shows the reader's choice.
func (r *view) OnMount(ctx app.Context) {
	ctx.Handle(actionToggle, r.onToggle)
	ctx.Handle(actionOpen, r.onOpen)
	ctx.Handle(actionStep, r.onStep)
	ctx.Handle(actionCloseCard, r.onClose)
	ctx.Handle(actionEvidence, r.onEvidence)
	ctx.Handle(actionFromText, r.onFromText)
	ctx.Handle(actionView, r.onView)
	ctx.Handle(actionSkip, r.onSkip)
	ctx.Handle(actionLabels, r.onLabels)
	r.takeEarlyChoice(ctx)
	if r.rewrite {
		r.rewrite = false
		ctx.Page().ReplaceURL(r.address(*ctx.Page().URL()))
	}
	if r.fetching() {
		ui.FetchArticle(ctx, r.pages, r.arrived)
		return
	}
	r.applyShown(ctx)
	r.applyLabels()
	ui.MarkReady()
	r.width.start(narrowWidth, app.Window().Get("document"), func(narrow bool, was app.Value) {
		if narrow {
			ctx.Dispatch(func(ctx app.Context) { r.followFocus(ctx, was) })
		}
	})
}

func (r *view) OnDismount() { r.width.stop() }

// OnNav follows the address when it changes while the page is open, as
// with the browser's back and forward buttons.
func (r *view) OnNav(ctx app.Context) {
	if ui.SharedChanged(ctx, r.pages) {
		// Another shared article at the same path.
		r.art, r.loadErr, r.selected, r.claim = nil, nil, "", ""
		r.pages = ui.SharedPaths("")
		ui.FetchArticle(ctx, r.pages, r.arrived)
		return
	}
	if r.choose(ctx.Page().URL().Query()) {
		ctx.Page().ReplaceURL(r.address(*ctx.Page().URL()))
	}
	r.setPage(ctx)
	ctx.Defer(func(ctx app.Context) {
		r.applyShown(ctx)
		r.applyLabels()
	})
}

func (r *view) setPage(ctx app.Context) {
	if r.fetching() {
		ctx.Page().SetTitle("Opening the article · News Explorer")
		return
	}
	if r.art == nil && !r.fromPage {
		ctx.Page().SetTitle("Article not loaded · News Explorer")
		return
	}
	ctx.Page().SetTitle("%s · News Explorer", r.title)
}

func (r *view) Render() app.UI {
	if r.fetching() {
		return ui.LoadingView(ui.NewMasthead(r.pages.Reader, r.pages), "the article")
	}
	if r.art == nil && !r.fromPage {
		return ui.LoadErrorPage(r.pages.Reader, r.pages, "This article could not be opened", "there is nothing to show", r.loadErr)
	}
	var card app.UI
	if r.selected != "" {
		card = r.card()
	}
	class := "page"
	if card != nil {
		// A narrow screen's card is a sheet over the bottom of the
		// screen; the page makes room below its end for it.
		class += " card-open"
	}
	return app.Div().Class(class).Body(
		&ui.FragmentLink{Target: "article", Text: "Skip to the article", Class: "skip-link", Action: actionSkip},
		&ui.FragmentLink{Target: claimsID, Text: "Skip to the claims", Class: "skip-link", Action: actionSkip},
		ui.NewMasthead(r.pages.Reader, r.pages),
		app.Main().ID("main").Class("layout view-"+r.layoutView()).OnKeyDown(r.onMainKey).Body(
			r.tabs(),
			app.Div().ID("panel-article").Class("reading").Body(
				app.Div().Class("notice-slot").Body(r.savedNotice()),
				&legend{Counts: r.counts, Shown: r.shown, Labels: r.labels, Action: r.pages.Reader},
				app.Article().Aria("labelledby", "article-title").Body(
					app.Raw(r.header),
					&articleText{HTML: r.text, Hidden: r.serverHidden(), AllLabels: r.serverLabels()},
				),
			),
			app.Aside().ID("panel-claims").Class("side").Aria("label", "Details and claims").Body(
				// The card keeps its own slot, so that opening or closing it
				// leaves the panel, and what is selected in it, in place.
				app.Div().Class("card-slot").Body(card),
				&claimsPanel{HTML: r.claims},
			),
		),
	)
}

// layoutView is the view the layout shows on a narrow screen. The server's
// page shows both, one above the other, since its tabs need the app.
func (r *view) layoutView() string {
	if app.IsServer {
		return "all"
	}
	return r.view
}

// tabs switch between the article and the claims on a narrow screen; a
// wide screen hides them and shows both. They look like tabs, and are
// buttons of which the one showing is pressed: the panels they switch
// are, on a wide screen, the page's main text and a landmark of its own,
// not tab panels.
func (r *view) tabs() app.UI {
	tab := func(view, label, controls string) app.UI {
		return ui.ScriptButton(label, ui.Post(actionView, view)).
			ID("tab-"+view).
			Class("tab").
			Aria("pressed", strconv.FormatBool(r.view == view)).
			Aria("controls", controls).
			DataSet("view", view)
	}
	return app.Div().Class("tabs").Attr("role", "group").Aria("label", "View").Body(
		tab(viewArticle, "Article", "panel-article"),
		tab(viewClaims, "Claims ("+strconv.Itoa(r.claimCount)+")", "panel-claims"),
	)
}

// serverHidden is the class list for types that are off, rendered only on
// the server so that the page is right before, or without, JavaScript. In
// the browser the classes are switched directly on the element (applyShown),
// which keeps a toggle within one frame.
func (r *view) serverHidden() string {
	if app.IsServer {
		return r.shown.hiddenClasses()
	}
	return ""
}

func (r *view) onToggle(ctx app.Context, a app.Action) {
	switch v, _ := a.Value.(string); v {
	case "all":
		r.shown = allShown
	case "none":
		r.shown = 0
	default:
		r.shown = r.shown.Toggle(article.Type(v))
	}
	r.applyShown(ctx)
	r.closeHidden()
	ctx.Page().ReplaceURL(r.address(*ctx.Page().URL()))
	if err := saveShown(r.shown); err != nil {
		r.notice = "Your highlight choice works on this page but could not be saved for next time: " + err.Error() + "."
	}
}

// closeHidden closes the card of a highlight whose type was just
// switched off: its words are no longer marked, and Previous and Next
// would step through marks that have left the order of Tab. The focus
// stays on the toggle.
func (r *view) closeHidden() {
	if r.selected == "" || !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(r.selected)
	if !el.Truthy() || r.shown.Has(article.Type(el.Get("dataset").Get("entityType").String())) {
		return
	}
	r.selected = ""
	markSelection(nil, "")
}

// savedNotice tells the reader about a problem with what was saved in the
// browser, until dismissed.
func (r *view) savedNotice() app.UI {
	if r.notice == "" {
		return nil
	}
	return app.Div().Class("saved-notice").Attr("role", "alert").DataSet("saved-notice", "shown").Body(
		app.P().Text(r.notice),
		ui.ScriptButton("Dismiss", func(ctx app.Context, e app.Event) { r.notice = ""; ui.AfterDismiss() }),
	)
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// Action names: components below the reader post these, the reader
// handles them.
const (
	actionToggle    = "toggle"     // value: article.Type, "all" or "none"
	actionOpen      = "open"       // value: mention or quote id
	actionStep      = "step"       // value: +1 or -1
	actionCloseCard = "close-card" // no value
)

// reader is the reading view: the article with its highlights, the legend
// that switches them, and the card of the entity the reader activated.
type reader struct {
	app.Compo

	art     *article.Article
	loadErr error
	html    string // the highlighted text, built once
	counts  map[article.Type]int

	shown    shown
	selected string // id of the activated mention or quote; "" when the card is closed
	ready    bool
}

func newReader(a *article.Article, err error) *reader {
	r := &reader{art: a, loadErr: err, shown: allShown}
	if a != nil {
		r.html = articleHTML(a)
		r.counts = a.Counts()
	}
	return r
}

func (r *reader) OnPreRender(ctx app.Context) {
	r.shown = parseShown(ctx.Page().URL().Query())
	r.setPage(ctx)
}

func (r *reader) OnMount(ctx app.Context) {
	ctx.Handle(actionToggle, r.onToggle)
	ctx.Handle(actionOpen, r.onOpen)
	ctx.Handle(actionStep, r.onStep)
	ctx.Handle(actionCloseCard, r.onClose)
}

func (r *reader) OnNav(ctx app.Context) {
	r.shown = parseShown(ctx.Page().URL().Query())
	r.setPage(ctx)
	ctx.Defer(func(ctx app.Context) {
		r.applyShown()
		if !r.ready {
			r.ready = true
			markReady()
		}
	})
}

func (r *reader) setPage(ctx app.Context) {
	if r.art == nil {
		ctx.Page().SetTitle("Article not loaded · News Explorer")
		return
	}
	ctx.Page().SetTitle("%s · News Explorer", r.art.Title)
}

func (r *reader) Render() app.UI {
	if r.art == nil {
		return app.Div().Class("page").Body(
			newMasthead(),
			app.Main().ID("main").Class("load-error").Body(
				app.H1().Text("This article could not be opened"),
				app.P().Text("The explorer could not read the article's data, so there is nothing to show. Reload the page; if the problem stays, the article file needs fixing."),
				app.Pre().Class("error-detail").Text(errorText(r.loadErr)),
			),
		)
	}
	var card app.UI
	if r.selected != "" {
		card = r.card()
	}
	return app.Div().Class("page").Body(
		app.A().Class("skip-link").Href("#article").Text("Skip to the article"),
		newMasthead(),
		app.Main().ID("main").Class("layout").Body(
			app.Aside().Class("side").Aria("label", "Highlights and details").Body(
				&legend{Counts: r.counts, Shown: r.shown},
				card,
			),
			app.Article().Class("reading").Aria("labelledby", "article-title").Body(
				&articleHeader{Art: r.art},
				&articleText{HTML: r.html, Hidden: r.serverHidden()},
			),
		),
	)
}

// serverHidden is the class list for types that are off, rendered only on
// the server so that the page is right before, or without, JavaScript. In
// the browser the classes are switched directly on the element (applyShown),
// which keeps a toggle within one frame.
func (r *reader) serverHidden() string {
	if app.IsServer {
		return r.shown.hiddenClasses()
	}
	return ""
}

func errorText(err error) string {
	if err == nil {
		return "no article was given"
	}
	return err.Error()
}

func (r *reader) onToggle(ctx app.Context, a app.Action) {
	switch v, _ := a.Value.(string); v {
	case "all":
		r.shown = allShown
	case "none":
		r.shown = 0
	default:
		r.shown = r.shown.Toggle(article.Type(v))
	}
	r.applyShown()
	ctx.Page().ReplaceURL(withShown(*ctx.Page().URL(), r.shown))
}

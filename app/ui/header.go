package ui

import (
	"unicode/utf8"

	"github.com/dustin/go-humanize"
	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// notStated is what the page says for a detail the copy does not give,
// rather than inventing one.
const notStated = "not stated in this copy"

// articleHeader shows the article's title and what the copy says, and does
// not say, about where it comes from.
type articleHeader struct {
	app.Compo

	// Art is the article shown.
	Art *article.Article
}

func (h *articleHeader) Render() app.UI {
	a := h.Art
	var ours app.UI
	if a.TitleIsOurs {
		ours = app.P().Class("title-note").Text("Title written for this explorer; the copy has no headline.")
	}
	spans := len(a.Mentions) + len(a.Quotes)
	return app.Header().Class("article-header").Body(
		app.H1().ID("article-title").Text(a.Title),
		ours,
		provenance(a),
		app.P().Class("stats").Text(
			humanize.Comma(int64(utf8.RuneCountInString(a.Text)))+" characters · "+
				english.Plural(len(a.Entities), "entity", "entities")+" · "+
				english.Plural(spans, "highlight", "")),
	)
}

// provenance lists the headline, outlet, byline and date, or says in one
// line that the copy states none of them.
func provenance(a *article.Article) app.UI {
	if a.Headline == "" && a.Outlet == "" && a.Byline == "" && a.Published == "" {
		return app.P().Class("provenance not-stated").Text("Headline, outlet, byline and publication date: " + notStated + ".")
	}
	return app.Dl().Class("provenance").Body(
		detail("Headline", a.Headline),
		detail("Outlet", a.Outlet),
		detail("Byline", a.Byline),
		detail("Published", a.Published),
	)
}

func detail(term, value string) app.UI {
	dd := app.Dd().Text(value)
	if value == "" {
		dd = app.Dd().Class("not-stated").Text(notStated)
	}
	return app.Div().Body(app.Dt().Text(term), dd)
}

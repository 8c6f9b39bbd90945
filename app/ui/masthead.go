package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// masthead is the product's name bar at the top of every page.
type masthead struct {
	app.Compo
}

func newMasthead() *masthead { return &masthead{} }

func (m *masthead) Render() app.UI {
	return app.Header().Class("masthead").Body(
		app.A().Class("brand").Href("/").Body(
			app.Img().Src("/web/icon.svg").Attr("role", "presentation").Alt("").Width(28).Height(28),
			app.Span().Text("News Explorer"),
		),
		app.P().Class("tagline").Text("Who and what an article mentions, and who says what."),
		&offlineStatus{},
		&updateNotice{},
	)
}

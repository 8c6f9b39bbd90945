package ui

import (
	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// claimsPanel compares the competing claims the article reports, side by
// side, and places the times it mentions on a timeline.
type claimsPanel struct {
	app.Compo

	// Art is the article shown.
	Art *article.Article
	// Selected is the id of the selected claim, or "".
	Selected string
	// Current is the id of the evidence last shown in the article, or "".
	Current string
}

func (p *claimsPanel) Render() app.UI {
	a := p.Art
	var body, hint app.UI = app.P().Class("claims-empty").Text("No competing claims are annotated for this article yet."), nil
	if len(a.Claims) > 0 {
		hint = app.P().Class("claims-hint").Text(english.Plural(len(a.Claims), "claim", "") +
			" the article reports. Each shows every side the article names, what it says, through which channel and on what evidence. Activate a piece of evidence to see it in the article.")
		body = app.Ol().Class("claims").Body(
			app.Range(a.Claims).Slice(func(i int) app.UI {
				c := a.Claims[i]
				return app.Li().Body(&claimCard{Art: a, Claim: c.ID, Selected: c.ID == p.Selected, Current: p.Current})
			}),
		)
	}
	return app.Section().ID("claims").Class("claims-panel").Aria("labelledby", "claims-title").Body(
		app.H2().ID("claims-title").Text("Who claims what"),
		hint,
		body,
		&timeline{Art: a},
	)
}

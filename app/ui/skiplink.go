package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// skipLink is a page's first stop for Tab: a link past the site's header
// to the page's main part. go-app follows a link to a fragment by
// scrolling alone, so the link also moves the focus there, and the next
// Tab goes on from the main part rather than from the top of the page.
type skipLink struct {
	app.Compo

	// Target is the id of the main part; Text what the link says.
	Target, Text string
}

func (s *skipLink) Render() app.UI {
	return app.A().Class("skip-link").Href("#" + s.Target).OnClick(s.onClick).Text(s.Text)
}

func (s *skipLink) onClick(ctx app.Context, e app.Event) {
	focusTarget(s.Target)
}

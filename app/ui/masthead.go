package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Masthead is the product's name bar at the top of every page.
type Masthead struct {
	app.Compo

	// Current is the path of the page shown, which the navigation marks.
	Current string
	// Pages are the paths of the pages of the article shown, or of the
	// default article on the library page.
	Pages ArticlePaths
}

// NewMasthead returns the masthead of the page at path current, which
// links the pages of the article p.
func NewMasthead(current string, p ArticlePaths) *Masthead {
	return &Masthead{Current: current, Pages: p}
}

func (m *Masthead) Render() app.UI {
	return app.Header().Class("masthead").Body(
		app.A().Class("brand").Href("/").Body(
			app.Img().Src("/web/icon.svg").Attr("role", "presentation").Alt("").Width(28).Height(28),
			app.Span().Text("News Explorer"),
		),
		app.P().Class("tagline").Text("Who and what an article mentions, and who says what."),
		m.nav(),
		&offlineStatus{},
		&updateNotice{},
	)
}

// nav links the library, the article's reading view, exercises and
// teacher's view, and the editor.
func (m *Masthead) nav() app.UI {
	link := func(path, label string) app.UI {
		a := app.A().Href(path).Text(label)
		if m.Current == path {
			a = a.Aria("current", "page")
		}
		return app.Li().Body(a)
	}
	return app.Nav().Class("site-nav").Aria("label", "Sections").Body(
		app.Ul().Body(
			link(LibraryPath, "Library"),
			link(m.Pages.Reader, "Article"),
			link(m.Pages.Classroom, "Exercises"),
			link(m.Pages.Teacher, "For teachers"),
			link(EditorPath, "Your article"),
		),
	)
}

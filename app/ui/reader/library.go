package reader

import (
	"strconv"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// library lists every article of the library, with its length and
// counts and links to its reading view, exercises and teacher's view.
type libraryView struct {
	app.Compo

	cat ui.Catalog
}

// NewLibrary returns the constructor of the library page, which lists
// the articles of cat.
func NewLibrary(cat ui.Catalog) func() app.Composer {
	return func() app.Composer { return newLibrary(cat) }
}

func newLibrary(cat ui.Catalog) *libraryView { return &libraryView{cat: cat} }

func (l *libraryView) OnPreRender(ctx app.Context) { l.setTitle(ctx) }

func (l *libraryView) OnNav(ctx app.Context) {
	l.setTitle(ctx)
	ctx.Defer(func(app.Context) { ui.MarkReady() })
}

func (l *libraryView) setTitle(ctx app.Context) { ctx.Page().SetTitle("Library · News Explorer") }

func (l *libraryView) Render() app.UI {
	return app.Div().Class("page").Body(
		&ui.FragmentLink{Target: "library-list", Text: "Skip to the articles", Class: "skip-link"},
		ui.NewMasthead(ui.LibraryPath, ui.DefaultPaths(l.cat.Default)),
		app.Main().ID("main").Class("library").Body(
			app.H1().Text("Library"),
			app.P().Class("lede").Text(english.Plural(len(l.cat.Entries), "article", "")+
				". Read one with its highlights and claims, give its exercises, or print its worksheet and answer key."),
			app.Ul().ID("library-list").Class("library-list").Body(
				app.Range(l.cat.Entries).Slice(func(i int) app.UI {
					return l.entry(l.cat.Entries[i])
				}),
			),
		),
	)
}

// entry is one article of the list.
func (l *libraryView) entry(e ui.Entry) app.UI {
	p := ui.LibraryPaths(e.ID)
	titleID := "library-" + e.ID
	stat := func(name string, n int, singular, plural string) app.UI {
		return app.Li().DataSet("stat", name).DataSet("value", strconv.Itoa(n)).Text(english.Plural(n, singular, plural))
	}
	var notes []app.UI
	if e.ID == l.cat.Default {
		notes = append(notes, app.P().Class("library-note").DataSet("default", "true").Text("The default article, also at the top of the site."))
	}
	if e.TitleIsOurs {
		notes = append(notes, app.P().Class("library-note").Text("Title written for the explorer."))
	}
	link := func(href, label string) app.UI {
		return app.Li().Body(app.A().Href(href).Body(
			app.Text(label),
			app.Span().Class("sr-only").Text(": "+e.Title),
		))
	}
	s := e.Stats
	return app.Li().Class("library-item").DataSet("library-article", e.ID).Body(
		app.Article().Aria("labelledby", titleID).Body(
			app.H2().ID(titleID).Body(app.A().Href(p.Reader).Text(e.Title)),
			app.Div().Body(notes...),
			app.Ul().Class("library-stats").Aria("label", "Length").Body(
				stat("characters", s.Characters, "character", ""),
				stat("words", s.Words, "word", ""),
			),
			app.Ul().Class("library-stats").Aria("label", "Annotations").Body(
				stat("entities", s.Entities, "entity", "entities"),
				stat("highlights", s.Highlights, "highlight", ""),
				stat("quotes", s.Quotes, "quote", ""),
				stat("claims", s.Claims, "claim", ""),
			),
			app.Ul().Class("library-links").Body(
				link(p.Reader, "Read"),
				link(p.Classroom, "Exercises"),
				link(p.Teacher, "For teachers"),
			),
		),
	)
}

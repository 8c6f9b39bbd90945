package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundView is the page for an address that names no page, shown by
// the program itself when it runs with no network: offline, the service
// worker opens the app for an address it never stored, and the program
// shows this view for a path no other route takes. It says what the
// server's own not-found page says, with the site's header, so that a
// reader offline learns the same and finds the same links.
type notFoundView struct {
	app.Compo

	path    string
	offline bool // the browser has no network
}

func (v *notFoundView) OnMount(ctx app.Context) { v.show(ctx) }
func (v *notFoundView) OnNav(ctx app.Context)   { v.show(ctx) }

func (v *notFoundView) show(ctx app.Context) {
	v.path = ctx.Page().URL().Path
	v.offline = !app.Window().Get("navigator").Get("onLine").Bool()
	ctx.Page().SetTitle("Page not found · News Explorer")
	// Ready once the page names the address, not before.
	ctx.Defer(func(app.Context) { MarkReady() })
}

func (v *notFoundView) Render() app.UI {
	what := "This address names no page of the explorer."
	if v.path != "" {
		what = "The address " + v.path + " names no page of the explorer."
	}
	return app.Div().Class("page").Body(
		&FragmentLink{Target: "main", Text: "Skip to the page", Class: "skip-link"},
		NewMasthead("", DefaultPaths("")),
		app.Main().ID("main").Class("not-found").DataSet("not-found", "page").Body(
			app.H1().Text("Page not found"),
			app.P().Text(what+" It may be mistyped, or the article may have left the library."),
			app.If(v.offline, func() app.UI {
				return app.P().DataSet("not-found", "offline").Text("This device is offline, and has only the pages saved at its last visit: a page added to the library since then opens once it is online again.")
			}),
			app.Ul().Body(
				app.Li().Body(app.A().Href(LibraryPath).Text("The library of articles")),
				app.Li().Body(app.A().Href("/").Text("The default article")),
			),
		),
	)
}

// routeNotFound shows notFoundView for every path of a page (one with no
// dot, unlike a file's) that no other route takes: go-app's own view for
// an unrouted path is a bare "404" with no words or links. It is
// registered after every other route, which go-app tries first.
func routeNotFound() {
	app.RouteWithRegexp(`^/[^.]*$`, func() app.Composer { return &notFoundView{} })
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// startPath is the path of the page the browser loaded, which the program
// running now was sent to run (see FromPage).
var startPath string

// loadOtherProgramInFull makes links to the pages that the other program
// runs (see WasmFor) load those pages in full, as links out of the app
// do, so that the browser brings the program that runs them. go-app
// would open them within the program running now, which cannot show
// them. A click reaches this listener on the document before go-app's on
// the window; stopping it there leaves the browser to follow the link.
func loadOtherProgramInFull(cat Catalog, own string) {
	if !app.IsClient {
		return
	}
	app.Window().Get("document").Call("addEventListener", "click", app.FuncOf(func(this app.Value, args []app.Value) any {
		ev := args[0]
		link := ev.Get("target").Call("closest", "a[href]")
		if !link.Truthy() || link.Call("hasAttribute", "download").Bool() ||
			link.Get("origin").String() != app.Window().Get("location").Get("origin").String() {
			return nil
		}
		if WasmFor(cat, link.Get("pathname").String()) != own {
			ev.Call("stopPropagation")
		}
		return nil
	}))
}

// handOff stands for a page that the other WebAssembly program runs, in
// case the app is asked to show one without a link (links load such
// pages in full: see loadOtherProgramInFull). It loads the page in full,
// replacing the history entry the app made.
type handOff struct {
	app.Compo

	// wrongProgram is true when the loaded page itself is one that the
	// other program runs: loading it again would not help.
	wrongProgram bool
}

func (h *handOff) Render() app.UI {
	if h.wrongProgram {
		return app.Main().ID("main").Class("load-error").Body(
			app.H1().Text("This page could not start"),
			app.P().Text("The page was sent with the wrong part of the app. Reload the page; if the problem stays, the site needs building again."),
		)
	}
	return app.Main().ID("main").Class("hand-off").Body(
		app.P().Attr("role", "status").Text("Opening the page…"),
	)
}

// OnNav loads the page in full, unless it is the page the browser loaded.
func (h *handOff) OnNav(ctx app.Context) {
	u := app.Window().URL()
	if u.Path == startPath {
		h.wrongProgram = true
		return
	}
	app.Window().Get("location").Call("replace", u.String())
}

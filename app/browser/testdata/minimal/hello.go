// Command minimal is the smallest go-app program worth comparing the
// explorer with: one route whose component renders a heading and marks the
// page ready once it is mounted, as the explorer does. The benchmarks
// (make bench) build it like the explorer, its browser side with
// GOOS=js GOARCH=wasm into app.wasm and its host side into a server that
// serves it through newsexplorer/app/server, so that both apps are sent
// the same way and only what is inside them differs.
//
// It sits under testdata so that ./... ignores it; build it by its path:
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o web/app.wasm ./app/browser/testdata/minimal
//	go build -trimpath -o minimal ./app/browser/testdata/minimal
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// routes registers the app's only page, on both sides.
func routes() {
	app.Route("/", func() app.Composer { return &hello{} })
}

// paths lists the pages routes registers, which the host pre-renders.
var paths = []string{"/"}

// hello is the app's only component.
type hello struct {
	app.Compo
}

func (h *hello) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Hello from go-app"),
	)
}

// OnMount marks the page ready, as the explorer does when its view is
// interactive; the benchmarks wait for the mark. It runs only in the
// browser.
func (h *hello) OnMount(ctx app.Context) {
	app.Window().Get("document").Get("body").Call("setAttribute", "data-ready", "true")
}

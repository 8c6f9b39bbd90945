//go:build js && wasm

// Command author is the explorer's program for authors, built with
// GOOS=js GOARCH=wasm into web/author.wasm: the editor and the teacher's
// views. Keeping them out of web/app.wasm keeps a reader's first download
// small; the service worker stores both programs for offline use.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/extract"
	"newsexplorer/app/ui"
)

func main() {
	cat, arts := ui.FromPage()
	ui.AuthorRoutes(extract.Annotate, cat, arts...)
	app.RunWhenOnBrowser()
}

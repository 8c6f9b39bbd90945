//go:build js && wasm

// Command wasm is the explorer's reading program, built with GOOS=js
// GOARCH=wasm into web/app.wasm: the reading view and the library. It
// reads the catalog and the article the server put in the page and takes
// over the pre-rendered view. The classroom's pages and the editor run
// the program in wasm/author, so that a reader's first download holds
// what reading needs.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/reader"
)

func main() {
	cat, arts := ui.FromPage(reader.StartsFromPage)
	ui.Program{
		Wasm: ui.ReaderWasm,
		Pages: ui.Pages{
			Library: reader.NewLibrary(cat),
			Reader:  reader.New,
		},
	}.Start(cat, arts)
	app.RunWhenOnBrowser()
}

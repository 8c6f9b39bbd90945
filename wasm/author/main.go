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
	"newsexplorer/app/ui/editor"
	"newsexplorer/app/ui/teacher"
)

func main() {
	cat, arts := ui.FromPage(nil)
	ui.Program{
		Wasm: ui.AuthorWasm,
		Pages: ui.Pages{
			Editor:  editor.New(extract.Annotate),
			Teacher: teacher.New,
		},
		UnsavedTyping:  editor.UnsavedFields,
		UnsavedWarning: editor.WarnUnsaved,
	}.Start(cat, arts)
	app.RunWhenOnBrowser()
}

//go:build js && wasm

// Command author is the explorer's program for the classroom and for
// authors, built with GOOS=js GOARCH=wasm into web/author.wasm: the
// exercises, the teacher's views and the editor. Keeping them out of
// web/app.wasm keeps a reader's first download small; the service worker
// stores both programs for offline use.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/extract"
	"newsexplorer/app/ui"
	"newsexplorer/app/ui/editor"
	"newsexplorer/app/ui/exercises"
	"newsexplorer/app/ui/teacher"
)

func main() {
	cat, arts := ui.FromPage(nil)
	ui.Program{
		Wasm: ui.AuthorWasm,
		Pages: ui.Pages{
			Exercises: exercises.New,
			Editor:    editor.New(extract.Annotate),
			Teacher:   teacher.New,
		},
		UnsavedTyping:  editor.UnsavedFields,
		UnsavedWarning: editor.WarnUnsaved,
	}.Start(cat, arts)
	app.RunWhenOnBrowser()
}

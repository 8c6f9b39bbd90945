package teacher

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// What the teacher's page prints, as the value of the data-print
// attribute on the document's root element, which the print style sheet
// (web/print.css) reads. Without the attribute the worksheet prints.
const (
	printWorksheet = "worksheet"
	printKey       = "key"
)

// printBar holds the buttons that print the worksheet or the answer key.
type printBar struct {
	app.Compo
}

func (p *printBar) Render() app.UI {
	button := func(mode, label string) app.UI {
		return ui.ScriptButton(label, func(ctx app.Context, e app.Event) { printPage(mode) }).Class("print-button").DataSet("print-mode", mode)
	}
	return app.Section().Class("print-bar").Aria("labelledby", "print-title").Body(
		app.H2().ID("print-title").Text("Print"),
		app.P().Text("The worksheet prints the article with its highlights labelled in words, and every question with room for the answer. The answer key prints every answer with its explanation. Both read in black and white."),
		app.Div().Class("print-buttons").Body(
			button(printWorksheet, "Print worksheet"),
			button(printKey, "Print answer key"),
		),
	)
}

// printPage marks what to print on the document's root element, where
// go-app never writes, and opens the browser's print dialog. The mark
// goes once the dialog closes, so that the browser's own Print prints
// the worksheet again rather than the key. Some browsers return from
// print before the dialog closes, so the mark waits for afterprint.
func printPage(mode string) {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	root.Call("setAttribute", "data-print", mode)
	if afterPrint == nil {
		afterPrint = app.FuncOf(func(app.Value, []app.Value) any {
			app.Window().Get("document").Get("documentElement").Call("removeAttribute", "data-print")
			return nil
		})
		app.Window().Call("addEventListener", "afterprint", afterPrint)
	}
	app.Window().Call("print")
}

// afterPrint clears what printPage marked; it is added once, for the
// life of the page.
var afterPrint app.Func

package editor

import (
	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// WarnUnsaved is unsavedWarning: it names the fields with typing not yet
// saved, and offers to keep it for now (notNow) or to reload anyway.
func WarnUnsaved(fields int, notNow app.EventHandler) []app.UI {
	return []app.UI{
		app.P().ID("update-text").Text("You have typed text that is not saved yet, in " + english.Plural(fields, "field", "") +
			" of this page. Reloading now loses it: finish or save it first, or reload anyway."),
		ui.ScriptButton("Not now", notNow).ID("update-not-now"),
		ui.ScriptButton("Reload anyway", func(ctx app.Context, e app.Event) { ctx.Reload() }).Class("update-reload").DataSet("reload", "anyway"),
	}
}

// UnsavedFields counts the text fields of the page that hold typing not
// saved anywhere. A field whose value the page saves as it is typed says
// so with data-saved; one the page fills with a stored value gives it in
// data-given, and is unsaved when it reads otherwise; any other field, as
// in the editor's paste form or claim form, holds what was typed until
// its form is sent, and is unsaved when it is not empty.
func UnsavedFields() int {
	fields := app.Window().Get("document").Call("querySelectorAll", "main textarea, main input:not([type]), main input[type=text]")
	n := 0
	for i := 0; i < fields.Length(); i++ {
		f := fields.Index(i)
		set := f.Get("dataset")
		value := f.Get("value").String()
		switch {
		case set.Get("saved").Truthy():
		case set.Get("given").Type() == app.TypeString:
			if value != set.Get("given").String() {
				n++
			}
		case value != "":
			n++
		}
	}
	return n
}

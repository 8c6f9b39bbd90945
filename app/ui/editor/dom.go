package editor

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// focusWithin reports whether the keyboard focus is in the element with
// the given id.
func focusWithin(id string) bool {
	if !app.IsClient {
		return false
	}
	el := app.Window().GetElementByID(id)
	return el.Truthy() && el.Call("contains", app.Window().Get("document").Get("activeElement")).Bool()
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ScriptButton is a button that runs a handler rather than submitting a
// form: of type "button", with its label and what a click does. One
// function builds them all, which keeps the reading program small.
func ScriptButton(label string, onClick app.EventHandler) app.HTMLButton {
	return app.Button().Type("button").OnClick(onClick).Text(label)
}

// Post returns a handler that posts the action with the value v, nil for
// none.
func Post(action string, v any) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.NewActionWithValue(action, v)
	}
}

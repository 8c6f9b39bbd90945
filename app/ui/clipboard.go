package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// CopyText copies text to the clipboard, or, where the browser refuses,
// selects it in the field with the id given so that the reader can copy
// it; then done says which, on the UI goroutine.
func CopyText(ctx app.Context, text, field string, done func(ok bool)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	fallback := func() {
		if el := app.Window().GetElementByID(field); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
		ctx.Dispatch(func(app.Context) { done(false) })
	}
	if !clip.Truthy() {
		fallback()
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		ctx.Dispatch(func(app.Context) { done(true) })
		return nil
	})
	fail = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		fallback()
		return nil
	})
	clip.Call("writeText", text).Call("then", ok, fail)
}

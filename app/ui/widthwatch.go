package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// narrowWidth is the media query under which the reading view shows the
// article or the claims, with tabs, rather than both; the same breakpoint
// is in web/style.css.
const narrowWidth = "(max-width: 63.99rem)"

// widthWatch tells a view when the screen narrows past narrowWidth, as a
// tablet turns from landscape to portrait, with the element that had the
// focus: the view can then show that element, which the narrow layout may
// have hidden, taking the focus with it to the page.
type widthWatch struct {
	narrow          app.Value
	focused         app.Value
	onFocus, onTurn app.Func
}

// start calls narrowed, on the UI goroutine, each time the screen becomes
// narrow while an element of the page had the focus.
func (w *widthWatch) start(ctx app.Context, narrowed func(ctx app.Context, focused app.Value)) {
	if !app.IsClient || w.onTurn != nil {
		return
	}
	doc := app.Window().Get("document")
	w.narrow = app.Window().Call("matchMedia", narrowWidth)
	w.onFocus = app.FuncOf(func(_ app.Value, args []app.Value) any {
		w.focused = args[0].Get("target")
		return nil
	})
	w.onTurn = app.FuncOf(func(app.Value, []app.Value) any {
		was := w.focused
		if was == nil || !was.Truthy() || !w.narrow.Get("matches").Bool() {
			return nil
		}
		if active := doc.Get("activeElement"); active.Truthy() && !active.Equal(was) && !active.Equal(doc.Get("body")) {
			return nil // the reader is elsewhere
		}
		ctx.Dispatch(func(ctx app.Context) { narrowed(ctx, was) })
		return nil
	})
	doc.Call("addEventListener", "focusin", w.onFocus)
	w.narrow.Call("addEventListener", "change", w.onTurn)
}

func (w *widthWatch) stop() {
	if w.onTurn == nil {
		return
	}
	app.Window().Get("document").Call("removeEventListener", "focusin", w.onFocus)
	w.narrow.Call("removeEventListener", "change", w.onTurn)
	w.onFocus.Release()
	w.onTurn.Release()
	w.onFocus, w.onTurn, w.focused = nil, nil, nil
}

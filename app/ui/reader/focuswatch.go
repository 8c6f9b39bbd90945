package reader

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// narrowWidth is the media query under which the reading view shows the
// article or the claims, with tabs, rather than both; the same breakpoint
// is in web/style.css.
const narrowWidth = "(max-width: 63.99rem)"

// focusWatch tells a component when the screen's width crosses a media
// query's breakpoint, as when a tablet turns, with the control in a part
// of the page that had the focus: the layout on the other side may hide
// that control, and the browser may drop the focus before the change is
// told, so the control is noted as the focus moves. The component can
// then show the control again, or move the focus to what stands for it.
type focusWatch struct {
	media, root, focused app.Value
	onFocus, onChange    app.Func
}

// start watches query and the focus within root. Each time the query's
// match changes while a control of root had the focus, and the reader has
// not gone on to another control since, changed is called at once, with
// whether the query now matches and the control.
func (w *focusWatch) start(query string, root app.Value, changed func(matches bool, focused app.Value)) {
	if !app.IsClient || w.onChange != nil || !root.Truthy() {
		return
	}
	w.media, w.root = app.Window().Call("matchMedia", query), root
	w.onFocus = app.FuncOf(func(_ app.Value, args []app.Value) any {
		ev := args[0]
		switch {
		case ev.Get("type").String() == "focusin":
			w.focused = ev.Get("target")
		case ev.Get("relatedTarget").Truthy():
			// The focus went to another control; within root, focusin
			// notes it.
			w.focused = nil
		}
		return nil
	})
	w.onChange = app.FuncOf(func(app.Value, []app.Value) any {
		was := w.focused
		if was == nil || !was.Truthy() {
			return nil
		}
		doc := app.Window().Get("document")
		if active := doc.Get("activeElement"); active.Truthy() && !active.Equal(was) && !active.Equal(doc.Get("body")) {
			return nil // the reader is elsewhere
		}
		changed(w.media.Get("matches").Bool(), was)
		return nil
	})
	root.Call("addEventListener", "focusin", w.onFocus)
	root.Call("addEventListener", "focusout", w.onFocus)
	w.media.Call("addEventListener", "change", w.onChange)
}

func (w *focusWatch) stop() {
	if w.onChange == nil {
		return
	}
	w.media.Call("removeEventListener", "change", w.onChange)
	w.root.Call("removeEventListener", "focusin", w.onFocus)
	w.root.Call("removeEventListener", "focusout", w.onFocus)
	w.onChange.Release()
	w.onFocus.Release()
	w.onChange, w.onFocus, w.focused = nil, nil, nil
}

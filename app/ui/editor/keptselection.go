package editor

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// keptSelection remembers the last selection made within a text, so that
// a button can still act on it after the browser has dropped it: the
// browser clears the page's selection when the focus enters a text field,
// as it does when the keyboard goes from the text past the claim form's
// fields to "Add the selected words".
type keptSelection struct {
	root     string
	last     app.Value // a copy of the last range selected in the text
	onChange app.Func
}

// watch starts remembering the selections made in the element with the
// given id. It keeps a copy of the browser's range, which costs nothing
// however long the text; the range is turned into offsets only when used.
func (k *keptSelection) watch(root string) {
	if !app.IsClient || k.onChange != nil {
		return
	}
	k.root = root
	k.onChange = app.FuncOf(func(app.Value, []app.Value) any {
		sel := app.Window().Call("getSelection")
		if !sel.Truthy() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
			return nil
		}
		r := sel.Call("getRangeAt", 0)
		if el := app.Window().GetElementByID(k.root); el.Truthy() && el.Call("contains", r.Get("commonAncestorContainer")).Bool() {
			k.last = r.Call("cloneRange")
		}
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "selectionchange", k.onChange)
}

func (k *keptSelection) stop() {
	if k.onChange == nil {
		return
	}
	app.Window().Get("document").Call("removeEventListener", "selectionchange", k.onChange)
	k.onChange.Release()
	k.onChange, k.last = nil, nil
}

// read returns the passage of a selected in the text: the page's
// selection if it is there, or else the last one kept, selected again so
// that the reader sees what is used. A kept selection of a text since
// rebuilt is not used.
func (k *keptSelection) read(a *article.Article) (article.Span, bool) {
	if s, ok := ui.ReadSelection(a, k.root); ok {
		return s, true
	}
	if k.last == nil || !k.last.Truthy() || !k.last.Get("startContainer").Get("isConnected").Bool() {
		return article.Span{}, false
	}
	sel := app.Window().Call("getSelection")
	sel.Call("removeAllRanges")
	sel.Call("addRange", k.last)
	return ui.ReadSelection(a, k.root)
}

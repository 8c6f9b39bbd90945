package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The functions in this file change the page's DOM directly, where going
// through a go-app render would rebuild or re-compare the article's
// thousands of nodes. They do nothing on the server.

// AfterPaint runs f on the UI goroutine once the browser has painted what
// changed so far: after the next frame, in a task of its own.
func AfterPaint(ctx app.Context, f func(app.Context)) {
	var frame app.Func
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		InTask(ctx, f)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}

// InTask runs f on the UI goroutine in a task of its own, after what the
// browser has queued already, such as input and painting.
func InTask(ctx app.Context, f func(app.Context)) {
	var task app.Func
	task = app.FuncOf(func(app.Value, []app.Value) any {
		task.Release()
		ctx.Dispatch(f)
		return nil
	})
	app.Window().Call("setTimeout", task, 0)
}

// MarkReady tells tests and tools that the WebAssembly app is running and
// the view is interactive. After a link within the program, which leaves
// the focus on nothing as the page it was on goes, it also moves the
// focus to the new page's heading, which screen readers then read out.
func MarkReady() {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	doc.Get("body").Call("setAttribute", "data-ready", "true")
	if !pageShown {
		pageShown = true // the first page: the focus stays where a reader expects it
		return
	}
	if focused := doc.Get("activeElement"); focused.Truthy() && !focused.Equal(doc.Get("body")) {
		return
	}
	if h := doc.Call("querySelector", "main h1"); h.Truthy() {
		if !h.Call("hasAttribute", "tabindex").Bool() {
			h.Call("setAttribute", "tabindex", "-1")
		}
		h.Call("focus")
		return
	}
	FocusTarget("main")
}

// pageShown is whether the program has shown a page already.
var pageShown bool

// MarkSelectionIn is markSelection in the text of the element with id
// root.
func MarkSelectionIn(root string, group []string, current string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	for _, sel := range []string{"#" + root + " mark.is-selected", "#" + root + " mark[aria-current]"} {
		old := doc.Call("querySelectorAll", sel)
		for i := 0; i < old.Length(); i++ {
			el := old.Index(i)
			el.Get("classList").Call("remove", "is-selected")
			el.Call("removeAttribute", "aria-current")
		}
	}
	for _, id := range group {
		if el := doc.Call("getElementById", id); el.Truthy() {
			el.Get("classList").Call("add", "is-selected")
		}
	}
	if el := doc.Call("getElementById", current); current != "" && el.Truthy() {
		el.Call("setAttribute", "aria-current", "true")
	}
}

// holdDefaults keeps the browser from doing what some events do by
// default, where the page does it instead: Space, pressed on a highlight
// that has the focus, scrolling the page, as the arrows would in a text
// where they select words; and a form the page answers
// itself (marked data-in-page), sent with Enter or its button, loading
// the page again and losing what was typed. go-app hands an event to its
// Go handler after the browser has gone on with the event's own action,
// so a handler's PreventDefault can come too late; these listeners act at
// once. The page's handlers still open the card, or send the form.
func holdDefaults() {
	if !app.IsClient {
		return
	}
	matches := func(e app.Value, sel string) bool {
		t := e.Get("target")
		return t.Truthy() && t.Get("matches").Truthy() && t.Call("matches", sel).Bool()
	}
	keys := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		switch e.Get("key").String() {
		case " ":
			if matches(e, "mark[tabindex]") {
				e.Call("preventDefault")
			}
		case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown":
			// In a text selected by keyboard the arrows select words
			// (SelectableText), rather than scroll.
			if !e.Get("altKey").Bool() && !e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool() &&
				matches(e, ".selectable-article, .selectable-article *") {
				e.Call("preventDefault")
			}
		}
		return nil
	})
	submit := app.FuncOf(func(this app.Value, args []app.Value) any {
		if e := args[0]; matches(e, "form[data-in-page]") {
			e.Call("preventDefault")
		}
		return nil
	})
	// Held for the page's life: the program has one document.
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "keydown", keys)
	doc.Call("addEventListener", "submit", submit)
}

// ScrollNow scrolls the element with the given id at once, rather than
// smoothly, to block ("start" or "center") of the screen, below what its
// scroll margin leaves room for: after a change of the page's height, a
// smooth scroll would aim where the element was before.
func ScrollNow(id, block string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": block})
	}
}

// FocusElement moves the keyboard focus to the element with the given id.
func FocusElement(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

// FocusTarget moves the keyboard focus to the element with the given id,
// first letting scripts focus it if it cannot take the focus: the target
// of a link within the page.
func FocusTarget(id string) {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	if !el.Call("hasAttribute", "tabindex").Bool() {
		el.Call("setAttribute", "tabindex", "-1")
	}
	el.Call("focus", map[string]any{"preventScroll": true})
}

// AfterDismiss moves the focus to the page's main part as the reader
// dismisses a notice, so that it is not left on nothing when the notice,
// and its button, go. It acts at once: a deferred function of the button
// would not run, since go-app drops those of elements no longer there.
func AfterDismiss() {
	FocusTarget("main")
}

// FocusInView moves the keyboard focus to the element with the given id
// and scrolls the least needed to show it clear of what is stuck to the
// screen's edges, such as the exercises' score: its scroll margins leave
// room for those. The browser's own scroll on focus would leave an element
// that is on the screen but under them where it is.
func FocusInView(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": true})
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// RevealElement scrolls the least needed to show the element with the
// given id, inside whatever scrolls around it.
func RevealElement(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// SpanFromEvent returns the id of the mention or quote an event happened
// on, the innermost one when spans nest, passing over those whose type
// is switched off (a hide-<type> class on a container around them).
func SpanFromEvent(e app.Event) string {
	target := e.Get("target")
	if !target.Truthy() || !target.Get("closest").Truthy() {
		return ""
	}
	for el := target.Call("closest", "mark[data-mention]"); el.Truthy(); el = el.Get("parentElement").Call("closest", "mark[data-mention]") {
		if !el.Call("closest", ".hide-"+el.Call("getAttribute", "data-entity-type").String()).Truthy() {
			return el.Call("getAttribute", "data-mention").String()
		}
		if !el.Get("parentElement").Truthy() {
			break
		}
	}
	return ""
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// The functions in this file change the page's DOM directly, where going
// through a go-app render would rebuild or re-compare the article's
// thousands of nodes. They do nothing on the server.

// articleID is the id of the element that contains the highlighted text.
const articleID = "article"

// applyShown sets the hide-<type> classes on the article's container to
// match s. go-app never sets these classes, so it never overwrites them.
// The marks of a type switched off then leave the order of Tab, and come
// back when it is switched on, once the change is painted and a few
// hundred marks at a time, so that a very long article neither delays
// the toggle's paint nor holds the page.
func (r *reader) applyShown(ctx app.Context) {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(articleID)
	if !el.Truthy() {
		return
	}
	list := el.Get("classList")
	for _, t := range article.Types {
		list.Call("toggle", "hide-"+string(t), !r.shown.Has(t))
	}
	if r.tabbable != r.shown && !r.tabStopsDue {
		r.tabStopsDue = true
		afterPaint(ctx, r.setTabStops)
	}
}

// tabStopsPerTask is how many marks setTabStops changes in one task.
const tabStopsPerTask = 300

// setTabStops makes the marks of the types shown stops for Tab, and the
// others not (setShown), tabStopsPerTask marks at a time; it runs again in a task of
// its own until every mark is right, following the toggles made since.
func (r *reader) setTabStops(ctx app.Context) {
	el := app.Window().GetElementByID(articleID)
	if !el.Truthy() {
		r.tabStopsDue = false
		return
	}
	left := tabStopsPerTask
	for _, t := range article.Types {
		if r.shown.Has(t) == r.tabbable.Has(t) {
			continue
		}
		from := "0"
		if r.shown.Has(t) {
			from = "-1"
		}
		marks := el.Call("querySelectorAll", `mark[data-entity-type="`+string(t)+`"][tabindex="`+from+`"]`)
		n := marks.Length()
		for i := 0; i < n && i < left; i++ {
			setShown(marks.Index(i), r.shown.Has(t))
		}
		if n > left {
			break
		}
		left -= n
		r.tabbable = r.tabbable.Toggle(t)
	}
	if r.tabbable == r.shown {
		r.tabStopsDue = false
		return
	}
	inTask(ctx, r.setTabStops)
}

// setShown makes a highlight one that Tab stops at and that says what
// activating it does; or, for a type switched off, neither. Its title,
// what it marks, stays: taking it away and back would restyle every
// highlight of the type at the next toggle (browsers style elements by
// their title), which costs more than a frame on a long article.
func setShown(m app.Value, shown bool) {
	if shown {
		m.Call("setAttribute", "tabindex", "0")
		m.Call("setAttribute", "aria-describedby", mentionHelpID)
		return
	}
	m.Call("setAttribute", "tabindex", "-1")
	m.Call("setAttribute", "aria-describedby", mentionNoHelpID)
}

// afterPaint runs f on the UI goroutine once the browser has painted what
// changed so far: after the next frame, in a task of its own.
func afterPaint(ctx app.Context, f func(app.Context)) {
	var frame app.Func
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		inTask(ctx, f)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}

// inTask runs f on the UI goroutine in a task of its own, after what the
// browser has queued already, such as input and painting.
func inTask(ctx app.Context, f func(app.Context)) {
	var task app.Func
	task = app.FuncOf(func(app.Value, []app.Value) any {
		task.Release()
		ctx.Dispatch(f)
		return nil
	})
	app.Window().Call("setTimeout", task, 0)
}

// markReady tells tests and tools that the WebAssembly app is running and
// the view is interactive. After a link within the program, which leaves
// the focus on nothing as the page it was on goes, it also moves the
// focus to the new page's heading, which screen readers then read out.
func markReady() {
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
	focusTarget("main")
}

// pageShown is whether the program has shown a page already.
var pageShown bool

// markSelection marks every span in group as selected and the span current
// as the current one, clearing any earlier marks; an empty group clears
// them all.
func markSelection(group []string, current string) { markSelectionIn(articleID, group, current) }

// markSelectionIn is markSelection in the text of the element with id
// root.
func markSelectionIn(root string, group []string, current string) {
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

// scrollToSpan brings a span into view without moving the focus.
func scrollToSpan(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
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
			// (selectableText), rather than scroll.
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

// scrollNow scrolls the element with the given id at once, rather than
// smoothly, to block ("start" or "center") of the screen, below what its
// scroll margin leaves room for: after a change of the page's height, a
// smooth scroll would aim where the element was before.
func scrollNow(id, block string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": block})
	}
}

// revealSpan scrolls the least needed to show a span of the article clear
// of what covers the edges of the screen: its scroll margins leave room
// for the sticky tabs and, on a phone, the card's sheet.
func revealSpan(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest", "behavior": "smooth"})
	}
}

// focusWithin reports whether the keyboard focus is in the element with
// the given id.
func focusWithin(id string) bool {
	if !app.IsClient {
		return false
	}
	el := app.Window().GetElementByID(id)
	return el.Truthy() && el.Call("contains", app.Window().Get("document").Get("activeElement")).Bool()
}

// focusElement moves the keyboard focus to the element with the given id.
func focusElement(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

// focusTarget moves the keyboard focus to the element with the given id,
// first letting scripts focus it if it cannot take the focus: the target
// of a link within the page.
func focusTarget(id string) {
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

// afterDismiss moves the focus to the page's main part as the reader
// dismisses a notice, so that it is not left on nothing when the notice,
// and its button, go. It acts at once: a deferred function of the button
// would not run, since go-app drops those of elements no longer there.
func afterDismiss() {
	focusTarget("main")
}

// focusInView moves the keyboard focus to the element with the given id
// and scrolls the least needed to show it clear of what is stuck to the
// screen's edges, such as the exercises' score: its scroll margins leave
// room for those. The browser's own scroll on focus would leave an element
// that is on the screen but under them where it is.
func focusInView(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": true})
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// revealElement scrolls the least needed to show the element with the
// given id, inside whatever scrolls around it.
func revealElement(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// narrowScreen reports whether the page shows one view at a time, with
// tabs: below 64rem, the breakpoint of web/style.css.
func narrowScreen() bool {
	if !app.IsClient {
		return false
	}
	return app.Window().Call("matchMedia", narrowWidth).Get("matches").Bool()
}

// scrollY is how far the page is scrolled down, in CSS pixels.
func scrollY() float64 {
	if !app.IsClient {
		return 0
	}
	return app.Window().Get("scrollY").Float()
}

// restoreScroll scrolls the page back to y when known; otherwise, if the
// page is scrolled past the top of the main content, to that top, so that
// a view seen for the first time opens at its beginning.
func restoreScroll(y float64, known bool) {
	if !app.IsClient {
		return
	}
	w := app.Window()
	if known {
		w.Call("scrollTo", 0, y)
		return
	}
	main := w.GetElementByID("main")
	if !main.Truthy() {
		return
	}
	if top := main.Get("offsetTop").Float(); scrollY() > top {
		w.Call("scrollTo", 0, top)
	}
}

// spanFromEvent returns the id of the mention or quote an event happened
// on, the innermost one when spans nest, passing over those whose type
// is switched off (a hide-<type> class on a container around them).
func spanFromEvent(e app.Event) string {
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

// closestAttr returns an attribute of the innermost element matching
// selector that contains an event's target, or "".
func closestAttr(e app.Event, selector, attr string) string {
	target := e.Get("target")
	if !target.Truthy() || !target.Get("closest").Truthy() {
		return ""
	}
	el := target.Call("closest", selector)
	if !el.Truthy() {
		return ""
	}
	return el.Call("getAttribute", attr).String()
}

// markEvidence marks one evidence span in the article as current, with
// aria-current="true", clearing the mark from any other.
func markEvidence(id string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	old := doc.Call("querySelectorAll", "#"+articleID+" [data-evidence-span][aria-current]")
	for i := 0; i < old.Length(); i++ {
		old.Index(i).Call("removeAttribute", "aria-current")
	}
	if el := doc.Call("getElementById", id); id != "" && el.Truthy() {
		el.Call("setAttribute", "aria-current", "true")
	}
}

// markClaim marks the claim with the given id as the selected one, with
// aria-current="true", and the panel's controls for the evidence as
// current, clearing both marks from any other.
func markClaim(claim, evidence string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	old := doc.Call("querySelectorAll", "#claims [data-claim][aria-current]")
	for i := 0; i < old.Length(); i++ {
		old.Index(i).Call("removeAttribute", "aria-current")
	}
	if el := doc.Call("getElementById", "claim-"+claim); claim != "" && el.Truthy() {
		el.Call("setAttribute", "aria-current", "true")
	}
	links := doc.Call("querySelectorAll", "#claims .evidence-link")
	for i := 0; i < links.Length(); i++ {
		el := links.Index(i)
		on := evidence != "" && el.Call("getAttribute", "data-evidence").String() == evidence
		el.Get("classList").Call("toggle", "is-current", on)
		if on {
			el.Call("setAttribute", "aria-current", "true")
		} else {
			el.Call("removeAttribute", "aria-current")
		}
	}
}

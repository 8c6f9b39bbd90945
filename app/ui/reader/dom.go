package reader

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// articleID is the id of the element that contains the highlighted text.
const articleID = "article"

// markSelection marks every span in group as selected and the span current
// as the current one, clearing any earlier marks; an empty group clears
// them all.
func markSelection(group []string, current string) { ui.MarkSelectionIn(articleID, group, current) }

// scrollToSpan brings a span into view without moving the focus.
func scrollToSpan(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
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

// inClaimClass marks, in the article, the passages of the selected claim.
const inClaimClass = "in-claim"

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
// current, clearing both marks from any other. In the article, the
// passages the claim rests on get the class in-claim, which a small
// screen shows the § buttons of.
func markClaim(claim, evidence string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	spans := doc.Call("querySelectorAll", "#"+articleID+" [data-evidence-span]")
	for i := 0; i < spans.Length(); i++ {
		el := spans.Index(i)
		on := claim != "" && slices.Contains(strings.Fields(el.Call("getAttribute", "data-claims").String()), claim)
		el.Get("classList").Call("toggle", inClaimClass, on)
	}
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

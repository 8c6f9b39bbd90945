package editor

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// What the editor does with the claims the annotator suggested: accept
// one as it is, or reject it. Changing one through the claim form accepts
// it too (the model's edits do), and the status says so.

// acceptClaim accepts the suggested claim with the given ID; the focus
// goes to its heading, as the Accept button goes with the mark.
func (ed *view) acceptClaim(claim string) {
	ed.change("Accepted the claim “"+ed.claimQuestion(claim)+"”: it is no longer marked as found automatically.",
		func() error { return ed.draft.AcceptClaim(claim) })
	if ed.problem == "" {
		ui.FocusInView(claimHeadingID(claim))
	}
}

// rejectClaim removes the suggested claim with the given ID, with the
// evidence nothing else rests on. The focus goes to the heading of the
// claim after it, or, when it was the last, to the panel's heading.
func (ed *view) rejectClaim(ctx app.Context, claim string) {
	next := ""
	if i := slices.IndexFunc(ed.draft.Claims, func(c article.Claim) bool { return c.ID == claim }); i >= 0 && i+1 < len(ed.draft.Claims) {
		next = ed.draft.Claims[i+1].ID
	}
	ed.change("Rejected the suggested claim “"+ed.claimQuestion(claim)+"”.", func() error { return ed.draft.RejectClaim(claim) })
	if ed.problem != "" {
		return
	}
	if ed.form.claim == claim {
		ed.form = claimForm{}
	}
	if next == "" {
		ui.FocusInView("editor-claims-title")
		return
	}
	// Once the list shows the claims that are left: until then the
	// heading of the next claim is the one after where it will be.
	ctx.Defer(func(app.Context) { ui.FocusInView(claimHeadingID(next)) })
}

// acceptsNote is what to add to the status of a change to the claim with
// the given ID, made through the claim form: that it accepted the claim,
// when the annotator suggested it; "" otherwise.
func (ed *view) acceptsNote(claim string) string {
	if c, ok := ed.draft.Claim(claim); ok && c.Suggested {
		return " The claim is accepted: it is no longer marked as found automatically."
	}
	return ""
}

// showEvidence shows a passage a claim rests on in the text: scrolled to
// the middle of the screen and marked as the one shown, with
// aria-current, as the reader's panel shows it. The focus stays on the
// control, which quotes the passage.
func showEvidence(id string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	old := doc.Call("querySelectorAll", "#"+editorArticleID+" [data-evidence-span][aria-current]")
	for i := 0; i < old.Length(); i++ {
		old.Index(i).Call("removeAttribute", "aria-current")
	}
	if el := doc.Call("getElementById", id); id != "" && el.Truthy() {
		el.Call("setAttribute", "aria-current", "true")
		el.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
	}
}

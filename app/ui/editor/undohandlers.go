package editor

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// state is the editor's article and the highlight selected in it, as
// undo and redo keep them.
func (ed *view) state() state {
	return state{art: ed.draft, selected: ed.selected, quote: ed.quote}
}

// onUndo undoes the latest change, and onRedo redoes the latest change
// undone. The article is shown and kept as it then is, with the highlight
// that was selected then selected again.
func (ed *view) onUndo(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	ed.keepClaimFocus(ctx)
	ed.travel(ed.hist.back, "Undone: ", "There is nothing to undo.")
}

func (ed *view) onRedo(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	ed.keepClaimFocus(ctx)
	ed.travel(ed.hist.forward, "Redone: ", "There is nothing to redo.")
}

func (ed *view) travel(step func(current state) (state, string, bool), done, none string) {
	if ed.draft == nil {
		return
	}
	s, what, ok := step(ed.state())
	ed.problem = ""
	if !ok {
		ed.status = none
		return
	}
	keepForm := ed.form.stillFits(ed.draft, s.art)
	ed.draft, ed.html = s.art, ui.ArticleHTML(s.art)
	ed.selected, ed.quote = s.selected, s.quote
	ed.status = done + what
	ed.keep()
	ed.dropGoneSelection()
	// An open claim form stays open with what was typed, unless the undo
	// or redo took away, or changed, the claim or party it is for: sent
	// then, it would redo the change undone, or name a claim or party no
	// longer there.
	if ed.form.mode != formClosed && !keepForm {
		ed.form = claimForm{}
		ed.status += " The claim form was for what this changed, so it is closed."
	}
}

// textEntry matches the fields where Ctrl+Z undoes typing: those the
// editor's keys leave alone.
const textEntry = `textarea, [contenteditable], input:not([type="file"], [type="button"], [type="submit"], [type="checkbox"], [type="radio"])`

// onHistoryKey undoes with Ctrl+Z (Command+Z on a Mac) and redoes with
// Ctrl+Shift+Z or Ctrl+Y, except in a text field, which undoes its own
// typing, and in the claim form.
func (ed *view) onHistoryKey(ctx app.Context, e app.Event) {
	if !e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	// In a text field the keys undo its own typing; elsewhere in the
	// claim form, on a box or a choice, they would undo a change to the
	// article that the teacher is not thinking of.
	if e.Get("target").Call("closest", textEntry+", #claim-form").Truthy() {
		return
	}
	switch key := strings.ToLower(e.Get("key").String()); {
	case key == "z" && !e.Get("shiftKey").Bool():
		e.PreventDefault()
		ed.onUndo(ctx, e)
	case key == "z" || key == "y":
		e.PreventDefault()
		ed.onRedo(ctx, e)
	}
}

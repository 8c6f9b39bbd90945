package editor

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// watchOtherTabs keeps the editor in step with the editor open in another
// tab or window of this browser, which keeps the same article under the
// same key: when that one saves a change, this one takes up its version,
// which Undo takes back, so that neither tab saves over what the other
// did without a word.
func (ed *view) watchOtherTabs(ctx app.Context) {
	ed.otherTabs.Listen(ctx, func(ctx app.Context, ch ui.StorageChange) {
		switch {
		case ch.Cleared || ch.Key == draftKey && ch.Removed:
			ed.otherTabKept("")
		case ch.Key == draftKey:
			ed.otherTabKept(ch.Value)
		}
	})
}

// otherTabKept takes up the article another tab kept, "" when it closed
// it. What this tab showed stays a step of its history, and an open claim
// form stays open if its claim or party is still as it was.
func (ed *view) otherTabKept(kept string) {
	if ed.keepOff {
		return
	}
	if kept == "" {
		if ed.draft != nil {
			ed.status = "The article was closed in another tab of this browser. It stays open here, and your next change keeps it again."
		}
		return
	}
	a, err := article.Parse("the article another tab kept", []byte(kept))
	if err != nil {
		return
	}
	if ed.draft != nil {
		if mine, err := article.EncodeCompact(ed.draft); err == nil && string(mine) == kept {
			return
		}
	}
	form, selected, quote := ed.form, ed.selected, ed.quote
	fits := ed.draft != nil && form.stillFits(ed.draft, a)
	other := ed.draft != nil && ed.draft.ID != a.ID
	if ed.draft == nil {
		ed.setDraft(a)
	} else {
		ed.hist.record(ed.state(), "Took up the changes made in another tab.")
		ed.show(a)
	}
	if fits {
		ed.form = form
	}
	// The selected highlight stays selected, with its panel and what was
	// typed there, when the other tab's version of the article has it too.
	if !other {
		ed.selected, ed.quote = selected, quote
	}
	ed.dropGoneSelection()
	ed.problem = ""
	ed.status = "Another tab of this browser changed the article; this tab now shows its version. Undo brings back what this tab showed."
	if other {
		ed.status = "Another tab of this browser opened “" + a.Title + "”; this tab now shows it too. Undo brings back the article this tab showed."
	}
}

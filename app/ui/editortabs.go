package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// watchOtherTabs keeps the editor in step with the editor open in another
// tab or window of this browser, which keeps the same article under the
// same key: when that one saves a change, this one takes up its version,
// which Undo takes back, so that neither tab saves over what the other
// did without a word.
func (ed *editor) watchOtherTabs(ctx app.Context) {
	ed.otherTabs.listen(ctx, func(ctx app.Context, ch storageChange) {
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
func (ed *editor) otherTabKept(kept string) {
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
	form := ed.form
	fits := ed.draft != nil && form.stillFits(ed.draft, a)
	if ed.draft == nil {
		ed.setDraft(a)
	} else {
		ed.hist.record(ed.state(), "Took up the changes made in another tab.")
		ed.show(a)
	}
	// The selected highlight's panel goes: the focus, if it was there,
	// goes to the text, where the keys still work.
	if focusWithin("editor-selected") {
		focusElement(editorArticleID)
	}
	if fits {
		ed.form = form
	}
	ed.problem = ""
	ed.status = "Another tab of this browser changed the article; this tab now shows its version. Undo brings back what this tab showed."
}

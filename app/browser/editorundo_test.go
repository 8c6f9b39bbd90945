//go:build !js

package browser

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
)

// TestEditorUndo corrects an article twice, then undoes and redoes the
// corrections with the buttons and with the keys: each step shows the
// article as it was and keeps it in the browser; a new correction leaves
// nothing to redo; another article opened over it can be undone too.
func TestEditorUndo(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]') && document.querySelectorAll("#editor-article mark").length === 11`)
	unavailable := func(id string) bool {
		return eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-disabled") === "true"`, id))
	}
	if !unavailable("editor-undo") || !unavailable("editor-redo") {
		t.Error("a freshly opened article has something to undo or redo")
	}
	original := eval[editorState](t, ctx, editorStateJS)

	step(t, ctx, "selecting Facebook", chromedp.Click(chromedp.CSS(mark("facebook"))))
	waitFor(t, ctx, "its panel", `!!document.querySelector('[data-set-type="place"]')`)
	step(t, ctx, "making it a place", chromedp.Click(chromedp.CSS(`[data-set-type="place"]`)))
	waitFor(t, ctx, "the new type", `document.querySelector('#editor-article mark[data-entity="facebook"]').dataset.entityType === "place"`)
	retyped := eval[editorState](t, ctx, editorStateJS)
	step(t, ctx, "selecting the City Council", chromedp.Click(chromedp.CSS(mark("council"))))
	waitFor(t, ctx, "its panel", `document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-entity="council"]').id`)
	step(t, ctx, "removing it", chromedp.Click(chromedp.CSS(`#editor-selected [data-edit="remove"]`)))
	waitFor(t, ctx, "the highlight to go", `document.querySelectorAll('#editor-article mark[data-entity="council"]').length === 0`)
	removed := eval[editorState](t, ctx, editorStateJS)
	if original == retyped || retyped == removed {
		t.Fatalf("the corrections changed nothing: %+v, %+v, %+v", original, retyped, removed)
	}

	kept := func() editorState {
		t.Helper()
		raw := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft") || ""`)
		a, err := article.Parse("kept", []byte(raw))
		if err != nil {
			t.Fatalf("the article kept in the browser does not read: %v", err)
		}
		return editorState{Facebook: string(a.TypeOf("facebook")), Council: len(a.MentionsOf("council"))}
	}
	// expect waits for the page to show want, and checks the status and
	// that the browser keeps the same.
	expect := func(what string, want editorState, status string) {
		t.Helper()
		waitFor(t, ctx, what+", said", fmt.Sprintf(`document.querySelector("[data-editor-status]").textContent === %q`, status))
		if got := eval[editorState](t, ctx, editorStateJS); got != want {
			t.Errorf("%s: the page shows %+v, want %+v", what, got, want)
		}
		if got := kept(); got.Facebook != want.Facebook || got.Council != want.Council {
			t.Errorf("%s: the browser keeps Facebook as %q and %d council mentions, want %q and %d", what, got.Facebook, got.Council, want.Facebook, want.Council)
		}
	}

	if got := eval[string](t, ctx, `document.getElementById("editor-undo").textContent`); got != "Undo: Highlight removed." {
		t.Errorf("the Undo button reads %q to a screen reader, want it to name the removal", got)
	}
	checkAccessibility(t, ctx, "editor, with changes to undo")
	checkWholeTarget(t, ctx, "#editor-undo")
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	expect("the removal undone", retyped, "Undone: Highlight removed.")
	// What came back is selected again, as it was before its removal.
	waitFor(t, ctx, "the City Council selected again", `!!document.querySelector("#editor-selected") && document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-entity="council"]').id`)
	if unavailable("editor-redo") {
		t.Error("after an undo, Redo is unavailable")
	}

	step(t, ctx, "focusing the text", chromedp.Focus(chromedp.CSS("#editor-article")))
	step(t, ctx, "Ctrl+Z", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	expect("the type undone by keyboard", original, "Undone: Changed to place.")
	if !unavailable("editor-undo") || eval[bool](t, ctx, `document.getElementById("editor-undo").hasAttribute("title")`) {
		t.Error("with every change undone, Undo is still offered, or its tooltip still names a change")
	}
	if id := eval[string](t, ctx, `document.activeElement.id`); id != "editor-article" {
		t.Errorf("after Ctrl+Z the focus is on %q, want it left on the text", id)
	}
	step(t, ctx, "Ctrl+Z with nothing to undo", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	expect("nothing more undone", original, "There is nothing to undo.")

	step(t, ctx, "Ctrl+Shift+Z", chromedp.KeyEvent("Z", chromedp.KeyModifiers(chromedp.ModifierCtrl|chromedp.ModifierShift)))
	expect("the type redone by keyboard", retyped, "Redone: Changed to place.")
	step(t, ctx, "focusing Redo", chromedp.Focus(chromedp.CSS("#editor-redo")))
	step(t, ctx, "Enter on Redo", chromedp.KeyEvent(kb.Enter))
	expect("the removal redone", removed, "Redone: Highlight removed.")
	if !unavailable("editor-redo") || eval[string](t, ctx, `document.activeElement.id`) != "editor-redo" {
		t.Error("with every change redone, Redo is still offered, or it lost the focus")
	}

	// A new correction after an undo leaves nothing to redo.
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	expect("the removal undone again", retyped, "Undone: Highlight removed.")
	// The undo selects the City Council again once the page is drawn: a
	// click before then lands where the text was, not where it is.
	waitFor(t, ctx, "the City Council selected again", `!!document.querySelector("#editor-selected") && document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-entity="council"]').id`)
	waitScrollStill(t, ctx)
	step(t, ctx, "selecting Facebook", chromedp.Click(chromedp.CSS(mark("facebook"))))
	// The City Council's panel is open, selected again by the undo: wait
	// for Facebook's.
	waitFor(t, ctx, "its panel", `!!document.querySelector("#editor-selected") && document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-entity="facebook"]').id`)
	step(t, ctx, "making it an organization", chromedp.Click(chromedp.CSS(`[data-set-type="organization"]`)))
	waitFor(t, ctx, "the new type", `document.querySelector('#editor-article mark[data-entity="facebook"]').dataset.entityType === "organization"`)
	if !unavailable("editor-redo") {
		t.Error("after a new correction, the removal undone can still be redone")
	}

	// Another article opened over the corrected one: Undo brings the
	// corrected one back, as it was, and Redo the other again.
	step(t, ctx, "choosing another article file", chromedp.SetUploadFiles(chromedp.CSS("#article-file"), []string{filepath.Join(root, testArticles, "ferry.json")}))
	waitFor(t, ctx, "the other article", `!!document.querySelector('[data-draft="ferry"]')`)
	waitFor(t, ctx, "the status saying Undo brings it back", `document.querySelector("[data-editor-status]").textContent === "Opened ferry.json. Undo brings back the article open before, as it was."`)
	if unavailable("editor-undo") || !unavailable("editor-redo") {
		t.Error("another article opened over a corrected one cannot be undone, or can be redone")
	}
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	waitFor(t, ctx, "the corrected article back", `!!document.querySelector('[data-draft="porto"]') && document.querySelector('#editor-article mark[data-entity="facebook"]').dataset.entityType === "organization"`)
	step(t, ctx, "pressing Redo", chromedp.Click(chromedp.CSS("#editor-redo")))
	waitFor(t, ctx, "the other article again", `!!document.querySelector('[data-draft="ferry"]') && document.querySelector("[data-editor-status]").textContent === "Redone: Opened ferry.json."`)

	// Added with nothing selected before, a highlight's panel takes the
	// focus; undone, the panel goes and the focus moves to the text,
	// where the keys still work. A file field does not keep them either.
	selectTextIn(t, ctx, "editor-article", "ferry fares", 0)
	setSelect(t, ctx, "#add-type", "event")
	step(t, ctx, "adding it", chromedp.Click(chromedp.CSS(`[data-edit="add"]`)))
	waitFor(t, ctx, "the new highlight's panel, focused", `document.activeElement && document.activeElement.id === "editor-selected-title"`)
	step(t, ctx, "Ctrl+Z", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, "the addition undone", `document.querySelector("[data-editor-status]").textContent.startsWith("Undone: Added")`)
	waitFor(t, ctx, "the focus on the text", `!document.querySelector("#editor-selected") && document.activeElement.id === "editor-article"`)
	step(t, ctx, "focusing the import field", chromedp.Focus(chromedp.CSS("#w3c-file")))
	step(t, ctx, "Ctrl+Y", chromedp.KeyEvent("y", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, "the addition redone", `document.querySelector("[data-editor-status]").textContent.startsWith("Redone: Added")`)
}

// TestEditorTwoTabs opens the same article in the editor of two tabs: when
// one keeps a change, the other takes up its version, rather than saving
// its own over it at its next change, and Undo takes the other's version
// back. As in TestClassroomTwoTabs, the second tab is a second browser,
// and the storage event the browser would send is sent by the test.
func TestEditorTwoTabs(t *testing.T) {
	enabled(t)
	other := newBrowser(t)
	openInEditor(t, other, editorFile)
	step(t, other, "selecting the City Council", chromedp.Click(chromedp.CSS(mark("council"))))
	step(t, other, "removing it", chromedp.Click(chromedp.CSS(`#editor-selected [data-edit="remove"]`)))
	waitFor(t, other, "the highlight gone", `!document.querySelector('#editor-article mark[data-entity="council"]')`)
	kept := eval[string](t, other, `localStorage.getItem("newsexplorer/draft") || ""`)
	if !strings.Contains(kept, `"porto"`) || strings.Contains(kept, `"entity":"council"`) {
		t.Fatalf("the other tab kept no article without the council's highlight: %.200s", kept)
	}

	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article open and kept", `!!document.querySelector('#editor-article mark[data-entity="council"]') && !!localStorage.getItem("newsexplorer/draft")`)
	mine := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft") || ""`)
	// A name being typed in this tab, not saved yet, is kept over the
	// other tab's change, with its panel.
	step(t, ctx, "selecting Lima", chromedp.Click(chromedp.CSS(mark("lima"))))
	waitFor(t, ctx, "her panel", `!!document.querySelector("#entity-name")`)
	setField(t, ctx, "entity-name", "Ana Lima (mayor)")
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const key = "newsexplorer/draft", value = %q, old = localStorage.getItem(key);
		localStorage.setItem(key, value);
		dispatchEvent(new StorageEvent("storage", {key, oldValue: old, newValue: value, storageArea: localStorage, url: location.href}));
		return true;
	})()`, kept))
	waitFor(t, ctx, "the other tab's change shown", `!document.querySelector('#editor-article mark[data-entity="council"]') &&
		document.querySelector("[data-editor-status]").textContent.startsWith("Another tab of this browser changed the article")`)
	if got := eval[string](t, ctx, `(document.querySelector("#entity-name") || {value: "(the panel is gone)"}).value`); got != "Ana Lima (mayor)" {
		t.Errorf("after the other tab's change, the name being typed reads %q", got)
	}
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	waitFor(t, ctx, "this tab's version back", `!!document.querySelector('#editor-article mark[data-entity="council"]')`)
	if got := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft") || ""`); got != mine {
		t.Errorf("after Undo the browser keeps another article than this tab's own")
	}
	// Another article opened in the other tab is named as such.
	eval[bool](t, ctx, `(() => {
		const key = "newsexplorer/draft", a = JSON.parse(localStorage.getItem(key));
		a.id = "other-trees"; a.title = "Other trees";
		const value = JSON.stringify(a);
		localStorage.setItem(key, value);
		dispatchEvent(new StorageEvent("storage", {key, newValue: value, storageArea: localStorage, url: location.href}));
		return true;
	})()`)
	waitFor(t, ctx, "the other article named", `document.querySelector("[data-editor-status]").textContent.startsWith("Another tab of this browser opened “Other trees”")`)
}

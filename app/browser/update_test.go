//go:build !js

package browser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/ui"
	"newsexplorer/app/webtest"
)

// nextVersion returns a web folder for the next version of the app: the
// same app with a changed style sheet.
func nextVersion(t *testing.T) string {
	t.Helper()
	next := t.TempDir()
	copyDir(t, filepath.Join(root, "web"), next)
	f, err := os.OpenFile(filepath.Join(next, "style.css"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "/* the next version */")
	f.Close()
	return next
}

// TestUpdateFoundWhileOpen leaves a page open while a new version is
// published: when the page comes back into view, the new version is
// found and offered, with no reload.
func TestUpdateFoundWhileOpen(t *testing.T) {
	enabled(t)
	addr := freeAddr(t)
	next := nextVersion(t)

	first, err := startServer("-addr", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer first.stop()
	ctx := newBrowser(t)
	open(t, ctx, first.url, "/")
	waitOffline(t, ctx)
	// A later visit, which the stored version serves. The browser checks
	// for a new worker as a page opens: that check is over before the
	// new version is published.
	open(t, ctx, first.url, "/")
	waitOffline(t, ctx)
	eval[bool](t, ctx, `(async () => { await (await navigator.serviceWorker.ready).update(); return true })()`)
	first.stop()
	second, err := startServer("-addr", addr, "-web", next)
	if err != nil {
		t.Fatal(err)
	}
	defer second.stop()

	// The tab comes back into view, as when a student returns to it.
	eval[bool](t, ctx, `document.dispatchEvent(new Event("visibilitychange")), true`)
	waitFor(t, ctx, "the offer of the new version", `document.querySelector('[data-update="ready"] button') !== null`)
}

// TestUpdateWarnsOfTyping offers a new version while an article is typed
// into the editor and not yet annotated: Reload to update says the typing
// would be lost and keeps the page, Not now goes back to the offer, and
// Reload anyway reloads.
func TestUpdateWarnsOfTyping(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, ui.EditorPath)
	offer := func() {
		t.Helper()
		// What the worker says as a new version activates.
		eval[bool](t, ctx, `navigator.serviceWorker.dispatchEvent(new MessageEvent("message", {data: {type: "activated", version: "next"}})), true`)
		waitFor(t, ctx, "the offer of the new version", `document.querySelector('[data-update="ready"] .update-reload') !== null`)
	}
	offer()
	step(t, ctx, "typing a title", chromedp.SendKeys(chromedp.CSS("#paste-title"), "Council votes"))
	eval[bool](t, ctx, `window.stillHere = true`)
	step(t, ctx, "Reload to update", chromedp.Click(chromedp.CSS(`[data-update="ready"] .update-reload`)))
	waitFor(t, ctx, "the warning, with the focus on Not now", `document.querySelector('[data-reload="anyway"]') !== null && document.activeElement.id === "update-not-now"`)
	if text := eval[string](t, ctx, `document.getElementById("update-text").textContent`); !strings.Contains(text, "1 field") {
		t.Errorf("the warning reads %q, want it to name 1 field", text)
	}
	if got := eval[string](t, ctx, `String(window.stillHere) + " " + document.getElementById("paste-title").value`); got != "true Council votes" {
		t.Fatalf("after the warning the page has stillHere and the title %q, want true and the title typed", got)
	}
	step(t, ctx, "Not now", chromedp.Click(chromedp.CSS("#update-not-now")))
	waitFor(t, ctx, "the offer again", `document.querySelector('[data-reload="anyway"]') === null && document.querySelector('[data-update="ready"] .update-reload') !== null`)
	step(t, ctx, "Reload to update", chromedp.Click(chromedp.CSS(`[data-update="ready"] .update-reload`)))
	step(t, ctx, "Reload anyway", chromedp.Click(chromedp.CSS(`[data-reload="anyway"]`)))
	waitAcrossNavigation(t, ctx, "the page to reload", `window.stillHere === undefined && document.body.dataset.ready === "true"`)

	// With nothing typed, the offer reloads at once.
	offer()
	eval[bool](t, ctx, `window.stillHere = true`)
	step(t, ctx, "Reload to update", chromedp.Click(chromedp.CSS(`[data-update="ready"] .update-reload`)))
	waitAcrossNavigation(t, ctx, "the page to reload", `window.stillHere === undefined && document.body.dataset.ready === "true"`)
}

// TestUpdateKeepsSavedChoice serves one version, saves a highlight choice,
// answers two exercises and keeps an article in the editor, then serves a
// new version at the same address: the reader is offered the new version,
// reloads into it, and the saved choice, the answers and the editor's
// article (in the authors' program, now of the new version) are still
// there.
func TestUpdateKeepsSavedChoice(t *testing.T) {
	enabled(t)
	addr := freeAddr(t)

	next := nextVersion(t)

	first, err := startServer("-addr", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer first.stop()
	ctx := newBrowser(t)
	open(t, ctx, first.url, "/")
	waitOffline(t, ctx)
	oldVersion := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`)
	step(t, ctx, "switching quotes off", chromedp.Click(chromedp.CSS(`[data-toggle="quote"]`)))
	waitFor(t, ctx, "the choice to be saved", `(localStorage.getItem("newsexplorer/highlights") || "").includes("person")`)
	saved := eval[string](t, ctx, `localStorage.getItem("newsexplorer/highlights")`)
	// And two answers in the classroom, one right and one wrong.
	a := defaultArticle(t)
	exercises := exercise.Generate(a)
	var withChoices []exercise.Exercise
	for _, e := range exercises {
		if len(e.Choices) > 1 {
			withChoices = append(withChoices, e)
		}
	}
	if len(withChoices) < 2 {
		t.Fatalf("the default article has %d exercises with choices, want at least 2", len(withChoices))
	}
	right, wrong := withChoices[0], withChoices[1]
	openClassroom(t, ctx, first.url)
	choose(t, ctx, right.ID, right.Answer)
	choose(t, ctx, wrong.ID, wrongChoice(t, wrong))
	answers := webtest.ClassroomState{
		Score:    fmt.Sprintf("1/%d", len(exercises)),
		Answered: "2",
		Feedback: map[string]string{right.ID: "right", wrong.ID: "wrong"},
		Chosen:   map[string]string{right.ID: right.Answer, wrong.ID: wrongChoice(t, wrong)},
	}
	checkState(t, ctx, "before the update", answers)
	progress := eval[string](t, ctx, `localStorage.getItem("`+progressKey+`")`)
	// And an article kept in the editor, which the authors' program runs.
	open(t, ctx, first.url, ui.EditorPath)
	step(t, ctx, "choosing the article file", chromedp.SetUploadFiles(chromedp.CSS("#article-file"), []string{editorFile}))
	waitFor(t, ctx, "the article kept", `!!document.querySelector("[data-draft]") && !!localStorage.getItem("newsexplorer/draft")`)
	draft := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft")`)
	draftTitle := eval[string](t, ctx, `document.getElementById("editor-title").textContent`)
	first.stop()

	second, err := startServer("-addr", addr, "-web", next)
	if err != nil {
		t.Fatal(err)
	}
	defer second.stop()
	newVersion := second.version
	if newVersion == oldVersion || newVersion == "" {
		t.Fatalf("the next version is %q, the first %q: want two versions", newVersion, oldVersion)
	}

	// A plain reload: the stored old version opens at once, and finds the
	// new one.
	open(t, ctx, first.url, "/")
	waitFor(t, ctx, "the offer of the new version", `document.querySelector('[data-update="ready"] button') !== null`)
	if v := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); v != oldVersion {
		t.Errorf("before reloading, the page runs version %s, want the stored %s", v, oldVersion)
	}
	step(t, ctx, "reloading to update", chromedp.Click(chromedp.CSS(`[data-update="ready"] button`)))
	waitAcrossNavigation(t, ctx, "the new version to run", fmt.Sprintf(
		`document.body.dataset.ready === "true" && goappGetenv("GOAPP_VERSION") === %q`, newVersion))
	if got := eval[string](t, ctx, `localStorage.getItem("newsexplorer/highlights")`); got != saved {
		t.Errorf("after the update the saved choice is %q, want %q", got, saved)
	}
	waitFor(t, ctx, "the saved choice to apply", `document.getElementById("article").classList.contains("hide-quote")`)
	if on := eval[bool](t, ctx, `document.querySelector('[data-toggle="quote"]').getAttribute("aria-pressed") === "true"`); on {
		t.Errorf("after the update the quote toggle is on, want the saved choice (off)")
	}
	// The page hears its worker's version with the offline status, and
	// offers an update in the same frame if the two differ.
	waitFor(t, ctx, "the offline status, with the worker's version", `document.querySelector('[data-offline="ready"]') !== null`)
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-update="ready"]').length`); n != 0 {
		t.Errorf("the new version still offers an update")
	}
	if got := eval[string](t, ctx, `localStorage.getItem("`+progressKey+`")`); got != progress {
		t.Errorf("after the update the saved answers are\n%s\nwant\n%s", got, progress)
	}
	openClassroom(t, ctx, first.url)
	checkState(t, ctx, "after the update", answers)
	open(t, ctx, first.url, ui.EditorPath)
	if v := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); v != newVersion {
		t.Errorf("after the update the editor runs version %s, want %s", v, newVersion)
	}
	if got := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft")`); got != draft {
		t.Errorf("after the update the editor's kept article changed")
	}
	waitFor(t, ctx, "the kept article in the editor", fmt.Sprintf(`document.getElementById("editor-title")?.textContent === %q`, draftTitle))
	waitOffline(t, ctx)
}

// TestCorruptSavedChoice checks that a saved choice this version cannot
// read is reported and set aside, not lost, and the app still works.
func TestCorruptSavedChoice(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	const corrupt = `{"format":"news-explorer-highlights/1","show":["person",`
	eval[bool](t, ctx, fmt.Sprintf(`localStorage.setItem("newsexplorer/highlights", %q); true`, corrupt))
	open(t, ctx, site, "/")
	waitFor(t, ctx, "the notice about the saved choice", `document.querySelector("[data-saved-notice]") !== null`)
	notice := eval[string](t, ctx, `document.querySelector("[data-saved-notice]").textContent`)
	for _, want := range []string{"saved highlights", "newsexplorer/highlights.unreadable"} {
		if !strings.Contains(notice, want) {
			t.Errorf("notice %q does not mention %q", notice, want)
		}
	}
	if got := eval[string](t, ctx, `localStorage.getItem("newsexplorer/highlights.unreadable")`); got != corrupt {
		t.Errorf("the unreadable data set aside is %q, want %q", got, corrupt)
	}
	got := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS)
	for _, typ := range article.Types {
		if got[string(typ)].Off != 0 {
			t.Errorf("with unreadable saved data, %d %s marks are not highlighted; want every type shown", got[string(typ)].Off, typ)
		}
	}
	step(t, ctx, "dismissing the notice", chromedp.Click(chromedp.CSS(`[data-saved-notice] button`)))
	waitFor(t, ctx, "the notice to go", `document.querySelector("[data-saved-notice]") === null`)
	step(t, ctx, "switching dates off", chromedp.Click(chromedp.CSS(`[data-toggle="date"]`)))
	waitFor(t, ctx, "the new choice to be saved", `!(localStorage.getItem("newsexplorer/highlights") || "date").includes("date")`)
}

//go:build !js

package browser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/exercise"
	"newsexplorer/app/webtest"
)

// TestClassroomTwoTabs has another tab of the same browser save answers
// while the exercises are open: the page shows that tab's answers at
// once, and its own next answer, after a reload, keeps them, where each
// tab used to save over the other's. The other tab's save is what the
// browser does for it: the value written to localStorage and a storage
// event sent to the page (the browser sends it only to other pages); the
// value comes from a second browser that answered two exercises.
func TestClassroomTwoTabs(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	who := exerciseByID(t, a, "who-said-it/q4")
	fact := exerciseByID(t, a, "claim-or-fact/neo-nazi-label")
	source := exerciseByID(t, a, "source-kind/kursk-retaken/ukraine")

	other := newBrowser(t)
	openClassroom(t, other, site)
	choose(t, other, who.ID, who.Answer)
	choose(t, other, fact.ID, fact.Answer)
	saved := eval[string](t, other, fmt.Sprintf(`localStorage.getItem(%q) || ""`, progressKey))
	if saved == "" {
		t.Fatal("the other browser saved no answers")
	}

	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	choose(t, ctx, who.ID, who.Answer)
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const key = %q, value = %q, old = localStorage.getItem(key);
		localStorage.setItem(key, value);
		dispatchEvent(new StorageEvent("storage", {key, oldValue: old, newValue: value, storageArea: localStorage, url: location.href}));
		return true;
	})()`, progressKey, saved))
	waitFor(t, ctx, "the other tab's answer shown", fmt.Sprintf(`(document.querySelector(%q) || {dataset: {}}).dataset.feedback === "right"`, exerciseSel(fact.ID)+" [data-feedback]"))
	choose(t, ctx, source.ID, source.Answer)

	open(t, ctx, site, "/classroom")
	for _, id := range []string{who.ID, fact.ID, source.ID} {
		waitFor(t, ctx, "the answer to "+id+" after a reload", fmt.Sprintf(`(document.querySelector(%q) || {dataset: {}}).dataset.feedback === "right"`, exerciseSel(id)+" [data-feedback]"))
	}
}

// TestClassroomUnreadableProgress saves answers this version cannot read:
// each is reported with what and where, set aside under a key of its own
// with its data intact, and the exercises work again.
func TestClassroomUnreadableProgress(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	tests := []struct {
		name, raw, aside, what string
	}{
		{"corrupt", `{"format":"news-explorer-progress/1","article":"kursk","answers":[`, progressKey + ".unreadable", "saved answers"},
		{"older format", `{"format":"news-explorer-progress/0","article":"kursk","answers":[]}`, progressKey + ".unreadable-2", "older version"},
		{"unknown exercise", `{"format":"news-explorer-progress/1","article":"kursk","answers":[{"exercise":"who-said-it/q99","choice":"putin","correct":true,"tries":1,"at":"2025-05-02T09:14:00Z"}]}`, progressKey + ".unreadable-3", "unknown exercise"},
	}
	for _, tt := range tests {
		eval[bool](t, ctx, fmt.Sprintf(`localStorage.setItem(%q, %q); true`, progressKey, tt.raw))
		openClassroom(t, ctx, site)
		waitFor(t, ctx, "the notice", `document.querySelector('[data-saved-notice="progress"][role="alert"]') !== null`)
		notice := eval[string](t, ctx, `document.querySelector("[data-saved-notice]").textContent`)
		for _, w := range []string{tt.what, tt.aside} {
			if !strings.Contains(notice, w) {
				t.Errorf("%s: the notice %q does not mention %q", tt.name, notice, w)
			}
		}
		if got := eval[string](t, ctx, fmt.Sprintf(`localStorage.getItem(%q)`, tt.aside)); got != tt.raw {
			t.Errorf("%s: set aside under %s: %q, want %q", tt.name, tt.aside, got, tt.raw)
		}
		if eval[bool](t, ctx, fmt.Sprintf(`localStorage.getItem(%q) !== null`, progressKey)) {
			t.Errorf("%s: the unreadable data is still under %s", tt.name, progressKey)
		}
		checkState(t, ctx, tt.name, webtest.ClassroomState{Score: fmt.Sprintf("0/%d", len(exercise.Generate(a))), Answered: "0"})
	}
	// The first one set aside is still there, and answering works again.
	if got := eval[string](t, ctx, fmt.Sprintf(`localStorage.getItem(%q)`, progressKey+".unreadable")); got != tests[0].raw {
		t.Errorf("the first data set aside is now %q", got)
	}
	who := exerciseByID(t, a, "who-said-it/q1")
	choose(t, ctx, who.ID, who.Answer)
	if p := savedProgress(t, ctx, a); len(p.Answers) != 1 {
		t.Errorf("after answering, %d answers saved, want 1", len(p.Answers))
	}
	// Dismissing the notice by keyboard leaves the focus on the page.
	step(t, ctx, "focusing Dismiss", chromedp.Focus(chromedp.CSS(`[data-saved-notice] button`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the notice gone", `!document.querySelector("[data-saved-notice]")`)
	waitFor(t, ctx, "the focus on the main part", `document.activeElement.id === "main"`)
}

// TestClassroomStartOver checks that "Start over" asks first, that Cancel
// and Escape keep the answers, and that confirming clears them.
func TestClassroomStartOver(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	total := len(exercise.Generate(a))
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	who := exerciseByID(t, a, "who-said-it/q2")
	fact := exerciseByID(t, a, "claim-or-fact/kursk-retaken")
	choose(t, ctx, who.ID, who.Answer)
	choose(t, ctx, fact.ID, fact.Answer)
	want := webtest.ClassroomState{Score: fmt.Sprintf("2/%d", total), Answered: "2", Feedback: map[string]string{who.ID: "right", fact.ID: "right"}}
	saved := eval[string](t, ctx, fmt.Sprintf(`localStorage.getItem(%q)`, progressKey))

	ask := func() {
		t.Helper()
		step(t, ctx, "pressing Start over", chromedp.Click(chromedp.CSS("#start-over")))
		waitFor(t, ctx, "the question, with the focus on Cancel", `document.querySelector('[data-confirm="start-over"]') !== null && document.activeElement.id === "start-over-cancel"`)
	}
	closed := `document.querySelector('[data-confirm="start-over"]') === null && document.activeElement.id === "start-over"`

	ask()
	checkAccessibility(t, ctx, "start over question open")
	step(t, ctx, "pressing Cancel", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the question to close, the focus back", closed)
	checkState(t, ctx, "after Cancel", want)

	ask()
	// The question holds the focus: Tab and Shift+Tab go round its two
	// buttons, so that Escape still reaches it.
	for _, k := range []struct {
		what, key string
		mod       chromedp.Modifier
		want      string
	}{
		{"Tab", kb.Tab, 0, "start-over-confirm"},
		{"Tab", kb.Tab, 0, "start-over-cancel"},
		{"Tab", kb.Tab, 0, "start-over-confirm"},
		{"Shift+Tab", kb.Tab, chromedp.ModifierShift, "start-over-cancel"},
	} {
		step(t, ctx, k.what, chromedp.KeyEvent(k.key, chromedp.KeyModifiers(k.mod)))
		if got := eval[string](t, ctx, `document.activeElement.id`); got != k.want {
			t.Errorf("after %s in the question the focus is on %q, want %q", k.what, got, k.want)
		}
	}
	step(t, ctx, "pressing Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the question to close, the focus back", closed)
	checkState(t, ctx, "after Escape", want)
	if got := eval[string](t, ctx, fmt.Sprintf(`localStorage.getItem(%q)`, progressKey)); got != saved {
		t.Errorf("after cancelling, the saved answers changed:\n%s\nwant\n%s", got, saved)
	}

	ask()
	step(t, ctx, "confirming", chromedp.Click(chromedp.CSS("#start-over-confirm")))
	waitFor(t, ctx, "the question to close, the focus back", closed)
	checkState(t, ctx, "after starting over", webtest.ClassroomState{Score: fmt.Sprintf("0/%d", total), Answered: "0"})
	if p := savedProgress(t, ctx, a); len(p.Answers) != 0 {
		t.Errorf("after starting over, %d answers saved", len(p.Answers))
	}
	openClassroom(t, ctx, site)
	checkState(t, ctx, "after starting over and reloading", webtest.ClassroomState{Score: fmt.Sprintf("0/%d", total), Answered: "0"})
}

// TestClassroomStartOverInView opens the start-over question from the
// bottom of a phone's screen: the whole question comes into view, and so
// does each button Tab moves to. On a desktop, the Start over button stays
// where it was, under the pointer, as the question opens.
func TestClassroomStartOverInView(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone", chromedp.EmulateViewport(360, 740))
	openClassroom(t, ctx, site)
	// The button near the screen's foot, with room below it for less than
	// the question.
	eval[bool](t, ctx, `(window.scrollBy(0, document.querySelector("#start-over").getBoundingClientRect().bottom - innerHeight + 60), true)`)
	step(t, ctx, "focusing Start over", chromedp.Focus(chromedp.CSS("#start-over")))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the question, with the focus on Cancel", `document.querySelector('[data-confirm="start-over"]') !== null && document.activeElement.id === "start-over-cancel"`)
	inView := func(sel string) string {
		return eval[string](t, ctx, fmt.Sprintf(`(() => { const r = document.querySelector(%q).getBoundingClientRect();
			return r.top >= -1 && r.bottom <= innerHeight + 1 ? "" : "from " + Math.round(r.top) + " to " + Math.round(r.bottom) + " of " + innerHeight })()`, sel))
	}
	waitScrollStill(t, ctx)
	if out := inView("#start-over-question"); out != "" {
		t.Errorf("the question is not all on the screen: %s (scrolled %v of %v)", out, eval[float64](t, ctx, `scrollY`), eval[float64](t, ctx, `document.documentElement.scrollHeight - innerHeight`))
	}
	for _, want := range []string{"start-over-confirm", "start-over-cancel"} {
		step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
		if got := eval[string](t, ctx, `document.activeElement.id`); got != want {
			t.Fatalf("Tab moved the focus to %q, want %q", got, want)
		}
		waitScrollStill(t, ctx)
		if out := inView("#" + want); out != "" {
			t.Errorf("the focused %s is off the screen: %s", want, out)
		}
	}
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the question to close", `document.querySelector('[data-confirm="start-over"]') === null`)

	step(t, ctx, "desktop", chromedp.EmulateViewport(1280, 900))
	x := `Math.round(document.querySelector("#start-over").getBoundingClientRect().left)`
	before := eval[int](t, ctx, x)
	step(t, ctx, "pressing Start over", chromedp.Click(chromedp.CSS("#start-over")))
	waitFor(t, ctx, "the question", `document.querySelector('[data-confirm="start-over"]') !== null`)
	if after := eval[int](t, ctx, x); after != before {
		t.Errorf("the Start over button moved from x %d to %d as the question opened", before, after)
	}
}

// TestClassroomStartOverUnreadable fills the browser's storage so that
// saved answers that cannot be read cannot be set aside either. The page
// then saves nothing over them; Start over says that they will be lost,
// offers them for download exactly as they are, and only confirming saves
// over them.
func TestClassroomStartOverUnreadable(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	dir := t.TempDir()
	ctx := newBrowser(t)
	allow(t, ctx, dir)
	openClassroom(t, ctx, site)
	// The largest value the storage takes, found by halving; saved answers
	// of 60% of it leave no room for a copy beside them.
	raw := eval[string](t, ctx, fmt.Sprintf(`(() => {
		const key = %q, head = '{"format":"news-explorer-progress/1","article":"kursk","answers":[';
		let lo = 0, hi = 64 << 20;
		while (hi - lo > 4096) {
			const mid = (lo + hi) >> 1;
			try { localStorage.setItem(key, head + "x".repeat(mid)); lo = mid; } catch (e) { hi = mid; }
		}
		const raw = head + "x".repeat(Math.floor(lo * 0.6));
		localStorage.clear();
		localStorage.setItem(key, raw);
		return raw;
	})()`, progressKey))
	openClassroom(t, ctx, site)
	waitFor(t, ctx, "the notice", `document.querySelector('[data-saved-notice="progress"][role="alert"]') !== null`)
	if notice := eval[string](t, ctx, `document.querySelector("[data-saved-notice]").textContent`); !strings.Contains(notice, "could not be set aside either: the browser has no room") || !strings.Contains(notice, "Start over") {
		t.Errorf("the notice says %q, want why the answers could not be set aside, and what Start over offers", notice)
	}
	stored := func() string {
		return eval[string](t, ctx, fmt.Sprintf(`localStorage.getItem(%q) || ""`, progressKey))
	}
	who := exerciseByID(t, a, "who-said-it/q1")
	choose(t, ctx, who.ID, who.Answer)
	if stored() != raw {
		t.Fatal("an answer was saved over the answers that could not be read")
	}

	step(t, ctx, "pressing Start over", chromedp.Click(chromedp.CSS("#start-over")))
	waitFor(t, ctx, "the question, with the focus on Cancel", `document.querySelector('[data-confirm="start-over"]') !== null && document.activeElement.id === "start-over-cancel"`)
	if text := eval[string](t, ctx, `document.querySelector("#start-over-text").textContent`); !strings.Contains(text, "could not be read") || !strings.Contains(text, "lost") {
		t.Errorf("the question says %q, want that the unreadable answers will be lost", text)
	}
	checkAccessibility(t, ctx, "start over question over unreadable answers")
	// Tab goes round the question's three buttons.
	for _, want := range []string{"start-over-keep", "start-over-confirm", "start-over-cancel", "start-over-keep"} {
		step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
		if got := eval[string](t, ctx, `document.activeElement.id`); got != want {
			t.Errorf("Tab in the question: focus on %q, want %q", got, want)
		}
	}
	step(t, ctx, "downloading them as they are", chromedp.KeyEvent(kb.Enter))
	if got := string(waitForFile(t, filepath.Join(dir, "kursk-answers-unreadable.txt"))); got != raw {
		t.Errorf("the download holds %d bytes starting %.60q, want the %d bytes saved", len(got), got, len(raw))
	}
	if stored() != raw {
		t.Fatal("downloading changed the saved answers")
	}
	step(t, ctx, "confirming", chromedp.Click(chromedp.CSS("#start-over-confirm")))
	waitFor(t, ctx, "the question to close, and the notice with it", `document.querySelector('[data-confirm="start-over"]') === null && !document.querySelector("[data-saved-notice]")`)
	if p := savedProgress(t, ctx, a); len(p.Answers) != 0 {
		t.Errorf("after starting over, %d answers saved, want none", len(p.Answers))
	}
	choose(t, ctx, who.ID, who.Answer)
	if p := savedProgress(t, ctx, a); len(p.Answers) != 1 {
		t.Errorf("after starting over and answering, %d answers saved, want 1", len(p.Answers))
	}
}

// TestClassroomNameWhileTyping types a name and reloads with the focus
// still in the field: the name is kept, spaces and all, and typing it put
// no character out of place.
func TestClassroomNameWhileTyping(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	step(t, ctx, "typing a name", chromedp.SendKeys(chromedp.CSS("#student-name"), "Ana Lima Costa"))
	if got := eval[string](t, ctx, `document.querySelector("#student-name").value`); got != "Ana Lima Costa" {
		t.Errorf("the field reads %q after typing, want Ana Lima Costa", got)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "student-name" {
		t.Fatalf("the focus is on %q, want the name field", got)
	}
	waitFor(t, ctx, "the name to be saved", fmt.Sprintf(`(localStorage.getItem(%q) || "").includes("Ana Lima Costa")`, progressKey))
	openClassroom(t, ctx, site)
	if got := eval[string](t, ctx, `document.querySelector("#student-name").value`); got != "Ana Lima Costa" {
		t.Errorf("after a reload the field reads %q, want Ana Lima Costa", got)
	}
}

// TestClassroomDownload gives a name, answers, and downloads the answers
// as CSV and as JSON: the files the browser saves hold the answers given.
func TestClassroomDownload(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	dir := t.TempDir()
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	allow(t, ctx, dir)
	openClassroom(t, ctx, site)
	step(t, ctx, "typing a name", chromedp.SendKeys(chromedp.CSS("#student-name"), "Ana Lima"+kb.Tab))
	waitFor(t, ctx, "the name to be saved", fmt.Sprintf(`(localStorage.getItem(%q) || "").includes("Ana Lima")`, progressKey))
	answerSeveral(t, ctx, a)
	want := savedProgress(t, ctx, a)

	files := map[string]string{"csv": "kursk-answers-ana-lima.csv", "json": "kursk-answers-ana-lima.json"}
	for _, format := range []string{"csv", "json"} {
		step(t, ctx, "downloading "+format, chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-download=%q]`, format))))
		path := filepath.Join(dir, files[format])
		data := waitForFile(t, path)
		var got *exercise.Progress
		var err error
		if format == "csv" {
			got, err = exercise.ParseCSV(files[format], data, a)
		} else {
			got, err = exercise.ParseProgress(files[format], data, a)
			if err == nil && got.Student != "Ana Lima" {
				t.Errorf("json: student %q, want Ana Lima", got.Student)
			}
		}
		if err != nil {
			t.Errorf("%s: the downloaded file does not read: %v\n%s", format, err, data)
			continue
		}
		if len(got.Answers) != len(want.Answers) {
			t.Errorf("%s: %d answers, want %d", format, len(got.Answers), len(want.Answers))
		}
		for id, w := range want.Answers {
			g := got.Answers[id]
			gs, ws := fmt.Sprint(g.Selection), fmt.Sprint(w.Selection)
			if g.Selection != nil && w.Selection != nil {
				gs, ws = fmt.Sprint(*g.Selection), fmt.Sprint(*w.Selection)
			}
			if g.Choice != w.Choice || gs != ws || g.Correct != w.Correct || g.Tries != w.Tries || g.At != w.At {
				t.Errorf("%s: answer to %s is %+v (selection %s), want %+v (selection %s)", format, id, g, gs, w, ws)
			}
		}
	}
	checkCSP(t, ctx, "downloads")
}

// allow lets the browser save downloads, under their own names, in dir.
func allow(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	params := browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}
	if _, err := chromedp.Call(c, browser.SetDownloadBehavior, params); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
}

// waitForFile waits for a downloaded file to be complete and returns it.
func waitForFile(t *testing.T, path string) []byte {
	t.Helper()
	var data []byte
	if webtest.Eventually(20*time.Second, func() bool {
		var err error
		data, err = os.ReadFile(path)
		_, partial := os.Stat(path + ".crdownload")
		return err == nil && len(data) > 0 && partial != nil
	}) {
		return data
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Fatalf("no download at %s (the folder holds %v)", path, names)
	return nil
}

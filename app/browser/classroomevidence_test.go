//go:build !js

package browser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
)

// TestClassroomKeyboardSelection selects a passage with the arrow keys
// and Shift, and answers with it by keyboard.
func TestClassroomKeyboardSelection(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	passage := evidenceText(t, a, "e10") // a whole sentence
	eval[bool](t, ctx, `document.getElementById("classroom-article").focus(); true`)
	// The first key selects the first word, and scrolls nothing, where
	// the browser's own Down would scroll the text.
	const scrolled = `[scrollY, document.querySelector(".classroom-reading").scrollTop]`
	before := eval[[]float64](t, ctx, scrolled)
	step(t, ctx, "down", chromedp.KeyEvent(kb.ArrowDown))
	waitFor(t, ctx, "the first word selected", `getSelection().toString().length > 0`)
	if after := eval[[]float64](t, ctx, scrolled); after[0] != before[0] || after[1] != before[1] {
		t.Errorf("Down in the text scrolled the page or the text from %v to %v", before, after)
	}
	// Down goes to the next sentence, Shift+Down selects to its end.
	found := false
	for i := 0; i < 80 && !found; i++ {
		step(t, ctx, "down a sentence", chromedp.KeyEvent(kb.ArrowDown))
		step(t, ctx, "selecting the sentence", chromedp.KeyEvent(kb.ArrowDown, chromedp.KeyModifiers(chromedp.ModifierShift)))
		found = eval[string](t, ctx, `getSelection().toString()`) == passage
	}
	if !found {
		t.Fatalf("the arrow keys never selected %q", passage)
	}
	// Shift+Left takes the last word back, Shift+Right gives it again.
	step(t, ctx, "shrinking by a word", chromedp.KeyEvent(kb.ArrowLeft, chromedp.KeyModifiers(chromedp.ModifierShift)))
	if got, want := eval[string](t, ctx, `getSelection().toString()`), strings.TrimSuffix(passage, " claims."); got != want {
		t.Errorf("Shift+Left selected %q, want %q", got, want)
	}
	step(t, ctx, "growing by a word", chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
	if got := eval[string](t, ctx, `getSelection().toString()`); got != passage {
		t.Fatalf("Shift+Right selected %q, want %q", got, passage)
	}
	waitFor(t, ctx, "the selection status to read the passage", fmt.Sprintf(
		`document.querySelector(".selection-status").textContent.includes(%q)`, passage))
	id := "find-evidence/kursk-retaken/ukraine"
	eval[bool](t, ctx, fmt.Sprintf(`document.querySelector(%q).focus(); true`, exerciseSel(id)+" [data-use-selection]"))
	step(t, ctx, "pressing Enter on Use my selection", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "right feedback", fmt.Sprintf(`(document.querySelector(%q) || {}).dataset?.feedback === "right"`, exerciseSel(id)+" [data-feedback]"))
	if !eval[bool](t, ctx, `document.activeElement.matches("[data-feedback]")`) {
		t.Errorf("after answering, the focus is not on the feedback")
	}
	// A screen reader says the verdict as the focus arrives, and only
	// then: the feedback is in no live region, which would say it again.
	n := axNode(t, ctx, exerciseSel(id)+" [data-feedback]")
	if role, name := axString(n.Role), axString(n.Name); role != "group" || name != "Right!" {
		t.Errorf("the focused feedback reads as %s %q, want group %q", role, name, "Right!")
	}
	if eval[bool](t, ctx, `!!document.activeElement.closest("[aria-live]")`) {
		t.Errorf("the feedback is in a live region as well as focused: a screen reader reads it twice")
	}
	checkSavedSelections(t, ctx, a, map[string]string{id: "e10"})
}

// TestClassroomFindEvidenceOnPhone answers a find-the-evidence exercise
// on a phone, where the text is many screens above the exercise: the
// exercise's button goes to the text with the focus on it, the bar above
// the text stays on the screen while the student scrolls down to the
// passage, and its button answers there, with the feedback then focused
// in the exercise. By keyboard, Escape goes back, and the bar says when
// nothing is selected.
func TestClassroomFindEvidenceOnPhone(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	openClassroom(t, ctx, site)
	id := "find-evidence/kursk-retaken/ukraine"
	passage := evidenceText(t, a, "e10")

	click(t, ctx, "going to the text", exerciseSel(id)+" [data-go-to-text]")
	waitFor(t, ctx, "the focus on the text", `document.activeElement && document.activeElement.id === "classroom-article"`)
	waitFor(t, ctx, "the bar", fmt.Sprintf(`(document.querySelector("[data-finding]") || {}).dataset?.finding === %q`, id))
	waitScrollStill(t, ctx)
	barOnScreen := `(() => {
		const b = document.getElementById("finding-use");
		if (!b) return "no button";
		const r = b.getBoundingClientRect();
		if (r.top < 0 || r.bottom > innerHeight) return "at " + Math.round(r.top) + "–" + Math.round(r.bottom) + " px";
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return b.contains(top) ? "" : "covered by " + (top ? top.outerHTML.slice(0, 120) : "nothing");
	})()`
	if got := eval[string](t, ctx, barOnScreen); got != "" {
		t.Fatalf("at the start of the text, the bar's button is off the screen: %s", got)
	}
	checkAccessibility(t, ctx, "classroom at 360 px, finding the evidence from the bar above the text")

	selectText(t, ctx, passage, 0)
	eval[bool](t, ctx, `getSelection().getRangeAt(0).startContainer.parentElement.scrollIntoView({block: "center", behavior: "instant"}), true`)
	waitScrollStill(t, ctx)
	if got := eval[float64](t, ctx, `document.getElementById("classroom-article-title").getBoundingClientRect().bottom`); got > 0 {
		t.Fatalf("the passage is on the first screen of the text (its title ends at %.0f px): the test needs it further down", got)
	}
	if got := eval[string](t, ctx, barOnScreen); got != "" {
		t.Fatalf("scrolled down to the passage, the bar's button is off the screen: %s", got)
	}
	at := eval[[]float64](t, ctx, `(() => { const r = document.getElementById("finding-use").getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	step(t, ctx, "tapping Use my selection in the bar", chromedp.MouseClickXY(at[0], at[1]))
	waitFor(t, ctx, "right feedback", fmt.Sprintf(`(document.querySelector(%q) || {}).dataset?.feedback === "right"`, exerciseSel(id)+" [data-feedback]"))
	waitFor(t, ctx, "the bar gone", `!document.querySelector(".showing")`)
	waitFor(t, ctx, "the feedback focused", fmt.Sprintf(`document.activeElement.matches(%q)`, exerciseSel(id)+" [data-feedback]"))
	waitScrollStill(t, ctx)
	if r := eval[[]float64](t, ctx, `(() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; })()`); r[1] < 0 || r[0] > r[2] {
		t.Errorf("the focused feedback is at %.0f–%.0f px, off a %.0f px screen", r[0], r[1], r[2])
	}
	checkSavedSelections(t, ctx, a, map[string]string{id: "e10"})

	// By keyboard, on another exercise: Enter goes to the text, the bar
	// says when nothing is selected, and Escape comes back.
	other := "find-evidence/neo-nazi-label/ukraine"
	goTo := exerciseSel(other) + " [data-go-to-text]"
	eval[bool](t, ctx, fmt.Sprintf(`document.querySelector(%q).focus(), true`, goTo))
	step(t, ctx, "Enter on Go to the article", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the focus on the text", `document.activeElement && document.activeElement.id === "classroom-article"`)
	waitFor(t, ctx, "the bar", fmt.Sprintf(`(document.querySelector("[data-finding]") || {}).dataset?.finding === %q`, other))
	eval[bool](t, ctx, `document.getElementById("finding-use").focus(), true`)
	step(t, ctx, "Enter on the bar's Use my selection, with nothing selected", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the bar's note", `(document.querySelector(".finding-note") || {}).textContent?.startsWith("Nothing is selected")`)
	if eval[bool](t, ctx, fmt.Sprintf(`!!document.querySelector(%q)`, exerciseSel(other)+" [data-feedback]")) {
		t.Errorf("with nothing selected, %s was answered", other)
	}
	if eval[bool](t, ctx, fmt.Sprintf(`!!document.querySelector(%q)`, exerciseSel(other)+" .exercise-note")) {
		t.Errorf("the exercise says nothing is selected as well as the bar: a screen reader hears it twice")
	}
	eval[bool](t, ctx, `document.getElementById("classroom-article").focus(), true`)
	step(t, ctx, "Escape in the text", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the focus back on Go to the article", fmt.Sprintf(`document.activeElement === document.querySelector(%q)`, goTo))
	waitFor(t, ctx, "the bar gone", `!document.querySelector(".showing")`)
	if eval[bool](t, ctx, fmt.Sprintf(`!!document.querySelector(%q)`, exerciseSel(other)+" .exercise-note")) {
		t.Errorf("back in the exercise, the bar's note on an attempt made there is still shown")
	}
}

// TestClassroomSelectionAnswersOnce answers a find-the-evidence exercise
// with a selection and presses "Use my selection" on another: the first
// answer cleared the selection, which a desktop browser keeps after a
// click, so nothing is recorded there, rather than the first passage
// again as a wrong answer.
func TestClassroomSelectionAnswersOnce(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	useSelection(t, ctx, "find-evidence/kursk-retaken/ukraine", evidenceText(t, a, "e10"))
	if got := eval[string](t, ctx, `getSelection().toString()`); got != "" {
		t.Errorf("after answering, the page still has %q selected", got)
	}
	other := "find-evidence/neo-nazi-label/ukraine"
	click(t, ctx, "using no selection", exerciseSel(other)+" [data-use-selection]")
	waitFor(t, ctx, "a note or feedback", fmt.Sprintf(`!!document.querySelector(%q) || !!document.querySelector(%q)`, exerciseSel(other)+" .exercise-note", exerciseSel(other)+" [data-feedback]"))
	if eval[bool](t, ctx, fmt.Sprintf(`!!document.querySelector(%q)`, exerciseSel(other)+" [data-feedback]")) {
		t.Errorf("with nothing selected, %s took the earlier selection as its answer", other)
	}
	if got := eval[string](t, ctx, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, exerciseSel(other)+" .exercise-note")); !strings.HasPrefix(got, "Nothing is selected") {
		t.Errorf("note %q, want it to say nothing is selected", got)
	}
}

// TestClassroomFocusInView answers, on a desktop screen, a choice at the
// very bottom of the screen, then tries again: the feedback, and then the
// first choice, take the focus in view and clear of the sticky score
// header above the exercises.
func TestClassroomFocusInView(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	step(t, ctx, "desktop viewport", chromedp.EmulateViewport(1280, 860))
	openClassroom(t, ctx, site)
	e := exerciseByID(t, a, "source-kind/kursk-retaken/ukraine")
	wrong := exerciseSel(e.ID) + fmt.Sprintf(` [data-choice=%q]`, wrongChoice(t, e))
	eval[bool](t, ctx, fmt.Sprintf(`document.querySelector(%q).scrollIntoView({block: "end", behavior: "instant"}), true`, wrong))
	step(t, ctx, "focusing the choice", chromedp.Focus(chromedp.CSS(wrong)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the feedback focused", `document.activeElement.matches("[data-feedback]")`)
	inView := `(() => {
		const r = document.activeElement.getBoundingClientRect();
		const head = document.querySelector(".exercises-head").getBoundingClientRect();
		return r.top >= head.bottom - 1 && r.top < innerHeight;
	})()`
	waitScrollStill(t, ctx)
	if !eval[bool](t, ctx, inView) {
		t.Error("the feedback took the focus out of view or under the score header")
	}
	step(t, ctx, "focusing Try again", chromedp.Focus(chromedp.CSS(exerciseSel(e.ID)+" .retry")))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "a choice focused", `document.activeElement.matches("[data-choice]")`)
	waitScrollStill(t, ctx)
	if !eval[bool](t, ctx, inView) {
		t.Error("after Try again the first choice took the focus out of view or under the score header")
	}

	// Again, with the choices scrolled up under the score: the first
	// choice is on the screen but covered, and must still come clear.
	step(t, ctx, "Enter on the wrong choice again", chromedp.Focus(chromedp.CSS(wrong)), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the feedback focused", `document.activeElement.matches("[data-feedback]")`)
	waitScrollStill(t, ctx)
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const first = document.querySelector(%q);
		const head = document.querySelector(".exercises-head").getBoundingClientRect();
		scrollBy({top: first.getBoundingClientRect().top - (head.bottom - 30), behavior: "instant"});
		document.querySelector(%q).focus({preventScroll: true});
		return true;
	})()`, exerciseSel(e.ID)+" [data-choice]", exerciseSel(e.ID)+" .retry"))
	step(t, ctx, "Enter on Try again", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "a choice focused", `document.activeElement.matches("[data-choice]")`)
	waitScrollStill(t, ctx)
	if !eval[bool](t, ctx, inView) {
		t.Error("after Try again, with the choices under the score, the first choice took the focus under the score header")
	}
}

// TestClassroomBackInView goes to a passage in the article from an
// exercise on a phone and a tablet, and back with Escape: the focus comes
// back to the exercise's button, on the screen.
func TestClassroomBackInView(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	fact := exerciseByID(t, a, "claim-or-fact/neo-nazi-label")
	for _, size := range [][2]int64{{360, 740}, {768, 900}} {
		t.Run(fmt.Sprintf("%dpx", size[0]), func(t *testing.T) {
			ctx := newBrowser(t)
			step(t, ctx, "viewport", chromedp.EmulateViewport(size[0], size[1], chromedp.EmulateMobile, chromedp.EmulateTouch))
			openClassroom(t, ctx, site)
			choose(t, ctx, fact.ID, wrongChoice(t, fact))
			step(t, ctx, "showing the answer and why", chromedp.Click(chromedp.CSS(exerciseSel(fact.ID)+" .answer-reveal summary")))
			step(t, ctx, "showing the passage", chromedp.Click(chromedp.CSS(exerciseSel(fact.ID)+" [data-feedback] .show-passage")))
			waitFor(t, ctx, "the passage focused", fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, "passage-"+fact.Link))
			waitScrollStill(t, ctx)
			step(t, ctx, "going back with Escape", chromedp.KeyEvent(kb.Escape))
			waitFor(t, ctx, "the focus back on the exercise", fmt.Sprintf(`document.activeElement && document.activeElement.closest(%q) !== null`, exerciseSel(fact.ID)))
			waitScrollStill(t, ctx)
			if r := eval[[]float64](t, ctx, `(() => { const r = document.activeElement.getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; })()`); r[0] < 0 || r[1] > r[2] {
				t.Errorf("back from the passage, the focused button is at %.0f–%.0f px, off a %.0f px screen", r[0], r[1], r[2])
			}
		})
	}
}

// TestClassroomUnicodeSelection selects a passage that follows accented
// letters, curly quotes and an emoji outside the Basic Multilingual Plane,
// where the DOM's UTF-16 offsets and the article's UTF-8 offsets differ.
func TestClassroomUnicodeSelection(t *testing.T) {
	enabled(t)
	file := filepath.Join(root, "app/browser/testdata/classroom-unicode.json")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(file, data)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := startServer("-article", file)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	ctx := newBrowser(t)
	openClassroom(t, ctx, srv.url)
	useSelection(t, ctx, "find-evidence/cafe-closing/owner", evidenceText(t, a, "e1"))
	if got := eval[string](t, ctx, `document.querySelector('[data-exercise="find-evidence/cafe-closing/owner"] [data-feedback]').dataset.feedback`); got != "right" {
		t.Errorf("feedback %q, want right", got)
	}
	checkSavedSelections(t, ctx, a, map[string]string{"find-evidence/cafe-closing/owner": "e1"})
	// An article with no quotes by two speakers has no "who said it".
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-exercise-kind="who-said-it"]').length`); n != 0 {
		t.Errorf("%d who-said-it exercises on an article with one speaker", n)
	}
}

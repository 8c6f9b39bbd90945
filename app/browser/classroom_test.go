//go:build !js

package browser

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// progressKey is where the classroom saves the default article's answers.
const progressKey = "newsexplorer/progress/kursk"

// openClassroom opens the classroom view and waits until the app runs it.
func openClassroom(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	open(t, ctx, base, "/classroom")
	waitFor(t, ctx, "the exercises", `document.querySelector("[data-exercise] button") !== null || document.querySelector("[data-no-exercises]") !== null`)
}

// exerciseSel is a CSS selector for an exercise's card.
func exerciseSel(id string) string {
	return fmt.Sprintf(`[data-exercise=%q]`, id)
}

// click scrolls an element to the middle of the screen, checks that
// nothing covers it, and clicks it with the mouse.
func click(t *testing.T, ctx context.Context, what, sel string) {
	t.Helper()
	waitScrollStill(t, ctx)
	covered := eval[string](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		if (!el) return "missing";
		el.scrollIntoView({block: "center", behavior: "instant"});
		const r = el.getBoundingClientRect();
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return el.contains(top) ? "" : "covered by " + (top ? top.outerHTML.slice(0, 120) : "nothing");
	})()`, sel))
	if covered != "" {
		t.Fatalf("%s: %s is %s", what, sel, covered)
	}
	step(t, ctx, what, chromedp.Click(chromedp.CSS(sel)))
}

// choose clicks a choice of an exercise and waits for its feedback.
func choose(t *testing.T, ctx context.Context, id, choice string) {
	t.Helper()
	click(t, ctx, "choosing "+choice+" in "+id, exerciseSel(id)+fmt.Sprintf(` [data-choice=%q]`, choice))
	waitFor(t, ctx, "feedback on "+id, fmt.Sprintf(`document.querySelector(%q) !== null`, exerciseSel(id)+" [data-feedback]"))
}

// selectText selects, with a DOM Range, the n-th occurrence (from 0) of
// text within one paragraph of the classroom's article.
func selectText(t *testing.T, ctx context.Context, text string, n int) {
	t.Helper()
	selectTextIn(t, ctx, "classroom-article", text, n)
}

// selectTextIn selects, with a DOM Range, the n-th occurrence (from 0) of
// text within one paragraph of the element with id root.
func selectTextIn(t *testing.T, ctx context.Context, root, text string, n int) {
	t.Helper()
	js := fmt.Sprintf(`(() => {
		const want = %q; let n = %d;
		for (const p of document.querySelectorAll("#%s p")) {
			const nodes = []; const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			for (let x = w.nextNode(); x; x = w.nextNode()) nodes.push(x);
			const all = nodes.map(x => x.data).join("");
			let at = all.indexOf(want);
			while (at >= 0 && n > 0) { at = all.indexOf(want, at + 1); n--; }
			if (at < 0) continue;
			const point = off => { for (const x of nodes) { if (off <= x.length) return [x, off]; off -= x.length; } };
			const r = document.createRange();
			r.setStart(...point(at)); r.setEnd(...point(at + want.length));
			const s = getSelection(); s.removeAllRanges(); s.addRange(r);
			return s.toString() === want;
		}
		return false;
	})()`, text, n, root)
	if !eval[bool](t, ctx, js) {
		t.Fatalf("could not select %q in the article", text)
	}
}

// useSelection selects text in the article and answers a find-the-evidence
// exercise with it.
func useSelection(t *testing.T, ctx context.Context, id, text string) {
	t.Helper()
	selectText(t, ctx, text, 0)
	click(t, ctx, "using the selection for "+id, exerciseSel(id)+" [data-use-selection]")
	waitFor(t, ctx, "feedback on "+id, fmt.Sprintf(`document.querySelector(%q) !== null`, exerciseSel(id)+" [data-feedback]"))
}

// classroomState is what the page shows of the answers.
type classroomState struct {
	Score    string            `json:"score"`
	Answered string            `json:"answered"`
	Feedback map[string]string `json:"feedback"` // exercise id → data-feedback
	Chosen   map[string]string `json:"chosen"`   // exercise id → data-choice of the chosen button
}

const classroomStateJS = `(() => {
	const s = document.querySelector("[data-score]");
	const out = {score: s ? s.dataset.score : "", answered: s ? s.dataset.answered : "", feedback: {}, chosen: {}};
	for (const e of document.querySelectorAll("[data-exercise]")) {
		const f = e.querySelector("[data-feedback]");
		if (f) out.feedback[e.dataset.exercise] = f.dataset.feedback;
		const c = e.querySelector("[data-chosen]");
		if (c) out.chosen[e.dataset.exercise] = c.dataset.choice;
	}
	return out;
})()`

// checkState compares the page's answers with want.
func checkState(t *testing.T, ctx context.Context, where string, want classroomState) {
	t.Helper()
	got := eval[classroomState](t, ctx, classroomStateJS)
	if got.Score != want.Score || got.Answered != want.Answered {
		t.Errorf("%s: data-score=%q data-answered=%q, want %q and %q", where, got.Score, got.Answered, want.Score, want.Answered)
	}
	for id, w := range want.Feedback {
		if g := got.Feedback[id]; g != w {
			t.Errorf("%s: %s feedback %q, want %q", where, id, g, w)
		}
	}
	if len(got.Feedback) != len(want.Feedback) {
		t.Errorf("%s: feedback on %d exercises (%v), want %d", where, len(got.Feedback), got.Feedback, len(want.Feedback))
	}
	for id, w := range want.Chosen {
		if g := got.Chosen[id]; g != w {
			t.Errorf("%s: %s shows choice %q as the answer, want %q", where, id, g, w)
		}
	}
}

// savedProgress reads the progress saved in the page's localStorage,
// checked as a progress file for the article.
func savedProgress(t *testing.T, ctx context.Context, a *article.Article) *exercise.Progress {
	t.Helper()
	raw := eval[string](t, ctx, fmt.Sprintf(`localStorage.getItem(%q) || ""`, "newsexplorer/progress/"+a.ID))
	p, err := exercise.ParseProgress("saved", []byte(raw), a)
	if err != nil {
		t.Fatalf("the saved progress does not read: %v\n%s", err, raw)
	}
	return p
}

// wrongChoice returns a choice of e that is not its answer.
func wrongChoice(t *testing.T, e exercise.Exercise) string {
	t.Helper()
	for _, c := range e.Choices {
		if c.ID != e.Answer {
			return c.ID
		}
	}
	t.Fatalf("%s has no wrong choice", e.ID)
	return ""
}

// byID returns the default article's exercise with an id.
func exerciseByID(t *testing.T, a *article.Article, id string) exercise.Exercise {
	t.Helper()
	for _, e := range exercise.Generate(a) {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no exercise %s", id)
	return exercise.Exercise{}
}

// evidenceText is the text of an evidence passage.
func evidenceText(t *testing.T, a *article.Article, id string) string {
	t.Helper()
	for _, ev := range a.Evidence {
		if ev.ID == id {
			return a.Text[ev.Start:ev.End]
		}
	}
	t.Fatalf("no evidence %s", id)
	return ""
}

// answerSeveral answers five exercises of four kinds, two by selecting
// text in the article, and returns what the page should then show.
func answerSeveral(t *testing.T, ctx context.Context, a *article.Article) classroomState {
	t.Helper()
	total := len(exercise.Generate(a))
	who := exerciseByID(t, a, "who-said-it/q4")
	source := exerciseByID(t, a, "source-kind/kursk-retaken/ukraine")
	fact := exerciseByID(t, a, "claim-or-fact/neo-nazi-label")

	choose(t, ctx, who.ID, who.Answer)
	choose(t, ctx, source.ID, wrongChoice(t, source))
	choose(t, ctx, fact.ID, fact.Answer)
	useSelection(t, ctx, "find-evidence/kursk-retaken/ukraine", evidenceText(t, a, "e10"))
	useSelection(t, ctx, "find-evidence/neo-nazi-label/ukraine", evidenceText(t, a, "e10"))
	return classroomState{
		Score: fmt.Sprintf("3/%d", total), Answered: "5",
		Feedback: map[string]string{
			who.ID: "right", source.ID: "wrong", fact.ID: "right",
			"find-evidence/kursk-retaken/ukraine": "right", "find-evidence/neo-nazi-label/ukraine": "wrong",
		},
		Chosen: map[string]string{who.ID: who.Answer, source.ID: wrongChoice(t, source), fact.ID: fact.Answer},
	}
}

// checkSavedSelections checks that the selections saved are the passage
// selected, in the article's byte offsets.
func checkSavedSelections(t *testing.T, ctx context.Context, a *article.Article, want map[string]string) {
	t.Helper()
	p := savedProgress(t, ctx, a)
	for id, evidence := range want {
		ans, ok := p.Answers[id]
		if !ok || ans.Selection == nil {
			t.Errorf("no selection saved for %s: %+v", id, ans)
			continue
		}
		for _, ev := range a.Evidence {
			if ev.ID == evidence && (ans.Selection.Start != ev.Start || ans.Selection.End != ev.End) {
				t.Errorf("%s: saved selection %d–%d, want the passage %s at %d–%d", id, ans.Selection.Start, ans.Selection.End, evidence, ev.Start, ev.End)
			}
		}
	}
}

// TestClassroomAnswersSurviveReload answers exercises of four kinds, two
// by selecting text in the article, checks the feedback and the score,
// reloads, and finds them all still there.
func TestClassroomAnswersSurviveReload(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	openClassroom(t, ctx, site)
	want := answerSeveral(t, ctx, a)
	checkState(t, ctx, "after answering", want)
	checkSavedSelections(t, ctx, a, map[string]string{
		"find-evidence/kursk-retaken/ukraine": "e10", "find-evidence/neo-nazi-label/ukraine": "e10",
	})

	// The feedback says right and wrong in words, explains, and links to
	// the text.
	right := eval[string](t, ctx, `document.querySelector('[data-exercise="who-said-it/q4"] [data-feedback]').textContent`)
	if !strings.Contains(right, "Right") || !strings.Contains(right, "Show in the article") {
		t.Errorf("feedback on a right answer reads %q; want it to say Right and offer Show in the article", right)
	}
	wrong := eval[string](t, ctx, `document.querySelector('[data-exercise="source-kind/kursk-retaken/ukraine"] [data-feedback]').textContent`)
	if !strings.Contains(wrong, "Not right") || !strings.Contains(wrong, "Try again") {
		t.Errorf("feedback on a wrong answer reads %q; want it to say Not right and offer Try again", wrong)
	}
	step(t, ctx, "showing the passage", chromedp.Click(chromedp.CSS(`[data-exercise="claim-or-fact/neo-nazi-label"] [data-feedback] .show-passage`)))
	fact := exerciseByID(t, a, "claim-or-fact/neo-nazi-label")
	waitFor(t, ctx, "the passage to be shown and focused", fmt.Sprintf(
		`document.activeElement && document.activeElement.id === %q && document.activeElement.dataset.shown === "true"`, "passage-"+fact.Link))
	step(t, ctx, "going back with Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the focus back on the exercise", `document.activeElement && document.activeElement.closest('[data-exercise="claim-or-fact/neo-nazi-label"]') !== null`)

	for _, reload := range []string{"first reload", "second reload"} {
		openClassroom(t, ctx, site)
		checkState(t, ctx, reload, want)
	}
	selected := eval[string](t, ctx, `document.querySelector('[data-exercise="find-evidence/kursk-retaken/ukraine"] .your-answer').textContent`)
	if !strings.Contains(selected, evidenceText(t, a, "e10")) {
		t.Errorf("after reloading, the selection answered reads %q", selected)
	}

	// Trying again: the earlier answer counts until a new one is given.
	source := exerciseByID(t, a, "source-kind/kursk-retaken/ukraine")
	step(t, ctx, "trying again", chromedp.Click(chromedp.CSS(exerciseSel(source.ID)+" .retry")))
	waitFor(t, ctx, "the choices again", fmt.Sprintf(`!document.querySelector(%q).disabled`, exerciseSel(source.ID)+" [data-choice]"))
	choose(t, ctx, source.ID, source.Answer)
	want.Score = strings.Replace(want.Score, "3/", "4/", 1)
	want.Feedback[source.ID] = "right"
	want.Chosen[source.ID] = source.Answer
	checkState(t, ctx, "after trying again", want)
	if p := savedProgress(t, ctx, a); p.Answers[source.ID].Tries != 2 {
		t.Errorf("tries saved for %s = %d, want 2", source.ID, p.Answers[source.ID].Tries)
	}
	checkCSP(t, ctx, "classroom")
}

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

// TestClassroomNoExercises shows an article with nothing to make
// exercises from: the page says so.
func TestClassroomNoExercises(t *testing.T) {
	enabled(t)
	srv, err := startServer("-article", filepath.Join(root, "app/article/testdata/valid/minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	ctx := newBrowser(t)
	openClassroom(t, ctx, srv.url)
	if !eval[bool](t, ctx, `document.querySelector("[data-no-exercises]") !== null && document.querySelectorAll("[data-exercise]").length === 0`) {
		t.Errorf("an article with no exercises does not say so")
	}
	if got := eval[string](t, ctx, `document.querySelector("[data-score]").dataset.score`); got != "0/0" {
		t.Errorf("data-score %q, want 0/0", got)
	}
	checkAccessibility(t, ctx, "no exercises")
}

// TestClassroomOffline answers exercises, goes offline, reloads, finds the
// answers and answers more.
func TestClassroomOffline(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	srv, err := startServer()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	openClassroom(t, ctx, srv.url)
	waitOffline(t, ctx)
	want := answerSeveral(t, ctx, a)

	srv.stop()
	if _, err := http.Get(srv.url + "/classroom"); err == nil {
		t.Fatal("the server still answers after it was stopped")
	}
	openClassroom(t, ctx, srv.url)
	checkState(t, ctx, "offline", want)
	voice := exerciseByID(t, a, "missing-voice/north-korean-troops/north-korea")
	choose(t, ctx, voice.ID, voice.Answer)
	want.Score = strings.Replace(want.Score, "3/", "4/", 1)
	want.Answered = "6"
	want.Feedback[voice.ID] = "right"
	openClassroom(t, ctx, srv.url)
	checkState(t, ctx, "offline, reloaded again", want)
	checkCSP(t, ctx, "classroom offline")
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
		checkState(t, ctx, tt.name, classroomState{Score: fmt.Sprintf("0/%d", len(exercise.Generate(a))), Answered: "0"})
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
	want := classroomState{Score: fmt.Sprintf("2/%d", total), Answered: "2", Feedback: map[string]string{who.ID: "right", fact.ID: "right"}}
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
	checkState(t, ctx, "after starting over", classroomState{Score: fmt.Sprintf("0/%d", total), Answered: "0"})
	if p := savedProgress(t, ctx, a); len(p.Answers) != 0 {
		t.Errorf("after starting over, %d answers saved", len(p.Answers))
	}
	openClassroom(t, ctx, site)
	checkState(t, ctx, "after starting over and reloading", classroomState{Score: fmt.Sprintf("0/%d", total), Answered: "0"})
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
	if eventually(20*time.Second, func() bool {
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

// TestClassroomAccessibility runs axe-core on the classroom view fresh,
// with feedback and a hint shown, and on a 360-pixel phone, where it must
// not scroll sideways.
func TestClassroomAccessibility(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	checkAccessibility(t, ctx, "classroom, fresh")

	answerSeveral(t, ctx, a)
	step(t, ctx, "showing a hint", chromedp.Click(chromedp.CSS(exerciseSel("who-said-it/q1")+" .hint-button")))
	waitFor(t, ctx, "the hint", `!document.querySelector('[data-exercise="who-said-it/q1"] .hint-text').hidden`)
	eval[bool](t, ctx, `document.querySelector('[data-exercise="source-kind/kursk-retaken/ukraine"] details').open = true; true`)
	checkAccessibility(t, ctx, "classroom, with feedback")

	step(t, ctx, "phone width", chromedp.EmulateViewport(360, 740))
	openClassroom(t, ctx, site)
	checkAccessibility(t, ctx, "classroom, 360 px")
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px the page is %d px wide: it scrolls sideways", w)
	}
	// Stacked: the exercises come below the article.
	if !eval[bool](t, ctx, `document.querySelector("#exercises").getBoundingClientRect().top >= document.querySelector(".classroom-reading").getBoundingClientRect().bottom - 1`) {
		t.Errorf("at 360 px the exercises are not below the article")
	}
}

// TestClassroomPrint prints the exercises page as a student hands it in:
// the name typed shows, so do the choices of a question not answered and
// the answer given, and the help for a screen does not.
func TestClassroomPrint(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	openClassroom(t, ctx, site)
	step(t, ctx, "typing a name", chromedp.SendKeys(chromedp.CSS("#student-name"), "Ana Lima"))
	who := exerciseByID(t, a, "who-said-it/q2")
	choose(t, ctx, who.ID, who.Answer)
	setMedia(t, ctx, "print")
	shown := func(sel string) bool {
		return eval[bool](t, ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].some(%s)`, sel, shownJS))
	}
	for _, sel := range []string{"#student-name", `[data-exercise="who-said-it/q1"] [data-choice]`, exerciseSel(who.ID) + " .your-answer"} {
		if !shown(sel) {
			t.Errorf("printed, %s does not show", sel)
		}
	}
	for _, sel := range []string{".downloads", ".how-to", ".select-help", ".hint", ".student-name .field-help", ".go-to-text"} {
		if shown(sel) {
			t.Errorf("printed, %s shows, which only a screen needs", sel)
		}
	}
	if got := eval[string](t, ctx, `document.getElementById("student-name").value`); got != "Ana Lima" {
		t.Errorf("the printed name reads %q", got)
	}
}

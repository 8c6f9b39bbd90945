//go:build !js

package browser

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/webtest"
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
// text within one paragraph of the element with id root, and returns once
// the page has been told of the change (selectionchange), as a reader's
// next step would come after it.
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
			const s = getSelection();
			// The page reads a selection when the browser says it changed:
			// wait for that, after the page's own listeners, so that the
			// next step cannot come first (a bound in case nothing changed).
			return new Promise(done => {
				const seen = () => done(s.toString() === want);
				document.addEventListener("selectionchange", seen, {once: true});
				setTimeout(seen, 1000);
				s.removeAllRanges(); s.addRange(r);
			});
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

// checkState compares the page's answers with want.
func checkState(t *testing.T, ctx context.Context, where string, want webtest.ClassroomState) {
	t.Helper()
	got := eval[webtest.ClassroomState](t, ctx, webtest.ClassroomStateJS)
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
func answerSeveral(t *testing.T, ctx context.Context, a *article.Article) webtest.ClassroomState {
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
	return webtest.ClassroomState{
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

//go:build !js

package engines

import (
	"fmt"
	"strings"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/webtest"
)

// exerciseSel is a CSS selector for an exercise's card.
func exerciseSel(id string) string { return fmt.Sprintf(`[data-exercise=%q]`, id) }

// checkClassroomState compares the page's answers with want.
func checkClassroomState(p *page, where string, want webtest.ClassroomState) {
	p.t.Helper()
	got := evalAs[webtest.ClassroomState](p, webtest.ClassroomStateJS)
	if got.Score != want.Score || got.Answered != want.Answered {
		p.errorf("%s: data-score=%q data-answered=%q, want %q and %q", where, got.Score, got.Answered, want.Score, want.Answered)
	}
	if fmt.Sprint(got.Feedback) != fmt.Sprint(want.Feedback) {
		p.errorf("%s: feedback %v, want %v", where, got.Feedback, want.Feedback)
	}
	if fmt.Sprint(got.Chosen) != fmt.Sprint(want.Chosen) {
		p.errorf("%s: choices shown as given %v, want %v", where, got.Chosen, want.Chosen)
	}
}

// exerciseByID returns the default article's exercise with an id.
func exerciseByID(p *page, a *article.Article, id string) exercise.Exercise {
	for _, e := range exercise.Generate(a) {
		if e.ID == id {
			return e
		}
	}
	p.fatalf("the default article has no exercise %s", id)
	return exercise.Exercise{}
}

// selectJS selects, with a DOM Range, the first occurrence of a text
// within one paragraph of the classroom's article.
const selectJS = `(() => {
	const want = %q;
	for (const p of document.querySelectorAll("#classroom-article p")) {
		const nodes = []; const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		for (let x = w.nextNode(); x; x = w.nextNode()) nodes.push(x);
		const at = nodes.map(x => x.data).join("").indexOf(want);
		if (at < 0) continue;
		const point = off => { for (const x of nodes) { if (off <= x.length) return [x, off]; off -= x.length; } };
		const r = document.createRange();
		r.setStart(...point(at)); r.setEnd(...point(at + want.length));
		const s = getSelection(); s.removeAllRanges(); s.addRange(r);
		return s.toString() === want;
	}
	return false;
})()`

// checkExercises answers three exercises, one right, one wrong and one by
// selecting the passage in the article, checks the feedback and the
// score, and reloads twice: the answers are still there.
func checkExercises(p *page, base string, a *article.Article) {
	p.open(base, "/classroom")
	p.waitFor("the exercises", `document.querySelector("[data-exercise] button") !== null`)
	total := len(exercise.Generate(a))
	who := exerciseByID(p, a, "who-said-it/q4")
	source := exerciseByID(p, a, "source-kind/kursk-retaken/ukraine")
	wrong := ""
	for _, c := range source.Choices {
		if c.ID != source.Answer {
			wrong = c.ID
			break
		}
	}
	choose := func(id, choice string) {
		p.click("choosing "+choice+" in "+id, exerciseSel(id)+fmt.Sprintf(` [data-choice=%q]`, choice))
		p.waitFor("feedback on "+id, fmt.Sprintf(`document.querySelector(%q) !== null`, exerciseSel(id)+" [data-feedback]"))
	}
	choose(who.ID, who.Answer)
	choose(source.ID, wrong)
	const find = "find-evidence/kursk-retaken/ukraine"
	passage := ""
	for _, e := range a.Evidence {
		if e.ID == "e10" {
			passage = a.Text[e.Start:e.End]
		}
	}
	if !evalAs[bool](p, fmt.Sprintf(selectJS, passage)) {
		p.fatalf("could not select the passage %q in the article", passage)
	}
	p.click("using the selection for "+find, exerciseSel(find)+" [data-use-selection]")
	p.waitFor("feedback on "+find, fmt.Sprintf(`document.querySelector(%q) !== null`, exerciseSel(find)+" [data-feedback]"))
	want := webtest.ClassroomState{
		Score: fmt.Sprintf("2/%d", total), Answered: "3",
		Feedback: map[string]string{who.ID: "right", source.ID: "wrong", find: "right"},
		Chosen:   map[string]string{who.ID: who.Answer, source.ID: wrong},
	}
	checkClassroomState(p, "after answering", want)
	right := evalAs[string](p, fmt.Sprintf(`document.querySelector(%q).textContent`, exerciseSel(who.ID)+" [data-feedback]"))
	if !strings.Contains(right, "Right") {
		p.errorf("the feedback on a right answer reads %q, want it to say Right", right)
	}
	notRight := evalAs[string](p, fmt.Sprintf(`document.querySelector(%q).textContent`, exerciseSel(source.ID)+" [data-feedback]"))
	if !strings.Contains(notRight, "Not right") || !strings.Contains(notRight, "Try again") {
		p.errorf("the feedback on a wrong answer reads %q, want it to say Not right and offer Try again", notRight)
	}
	for _, reload := range []string{"the first reload", "the second reload"} {
		p.open(base, "/classroom")
		p.waitFor("the exercises", `document.querySelector("[data-exercise] button") !== null`)
		checkClassroomState(p, "after "+reload, want)
	}
	if got := evalAs[string](p, fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, exerciseSel(find)+" .your-answer")); !strings.Contains(got, passage) {
		p.errorf("after reloading, the selection given as the answer reads %q, want the passage", got)
	}
}

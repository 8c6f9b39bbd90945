//go:build !js

package browser

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"newsexplorer/app/exercise"
	"newsexplorer/app/library"
)

// shownExercises lists the ids of the exercises the page shows, in order.
func shownExercises(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `[...document.querySelectorAll("#exercises [data-exercise]")].map(e => e.dataset.exercise)`)
}

// TestAssignmentLink makes an assignment in the teacher's view, by kind
// and one by one, with a title and a due date, and opens its link in a
// fresh browser profile: the exercises page shows exactly the exercises
// chosen, in order, and the answers saved and downloaded record the
// assignment. A link whose exercise the article no longer has names it
// and skips it; a link cut short or changed says so, with no exercise.
func TestAssignmentLink(t *testing.T) {
	enabled(t)
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	all := exercise.Generate(a)
	ctx := newBrowser(t)
	open(t, ctx, site, "/classroom/teacher")
	if n := eval[int](t, ctx, `document.querySelectorAll("[data-assign]:checked").length`); n != len(all) {
		t.Errorf("%d exercises chosen at first, want all %d", n, len(all))
	}
	click(t, ctx, "choosing none", `#assign .assign-all button:nth-child(2)`)
	waitFor(t, ctx, "no link without an exercise", `document.querySelector("[data-assignment-link]") === null`)
	click(t, ctx, "choosing the loaded-language kind", `[data-assign-kind="loaded-language"]`)
	for _, id := range []string{"when-written/kursk", "who-said-it/q3", "find-evidence/kursk-retaken/ukraine"} {
		click(t, ctx, "choosing "+id, fmt.Sprintf(`[data-assign=%q]`, id))
	}
	setField(t, ctx, "assign-title", "Week 3: who speaks?")
	eval[bool](t, ctx, `(() => { const d = document.getElementById("assign-due"); d.value = "2025-05-09"; d.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	var want []string
	for _, e := range all {
		if e.Kind == exercise.LoadedLanguage || e.ID == "when-written/kursk" || e.ID == "who-said-it/q3" || e.ID == "find-evidence/kursk-retaken/ukraine" {
			want = append(want, e.ID)
		}
	}
	waitFor(t, ctx, "the link with its title", `(document.querySelector("[data-assignment-link]") || {}).value?.includes("title=Week+3") && document.querySelector("[data-assignment-link]").value.includes("due=2025-05-09")`)
	if got := eval[bool](t, ctx, `document.querySelector('[data-assign-kind="who-said-it"]').indeterminate`); !got {
		t.Errorf("a kind chosen in part does not show as mixed")
	}
	link := eval[string](t, ctx, `document.querySelector("[data-assignment-link]").value`)
	if !strings.HasPrefix(link, site+"/classroom?assign=1&") {
		t.Errorf("link %q, want one to %s/classroom", link, site)
	}
	if !eval[bool](t, ctx, `!!document.querySelector('#assign [data-qr] svg path')`) {
		t.Errorf("no QR code drawn for the link")
	}
	checkAccessibility(t, ctx, "teacher's view with an assignment")

	student := newBrowser(t)
	step(t, student, "opening the assignment link", chromedp.Navigate(link))
	waitReady(t, student)
	if got := shownExercises(t, student); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the assignment shows\n %v\nwant\n %v", got, want)
	}
	head := eval[string](t, student, `document.querySelector("[data-assignment]").textContent`)
	for _, s := range []string{"Week 3: who speaks?", "Due Friday 9 May 2025", fmt.Sprintf("%d exercises chosen", len(want))} {
		if !strings.Contains(head, s) {
			t.Errorf("the assignment's head %q does not say %q", head, s)
		}
	}
	choose(t, student, "when-written/kursk", "2025-04-26/2025-04-27")
	saved := eval[string](t, student, `(() => { for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (k.startsWith("newsexplorer/progress/kursk@")) return localStorage.getItem(k); } return ""; })()`)
	p, err := exercise.ParseProgress("saved", []byte(saved), a)
	if err != nil {
		t.Fatalf("the saved answers: %v", err)
	}
	if p.Assignment == nil || p.Assignment.Title != "Week 3: who speaks?" || strings.Join(p.Assignment.Exercises, " ") != strings.Join(want, " ") || len(p.Answers) != 1 {
		t.Errorf("the saved answers record %+v with %d answers; want the assignment and one answer", p.Assignment, len(p.Answers))
	}
	if n := eval[int](t, student, `localStorage.getItem("newsexplorer/progress/kursk") === null ? 0 : 1`); n != 0 {
		t.Errorf("the assignment's answers were saved over the article's own")
	}

	// An exercise the article no longer has.
	l := exercise.AssignmentLink{IDs: []string{"who-said-it/q2", "who-said-it/q99", "when-written/kursk"}}
	step(t, student, "opening a link with an exercise gone", chromedp.Navigate(site+"/classroom?"+l.Query()))
	waitReady(t, student)
	if got := shownExercises(t, student); strings.Join(got, " ") != "who-said-it/q2 when-written/kursk" {
		t.Errorf("shows %v, want q2 and when-written", got)
	}
	if text := eval[string](t, student, `(document.querySelector("[data-assignment-missing]") || {}).textContent || ""`); !strings.Contains(text, "a “Who said it?” exercise on quote q99") {
		t.Errorf("the exercise gone is not named: %q", text)
	}

	// Cut and changed links.
	for _, bad := range []struct{ name, link, says string }{
		{"cut", link[:len(link)-12], "incomplete"},
		{"changed", strings.Replace(link, "Week+3", "Week+4", 1), "changed after it was made"},
	} {
		step(t, student, "opening a "+bad.name+" link", chromedp.Navigate(bad.link))
		waitReady(t, student)
		msg := eval[string](t, student, `(document.querySelector('[data-link-error="assignment"]') || {}).textContent || ""`)
		if !strings.Contains(msg, bad.says) {
			t.Errorf("a %s link says %q, want %q", bad.name, msg, bad.says)
		}
		if n := len(shownExercises(t, student)); n != 0 {
			t.Errorf("a %s link shows %d exercises", bad.name, n)
		}
	}
	checkAccessibility(t, student, "a cut assignment link")
}

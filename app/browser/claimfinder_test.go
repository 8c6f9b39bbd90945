//go:build !js

package browser

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// pastedNews is a short article with two matters: a strike whose figures
// the union and the company dispute, and a bridge a mayor says will
// reopen.
const pastedNews = "The Food Workers' Union said 700 staff joined the strike at the Fennec Foods plant in Cork on Tuesday. " +
	"The company Fennec Foods disputed the figure, saying fewer than 200 staff had stopped work.\n" +
	"Mayor Anna Berg said on Monday that the Elm Street bridge would reopen in May after three months of repairs."

// TestSuggestedClaimsEndToEnd follows a teacher from this week's news to
// the class: the text pasted and annotated in the editor shows the claims
// found as suggestions; one is accepted and one rejected; the file
// downloaded holds the accepted claim, no longer marked; and served in a
// library, its exercises include one built on that claim, which a student
// answers.
func TestSuggestedClaimsEndToEnd(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	open(t, ctx, site, "/edit")
	step(t, ctx, "typing the title", chromedp.SendKeys(chromedp.CSS("#paste-title"), "Fennec strike"))
	setField(t, ctx, "paste-text", pastedNews)
	step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the claims found, as suggestions",
		`document.querySelectorAll('#editor-claims li[data-claim][data-suggested="true"]').length >= 2`)

	// The strike's claim holds the union and the company, opposed.
	claimOf := func(words string) string {
		return eval[string](t, ctx, fmt.Sprintf(`(() => {
			for (const li of document.querySelectorAll('#editor-claims li[data-claim][data-suggested="true"]')) {
				if (li.textContent.includes(%q)) return li.dataset.claim;
			}
			return "";
		})()`, words))
	}
	strike, bridge := claimOf("Food Workers"), claimOf("Anna Berg")
	if strike == "" || bridge == "" || strike == bridge {
		t.Fatalf("the suggestions do not hold the strike and the bridge apart: strike %q, bridge %q:\n%s",
			strike, bridge, eval[string](t, ctx, `document.getElementById("editor-claims").innerText`))
	}
	stances := eval[string](t, ctx, fmt.Sprintf(`Array.from(document.querySelectorAll('li[data-claim=%q] [data-stance]'), e => e.dataset.stance).sort().join(" ")`, strike))
	if stances != "asserts disputes" {
		t.Errorf("the strike's parties take the stances %q, want %q", stances, "asserts disputes")
	}

	step(t, ctx, "accepting the strike's claim", chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-accept=%q]`, strike))))
	waitFor(t, ctx, "the claim accepted", fmt.Sprintf(`document.querySelector('li[data-claim=%q]').dataset.suggested === undefined`, strike))
	step(t, ctx, "rejecting the bridge's claim", chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-reject=%q]`, bridge))))
	waitFor(t, ctx, "the claim gone", fmt.Sprintf(`!document.querySelector('li[data-claim=%q]')`, bridge))

	// Downloaded: the accepted claim, unmarked, and nothing of the other.
	dir := t.TempDir()
	allow(t, ctx, dir)
	step(t, ctx, "downloading", chromedp.Click(chromedp.CSS(`[data-download="article"]`)))
	data := waitForFile(t, filepath.Join(dir, "fennec-strike.json"))
	a, err := article.Parse("fennec-strike.json", data)
	if err != nil {
		t.Fatalf("the downloaded file does not read as an article: %v", err)
	}
	c, ok := a.Claim(strike)
	if !ok || c.Suggested {
		t.Fatalf("the downloaded file's claim %q: found %v, still marked %v", strike, ok, c.Suggested)
	}
	if _, ok := a.Claim(bridge); ok {
		t.Errorf("the rejected claim %q is in the downloaded file", bridge)
	}

	// Served in a library: an exercise built on the accepted claim.
	var ex exercise.Exercise
	for _, e := range exercise.Generate(a) {
		if e.Claim == strike && len(e.Choices) > 1 {
			ex = e
			break
		}
	}
	if ex.ID == "" {
		t.Fatalf("no exercise with choices is built on the accepted claim; the exercises: %v", exercise.Generate(a))
	}
	if ex.Suggested {
		t.Errorf("exercise %s rests on an accepted claim but is marked as resting on a suggestion", ex.ID)
	}
	library := t.TempDir()
	if err := os.WriteFile(filepath.Join(library, "fennec-strike.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	srv, err := startServer("-articles", library)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	class := newBrowser(t)
	open(t, class, srv.url, "/articles/"+a.ID+"/classroom")
	waitFor(t, class, "the exercise", fmt.Sprintf(`!!document.querySelector(%q)`, exerciseSel(ex.ID)))
	choose(t, class, ex.ID, ex.Answer)
	if got := eval[string](t, class, fmt.Sprintf(`document.querySelector(%q).dataset.feedback`, exerciseSel(ex.ID)+" [data-feedback]")); got != "right" {
		t.Errorf("the right answer to %s gets feedback %q, want right", ex.ID, got)
	}
}

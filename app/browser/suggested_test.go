//go:build !js

package browser

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// suggestedFile is the article of the test library with claims the
// annotator suggested: strike-turnout and pay-offer, suggested, and
// strike-happened, which a person wrote.
var suggestedFile = filepath.Join(root, testArticles, "harbour.json")

// suggestedCardsJS lists the editor's claim cards, each as its claim's ID
// with "?" after one still suggested.
const suggestedCardsJS = `Array.from(document.querySelectorAll("#editor-claims li[data-claim]")).map(li =>
	li.dataset.claim + (li.dataset.suggested === "true" ? "?" : "")).join(" ")`

// editorStatusJS is what the editor's status says.
const editorStatusJS = `document.querySelector("[data-editor-status]").textContent`

// evidenceSpansJS counts the passages claims rest on in the editor's text.
const evidenceSpansJS = `document.querySelectorAll("#editor-article [data-evidence-span]").length`

// TestEditorSuggestedClaims checks the claims the annotator suggested in
// the editor: each is a card with the reader's hooks and the note; a
// passage shows in the text; one is accepted by keyboard and one
// rejected by mouse and by keyboard, with the focus where it should be and
// Undo bringing it back; a change through the claim form accepts the
// claim; and the file downloaded reads back with what was decided.
func TestEditorSuggestedClaims(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	openInEditor(t, ctx, suggestedFile)
	waitFor(t, ctx, "the claims", `document.querySelectorAll("#editor-claims li[data-claim]").length === 3`)
	if got, want := eval[string](t, ctx, suggestedCardsJS), "strike-turnout? pay-offer? strike-happened"; got != want {
		t.Errorf("cards %q, want %q", got, want)
	}
	checkSuggestedHooks(t, ctx, testArticle(t, "harbour"))
	checkAccessibility(t, ctx, "editor, claims found automatically")

	// A passage of a suggested claim, shown in the text.
	const portEvidence = `[data-claim="strike-turnout"] [data-party="port"] button[data-evidence]`
	step(t, ctx, "showing the port authority's passage", chromedp.Click(chromedp.CSS(portEvidence)))
	waitFor(t, ctx, "the passage marked in the text", `(el => !!el && el.textContent.startsWith("The port authority disputed"))(document.querySelector('#editor-article [data-evidence-span][aria-current="true"]'))`)
	if got := eval[string](t, ctx, focusedJS); got != "BUTTON" {
		t.Errorf("showing a passage moved the focus to %q, want it left on its control", got)
	}
	spans := eval[int](t, ctx, evidenceSpansJS)

	// Accepted by keyboard: the mark goes, the focus is on its heading.
	step(t, ctx, "focusing Accept", chromedp.Focus(chromedp.CSS(`[data-accept="pay-offer"]`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the claim accepted", `document.querySelector('li[data-claim="pay-offer"]').dataset.suggested === undefined`)
	waitFor(t, ctx, "the focus on its heading", `document.activeElement.id === "editor-claim-pay-offer"`)
	if got, want := eval[string](t, ctx, editorStatusJS), "Accepted the claim “Is the pay offer an insult?”: it is no longer marked as found automatically."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-accept="pay-offer"], [data-reject="pay-offer"]').length`); n != 0 {
		t.Errorf("an accepted claim still has %d controls of a suggestion", n)
	}

	// Rejected with the mouse: the claim and its passages go, the focus
	// is on the next claim; Undo brings it back, with the focus.
	// Accepting moved the focus, which may scroll the list: the click
	// waits for the button to keep still, as a reader's would.
	waitStill(t, ctx, "the Reject button", `document.querySelector('[data-reject="strike-turnout"]').getBoundingClientRect().top`)
	step(t, ctx, "rejecting", chromedp.Click(chromedp.CSS(`[data-reject="strike-turnout"]`)))
	waitFor(t, ctx, "the claim gone", `!document.querySelector('li[data-claim="strike-turnout"]')`)
	waitFor(t, ctx, "the focus on the next claim", `document.activeElement.id === "editor-claim-pay-offer"`)
	if got, want := eval[string](t, ctx, editorStatusJS), "Rejected the suggested claim “How many dockworkers joined the strike?”."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if got := eval[int](t, ctx, evidenceSpansJS); got != spans-2 {
		t.Errorf("%d passages in the text after the rejection, want %d: the claim's two go", got, spans-2)
	}
	step(t, ctx, "Control+Z", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, "the claim back, suggested, with the focus", `document.querySelector('li[data-claim="strike-turnout"]')?.dataset.suggested === "true" && document.activeElement.id === "editor-claim-strike-turnout"`)
	if got := eval[int](t, ctx, evidenceSpansJS); got != spans {
		t.Errorf("%d passages in the text after Undo, want %d", got, spans)
	}

	// Rejected by keyboard, and brought back by the Undo button.
	step(t, ctx, "focusing Reject", chromedp.Focus(chromedp.CSS(`[data-reject="strike-turnout"]`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the claim gone, the focus on the next", `!document.querySelector('li[data-claim="strike-turnout"]') && document.activeElement.id === "editor-claim-pay-offer"`)
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	waitFor(t, ctx, "the claim back", `document.querySelector('li[data-claim="strike-turnout"]')?.dataset.suggested === "true"`)

	// Changed through the claim form: saving it accepts it.
	step(t, ctx, "changing the question", chromedp.Click(chromedp.CSS(`[data-claim="strike-turnout"] [data-claim-action="edit"]`)))
	waitFor(t, ctx, "the form, filled in", `document.activeElement.id === "claim-question" && document.activeElement.value === "How many dockworkers joined the strike?"`)
	setField(t, ctx, "claim-question", "How many dockworkers joined Tuesday's strike?")
	step(t, ctx, "saving", chromedp.Click(chromedp.CSS(`[data-claim-action="send"]`)))
	waitFor(t, ctx, "the claim changed and accepted", `document.querySelector("#editor-claim-strike-turnout")?.textContent === "How many dockworkers joined Tuesday's strike?" &&
		document.querySelector('li[data-claim="strike-turnout"]').dataset.suggested === undefined`)
	if got, want := eval[string](t, ctx, editorStatusJS), "Changed the claim. The claim is accepted: it is no longer marked as found automatically."; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	waitFor(t, ctx, "the change undone, the claim suggested again", `document.querySelector('li[data-claim="strike-turnout"]')?.dataset.suggested === "true"`)
	// Accepting moved the focus, which may scroll the list: the click
	// waits for the button to keep still, as a reader's would.
	waitStill(t, ctx, "the Reject button", `document.querySelector('[data-reject="strike-turnout"]').getBoundingClientRect().top`)
	step(t, ctx, "rejecting", chromedp.Click(chromedp.CSS(`[data-reject="strike-turnout"]`)))
	waitFor(t, ctx, "the claim gone", `!document.querySelector('li[data-claim="strike-turnout"]')`)

	// Kept over a reload, and in the file downloaded.
	open(t, ctx, site, "/edit")
	waitFor(t, ctx, "the kept claims", `document.querySelectorAll("#editor-claims li[data-claim]").length === 2`)
	if got, want := eval[string](t, ctx, suggestedCardsJS), "pay-offer strike-happened"; got != want {
		t.Errorf("after a reload, cards %q, want %q", got, want)
	}
	dir := t.TempDir()
	allow(t, ctx, dir)
	step(t, ctx, "downloading", chromedp.Click(chromedp.CSS(`[data-download="article"]`)))
	a, err := article.Parse("harbour.json", waitForFile(t, filepath.Join(dir, "harbour.json")))
	if err != nil {
		t.Fatalf("the downloaded file does not read as an article: %v", err)
	}
	var got []string
	for _, c := range a.Claims {
		got = append(got, fmt.Sprintf("%s suggested=%v", c.ID, c.Suggested))
	}
	if want := "pay-offer suggested=false|strike-happened suggested=false"; strings.Join(got, "|") != want {
		t.Errorf("downloaded claims %q, want %q", strings.Join(got, "|"), want)
	}
	if len(a.Evidence) != 2 {
		t.Errorf("the downloaded file has %d passages of evidence, want the 2 its claims rest on", len(a.Evidence))
	}
}

// checkSuggestedHooks checks the hooks of the editor's claim cards
// against the article: data-party and data-stance on each party, a
// data-evidence control for each of its passages, and on each suggested
// claim, and on those only, data-suggested, the note, and one control each
// with data-accept and data-reject.
func checkSuggestedHooks(t *testing.T, ctx context.Context, a *article.Article) {
	t.Helper()
	type card struct {
		Suggested, Note   bool
		Accept, Reject    int
		Parties, Evidence []string
	}
	for _, c := range a.Claims {
		got := eval[card](t, ctx, fmt.Sprintf(`(li => ({
			suggested: li.dataset.suggested === "true",
			note: li.textContent.includes("Found automatically — check it before you teach with it."),
			accept: li.querySelectorAll('button[data-accept=%[1]q]').length,
			reject: li.querySelectorAll('button[data-reject=%[1]q]').length,
			parties: Array.from(li.querySelectorAll("li[data-party]")).map(p => p.dataset.party + ":" + p.dataset.stance),
			evidence: Array.from(li.querySelectorAll("button[data-evidence]")).map(b => b.dataset.evidence),
		}))(document.querySelector('#editor-claims li[data-claim=%[1]q]'))`, c.ID))
		if got.Suggested != c.Suggested || got.Note != c.Suggested {
			t.Errorf("%s (suggested %v): data-suggested %v, note %v", c.ID, c.Suggested, got.Suggested, got.Note)
		}
		if want := 0; c.Suggested {
			want = 1
			if got.Accept != want || got.Reject != want {
				t.Errorf("%s: %d Accept and %d Reject controls, want one each", c.ID, got.Accept, got.Reject)
			}
		} else if got.Accept+got.Reject != 0 {
			t.Errorf("%s, a person's claim, has controls of a suggestion", c.ID)
		}
		var parties, evidence []string
		for _, p := range c.Parties {
			parties = append(parties, p.ID+":"+string(p.Stance))
			evidence = append(evidence, p.Evidence...)
		}
		if !slices.Equal(got.Parties, parties) || !slices.Equal(got.Evidence, evidence) {
			t.Errorf("%s: parties %v and evidence %v, want %v and %v", c.ID, got.Parties, got.Evidence, parties, evidence)
		}
	}
	if node := axNode(t, ctx, `[data-accept="strike-turnout"]`); axString(node.Name) != "Accept" || !strings.Contains(axString(node.Description), "How many dockworkers") {
		t.Errorf("the Accept control reads as %q, %q; want Accept, described by the claim's question", axString(node.Name), axString(node.Description))
	}
}

// TestEditorSuggestedClaimsPhone checks the suggested claims on a phone:
// nothing is wider than the screen, and rejecting the last claim by touch
// leaves the focus on the panel's heading.
func TestEditorSuggestedClaimsPhone(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	openInEditor(t, ctx, suggestedFile)
	waitFor(t, ctx, "the claims", `document.querySelectorAll("#editor-claims li[data-claim]").length === 3`)
	if wide := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#editor-claims *")).filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(el => el.tagName + "." + el.className)`); len(wide) > 0 {
		t.Errorf("parts of the claims are wider than a 360-pixel screen: %v", wide)
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("the editor is %dpx wide at a 360px viewport", w)
	}
	checkAccessibility(t, ctx, "editor on a phone, claims found automatically")
	click(t, ctx, "removing the claim a person wrote", `[data-claim="strike-happened"] [data-claim-action="remove"]`)
	waitFor(t, ctx, "the claim removed", `!document.querySelector('li[data-claim="strike-happened"]')`)
	click(t, ctx, "rejecting the last claim", `[data-reject="pay-offer"]`)
	waitFor(t, ctx, "the claim rejected, the focus on the panel's heading", `!document.querySelector('li[data-claim="pay-offer"]') && document.activeElement.id === "editor-claims-title"`)
}

// TestEditorAnnotateKeepsClaims annotates again the text of an article
// open in the editor, with a claim accepted: the claims a person wrote or
// accepted stay as they were, once each, and the suggestions no one
// checked give way to the annotator's; Undo brings back the article as it
// was.
func TestEditorAnnotateKeepsClaims(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	a := testArticle(t, "harbour")
	openInEditor(t, ctx, suggestedFile)
	waitFor(t, ctx, "the claims", `document.querySelectorAll("#editor-claims li[data-claim]").length === 3`)
	click(t, ctx, "accepting", `[data-accept="pay-offer"]`)
	waitFor(t, ctx, "the claim accepted", `document.querySelector('li[data-claim="pay-offer"]').dataset.suggested === undefined`)

	setField(t, ctx, "paste-title", a.Title)
	setField(t, ctx, "paste-text", a.Text)
	click(t, ctx, "annotating", `[data-annotate="paste"]`)
	waitFor(t, ctx, "the text annotated", `document.querySelector("[data-editor-status]").textContent.startsWith("Annotated:")`)
	if got := eval[string](t, ctx, editorStatusJS); !strings.Contains(got, " The 2 claims you wrote or accepted are kept as they were.") ||
		!strings.HasSuffix(got, "Undo brings back the article open before, as it was.") {
		t.Errorf("status %q, want it to say the 2 claims are kept, and that Undo brings back the article", got)
	}
	// Each claim a person wrote or accepted, once and unmarked; whatever
	// else the annotator found is marked as suggested.
	type card struct {
		ID, Question string
		Suggested    bool
	}
	cards := eval[[]card](t, ctx, `Array.from(document.querySelectorAll("#editor-claims li[data-claim]")).map(li =>
		({id: li.dataset.claim, question: li.querySelector("h4").textContent, suggested: li.dataset.suggested === "true"}))`)
	seen := map[string]int{}
	for _, c := range cards {
		seen[c.Question]++
		if (c.ID == "pay-offer" || c.ID == "strike-happened") == c.Suggested {
			t.Errorf("card %s: suggested %v", c.ID, c.Suggested)
		}
		if c.ID == "strike-turnout" {
			t.Errorf("the suggestion of the article open before is still there: %+v", c)
		}
	}
	for _, id := range []string{"pay-offer", "strike-happened"} {
		c, _ := a.Claim(id)
		if seen[c.Question] != 1 {
			t.Errorf("%q is listed %d times, want once", c.Question, seen[c.Question])
		}
	}
	step(t, ctx, "pressing Undo", chromedp.Click(chromedp.CSS("#editor-undo")))
	waitFor(t, ctx, "the article as it was", `document.querySelectorAll("#editor-claims li[data-claim]").length === 3`)
	if got, want := eval[string](t, ctx, suggestedCardsJS), "strike-turnout? pay-offer strike-happened"; got != want {
		t.Errorf("after Undo, cards %q, want %q", got, want)
	}
}

// TestReaderSuggestedClaims checks the reading view of an article with
// claims found automatically: each such card says so, in the server's
// page too, and is described by the note; the buttons of their passages
// in the text say so; the links go both ways; and the page passes axe,
// on a desktop and on a phone.
func TestReaderSuggestedClaims(t *testing.T) {
	enabled(t)
	a := testArticle(t, "harbour")
	var want []string
	for _, c := range a.Claims {
		if c.Suggested {
			want = append(want, c.ID)
		}
	}

	// The server's page, before any script runs.
	res, err := http.Get(site + "/articles/harbour")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if n := strings.Count(string(body), `data-suggested="true"`); n != len(want) {
		t.Errorf("the server's page marks %d claims as suggested, want %d", n, len(want))
	}
	if n := strings.Count(string(body), "check it before you teach with it."); n != len(want) {
		t.Errorf("the server's page says %d times to check a claim, want %d", n, len(want))
	}

	ctx := newBrowser(t)
	open(t, ctx, site, "/articles/harbour")
	checkArticleReader(t, ctx, a)
	got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#claims [data-claim][data-suggested="true"]')).map(c => c.dataset.claim)`)
	if !slices.Equal(got, want) {
		t.Errorf("cards marked as suggested %v, want %v", got, want)
	}
	for _, id := range want {
		note := eval[string](t, ctx, fmt.Sprintf(`(c => document.getElementById(c.getAttribute("aria-describedby"))?.textContent || "")(document.querySelector('#claims [data-claim=%q]'))`, id))
		if note != "Found automatically — check it before you teach with it." {
			t.Errorf("%s is described by %q, want the note", id, note)
		}
	}
	// From a passage of a suggested claim to its card, and back.
	c, _ := a.Claim("strike-turnout")
	ev := c.Parties[1].Evidence[0]
	if title := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).title`, passageButton(ev))); !strings.Contains(title, "(found automatically)") {
		t.Errorf("the passage's button is named %q, want it to say the claim was found automatically", title)
	}
	click(t, ctx, "the passage's button", passageButton(ev))
	waitFor(t, ctx, "its claim selected", `!!document.querySelector('[data-claim="strike-turnout"][aria-current="true"]')`)
	click(t, ctx, "the claim's evidence", fmt.Sprintf(`#claims [data-claim="strike-turnout"] button[data-evidence=%q]`, ev))
	waitFor(t, ctx, "the passage shown", fmt.Sprintf(`document.getElementById(%q)?.getAttribute("aria-current") === "true"`, ev))
	checkAccessibility(t, ctx, "reader, claims found automatically")

	phone := newBrowser(t)
	step(t, phone, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, phone, site, "/articles/harbour")
	step(t, phone, "Claims tab", chromedp.Click(chromedp.CSS(`#tab-claims`)))
	waitFor(t, phone, "the claims shown", `document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true"`)
	if wide := eval[[]string](t, phone, `Array.from(document.querySelectorAll("#claims *")).filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(el => el.tagName + "." + el.className)`); len(wide) > 0 {
		t.Errorf("parts of the claims are wider than a 360-pixel screen: %v", wide)
	}
	checkAccessibility(t, phone, "reader on a phone, claims found automatically")
}

// TestTeacherSuggestedKey checks that the teacher's key marks each
// exercise resting on a claim found automatically, and only those, and
// that the classroom offers them as any other.
func TestTeacherSuggestedKey(t *testing.T) {
	enabled(t)
	a := testArticle(t, "harbour")
	exercises := exercise.Generate(a)
	var want, all []string
	for _, e := range exercises {
		all = append(all, e.ID)
		if e.Suggested {
			want = append(want, e.ID)
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("%d of %d exercises rest on suggested claims; the test wants some, not all", len(want), len(all))
	}
	ctx := newBrowser(t)
	open(t, ctx, site, "/articles/harbour/teacher")
	checkArticleTeacher(t, ctx, a)
	got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#answer-key [data-exercise][data-suggested="true"]')).map(e => e.dataset.exercise)`)
	if !slices.Equal(got, want) {
		t.Errorf("key items marked %v, want %v", got, want)
	}
	for _, id := range want {
		if text := eval[string](t, ctx, fmt.Sprintf(`document.querySelector('#answer-key [data-exercise=%q] .suggested-note').textContent`, id)); text != "This exercise rests on a claim found automatically: check it first." {
			t.Errorf("%s says %q", id, text)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#worksheet .suggested-note").length`); n != 0 {
		t.Errorf("the students' worksheet has %d notes for the teacher", n)
	}
	checkAccessibility(t, ctx, "teacher's key, claims found automatically")

	open(t, ctx, site, "/articles/harbour/classroom")
	checkArticleClassroom(t, ctx, a)
	shown := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#exercises [data-exercise]")).map(e => e.dataset.exercise)`)
	for _, id := range want {
		if !slices.Contains(shown, id) {
			t.Errorf("the classroom does not offer %s", id)
		}
	}
}

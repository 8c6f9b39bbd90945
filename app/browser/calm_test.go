//go:build !js

package browser

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"newsexplorer/app/article"
)

// calmHeightAim is how much taller the article may be on a 390-pixel
// phone with every highlight on than with none.
const calmHeightAim = 1.04

// phone390 opens the reading view on a 390-pixel phone in a fresh
// browser, at path, with every paragraph laid out (layOutArticle), and
// with the focus shown as in a window that has it.
func phone390(t *testing.T, path string) context.Context {
	t.Helper()
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
	emulateFocus(t, ctx)
	open(t, ctx, site, path)
	layOutArticle(t, ctx)
	return ctx
}

// emulateFocus gives a headless page a window with the focus, which it
// otherwise lacks: without it, :focus matches nothing.
func emulateFocus(t *testing.T, ctx context.Context) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("emulating a focused page: %v", err)
	}
}

// layOutArticle has every paragraph of the article laid out: the page
// skips the layout of paragraphs far off screen (content-visibility),
// which then count at a guessed height, and whose tags and buttons have
// no size.
func layOutArticle(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(() => {
		for (const p of document.querySelectorAll("#article p")) p.style.contentVisibility = "visible";
		return true;
	})()`)
}

// articleHeight is the height of the article's text, every paragraph laid
// out.
func articleHeight(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	layOutArticle(t, ctx)
	return eval[float64](t, ctx, `document.getElementById("article").getBoundingClientRect().height`)
}

// tagShownJS reports, for a highlight, whether its letter tag is drawn.
const tagShownJS = `(m => getComputedStyle(m, "::before").display !== "none" && getComputedStyle(m, "::before").content !== "none")`

// sectionShownJS reports, for a passage's § button, whether it can be
// seen and pressed: out of sight, it is a clipped pixel.
const sectionShownJS = `(b => { const r = b.getBoundingClientRect(); return r.width > 4 && r.height > 4; })`

// TestCalmTextHeight switches every highlight off and on with the
// legend's own buttons on a 390-pixel phone: with every highlight on,
// the article is at most calmHeightAim times as tall as with none.
func TestCalmTextHeight(t *testing.T) {
	enabled(t)
	ctx := phone390(t, "/")
	all := articleHeight(t, ctx)
	step(t, ctx, "tapping Change", chromedp.Click(chromedp.CSS(".legend-more")))
	waitFor(t, ctx, "the toggles", `document.querySelector('[data-toggle="none"]').getClientRects().length > 0`)
	step(t, ctx, "tapping Hide all", chromedp.Click(chromedp.CSS(`[data-toggle="none"]`)))
	waitFor(t, ctx, "every highlight off", `document.querySelectorAll("#article.hide-person.hide-quote.hide-date.hide-event").length === 1`)
	none := articleHeight(t, ctx)
	step(t, ctx, "tapping Show all", chromedp.Click(chromedp.CSS(`[data-toggle="all"]`)))
	waitFor(t, ctx, "every highlight on", `!/hide-/.test(document.getElementById("article").className)`)
	if again := articleHeight(t, ctx); again != all {
		t.Errorf("with every highlight on again, the article is %.0f px high, not %.0f as at first", again, all)
	}
	ratio := all / none
	t.Logf("at 390 px the article is %.0f px high with every highlight on, %.0f with none: %.3f times", all, none, ratio)
	if ratio > calmHeightAim {
		t.Errorf("with every highlight on the article is %.3f times as tall as with none, want at most %.2f", ratio, calmHeightAim)
	}
}

// firstOfEach is the ids of the highlights that name an entity, or quote
// a speaker, for the first time in the text.
func firstOfEach(a *article.Article) []string {
	first := map[string]article.Span{}
	ids := map[string]string{}
	note := func(key, id string, s article.Span) {
		if f, ok := first[key]; !ok || s.Start < f.Start {
			first[key], ids[key] = s, id
		}
	}
	for _, m := range a.Mentions {
		note("entity "+m.Entity, m.ID, m.Span)
	}
	for _, q := range a.Quotes {
		note("speaker "+q.Speaker, q.ID, q.Span)
	}
	var out []string
	for _, id := range ids {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// TestCalmTextCues checks the cues a 390-pixel phone keeps: a letter tag
// on the first mention of each entity and the first quote of each
// speaker, and on a highlight with the focus, which moves no word; a
// passage's § button for the entity whose card is open, for the claim
// being looked at, and when the keyboard reaches it; and a distinct
// underline style for each type. axe-core finds nothing serious.
func TestCalmTextCues(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := phone390(t, "/")
	tagged := eval[[]string](t, ctx, `[...document.querySelectorAll("#article mark")].filter(`+tagShownJS+`).map(m => m.id).sort()`)
	if want := firstOfEach(a); strings.Join(tagged, " ") != strings.Join(want, " ") {
		t.Errorf("letter tags on %q, want the first of each entity and speaker %q", tagged, want)
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#article .passage-button")].filter(`+sectionShownJS+`).length`); n != 0 {
		t.Errorf("%d § buttons show with nothing looked at, want none", n)
	}
	checkDistinctUnderlines(t, ctx)
	checkAccessibility(t, ctx, "calm text at 390 px")

	// The focus on a later mention tags it, and moves no word.
	later := a.MentionsOf("putin")[2].ID
	before := articleHeight(t, ctx)
	step(t, ctx, "focusing a later mention", chromedp.Focus(chromedp.CSS("#"+later)))
	if !eval[bool](t, ctx, tagShownJS+fmt.Sprintf(`(document.getElementById(%q))`, later)) {
		t.Errorf("the mention %s with the focus has no letter tag", later)
	}
	if after := articleHeight(t, ctx); after != before {
		t.Errorf("the focus on a mention changed the article's height from %.0f to %.0f px", before, after)
	}

	// A passage's button, reached by keyboard, shows.
	passage := a.Evidence[len(a.Evidence)-1].ID
	step(t, ctx, "focusing a passage's button", chromedp.Focus(chromedp.CSS(passageButton(passage))))
	if !eval[bool](t, ctx, sectionShownJS+fmt.Sprintf(`(document.querySelector(%q))`, passageButton(passage))) {
		t.Errorf("the § button of %s does not show with the focus on it", passage)
	}

	// The card of an entity: the § buttons of the passages that mention it.
	inPassage := eval[string](t, ctx, `document.querySelector("#article .evidence mark[data-entity-type=person]").id`)
	click(t, ctx, "tapping a mention in a passage", "#"+inPassage)
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	checkSectionButtons(t, ctx, "the card of "+inPassage+" open", `.evidence:has(mark.is-selected)`)
	step(t, ctx, "closing the card", chromedp.Click(chromedp.CSS(".card-close")))
	waitFor(t, ctx, "the card closed", `!document.querySelector("#card")`)

	// A claim looked at: the § buttons of its passages.
	claim := a.Claims[0]
	step(t, ctx, "the claims tab", chromedp.Click(chromedp.CSS("#tab-claims")))
	ev := a.Evidence[indexOfClaimEvidence(t, a, claim.ID)].ID
	click(t, ctx, "showing a passage of the claim", fmt.Sprintf(`[data-claim=%q] [data-evidence=%q]`, claim.ID, ev))
	waitFor(t, ctx, "the passage shown in the article", fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-current") === "true" && document.getElementById(%q).getClientRects().length > 0`, ev, ev))
	checkSectionButtons(t, ctx, "claim "+claim.ID+" looked at", fmt.Sprintf(`[data-claims~=%q]`, claim.ID))
	checkAccessibility(t, ctx, "a claim's passages at 390 px")
}

// indexOfClaimEvidence is the index of the first passage a claim rests on.
func indexOfClaimEvidence(t *testing.T, a *article.Article, claim string) int {
	t.Helper()
	for i, ev := range a.Evidence {
		if slices.Contains(ev.Claims, claim) {
			return i
		}
	}
	t.Fatalf("claim %s rests on no passage", claim)
	return -1
}

// checkSectionButtons checks that the § buttons that show are those of
// the passages that sel matches, and that there are some.
func checkSectionButtons(t *testing.T, ctx context.Context, when, sel string) {
	t.Helper()
	got := eval[[]string](t, ctx, `[...document.querySelectorAll("#article .passage-button")].filter(`+sectionShownJS+`).map(b => b.dataset.passage).sort()`)
	want := eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll("#article [data-evidence-span]")].filter(e => e.matches(%q)).map(e => e.id).sort()`, sel))
	if len(want) == 0 || strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: § buttons show for %q, want those of %q", when, got, want)
	}
}

// checkDistinctUnderlines checks that each type of highlight is drawn
// differently from every other without its colour: its line, the line's
// style and thickness, or a quote's italics.
func checkDistinctUnderlines(t *testing.T, ctx context.Context) {
	t.Helper()
	seen := map[string]article.Type{}
	for _, typ := range article.Types {
		look := eval[string](t, ctx, fmt.Sprintf(`(m => { const s = getComputedStyle(m);
			return [s.textDecorationLine, s.textDecorationStyle, s.textDecorationThickness, s.fontStyle].join(" "); })(document.querySelector('#article mark[data-entity-type=%q]'))`, typ))
		if strings.HasPrefix(look, "none none") && !strings.Contains(look, "italic") {
			t.Errorf("a %s highlight has no line and no italics: %s", typ, look)
		}
		if other, dup := seen[look]; dup {
			t.Errorf("%s and %s highlights look alike without colour: %s", typ, other, look)
		}
		seen[look] = typ
	}
}

// TestShowLabels presses the "Show labels" switch by keyboard on a
// 390-pixel phone: every highlight gets its tag and every passage its §
// button; the switch says it is on; the address and the browser keep the
// choice, over a reload and for a link without it; pressed again, the
// text is calm again. Printed, every label shows whatever the switch
// says; on a wide screen every label shows and the switch is not offered.
func TestShowLabels(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := phone390(t, "/")
	allTags := `[...document.querySelectorAll("#article mark")].every(` + tagShownJS + `)`
	allSections := `[...document.querySelectorAll("#article .passage-button")].every(` + sectionShownJS + `)`
	setMedia(t, ctx, "print")
	if !eval[bool](t, ctx, allTags) || !eval[bool](t, ctx, allSections) {
		t.Error("printed, the text does not show every letter tag and § mark")
	}
	setMedia(t, ctx, "")

	step(t, ctx, "tapping Change", chromedp.Click(chromedp.CSS(".legend-more")))
	waitFor(t, ctx, "the switch", `document.getElementById("labels-switch").getClientRects().length > 0`)
	sw := axNode(t, ctx, "#labels-switch")
	if name, role := axString(sw.Name), axString(sw.Role); name != "Show labels" || role != "button" {
		t.Errorf("the switch is a %q named %q, want a button named Show labels", role, name)
	}
	pressed := func() string {
		return eval[string](t, ctx, `document.getElementById("labels-switch").getAttribute("aria-pressed")`)
	}
	if got := pressed(); got != "false" {
		t.Errorf("the switch is pressed %q before it is pressed", got)
	}
	step(t, ctx, "focusing the switch", chromedp.Focus(chromedp.CSS("#labels-switch")))
	step(t, ctx, "Space", chromedp.KeyEvent(" "))
	waitFor(t, ctx, "every label", `document.getElementById("article").classList.contains("all-labels")`)
	if got := pressed(); got != "true" {
		t.Errorf("the switch is pressed %q once on, want true", got)
	}
	if !eval[bool](t, ctx, allTags) || !eval[bool](t, ctx, allSections) {
		t.Error("with the switch on, some letter tags or § buttons do not show")
	}
	if got := eval[string](t, ctx, `location.search`); got != "?labels=all" {
		t.Errorf("with the switch on, the address's query is %q, want ?labels=all", got)
	}
	checkAccessibility(t, ctx, "every label at 390 px")

	// A reload, and a link that says nothing of labels, keep the choice.
	open(t, ctx, site, "/?show=person,quote")
	layOutArticle(t, ctx)
	if got := eval[string](t, ctx, `location.search`); got != "?labels=all&show=person,quote" {
		t.Errorf("a link without labels, after they were switched on, opens at %q, want ?labels=all&show=person,quote", got)
	}
	if !eval[bool](t, ctx, `document.getElementById("article").classList.contains("all-labels")`) {
		t.Error("the saved choice of labels is not shown after a reload")
	}
	step(t, ctx, "tapping Change", chromedp.Click(chromedp.CSS(".legend-more")))
	step(t, ctx, "tapping the switch", chromedp.Click(chromedp.CSS("#labels-switch")))
	waitFor(t, ctx, "the calm text", `!document.getElementById("article").classList.contains("all-labels")`)
	if got := eval[string](t, ctx, `location.search`); got != "?show=person,quote" {
		t.Errorf("with the switch off, the address's query is %q, want ?show=person,quote", got)
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#article mark")].filter(`+tagShownJS+`).length`); n >= len(a.Mentions)+len(a.Quotes) {
		t.Errorf("with the switch off, %d highlights keep their tags", n)
	}

	// A link with the choice opens with it, in the server's page too.
	fresh := phone390(t, "/?labels=all")
	if !eval[bool](t, fresh, `document.getElementById("article").classList.contains("all-labels")`) {
		t.Error("a link with ?labels=all opens without every label")
	}

	// A wide screen shows every label, and offers no switch.
	wide := newBrowser(t)
	open(t, wide, site, "/")
	layOutArticle(t, wide)
	if !eval[bool](t, wide, allTags) || !eval[bool](t, wide, allSections) {
		t.Error("on a wide screen, some letter tags or § buttons do not show")
	}
	if eval[bool](t, wide, `document.getElementById("labels-switch").getClientRects().length > 0`) {
		t.Error("on a wide screen, the labels switch is shown, where it would change nothing")
	}
}

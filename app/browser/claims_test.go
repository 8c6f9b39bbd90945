//go:build !js

package browser

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/webtest"
)

// TestClaimsPanel checks that every claim of the article is in the panel
// with every party's position, and that a party with no statement is
// shown as a missing voice.
func TestClaimsPanel(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	if len(a.Claims) == 0 {
		t.Fatal("the default article has no claims")
	}
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	for _, c := range a.Claims {
		card := fmt.Sprintf(`document.querySelector('[data-claim="%s"]')`, c.ID)
		if !eval[bool](t, ctx, "!!"+card) {
			t.Errorf("claim %q has no card", c.ID)
			continue
		}
		if got := eval[string](t, ctx, card+".querySelector('h3').textContent"); got != c.Question {
			t.Errorf("claim %q: question %q, want %q", c.ID, got, c.Question)
		}
		for _, p := range c.Parties {
			pos := fmt.Sprintf(`%s.querySelector('[data-party="%s"]')`, card, p.ID)
			if got := eval[string](t, ctx, fmt.Sprintf("(%s || {dataset: {}}).dataset.stance || ''", pos)); got != string(p.Stance) {
				t.Errorf("claim %q, party %q: data-stance %q, want %q", c.ID, p.ID, got, p.Stance)
				continue
			}
			text := eval[string](t, ctx, pos+".innerText")
			if p.Stance == article.Silent {
				if !strings.Contains(text, "Missing voice") {
					t.Errorf("claim %q, silent party %q does not say the voice is missing: %q", c.ID, p.ID, text)
				}
				continue
			}
			if n := eval[int](t, ctx, pos+".querySelectorAll('[data-evidence]').length"); n != len(p.Evidence) {
				t.Errorf("claim %q, party %q: %d evidence controls, want %d", c.ID, p.ID, n, len(p.Evidence))
			}
			if !strings.Contains(text, p.Source.Label()) || !strings.Contains(text, p.Channel) {
				t.Errorf("claim %q, party %q does not show its channel %q / %q: %q", c.ID, p.ID, p.Source.Label(), p.Channel, text)
			}
		}
	}
	checkAccessibility(t, ctx, "claims panel")
	checkWholeTarget(t, ctx, "#claims .evidence-link")

	// Escape closes an open card from the panel too, leaving the focus
	// where it is.
	step(t, ctx, "opening a card", chromedp.Click(chromedp.CSS("#article mark[data-entity-type=person]")))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	step(t, ctx, "focusing evidence in the panel", chromedp.Focus(chromedp.CSS("#claims .evidence-link")))
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card closed, the focus kept", `!document.querySelector("#card") && document.activeElement.classList.contains("evidence-link")`)
}

// checkWholeTarget checks that a click anywhere along the middle of each
// control that sel matches lands on the control, as a user aiming at any
// part of it expects; text for screen readers alone placed outside it
// once left a spot where a click missed.
func checkWholeTarget(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	misses := eval[[]string](t, ctx, `(() => {
		const misses = [];
		for (const el of document.querySelectorAll(`+strconv.Quote(sel)+`)) {
			el.scrollIntoView({block: "center"});
			const r = el.getBoundingClientRect();
			for (let x = r.left + 3; x < r.right - 3; x += 3) {
				const hit = document.elementFromPoint(x, r.top + r.height / 2);
				if (!el.contains(hit)) {
					misses.push((el.textContent || "").trim().slice(0, 40) + " at " + Math.round(x - r.left) + "px: " + (hit ? hit.tagName : "nothing"));
					break;
				}
			}
		}
		return misses;
	})()`)
	if len(misses) > 0 {
		t.Errorf("a click on part of these controls (%s) misses them: %q", sel, misses)
	}
}

// TestEvidenceLinksBothWays activates evidence in the panel and checks the
// article scrolls to it and marks it; then activates a passage's button in
// the article and checks its claim is selected in the panel, with the
// focus on it. Both by keyboard and by click.
func TestEvidenceLinksBothWays(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")

	// Panel to text, for the last piece of evidence, which is far down.
	claim, ev := webtest.LastEvidence(a)
	if ev == "" {
		t.Fatal("no claim has evidence")
	}
	button := fmt.Sprintf(`[data-claim="%s"] [data-evidence="%s"]`, claim, ev)
	step(t, ctx, "focusing the evidence in the panel", chromedp.Focus(chromedp.CSS(button)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the span to be current", fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-current") === "true"`, ev))
	waitFor(t, ctx, "the span to be in view", webtest.InViewJS(ev))
	if got := eval[string](t, ctx, `document.activeElement.id`); got != ev {
		t.Errorf("focus on %q after showing evidence, want the span %q", got, ev)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#article [aria-current="true"]').length`); n != 1 {
		t.Errorf("%d spans marked current in the article, want 1", n)
	}
	if got := eval[string](t, ctx, `(document.querySelector('[data-claim][aria-current="true"]') || {dataset: {}}).dataset.claim || ""`); got != claim {
		t.Errorf("selected claim %q, want %q", got, claim)
	}
	// Marked by more than its look: aria-current tells screen readers.
	current := `Array.from(document.querySelectorAll('#claims .evidence-link.is-current[aria-current="true"]'), b => b.dataset.evidence).join(" ")`
	if got := eval[string](t, ctx, current); got != ev {
		t.Errorf("panel marks evidence %q current, want %q", got, ev)
	}
	// Opening and closing the card of a mention outside any evidence
	// leaves the selection in the panel alone.
	plain := eval[string](t, ctx, `Array.from(document.querySelectorAll("#article mark[data-mention]")).find(m => !m.closest("[data-evidence-span]")).id`)
	click(t, ctx, "opening a card", "#"+plain)
	waitFor(t, ctx, "the card", `!!document.getElementById("card-title")`)
	step(t, ctx, "closing it", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card to close", `!document.getElementById("card-title")`)
	if got := eval[string](t, ctx, `(document.querySelector('[data-claim][aria-current="true"]') || {dataset: {}}).dataset.claim || ""`); got != claim {
		t.Errorf("after a card was opened and closed, selected claim %q, want %q", got, claim)
	}
	if got := eval[string](t, ctx, current); got != ev {
		t.Errorf("after a card was opened and closed, panel marks evidence %q current, want %q", got, ev)
	}

	// Text to panel: a passage that is evidence for another claim.
	other, ok := webtest.EvidenceOfAnother(a, claim)
	if !ok {
		t.Fatalf("every passage of the default article is evidence for claim %s: the test needs one that another claim rests on", claim)
	}
	step(t, ctx, "focusing the passage's button", chromedp.Focus(chromedp.CSS(passageButton(other.ID))))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its claim to be selected", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, other.Claims[0]))
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-claim][aria-current="true"]').length`); n != 1 {
		t.Errorf("%d claims selected, want 1", n)
	}
	waitFor(t, ctx, "the focus on the claim", fmt.Sprintf(`document.activeElement.id === "claim-%s"`, other.Claims[0]))
	// A click on a passage's words, outside any highlight, selects
	// nothing: only its button does. A click on a mention after it opens
	// a card, which leaves the claims alone, as checked above.
	eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).click(), true`, ev))
	handledInOrder(t, ctx, "the card of a mention clicked after the words", func() {
		eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).click(), true`, plain))
	}, `!!document.getElementById("card-title")`)
	if got := eval[string](t, ctx, `(document.querySelector('[data-claim][aria-current="true"]') || {dataset: {}}).dataset.claim || ""`); got != other.Claims[0] {
		t.Errorf("a click on the words of passage %s changed the selected claim to %q", ev, got)
	}
	step(t, ctx, "closing the card", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card to close", `!document.getElementById("card-title")`)
	// And by click on the button.
	click(t, ctx, "clicking a passage's button", passageButton(ev))
	waitFor(t, ctx, "the first claim again", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, a.Evidence[indexOf(a, ev)].Claims[0]))
	checkAccessibility(t, ctx, "evidence shown")

	// A passage that two claims rest on shows each in turn.
	for _, e := range a.Evidence {
		if len(e.Claims) < 2 {
			continue
		}
		for _, c := range append(slices.Clone(e.Claims), e.Claims[0]) {
			click(t, ctx, "the button of a passage of two claims", passageButton(e.ID))
			waitFor(t, ctx, "claim "+c+" shown", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]') && document.querySelectorAll('[data-claim][aria-current="true"]').length === 1`, c))
		}
		return
	}
	t.Error("the default article has no passage that two claims rest on")
}

// passageButton selects the button at the end of passage id, which shows
// its claim.
func passageButton(id string) string {
	return fmt.Sprintf(`#article button[data-passage="%s"]`, id)
}

func indexOf(a *article.Article, id string) int {
	for i, e := range a.Evidence {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// TestClaimsTabOnPhone checks that on a 360-pixel screen the claims are a
// tab of their own rather than squeezing the article, that showing
// evidence from it brings the article back, and that a passage's button
// in the article brings its claim.
func TestClaimsTabOnPhone(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	if len(a.Claims) == 0 || len(a.Claims[0].Parties) == 0 || len(a.Claims[0].Parties[0].Evidence) == 0 {
		t.Fatal("the default article's first claim has no evidence to show")
	}
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, "/")
	visible := func(sel string) bool {
		return eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector(%q); return !!el && el.getClientRects().length > 0; })()`, sel))
	}
	if !visible(`#tab-claims`) || visible(`#claims`) || !visible(`#article`) {
		t.Fatalf("phone, article view: tabs %v, claims %v, article %v; want tabs and article only", visible(`#tab-claims`), visible(`#claims`), visible(`#article`))
	}
	step(t, ctx, "Claims tab", chromedp.Click(chromedp.CSS(`#tab-claims`)))
	waitFor(t, ctx, "the claims tab selected", `document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true"`)
	if !visible(`#claims`) || visible(`#article`) {
		t.Errorf("phone, claims view: claims %v, article %v; want the claims only", visible(`#claims`), visible(`#article`))
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("claims view is %dpx wide at a 360px viewport", w)
	}
	checkAccessibility(t, ctx, "phone, claims tab")
	// The skip link, followed from the claims, shows the article and
	// moves the focus to it.
	step(t, ctx, "focusing the skip link", chromedp.Focus(chromedp.CSS(`.skip-link`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the article shown and focused", `document.querySelector("#tab-article").getAttribute("aria-pressed") === "true" && document.activeElement.id === "article"`)
	// And the skip link to the claims, followed from the article, shows
	// the claims with the focus on them.
	step(t, ctx, "focusing the skip link to the claims", chromedp.Focus(chromedp.CSS(`.skip-link[href="#claims"]`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the claims shown and focused", `document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true" && document.activeElement.id === "claims"`)
	step(t, ctx, "Article tab", chromedp.Click(chromedp.CSS(`#tab-article`)))
	waitFor(t, ctx, "the article tab selected", `document.querySelector("#tab-article").getAttribute("aria-pressed") === "true"`)
	step(t, ctx, "Claims tab again", chromedp.Click(chromedp.CSS(`#tab-claims`)))
	waitFor(t, ctx, "the claims tab selected", `document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true"`)
	ev := a.Claims[0].Parties[0].Evidence[0]
	step(t, ctx, "showing evidence", chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-claim="%s"] [data-evidence="%s"]`, a.Claims[0].ID, ev))))
	waitFor(t, ctx, "the article with the evidence", fmt.Sprintf(`document.querySelector("#tab-article").getAttribute("aria-pressed") === "true" && document.getElementById(%q).getAttribute("aria-current") === "true"`, ev))

	// And back: the passage's button in the article shows its claim, with
	// the focus on it.
	// The article scrolls smoothly to the passage; a click on it waits.
	waitScrollStill(t, ctx)
	step(t, ctx, "activating the passage's button", chromedp.Click(chromedp.CSS(passageButton(ev))))
	waitFor(t, ctx, "the claims with the passage's claim selected", fmt.Sprintf(`document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true" && !!document.querySelector('[data-claim="%s"][aria-current="true"]')`, a.Claims[0].ID))
	if !visible(`#claims`) || visible(`#article`) {
		t.Errorf("phone, after activating a passage's button: claims %v, article %v; want the claims only", visible(`#claims`), visible(`#article`))
	}
	waitFor(t, ctx, "the focus on the claim", fmt.Sprintf(`document.activeElement.id === "claim-%s"`, a.Claims[0].ID))
	// The claim, taller than the screen, opens at its top: its question
	// just below the tabs, not its middle. The app scrolls once the
	// claims are painted, which a busy machine may hold back for a few
	// frames, so the place is read until it is right or 3 s have passed.
	waitScrollStill(t, ctx)
	question := fmt.Sprintf(`(() => {
		const h = document.querySelector("#claim-%s h3").getBoundingClientRect();
		return [h.top, document.querySelector(".tabs").getBoundingClientRect().bottom, innerHeight];
	})()`, a.Claims[0].ID)
	var r []float64
	if !webtest.Eventually(3*time.Second, func() bool {
		r = eval[[]float64](t, ctx, question)
		return r[0] >= r[1]-1 && r[0] <= r[2]/2
	}) {
		t.Errorf("the claim opened with its question at %.0f px, want it just below the tabs (%.0f px)", r[0], r[1])
	}

	// Shift+Tab onto a control that the page has scrolled under the tabs
	// brings it out from under them.
	step(t, ctx, "Article tab", chromedp.Click(chromedp.CSS(`#tab-article`)))
	waitFor(t, ctx, "the article", `document.querySelector("#tab-article").getAttribute("aria-pressed") === "true"`)
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const b = document.querySelector(%q);
		const stops = Array.from(document.querySelectorAll("#article mark[tabindex='0'], #article button"));
		const next = stops[stops.indexOf(b) + 1];
		scrollBy({top: b.getBoundingClientRect().top - 10, behavior: "instant"});
		next.focus({preventScroll: true});
		return true;
	})()`, passageButton(ev)))
	step(t, ctx, "Shift+Tab", chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
	waitScrollStill(t, ctx)
	if r := eval[[]float64](t, ctx, `[document.activeElement.getBoundingClientRect().top, document.querySelector(".tabs").getBoundingClientRect().bottom]`); r[0] < r[1]-1 {
		t.Errorf("Shift+Tab left the focused control at %.0f px, under the tabs (to %.0f px)", r[0], r[1])
	}
}

// inPanelView reports, once the claims panel has stopped scrolling,
// whether the element sel is wholly within the panel's visible part.
const inPanelViewJS = `(sel) => {
	const p = document.getElementById("panel-claims").getBoundingClientRect();
	const r = document.querySelector(sel).getBoundingClientRect();
	return r.top >= p.top - 1 && r.bottom <= Math.min(p.bottom, innerHeight) + 1;
}`

// waitPanelStill waits until the claims panel has stopped scrolling, as
// after a smooth scroll.
func waitPanelStill(t *testing.T, ctx context.Context) {
	t.Helper()
	waitStill(t, ctx, "the claims panel to stop scrolling", `document.getElementById("panel-claims").scrollTop`)
}

// TestCardOpensInView opens a card while the panel is scrolled down to a
// claim far below its top, where the card opens: the card comes into
// view with the focus on it, and the selected claim stays selected.
// Closing the card, after the article was scrolled away, brings the
// mention back into view with the focus on it.
func TestCardOpensInView(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	far := a.Evidence[len(a.Evidence)-1]
	step(t, ctx, "focusing the last passage's button", chromedp.Focus(chromedp.CSS(passageButton(far.ID))))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its claim", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, far.Claims[0]))
	waitPanelStill(t, ctx)
	if eval[bool](t, ctx, `(`+inPanelViewJS+`)(".card-slot")`) {
		t.Fatal("the panel did not scroll down to the last claim: the test cannot tell whether the card comes into view")
	}
	mention := eval[string](t, ctx, `(document.querySelector("#article .evidence mark[data-mention]") || {}).id || ""`)
	if mention == "" {
		t.Fatal("the default article has no mention inside a passage that claims rest on")
	}
	click(t, ctx, "clicking a mention", "#"+mention)
	waitFor(t, ctx, "the card with the focus", `!!document.querySelector("#card") && document.activeElement.id === "card-title"`)
	waitPanelStill(t, ctx)
	if !eval[bool](t, ctx, `(`+inPanelViewJS+`)("#card")`) {
		t.Error("the card opened out of view, at the top of a panel scrolled down")
	}
	if got := eval[string](t, ctx, `(document.querySelector('[data-claim][aria-current="true"]') || {dataset: {}}).dataset.claim || ""`); got != far.Claims[0] {
		t.Errorf("opening a card changed the selected claim to %q, want %q still", got, far.Claims[0])
	}

	eval[bool](t, ctx, `window.scrollTo(0, document.body.scrollHeight), true`)
	waitScrollStill(t, ctx)
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card closed", `!document.querySelector("#card")`)
	if got := eval[string](t, ctx, `document.activeElement.id`); got != mention {
		t.Errorf("after closing the card the focus is on %q; want the mention %q", got, mention)
	}
	waitScrollStill(t, ctx)
	if !eval[bool](t, ctx, `(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`) {
		t.Error("after closing the card the focused mention is out of view")
	}

	// On a wide screen, showing a passage's claim leaves an open card
	// open: both are on the screen.
	step(t, ctx, "Enter on the mention", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the card again", `!!document.querySelector("#card")`)
	first := a.Evidence[0]
	click(t, ctx, "the first passage's button", passageButton(first.ID))
	waitFor(t, ctx, "its claim", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, first.Claims[0]))
	if !eval[bool](t, ctx, `!!document.querySelector("#card")`) {
		t.Error("on a wide screen, showing a passage's claim closed the card")
	}
}

// TestMentionInEvidenceOnPhone taps, on a 360-pixel phone, the words of a
// passage that claims rest on and a mention inside it: the card opens over
// the article, which stays in view rather than giving way to the claims
// tab, and closing the card brings the focus back to the mention, in view.
func TestMentionInEvidenceOnPhone(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, "/")
	mention := eval[string](t, ctx, `(document.querySelector("#article .evidence mark[data-mention]") || {}).id || ""`)
	if mention == "" {
		t.Fatal("the default article has no mention inside a passage that claims rest on")
	}
	// A tap on a passage's words stays on the article.
	ev := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).closest(".evidence").id`, mention))
	eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).click(), true`, ev))
	step(t, ctx, "tapping the mention", chromedp.Click(chromedp.CSS("#"+mention)))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	if got := eval[string](t, ctx, `document.querySelector('.tab[aria-pressed="true"]').id`); got != "tab-article" {
		t.Errorf("after tapping a passage and a mention in it, the selected tab is %q; want tab-article", got)
	}
	if !eval[bool](t, ctx, `document.getElementById("article").getClientRects().length > 0`) {
		t.Error("after tapping a passage and a mention in it, the article is hidden")
	}
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card closed", `!document.querySelector("#card")`)
	if got := eval[string](t, ctx, `document.activeElement.id`); got != mention {
		t.Errorf("after closing the card the focus is on %q; want the mention %q", got, mention)
	}
	if !eval[bool](t, ctx, `document.activeElement.getClientRects().length > 0`) {
		t.Error("after closing the card the focus is on an element that is not shown")
	}
}

// TestPhoneTabsKeepPlace switches between the article and the claims on a
// 360-pixel phone: the claims open at their top the first time, each view
// comes back where the reader left it, and a card open over the article
// closes when the article leaves the screen, leaving the focus on the tab.
// With a card open, the end of the article can scroll above the sheet.
func TestPhoneTabsKeepPlace(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, "/")

	// The sheet leaves room for the article's last line.
	mention := eval[string](t, ctx, `Array.from(document.querySelectorAll("#article mark[data-mention]")).pop().id`)
	step(t, ctx, "focusing the last mention", chromedp.Focus(chromedp.CSS("#"+mention)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	eval[bool](t, ctx, `window.scrollTo(0, document.documentElement.scrollHeight), true`)
	waitScrollStill(t, ctx)
	if !eval[bool](t, ctx, `(() => {
		const ps = document.querySelectorAll("#article p");
		return ps[ps.length - 1].getBoundingClientRect().bottom <= document.getElementById("card").getBoundingClientRect().top;
	})()`) {
		t.Error("with a card open, the end of the article cannot scroll above the sheet")
	}

	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card closed", `!document.querySelector("#card")`)

	// A card open mid-way through the article.
	middle := eval[string](t, ctx, `(m => m[m.length >> 1].id)(document.querySelectorAll("#article mark[data-mention]"))`)
	click(t, ctx, "opening a card mid-way", "#"+middle)
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	articleY := eval[float64](t, ctx, `scrollY`)
	step(t, ctx, "Claims tab", chromedp.Click(chromedp.CSS(`#tab-claims`)))
	waitFor(t, ctx, "the claims", `document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true"`)
	if eval[bool](t, ctx, `!!document.querySelector("#card")`) {
		t.Error("the card stayed open over the claims")
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "tab-claims" {
		t.Errorf("after switching to the claims the focus is on %q, want tab-claims", got)
	}
	if !eval[bool](t, ctx, `(() => { const r = document.getElementById("claims").getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`) {
		t.Error("the claims did not open at their top")
	}
	eval[bool](t, ctx, `window.scrollTo(0, scrollY + 900), true`)
	claimsY := eval[float64](t, ctx, `scrollY`)

	step(t, ctx, "Article tab", chromedp.Click(chromedp.CSS(`#tab-article`)))
	waitFor(t, ctx, "the article", `document.querySelector("#tab-article").getAttribute("aria-pressed") === "true"`)
	waitFor(t, ctx, "the article where it was left", fmt.Sprintf(`Math.abs(scrollY - %f) < 2`, articleY))
	step(t, ctx, "Claims tab again", chromedp.Click(chromedp.CSS(`#tab-claims`)))
	waitFor(t, ctx, "the claims where they were left", fmt.Sprintf(`Math.abs(scrollY - %f) < 2`, claimsY))
}

// TestTabletTurnKeepsFocus turns a tablet from landscape, with article and
// claims side by side, to portrait, with one at a time, while a control of
// the claims has the focus: the claims are shown, and the control keeps
// the focus, rather than the focus falling to the page with the claims
// hidden behind the Article tab.
func TestTabletTurnKeepsFocus(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "landscape", chromedp.EmulateViewport(1180, 820, chromedp.EmulateTouch))
	// A headless page has no window with the focus, so the browser sends
	// it no focus events, which the page follows: it is given one.
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("emulating a focused page: %v", err)
	}
	open(t, ctx, site, "/")
	id := eval[string](t, ctx, `document.querySelectorAll("#claims .evidence-link")[3].dataset.evidence`)
	step(t, ctx, "focusing a piece of evidence in the claims", chromedp.Focus(chromedp.CSS(fmt.Sprintf(`#claims .evidence-link[data-evidence=%q]`, id))))
	step(t, ctx, "portrait", chromedp.EmulateViewport(820, 1180, chromedp.EmulateTouch))
	waitFor(t, ctx, "the claims shown, the control still focused", fmt.Sprintf(
		`document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true" && document.activeElement.dataset.evidence === %q && document.activeElement.getClientRects().length > 0`, id))
}

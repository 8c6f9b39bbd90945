//go:build !js

package browser

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
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
}

// TestEvidenceLinksBothWays activates evidence in the panel and checks the
// article scrolls to it and marks it; then activates a passage in the
// article and checks its claim is selected in the panel. Both by keyboard.
func TestEvidenceLinksBothWays(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")

	// Panel to text, for the last piece of evidence, which is far down.
	var claim, ev string
	for _, c := range a.Claims {
		for _, p := range c.Parties {
			for _, id := range p.Evidence {
				claim, ev = c.ID, id
			}
		}
	}
	if ev == "" {
		t.Fatal("no claim has evidence")
	}
	button := fmt.Sprintf(`[data-claim="%s"] [data-evidence="%s"]`, claim, ev)
	step(t, ctx, "focusing the evidence in the panel", chromedp.Focus(chromedp.CSS(button)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the span to be current", fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-current") === "true"`, ev))
	waitFor(t, ctx, "the span to be in view", fmt.Sprintf(`(() => { const r = document.getElementById(%q).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, ev))
	if got := eval[string](t, ctx, `document.activeElement.id`); got != ev {
		t.Errorf("focus on %q after showing evidence, want the span %q", got, ev)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#article [aria-current="true"]').length`); n != 1 {
		t.Errorf("%d spans marked current in the article, want 1", n)
	}
	if got := eval[string](t, ctx, `(document.querySelector('[data-claim][aria-current="true"]') || {dataset: {}}).dataset.claim || ""`); got != claim {
		t.Errorf("selected claim %q, want %q", got, claim)
	}
	current := `Array.from(document.querySelectorAll("#claims .evidence-link.is-current"), b => b.dataset.evidence).join(" ")`
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
	var other article.Evidence
	for _, e := range a.Evidence {
		if e.Claims[0] != claim {
			other = e
			break
		}
	}
	if other.ID == "" {
		t.Skip("every piece of evidence belongs to one claim")
	}
	step(t, ctx, "focusing evidence in the article", chromedp.Focus(chromedp.CSS("#"+other.ID)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its claim to be selected", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, other.Claims[0]))
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-claim][aria-current="true"]').length`); n != 1 {
		t.Errorf("%d claims selected, want 1", n)
	}
	// And by click.
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitScrollStill(t, ctx)
	step(t, ctx, "clicking evidence in the article", chromedp.Click(chromedp.CSS("#"+ev)))
	waitFor(t, ctx, "the first claim again", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, a.Evidence[indexOf(a, ev)].Claims[0]))
	checkAccessibility(t, ctx, "evidence shown")
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
// evidence from it brings the article back, and that activating evidence
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
	waitFor(t, ctx, "the claims tab selected", `document.querySelector("#tab-claims").getAttribute("aria-selected") === "true"`)
	if !visible(`#claims`) || visible(`#article`) {
		t.Errorf("phone, claims view: claims %v, article %v; want the claims only", visible(`#claims`), visible(`#article`))
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("claims view is %dpx wide at a 360px viewport", w)
	}
	checkAccessibility(t, ctx, "phone, claims tab")
	ev := a.Claims[0].Parties[0].Evidence[0]
	step(t, ctx, "showing evidence", chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-claim="%s"] [data-evidence="%s"]`, a.Claims[0].ID, ev))))
	waitFor(t, ctx, "the article with the evidence", fmt.Sprintf(`document.querySelector("#tab-article").getAttribute("aria-selected") === "true" && document.getElementById(%q).getAttribute("aria-current") === "true"`, ev))

	// And back: activating the passage in the article shows its claim.
	// The article scrolls smoothly to the passage; a click on it waits.
	waitScrollStill(t, ctx)
	step(t, ctx, "activating the passage", chromedp.Click(chromedp.CSS("#"+ev)))
	waitFor(t, ctx, "the claims with the passage's claim selected", fmt.Sprintf(`document.querySelector("#tab-claims").getAttribute("aria-selected") === "true" && !!document.querySelector('[data-claim="%s"][aria-current="true"]')`, a.Claims[0].ID))
	if !visible(`#claims`) || visible(`#article`) {
		t.Errorf("phone, after activating evidence in the article: claims %v, article %v; want the claims only", visible(`#claims`), visible(`#article`))
	}
}

// inPanelView reports, once the claims panel has stopped scrolling,
// whether the element sel is wholly within the panel's visible part.
const inPanelViewJS = `(sel) => {
	const p = document.getElementById("panel-claims").getBoundingClientRect();
	const r = document.querySelector(sel).getBoundingClientRect();
	return r.top >= p.top - 1 && r.bottom <= Math.min(p.bottom, innerHeight) + 1;
}`

// waitPanelStill waits until the claims panel has not scrolled for a few
// frames, as after a smooth scroll.
func waitPanelStill(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "the claims panel to stop scrolling", `(() => {
		const y = document.getElementById("panel-claims").scrollTop;
		window.panelStill = window.panelY === y ? (window.panelStill || 0) + 1 : 0;
		window.panelY = y;
		return window.panelStill >= 5;
	})()`)
}

// TestMentionInEvidenceKeepsCard clicks a mention inside a passage that
// claims rest on: its card opens at the top of the panel and stays in
// view, and the passage's claim is selected without the panel scrolling
// away from the card. A passage activated on its own still brings its
// claim into view.
func TestMentionInEvidenceKeepsCard(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	mention := eval[string](t, ctx, `(document.querySelector("#article .evidence mark[data-mention]") || {}).id || ""`)
	if mention == "" {
		t.Fatal("the default article has no mention inside a passage that claims rest on")
	}
	ev := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).closest(".evidence").dataset.evidenceSpan`, mention))
	claim := a.Evidence[indexOf(a, ev)].Claims[0]
	step(t, ctx, "clicking the mention", chromedp.Click(chromedp.CSS("#"+mention)))
	waitFor(t, ctx, "the card and the claim", fmt.Sprintf(`!!document.querySelector("#card") && !!document.querySelector('[data-claim="%s"][aria-current="true"]')`, claim))
	waitPanelStill(t, ctx)
	if !eval[bool](t, ctx, `(`+inPanelViewJS+`)("#card")`) {
		t.Error("the panel scrolled away from the card the reader opened")
	}

	// A passage on its own, focused and activated by keyboard.
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	// The last passage outside any highlight whose claim is not the
	// first: activating it opens no card.
	var far article.Evidence
	for _, e := range a.Evidence {
		if e.Claims[0] != a.Claims[0].ID && !eval[bool](t, ctx, fmt.Sprintf(`!!document.getElementById(%q).closest("mark")`, e.ID)) {
			far = e
		}
	}
	if far.ID == "" {
		t.Fatal("the default article has no passage outside a highlight for a claim other than the first")
	}
	step(t, ctx, "focusing a passage", chromedp.Focus(chromedp.CSS("#"+far.ID)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its claim", fmt.Sprintf(`!!document.querySelector('[data-claim="%s"][aria-current="true"]')`, far.Claims[0]))
	if eval[bool](t, ctx, `!!document.querySelector("#card")`) {
		t.Errorf("activating passage %s opened a card", far.ID)
	}
	waitFor(t, ctx, "the title of the passage's claim in view", fmt.Sprintf(`(`+inPanelViewJS+`)("#claim-title-%s")`, far.Claims[0]))
}

// TestMentionInEvidenceOnPhone clicks, on a 360-pixel phone, a mention
// inside a passage that claims rest on: its card opens over the article,
// which stays in view rather than giving way to the claims tab, and
// closing the card brings the focus back to the mention, in view.
func TestMentionInEvidenceOnPhone(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, "/")
	mention := eval[string](t, ctx, `(document.querySelector("#article .evidence mark[data-mention]") || {}).id || ""`)
	if mention == "" {
		t.Fatal("the default article has no mention inside a passage that claims rest on")
	}
	step(t, ctx, "tapping the mention", chromedp.Click(chromedp.CSS("#"+mention)))
	waitFor(t, ctx, "the card and the passage's claim", `!!document.querySelector("#card") && !!document.querySelector('#claims [data-claim][aria-current="true"]')`)
	if got := eval[string](t, ctx, `document.querySelector('[role="tab"][aria-selected="true"]').id`); got != "tab-article" {
		t.Errorf("after tapping a mention in a passage, the selected tab is %q; want tab-article", got)
	}
	if !eval[bool](t, ctx, `document.getElementById("article").getClientRects().length > 0`) {
		t.Error("after tapping a mention in a passage, the article is hidden")
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

//go:build !js

package browser

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/webtest"
)

// TestPhoneLayout checks the page at 360 pixels wide: nothing scrolls
// sideways, the toggles come before the article, and the card is a sheet
// on screen.
func TestPhoneLayout(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, "/")
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("page is %dpx wide at a 360px viewport", w)
	}
	if !eval[bool](t, ctx, `document.querySelector(".legend").getBoundingClientRect().top < document.querySelector("#article").getBoundingClientRect().top`) {
		t.Errorf("the toggles are not above the article on a phone")
	}
	checkAccessibility(t, ctx, "phone")
	id := firstMention(t, a, "zelensky")
	eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).scrollIntoView({block: "center"}); true`, id))
	step(t, ctx, "tapping a mention", chromedp.Click(chromedp.CSS("#"+id)))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	box := eval[map[string]float64](t, ctx, `(() => { const r = document.querySelector("#card").getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; })()`)
	if box["left"] < 0 || box["right"] > 360 || box["bottom"] > 741 || box["top"] < 740/3 {
		t.Errorf("card on a phone at %+v, want a sheet over the bottom of the 360×740 screen", box)
	}
	checkAccessibility(t, ctx, "phone with card")

	// The longest quote: its card keeps to the bottom of the screen, below
	// the quote itself, shows a few lines of it, and its buttons and
	// position share one row.
	step(t, ctx, "closing the card", chromedp.Click(chromedp.CSS(".card-close")))
	waitFor(t, ctx, "the card closed", `!document.querySelector("#card")`)
	long := longestQuote(a)
	eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).scrollIntoView({block: "center"}); true`, long.ID))
	step(t, ctx, "tapping the longest quote", chromedp.Click(chromedp.CSS("#"+long.ID)))
	waitFor(t, ctx, "its card", `!!document.querySelector("#card .card-quote")`)
	// The card scrolls the quote up clear of it, smoothly.
	waitScrollStill(t, ctx)
	sheet := eval[map[string]float64](t, ctx, fmt.Sprintf(`(() => {
		const card = document.querySelector("#card").getBoundingClientRect(), q = document.querySelector("#card .card-quote");
		const rows = new Set([".card-prev", ".card-position", ".card-next"].map(s => Math.round(document.querySelector(s).getBoundingClientRect().top + document.querySelector(s).getBoundingClientRect().height / 2)));
		return {top: card.top, height: card.height, quoteBottom: document.getElementById(%q).getBoundingClientRect().bottom,
			clamped: q.scrollHeight > q.clientHeight + 2 ? 1 : 0, rows: rows.size};
	})()`, long.ID))
	if sheet["height"] > 0.45*740+1 {
		t.Errorf("a quote's card is %.0f px high, want at most 45%% of a 740 px screen", sheet["height"])
	}
	if sheet["quoteBottom"] > sheet["top"] {
		t.Errorf("the quote ends at %.0f px, under its card, which starts at %.0f px", sheet["quoteBottom"], sheet["top"])
	}
	if sheet["clamped"] != 1 {
		t.Error("the card shows the whole of a long quote that the article shows just above")
	}
	if sheet["rows"] != 1 {
		t.Errorf("the card's Previous, position and Next take %.0f rows, want 1", sheet["rows"])
	}
	if got := eval[string](t, ctx, `document.querySelector("#card .card-quote").textContent`); got != a.Text[long.Start:long.End] {
		t.Errorf("the card's quote reads %q, want the whole quote %q", got, a.Text[long.Start:long.End])
	}
	for sel, want := range map[string]string{".card-prev": "Previous quote", ".card-next": "Next quote"} {
		got := eval[string](t, ctx, fmt.Sprintf(`[...document.querySelector(%q).childNodes].filter(n => !(n.getAttribute && n.getAttribute("aria-hidden") === "true")).map(n => n.textContent).join("")`, sel))
		if got != want {
			t.Errorf("%s says %q to a screen reader, want %q", sel, got, want)
		}
	}
	checkAccessibility(t, ctx, "phone with a quote's card")
}

// TestCardKeepsMentionInView taps, on a phone and on a tablet, a mention
// low on the screen, where the card's sheet opens: the page scrolls it up
// clear of the sheet, so that the mention the card is about stays in
// sight.
func TestCardKeepsMentionInView(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	id := a.MentionsOf("putin")[2].ID
	for _, size := range []struct{ w, h int64 }{{360, 740}, {768, 1024}} {
		ctx := newBrowser(t)
		step(t, ctx, "viewport", chromedp.EmulateViewport(size.w, size.h, chromedp.EmulateMobile, chromedp.EmulateTouch))
		open(t, ctx, site, "/")
		// The mention 90 px above the bottom of the screen, where the
		// sheet will cover it.
		eval[bool](t, ctx, fmt.Sprintf(`(() => { const r = document.getElementById(%q).getBoundingClientRect(); window.scrollBy(0, r.bottom - (innerHeight - 90)); return true; })()`, id))
		// Clicked where it is: chromedp's Click would scroll it into view
		// first.
		eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).click(), true`, id))
		waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
		waitFor(t, ctx, "the mention clear above the card", fmt.Sprintf(`(() => {
			const m = document.getElementById(%q).getBoundingClientRect(), c = document.querySelector("#card").getBoundingClientRect();
			return m.top >= 0 && m.bottom <= c.top;
		})()`, id))
		if got := eval[string](t, ctx, `document.activeElement.id`); got != "card-title" {
			t.Errorf("at %d×%d the focus is on %q after opening the card, want its title", size.w, size.h, got)
		}
	}
}

// longestQuote is the article's longest quote.
func longestQuote(a *article.Article) article.QuoteSpan {
	var long article.QuoteSpan
	for _, q := range a.Quotes {
		if q.End-q.Start > long.End-long.Start {
			long = q
		}
	}
	return long
}

// TestPhoneLegend checks the legend on a phone: closed, so that the
// article starts on the first screen, saying how many kinds are on;
// "Change" opens it by touch and closes it by keyboard, and a toggle in
// it works. On a desktop, and on a phone without JavaScript, the toggles
// are always shown.
func TestPhoneLegend(t *testing.T) {
	enabled(t)
	shownJS := func(sel string) string {
		return fmt.Sprintf(`document.querySelector(%q).getClientRects().length > 0`, sel)
	}
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, "/")
	if eval[bool](t, ctx, shownJS(".toggles")) {
		t.Error("on a phone the toggles are shown before the reader asks for them")
	}
	if top := eval[float64](t, ctx, `document.querySelector("#article p").getBoundingClientRect().top`); top > 740-100 {
		t.Errorf("on a phone the article's text starts %.0f px down a 740 px screen, below the first screen", top)
	}
	summary := func() string { return eval[string](t, ctx, `document.querySelector(".legend-summary").textContent`) }
	if got := summary(); got != "All 8 kinds on" {
		t.Errorf("the closed legend says %q, want All 8 kinds on", got)
	}
	checkAccessibility(t, ctx, "phone, legend closed")

	step(t, ctx, "tapping Change", chromedp.Click(chromedp.CSS(".legend-more")))
	waitFor(t, ctx, "the toggles shown", shownJS(".toggles")+` && document.querySelector(".legend-more").getAttribute("aria-expanded") === "true"`)
	step(t, ctx, "tapping People", chromedp.Click(chromedp.CSS(`[data-toggle="person"]`)))
	waitFor(t, ctx, "people switched off", `document.querySelector('[data-toggle="person"]').getAttribute("aria-pressed") === "false"`)
	if got := summary(); got != "7 of 8 kinds on" {
		t.Errorf("with people off, the legend says %q, want 7 of 8 kinds on", got)
	}
	checkAccessibility(t, ctx, "phone, legend open")
	step(t, ctx, "focusing Change", chromedp.Focus(chromedp.CSS(".legend-more")))
	step(t, ctx, "Enter on Change", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the toggles hidden again", `!(`+shownJS(".toggles")+`) && document.querySelector(".legend-more").getAttribute("aria-expanded") === "false" && document.activeElement.matches(".legend-more")`)
	if got := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS); got["person"].On != 0 || got["place"].On == 0 {
		t.Errorf("after closing the legend, highlights %+v, want people still off and the rest on", got)
	}

	// Turned to a tablet's width, Change is hidden: the focus moves to the
	// first of the toggles' buttons; turned back, from a toggle to Change.
	step(t, ctx, "a tablet's width", chromedp.EmulateViewport(768, 1024, chromedp.EmulateMobile, chromedp.EmulateTouch))
	waitFor(t, ctx, "the focus on Show all", `document.activeElement.matches('#legend-body [data-toggle="all"]')`)
	step(t, ctx, "focusing People", chromedp.Focus(chromedp.CSS(`[data-toggle="person"]`)))
	step(t, ctx, "a phone's width again", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	waitFor(t, ctx, "the focus on Change", `document.activeElement.matches(".legend-more")`)

	step(t, ctx, "desktop viewport", chromedp.EmulateViewport(1280, 900))
	if !eval[bool](t, ctx, shownJS(".toggles")) || eval[bool](t, ctx, shownJS(".legend-more")) {
		t.Error("on a desktop the toggles are not all shown, or Change is")
	}

	noJS := newBrowser(t)
	disableJS(t, noJS)
	step(t, noJS, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	step(t, noJS, "loading without JavaScript", chromedp.Navigate(site+"/"))
	if !eval[bool](t, noJS, shownJS(".toggles")) || eval[bool](t, noJS, shownJS(".legend-more")) {
		t.Error("on a phone without JavaScript the toggles are not shown, or Change, which cannot work, is")
	}
}

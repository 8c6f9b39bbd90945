//go:build !js

package browser

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboardOnly reaches a toggle and a mention with Tab alone, uses them
// with the keyboard and checks the focus is visible.
func TestKeyboardOnly(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")

	tabTo := func(what, cond string) {
		t.Helper()
		for i := 0; i < 200; i++ {
			step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
			if eval[bool](t, ctx, "(() => { const el = document.activeElement; return !!el && ("+cond+"); })()") {
				return
			}
		}
		t.Fatalf("Tab never reached %s", what)
	}
	focusVisible := func(what string) {
		t.Helper()
		style := eval[string](t, ctx, `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()`)
		if strings.HasPrefix(style, "none") || strings.HasSuffix(style, " 0px") {
			t.Errorf("focus on %s is not visible (outline %q)", what, style)
		}
	}

	tabTo("the people toggle", `el.dataset.toggle === "person"`)
	focusVisible("a toggle")
	step(t, ctx, "Space on the toggle", chromedp.KeyEvent(" "))
	waitFor(t, ctx, "people off", `document.querySelector('[data-toggle="person"]').getAttribute("aria-pressed") === "false"`)
	step(t, ctx, "Enter on the toggle", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "people on", `document.querySelector('[data-toggle="person"]').getAttribute("aria-pressed") === "true"`)

	tabTo("a mention", `el.matches("#article mark[data-entity-type=person]")`)
	focusVisible("a mention")
	step(t, ctx, "Enter on the mention", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the card with focus", `document.activeElement.id === "card-title"`)
	tabTo("the next button", `el.classList.contains("card-next")`)
	focusVisible("the card's next button")
	before := eval[string](t, ctx, `document.querySelector('#article mark[aria-current="true"]').id`)
	step(t, ctx, "Enter on next", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the current mention to move", fmt.Sprintf(`document.querySelector('#article mark[aria-current="true"]').id !== %q`, before))
}

// TestSkipLinks follows the skip links, the first stops for Tab, on the
// reading view (to the article, and to the claims past it), the library
// and the exercises: the focus moves past the header to the part linked
// to, and the next Tab goes on from there.
func TestSkipLinks(t *testing.T) {
	enabled(t)
	for _, c := range []struct {
		path, target, next string
		tabs               int // Tabs to the skip link
	}{
		{"/", "article", "#article mark", 1},
		{"/", "claims", "#claims button", 2},
		{"/library", "library-list", "#library-list a", 1},
		{"/classroom", "exercises", "#exercises button", 1},
	} {
		t.Run(c.target, func(t *testing.T) {
			ctx := newBrowser(t)
			open(t, ctx, site, c.path)
			for i := 0; i < c.tabs; i++ {
				step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
			}
			if got := eval[string](t, ctx, `document.activeElement.className`); got != "skip-link" {
				t.Fatalf("Tab %d reaches %q, want a skip link", c.tabs, got)
			}
			step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
			waitFor(t, ctx, "the focus on #"+c.target, fmt.Sprintf(`document.activeElement.id === %q`, c.target))
			step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
			if !eval[bool](t, ctx, fmt.Sprintf(`document.activeElement.matches(%q)`, c.next)) {
				t.Errorf("after the skip link, Tab reaches %s, want %s", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`), c.next)
			}
		})
	}
}

// TestToggleNamesWhole checks at every width from a phone to a desktop that
// no toggle's name is broken inside a word ("Organizati-ons"), and that
// the page never scrolls sideways.
func TestToggleNamesWhole(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	for _, w := range []int64{360, 768, 1024, 1280} {
		step(t, ctx, fmt.Sprintf("%d px wide", w), chromedp.EmulateViewport(w, 800))
		// On a phone the legend opens closed: open it to see the names.
		eval[bool](t, ctx, `(() => { const b = document.querySelector(".legend-more"); if (b.getClientRects().length > 0 && b.getAttribute("aria-expanded") === "false") b.click(); return true; })()`)
		waitFor(t, ctx, "the toggles shown", `document.querySelector(".toggles").getClientRects().length > 0`)
		broken := eval[[]string](t, ctx, `[...document.querySelectorAll(".toggle-name")].filter(el => {
			const r = document.createRange();
			r.selectNodeContents(el);
			const lines = new Set([...r.getClientRects()].map(q => Math.round(q.top)));
			return !el.textContent.trim().includes(" ") && lines.size > 1;
		}).map(el => el.textContent)`)
		if len(broken) > 0 {
			t.Errorf("at %d px, toggle names broken inside a word: %q", w, broken)
		}
		if sw := eval[int](t, ctx, `document.documentElement.scrollWidth`); sw > int(w) {
			t.Errorf("at %d px the page is %d px wide", w, sw)
		}
	}
}

// TestSpaceOnMentionKeepsPlace opens a card with Space on a mention
// half-way down the page: the card opens, as with Enter, and the page
// does not also scroll down a screen, as Space does elsewhere.
func TestSpaceOnMentionKeepsPlace(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "desktop viewport", chromedp.EmulateViewport(1280, 900))
	open(t, ctx, site, "/")
	before := eval[float64](t, ctx, `(() => {
		const m = document.querySelectorAll("#article mark[data-mention]")[20];
		scrollBy({top: m.getBoundingClientRect().top - 300, behavior: "instant"});
		m.focus({preventScroll: true});
		return scrollY;
	})()`)
	step(t, ctx, "Space on the mention", chromedp.KeyEvent(" "))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	waitScrollStill(t, ctx)
	if after := eval[float64](t, ctx, `scrollY`); after-before > 2 || before-after > 2 {
		t.Errorf("Space on a mention scrolled the page from %.0f to %.0f", before, after)
	}
}

// TestHighlightsToScreenReaders reads a highlight as a screen reader gets
// it, from the browser's accessibility tree: it names what it marks and
// says that activating it opens its card; once its type is switched off,
// Tab passes it by and it says nothing of activating it, and switched on
// again it is as before.
func TestHighlightsToScreenReaders(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	id := firstMention(t, a, "putin")
	read := func() (name, description, title string) {
		t.Helper()
		n := axNode(t, ctx, "#"+id)
		return axString(n.Name), axString(n.Description), eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute("title") || ""`, id))
	}
	shown := func(when string) {
		t.Helper()
		name, description, title := read()
		if name != "Person: Vladimir Putin" || description != "Click a highlight, or press Enter on it, to open its card." || title != name {
			t.Errorf("%s, a highlight reads as %q, described %q, tooltip %q; want it named, with what activating it does", when, name, description, title)
		}
	}
	shown("on load")
	step(t, ctx, "switching people off", chromedp.Click(chromedp.CSS(`[data-toggle="person"]`)))
	waitFor(t, ctx, "the highlight out of the Tab order", fmt.Sprintf(`document.getElementById(%q).tabIndex === -1`, id))
	if _, description, _ := read(); description != "" {
		t.Errorf("switched off, a highlight is described %q; want nothing said of activating it", description)
	}
	step(t, ctx, "switching people on", chromedp.Click(chromedp.CSS(`[data-toggle="person"]`)))
	waitFor(t, ctx, "the highlight back in the Tab order", fmt.Sprintf(`document.getElementById(%q).tabIndex === 0`, id))
	shown("switched on again")
	// A screen reader speaks a highlight as the focus reaches it: it is
	// named the same then.
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("emulating a focused page: %v", err)
	}
	eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).focus(), true`, id))
	waitFor(t, ctx, "the highlight focused", fmt.Sprintf(`document.activeElement.id === %q`, id))
	shown("focused")
}

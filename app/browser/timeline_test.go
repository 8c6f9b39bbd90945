//go:build !js

package browser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestTimelineDoubtfulDating checks the timeline of the default article
// in the browser: the period the article's own words put in doubt ("earlier
// this year") is marked doubtful in words, with why, not by its dot
// alone; the dates the text settles are not; and the dot of the doubtful
// one is drawn hollow, so that the two differ without colour, on a
// desktop and in the claims tab on a phone.
func TestTimelineDoubtfulDating(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	var doubtful, settled []string
	for _, e := range a.Entities {
		if e.When == nil {
			continue
		}
		if e.When.Doubt != "" {
			doubtful = append(doubtful, e.ID)
		} else {
			settled = append(settled, e.ID)
		}
	}
	if len(doubtful) == 0 || len(settled) == 0 {
		t.Fatalf("the default article has %d doubtful and %d settled datings; the test needs both", len(doubtful), len(settled))
	}
	ctx := newBrowser(t)
	for _, width := range []int{1280, 360} {
		step(t, ctx, fmt.Sprintf("a screen %d px wide", width), chromedp.EmulateViewport(int64(width), 800))
		open(t, ctx, site, "/")
		if width == 360 {
			step(t, ctx, "opening the claims tab", chromedp.Click(chromedp.CSS("#tab-claims")))
			waitFor(t, ctx, "the claims shown", `document.querySelector("#tab-claims").getAttribute("aria-pressed") === "true"`)
		}
		for _, id := range doubtful {
			li := fmt.Sprintf(`document.querySelector('#timeline li[data-date-entity=%q]')`, id)
			text := eval[string](t, ctx, li+`.innerText`)
			if !strings.Contains(text, "(doubtful)") || !strings.Contains(text, "Why doubtful:") {
				t.Errorf("%d px: the doubtful dating %s does not say so in words: %q", width, id, text)
			}
			if got := eval[string](t, ctx, li+`.dataset.doubtful || ""`); got != "true" {
				t.Errorf("%d px: the doubtful dating %s has data-doubtful=%q", width, id, got)
			}
			if got := eval[string](t, ctx, `getComputedStyle(`+li+`, "::before").borderTopStyle`); got != "dashed" {
				t.Errorf("%d px: the doubtful dating's dot is drawn %q, want a dashed, hollow ring", width, got)
			}
			if !eval[bool](t, ctx, li+`.getClientRects().length > 0`) {
				t.Errorf("%d px: the doubtful dating %s is not shown", width, id)
			}
		}
		for _, id := range settled {
			text := eval[string](t, ctx, fmt.Sprintf(`(li => li ? li.innerText : "")(document.querySelector('#timeline li[data-date-entity=%q]'))`, id))
			if strings.Contains(text, "(doubtful)") || strings.Contains(text, "Why doubtful:") {
				t.Errorf("%d px: the settled dating %s is marked doubtful: %q", width, id, text)
			}
		}
	}
}

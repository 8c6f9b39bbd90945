//go:build !js

package browser

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBenchEdit reports how long a correction in the editor takes: the
// type of a person changed, from the click to the change shown, and the
// longest task it holds the page for. The article file of a few
// paragraphs (porto) is the baseline for a megabyte of pasted text
// annotated in the page.
func TestBenchEdit(t *testing.T) {
	benchEnabled(t)
	const megabyte = `(() => {
		const para = "On Monday, Mayor Ana Lima said Porto will plant 300 trees in May. \"We will start in the east,\" Lima told reporters. The opposition called it a stunt.\n";
		let text = ""; while (text.length < 1 << 20) text += para;
		const el = document.getElementById("paste-text"); el.value = text; el.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`
	for _, c := range []struct {
		name string
		file string // an article file to open, or "" to paste a megabyte
	}{{"porto", editorFile}, {"1 MB", ""}} {
		ctx := newBrowser(t)
		if c.file != "" {
			openInEditor(t, ctx, c.file)
		} else {
			open(t, ctx, site, "/edit")
			eval[bool](t, ctx, megabyte)
			step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
		}
		waitFor(t, ctx, "the article", `!!document.querySelector('#editor-article mark[data-entity-type="person"]')`)
		marks := eval[int](t, ctx, `document.querySelectorAll("#editor-article mark").length`)
		var shown, held []float64
		for i := 0; i <= 5; i++ {
			typ := []string{"place", "person"}[i%2]
			eval[bool](t, ctx, `document.querySelector('#editor-article mark[data-entity-type]:not([data-entity-type="quote"])').click(), true`)
			waitFor(t, ctx, "the panel", `!!document.querySelector('[data-set-type="place"]')`)
			times := eval[[]float64](t, ctx, fmt.Sprintf(`new Promise(done => {
				const tasks = [];
				const po = new PerformanceObserver(l => { for (const e of l.getEntries()) tasks.push(e.duration); });
				po.observe({type: "longtask"});
				const status = document.querySelector("[data-editor-status]");
				const t0 = performance.now();
				let shownAt = 0;
				const mo = new MutationObserver(() => {
					if (!shownAt && status.textContent === %q) {
						shownAt = performance.now() - t0;
						mo.disconnect();
						// Long tasks are reported after they end.
						setTimeout(() => { po.disconnect(); done([shownAt, Math.max(0, ...tasks)]); }, 500);
					}
				});
				mo.observe(status, {subtree: true, childList: true, characterData: true});
				document.querySelector('[data-set-type=%q]').click();
			})`, "Changed to "+typ+".", typ))
			if i > 0 { // the first warms the code up
				shown, held = append(shown, times[0]), append(held, times[1])
			}
		}
		longest := fmt.Sprintf("its longest task takes %.0f ms", median(held))
		if median(held) == 0 {
			longest = "no task of it takes 50 ms"
		}
		report("edit  %-5s %6d highlights: a correction is shown %.0f ms after the click; %s (median of %d; runs %s / %s)",
			c.name, marks, median(shown), longest, len(shown), list(shown), list(held))
	}
}

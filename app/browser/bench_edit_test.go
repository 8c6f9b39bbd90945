//go:build !js

package browser

import (
	"context"
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
	for _, c := range []struct {
		name string
		file string // an article file to open, or "" to paste a megabyte
	}{{"porto", editorFile}, {"1 MB", ""}} {
		ctx := newBrowser(t)
		if c.file != "" {
			openInEditor(t, ctx, c.file)
		} else {
			open(t, ctx, site, "/edit")
			eval[bool](t, ctx, pasteMegabyteJS)
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
						// Long tasks are reported after they end: once the
						// frame that paints the change is over, the observer
						// holds every task of it.
						requestAnimationFrame(() => setTimeout(() => {
							tasks.push(...po.takeRecords().map(e => e.duration));
							po.disconnect();
							done([shownAt, Math.max(0, ...tasks)]);
						}));
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

// longTaskAim is the most that one step of the editor's long work should
// hold the page for: a reader then waits for a click to answer, but not so
// long as to think the page has hung.
const longTaskAim = 1500.0 // ms

// TestBenchEditLongWork reports how long the editor's long work holds the
// page at a time, a megabyte of text pasted and annotated, and an article
// file of a megabyte opened: the longest task of each, against
// longTaskAim (on this machine about 0.8 s; the whole took 1.5 s in one
// piece before it was split into steps). As with the other aims, a miss
// is printed as MISSED; the normal suite checks that the work is split.
func TestBenchEditLongWork(t *testing.T) {
	benchEnabled(t)
	file := longArticleFile(t)
	for _, c := range []struct {
		name  string
		start func(ctx context.Context)
		done  string // the status once the work is over
	}{
		{"1 MB pasted and annotated", func(ctx context.Context) {
			eval[bool](t, ctx, pasteMegabyteJS)
			step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
		}, "Annotated: "},
		{"1 MB file opened", func(ctx context.Context) {
			step(t, ctx, "opening the long file", chromedp.SetUploadFiles(chromedp.CSS("#article-file"), []string{file}))
		}, "Opened long.json."},
	} {
		ctx := newBrowser(t)
		open(t, ctx, site, "/edit")
		eval[bool](t, ctx, `(() => {
			window.longTasks = [];
			window.longTaskObserver = new PerformanceObserver(list => { window.longTasks.push(...list.getEntries().map(e => e.duration)); });
			window.longTaskObserver.observe({type: "longtask"});
			return true;
		})()`)
		watchPaintedStatus(t, ctx)
		c.start(ctx)
		waitFor(t, ctx, "the work done", fmt.Sprintf(`window.paintedStatus.some(s => s.startsWith(%q))`, c.done))
		// A long task is reported once it has ended; the observer's queue
		// holds those not yet delivered.
		tasks := eval[[]float64](t, ctx, `window.longTasks.concat(window.longTaskObserver.takeRecords().map(e => e.duration))`)
		longest := 0.0
		for _, d := range tasks {
			longest = max(longest, d)
		}
		aim := fmt.Sprintf("aim at most %.0f ms", longTaskAim)
		if longest > longTaskAim {
			aim += ": MISSED"
		}
		report("edit  %-26s the longest task held the page %.0f ms (%s); %d tasks over 50 ms, %d statuses painted",
			c.name, longest, aim, len(tasks), eval[int](t, ctx, `window.paintedStatus.length`))
	}
}

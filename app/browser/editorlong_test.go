//go:build !js

package browser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"newsexplorer/app/extract"
)

// pasteMegabyteJS puts a megabyte of news text, a paragraph over and over,
// in the editor's field for pasted text.
const pasteMegabyteJS = `(() => {
	const para = "On Monday, Mayor Ana Lima said Porto will plant 300 trees in May. \"We will start in the east,\" Lima told reporters. The opposition called it a stunt.\n";
	let text = ""; while (text.length < 1 << 20) text += para;
	const el = document.getElementById("paste-text"); el.value = text; el.dispatchEvent(new Event("input", {bubbles: true}));
	return true;
})()`

// longArticleFile writes an article file of a megabyte of text, with tens
// of thousands of highlights, and returns its path.
func longArticleFile(t testing.TB) string {
	t.Helper()
	const para = "On Monday, Mayor Ana Lima said Porto will plant 300 trees in May. \"We will start in the east,\" Lima told reporters. The opposition called it a stunt.\n"
	data, err := extract.File("A long week in Porto", strings.Repeat(para, (1<<20)/len(para)+1))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "long.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// watchPaintedStatus records, from the next frame on, the editor's status
// as each frame shows it, in window.paintedStatus: every change that the
// browser had the chance to paint, in order.
func watchPaintedStatus(t testing.TB, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(() => {
		window.paintedStatus = [];
		const frame = () => {
			const s = document.querySelector("[data-editor-status]"), text = s ? s.textContent : "";
			const seen = window.paintedStatus;
			if (text && seen[seen.length - 1] !== text) seen.push(text);
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
		return true;
	})()`)
}

// checkPaintedSteps waits until a frame has shown the editor's last status
// and checks that a frame showed each of want, in order. The editor runs
// long work in steps, each after the page has painted the status of the
// one before: a status that no frame showed is a step that ran on from
// the one before without giving the browser its turn.
func checkPaintedSteps(t *testing.T, ctx context.Context, what string, want []string) {
	t.Helper()
	last := want[len(want)-1]
	waitFor(t, ctx, "a frame to show "+last, fmt.Sprintf(`window.paintedStatus.some(s => s.includes(%q))`, last))
	painted := eval[[]string](t, ctx, `window.paintedStatus`)
	i := 0
	for _, s := range painted {
		if i < len(want) && strings.Contains(s, want[i]) {
			i++
		}
	}
	if i < len(want) {
		t.Errorf("%s: the frames showed the statuses %q, want %q among them, in that order: each step painted before the next", what, painted, want)
	}
}

// TestEditorLongArticle pastes a megabyte of text: the page says it is
// annotating at once, and does the work in steps, each of which gives the
// browser a frame to show where it is before the next begins. How long
// the longest step holds the page is measured by make bench
// (TestBenchEditLongWork).
func TestEditorLongArticle(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/edit")
	eval[bool](t, ctx, pasteMegabyteJS)
	watchPaintedStatus(t, ctx)
	step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the annotated article", `!!document.querySelector("[data-draft]") || !!document.querySelector("[data-editor-problem]")`)
	if p := eval[string](t, ctx, `(document.querySelector("[data-editor-problem]") || {}).textContent || ""`); p != "" {
		t.Fatalf("the long article was refused: %s", p)
	}
	if marks := eval[int](t, ctx, `document.querySelectorAll("#editor-article mark").length`); marks < 10000 {
		t.Errorf("%d highlights in a megabyte of text, want thousands", marks)
	}
	checkPaintedSteps(t, ctx, "annotating a megabyte", []string{"Annotating…", "showing them…", "Keeping the article in this browser…", "Annotated: "})
}

// TestEditorOpensLongFile opens an article file of a megabyte of text with
// tens of thousands of highlights: it opens, in steps that each give the
// browser a frame, as TestEditorLongArticle.
func TestEditorOpensLongFile(t *testing.T) {
	enabled(t)
	path := longArticleFile(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/edit")
	watchPaintedStatus(t, ctx)
	step(t, ctx, "opening the long file", chromedp.SetUploadFiles(chromedp.CSS("#article-file"), []string{path}))
	waitFor(t, ctx, "the long article", `!!document.querySelector("[data-draft]") || !!document.querySelector('[data-file-error="article"]')`)
	if p := eval[string](t, ctx, `(document.querySelector('[data-file-error="article"]') || {}).textContent || ""`); p != "" {
		t.Fatalf("the long file was refused: %s", p)
	}
	if marks := eval[int](t, ctx, `document.querySelectorAll("#editor-article mark").length`); marks < 10000 {
		t.Errorf("%d highlights shown, want tens of thousands", marks)
	}
	checkPaintedSteps(t, ctx, "opening a megabyte", []string{"Checking long.json…", "Showing long.json…", "Keeping the article in this browser…", "Opened long.json."})
}

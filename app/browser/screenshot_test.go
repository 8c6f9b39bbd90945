//go:build !js

package browser

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshot writes a screenshot of the reading view with an entity
// card open, for the README: run it with NEWSEXPLORER_SCREENSHOT set to the
// file to write, after make build deps:
//
//	NEWSEXPLORER_BROWSER_TESTS=1 NEWSEXPLORER_SCREENSHOT=$PWD/web/screenshot.png \
//	  go test -run TestScreenshot ./app/browser/
func TestScreenshot(t *testing.T) {
	enabled(t)
	out := os.Getenv("NEWSEXPLORER_SCREENSHOT")
	if out == "" {
		t.Skip("set NEWSEXPLORER_SCREENSHOT to the file to write")
	}
	width, height := int64(1280), int64(860)
	if os.Getenv("NEWSEXPLORER_SCREENSHOT_PHONE") != "" {
		width, height = 360, 740
	}
	a := defaultArticle(t)
	ctx := newBrowser(t)
	step(t, ctx, "viewport", chromedp.EmulateViewport(width, height))
	open(t, ctx, site, "/")
	step(t, ctx, "opening a card", chromedp.Click(chromedp.CSS("#"+firstMention(t, a, "putin"))))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	eval[bool](t, ctx, `document.activeElement.blur(); window.scrollTo(0, 0); document.querySelector(".side").scrollTop = 0; true`)
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

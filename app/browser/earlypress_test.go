//go:build !js

package browser

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	cdpfetch "github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// holdWasm makes the browser hold every request for app.wasm until the
// function it returns is called: the program's download, slowed as much
// as a test needs. Requests that come after the release go through.
func holdWasm(t *testing.T, ctx context.Context) (release func()) {
	t.Helper()
	var (
		mu       sync.Mutex
		held     []cdpfetch.RequestID
		released bool
	)
	cont := func(id cdpfetch.RequestID) {
		// Not from the listener itself, which must not wait on the browser.
		go chromedp.Call(ctx, cdpfetch.ContinueRequest, cdpfetch.ContinueRequestParams{RequestID: id})
	}
	err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*cdpfetch.EventRequestPaused); ok {
			mu.Lock()
			defer mu.Unlock()
			if released {
				cont(ev.RequestID)
				return
			}
			held = append(held, ev.RequestID)
		}
	})
	if err != nil {
		t.Fatalf("listening to the network: %v", err)
	}
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, cdpfetch.Enable, cdpfetch.EnableParams{Patterns: []*cdpfetch.RequestPattern{{URLPattern: "*/web/app.wasm"}}}); err != nil {
		t.Fatalf("holding app.wasm: %v", err)
	}
	return func() {
		mu.Lock()
		defer mu.Unlock()
		released = true
		for _, id := range held {
			cont(id)
		}
		held = nil
	}
}

// pressKeyJS focuses a legend control, for a press by keyboard.
const pressKeyJS = `document.querySelector('form.legend [data-toggle=%q]').focus()`

// TestTogglePressedBeforeReady checks that highlight toggles pressed
// while the program downloads (here held back until the presses are
// done) take effect at once on the page the server sent, without
// reloading it, and that the program, once ready, starts from them: the
// article, the toggles and the address show the choice, the browser has
// saved it, and the toggles go on working.
func TestTogglePressedBeforeReady(t *testing.T) {
	enabled(t)
	cases := []struct {
		name     string
		presses  []string // data-toggle values, pressed in order
		keyboard bool     // pressed with Enter rather than the mouse
		show     string   // the address's show= afterwards ("" for every type)
		off      []string // types switched off
	}{
		{name: "one type", presses: []string{"person"},
			show: "organization,place,group,date,number,event,quote", off: []string{"person"}},
		{name: "two types by keyboard", presses: []string{"person", "quote"}, keyboard: true,
			show: "organization,place,group,date,number,event", off: []string{"person", "quote"}},
		{name: "hide all then one type", presses: []string{"none", "date"},
			show: "date", off: []string{"person", "organization", "place", "group", "number", "event", "quote"}},
		{name: "a type off and on again", presses: []string{"place", "place"}, show: ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := newBrowser(t)
			release := holdWasm(t, ctx)
			// Until the program is ready the page reads as the server sent
			// it; a reload would lose window.samePage.
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
				Source: `document.addEventListener("DOMContentLoaded", () => { window.samePage = true; });`,
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, page.Navigate, page.NavigateParams{URL: site + "/"}); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, "the page to be parsed", `window.samePage === true`)
			for _, p := range c.presses {
				sel := chromedp.CSS(fmt.Sprintf(`form.legend [data-toggle=%q]`, p))
				if c.keyboard {
					eval[any](t, ctx, fmt.Sprintf(pressKeyJS, p))
					step(t, ctx, "Enter on "+p, chromedp.KeyEvent(kb.Enter))
				} else {
					step(t, ctx, "pressing "+p, chromedp.Click(sel))
				}
			}
			if eval[bool](t, ctx, `document.body.dataset.ready === "true"`) {
				t.Fatal("the program was ready before its download was let through")
			}
			checkShown(t, ctx, "before the program is ready", c.show, c.off)

			release()
			waitReady(t, ctx)
			if !eval[bool](t, ctx, `window.samePage === true`) {
				t.Fatal("the presses reloaded the page")
			}
			checkShown(t, ctx, "once the program is ready", c.show, c.off)
			var saved []string
			for _, typ := range []string{"person", "organization", "place", "group", "date", "number", "event", "quote"} {
				if !contains(c.off, typ) {
					saved = append(saved, typ)
				}
			}
			want := fmt.Sprintf(`{"format":"news-explorer-highlights/1","show":["%s"]}`, strings.Join(saved, `","`))
			if len(saved) == 0 {
				want = `{"format":"news-explorer-highlights/1","show":[]}`
			}
			if got := eval[string](t, ctx, `localStorage.getItem("newsexplorer/highlights") || ""`); got != want {
				t.Errorf("saved choice %s, want %s", got, want)
			}

			// The program's own toggles take over.
			step(t, ctx, "pressing person", chromedp.Click(chromedp.CSS(`form.legend [data-toggle="person"]`)))
			want = "true"
			if !contains(c.off, "person") {
				want = "false"
			}
			waitFor(t, ctx, "the program to switch people", fmt.Sprintf(
				`document.querySelector('form.legend [data-toggle="person"]').getAttribute("aria-pressed") === %q`, want))
			if !eval[bool](t, ctx, `window.samePage === true`) {
				t.Error("a press once the program was ready reloaded the page")
			}
		})
	}
}

// checkShown checks that the article hides exactly the types off, that
// each toggle and the summary say so, and that the address carries show.
func checkShown(t *testing.T, ctx context.Context, when, show string, off []string) {
	t.Helper()
	type state struct {
		Hidden, Unpressed []string
		States            map[string]string
		Summary, Query    string
	}
	got := eval[state](t, ctx, `(() => {
		const form = document.querySelector("form.legend");
		const toggles = [...form.querySelectorAll("button.toggle")];
		return {
			Hidden: [...document.getElementById("article").classList].filter(c => c.startsWith("hide-")).map(c => c.slice(5)),
			Unpressed: toggles.filter(b => b.getAttribute("aria-pressed") === "false").map(b => b.dataset.toggle),
			States: Object.fromEntries(toggles.map(b => [b.dataset.toggle, b.querySelector(".toggle-state").textContent])),
			Summary: form.querySelector("#legend-summary").textContent,
			Query: new URLSearchParams(location.search).get("show") || "",
		};
	})()`)
	if !sameSet(got.Hidden, off) {
		t.Errorf("%s: the article hides %v, want %v", when, got.Hidden, off)
	}
	if !sameSet(got.Unpressed, off) {
		t.Errorf("%s: toggles not pressed %v, want %v", when, got.Unpressed, off)
	}
	for typ, s := range got.States {
		if want := map[bool]string{true: "off", false: "on"}[contains(off, typ)]; s != want {
			t.Errorf("%s: toggle %s says %q, want %q", when, typ, s, want)
		}
	}
	wantSummary := fmt.Sprintf("%d of 8 kinds on", 8-len(off))
	switch len(off) {
	case 0:
		wantSummary = "All 8 kinds on"
	case 8:
		wantSummary = "All kinds off"
	}
	if got.Summary != wantSummary {
		t.Errorf("%s: summary %q, want %q", when, got.Summary, wantSummary)
	}
	if got.Query != show {
		t.Errorf("%s: the address has show=%q, want %q", when, got.Query, show)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

//go:build !js

package browser

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"newsexplorer/app/webtest"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// wasmFetch is what the page's request for app.wasm cost.
type wasmFetch struct {
	status   int64
	fromSW   bool    // answered by the service worker
	received float64 // bytes that came over the network, headers included
	finished bool    // the browser has reported the request's end
}

// watchWasm records every request of the page for app.wasm.
func watchWasm(t *testing.T, ctx context.Context) func() []wasmFetch {
	t.Helper()
	var mu sync.Mutex
	byID := map[network.RequestID]*wasmFetch{}
	var order []network.RequestID
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventResponseReceived:
			if strings.HasSuffix(ev.Response.URL, "/web/app.wasm") {
				byID[ev.RequestID] = &wasmFetch{status: ev.Response.Status, fromSW: ev.Response.FromServiceWorker}
				order = append(order, ev.RequestID)
			}
		case *network.EventLoadingFinished:
			if f, ok := byID[ev.RequestID]; ok {
				f.received, f.finished = ev.EncodedDataLength, true
			}
		}
	})
	if err != nil {
		t.Fatalf("listening to the network: %v", err)
	}
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("enabling network events: %v", err)
	}
	return func() []wasmFetch {
		mu.Lock()
		defer mu.Unlock()
		var fs []wasmFetch
		for _, id := range order {
			fs = append(fs, *byID[id])
		}
		return fs
	}
}

// downloaded reports whether one of fetches brought the whole wasm over
// the network.
func downloaded(fetches []wasmFetch) bool {
	for _, f := range fetches {
		if f.received >= 100_000 {
			return true
		}
	}
	return false
}

// allFinished reports whether every one of fetches has ended, so that
// what it received is known.
func allFinished(fetches []wasmFetch) bool {
	for _, f := range fetches {
		if !f.finished {
			return false
		}
	}
	return true
}

// TestSecondVisitDownloadsNoWasm checks that a second visit with the same
// version downloads no wasm: the service worker answers, and where it
// does not (bypassed here, as in a browser without one), the server says
// the browser's copy is current.
func TestSecondVisitDownloadsNoWasm(t *testing.T) {
	enabled(t)
	for _, bypass := range []bool{false, true} {
		name := "service worker"
		if bypass {
			name = "HTTP cache"
		}
		t.Run(name, func(t *testing.T) {
			ctx := newBrowser(t)
			fetches := watchWasm(t, ctx)
			if bypass {
				c, cancel := context.WithTimeout(ctx, 30*time.Second)
				if _, err := chromedp.Call(c, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
					t.Fatal(err)
				}
				cancel()
			}
			open(t, ctx, site, "/")
			if !bypass {
				waitOffline(t, ctx)
			}
			// The browser reports a download's end in an event of its own,
			// which may come after the app is ready.
			var first []wasmFetch
			webtest.Eventually(10*time.Second, func() bool { first = fetches(); return downloaded(first) })
			if !downloaded(first) {
				t.Fatalf("first visit: wasm fetches %+v, want one that downloads the wasm", first)
			}
			open(t, ctx, site, "/")
			var second []wasmFetch
			webtest.Eventually(10*time.Second, func() bool { second = fetches()[len(first):]; return len(second) > 0 && allFinished(second) })
			t.Logf("wasm fetches: first visit %+v, second %+v", first, second)
			if len(second) == 0 {
				t.Fatalf("second visit: no request for the wasm seen")
			}
			for _, f := range second {
				switch {
				case !bypass && !f.fromSW:
					t.Errorf("second visit: wasm %+v, want it from the service worker", f)
				case bypass && f.received > 2_000:
					t.Errorf("second visit: wasm %+v, want at most headers over the network (a 304)", f)
				}
			}
		})
	}
}

// atParseJS records, when the page is parsed and before the program runs,
// what the page holds: the claim cards, the note that stands for them,
// and the article's highlights.
const atParseJS = `document.addEventListener("DOMContentLoaded", () => {
	window.atParse = {
		cards: document.querySelectorAll("#claims [data-claim]").length,
		wait: document.querySelector("#claims .claims-wait") !== null,
		marks: document.querySelectorAll("#article mark[data-mention]").length,
	};
});`

// parsed is what a page held when it was parsed.
type parsed struct {
	Cards int  `json:"cards"`
	Wait  bool `json:"wait"`
	Marks int  `json:"marks"`
}

// TestRevisitLeanPage checks the page the service worker answers from its
// copy: it holds the article with its highlights, but not the claims and
// the timeline, which the program, stored beside it, renders as it starts;
// a page from the network holds them too, for a reader who reads while the
// program downloads. Once the program is ready, the claims are all there.
func TestRevisitLeanPage(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	if _, err := chromedp.Call(c, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: atParseJS}); err != nil {
		t.Fatal(err)
	}
	cancel()
	open(t, ctx, site, "/")
	first := eval[parsed](t, ctx, `window.atParse`)
	cards := eval[int](t, ctx, `document.querySelectorAll("#claims [data-claim]").length`)
	if cards == 0 || first.Cards != cards || first.Wait || first.Marks == 0 {
		t.Fatalf("first visit, parsed: %+v with %d cards once ready; want every card and highlight in the page", first, cards)
	}
	waitOffline(t, ctx)

	open(t, ctx, site, "/")
	if !eval[bool](t, ctx, `navigator.serviceWorker.controller !== null`) {
		t.Fatal("second visit: no service worker answered the page")
	}
	second := eval[parsed](t, ctx, `window.atParse`)
	if second.Cards != 0 || !second.Wait || second.Marks != first.Marks {
		t.Errorf("second visit, parsed: %+v; want no claim cards, the note in their place and the %d highlights", second, first.Marks)
	}
	waitFor(t, ctx, "every claim card once the program is ready",
		fmt.Sprintf(`document.querySelectorAll("#claims [data-claim]").length === %d && !document.querySelector(".claims-wait")`, cards))
	if got := eval[int](t, ctx, `document.querySelectorAll("#timeline li").length`); got == 0 {
		t.Errorf("second visit: the timeline has no entries once the program is ready")
	}
}

//go:build !js

package browser

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBenchStart compares the explorer's start with the baseline app's
// (see bench_baseline_test.go), measured as the baseline's README says
// and in the same run: app.wasm's bytes on the wire, cold loads and
// revisits, with the steps of a load; and the first contentful paint
// against the explorer's own page served as static HTML with no scripts.
// A missed aim is printed as MISSED; only something broken fails.
func TestBenchStart(t *testing.T) {
	benchEnabled(t)
	b := buildBaseline(t)
	base := b.start(t)
	static := staticPage(t)
	explorer := target{name: "explorer", url: site + "/", ready: `body[data-ready="true"]`}
	baseline := target{name: "baseline", url: base.url + "/", ready: `[data-ready="true"]`}

	t.Run("wire", func(t *testing.T) { benchWire(t, b.wasm(t)) })
	t.Run("cold", func(t *testing.T) {
		benchCold(t, explorer, baseline,
			target{name: "static", url: static + "/"},
			target{name: "pressed", url: site + "/", ready: explorer.ready, press: `[data-toggle="person"]`})
	})
	t.Run("revisit", func(t *testing.T) { benchRevisit(t, explorer, baseline) })
}

// target is a page to load: url, and the CSS selector of its ready
// marker ("" for a page with no program, whose first paint is all that
// is measured). A target with press clicks the element it selects as
// soon as the page is parsed, before its program is ready.
type target struct {
	name, url, ready, press string
}

// benchWire compares app.wasm as our server sends it with the baseline's
// app.wasm compressed as its README says: brotli at quality 11, gzip -9.
func benchWire(t *testing.T, baseline []byte) {
	br, enc := fetch(t, site+"/web/app.wasm", "br")
	gz, genc := fetch(t, site+"/web/app.wasm", "gzip")
	raw, _ := fetch(t, site+"/web/app.wasm", "identity")
	if enc != "br" || genc != "gzip" {
		t.Errorf("app.wasm came with Content-Encoding %q and %q, want br and gzip", enc, genc)
	}
	bbr, bgz := len(brotliBytes(baseline)), len(gzipBytes(baseline))
	report("wire  app.wasm brotli %s vs baseline %s = %s; gzip -9 %s vs %s = %.2f×; raw %s vs %s = %.2f×",
		mb(len(br)), mb(bbr), versus(float64(len(br))/float64(bbr), "≤", 1.25),
		mb(len(gz)), mb(bgz), float64(len(gz))/float64(bgz),
		mb(len(raw)), mb(len(baseline)), float64(len(raw))/float64(len(baseline)))
}

// staticPage serves the explorer's page at / as static HTML: its scripts
// and the link that preloads its program taken out, the article's data
// left in, and every other path passed on to our server (the style
// sheets). It returns the server's address.
func staticPage(t *testing.T) string {
	t.Helper()
	page, _ := fetch(t, site+"/", "identity")
	page = noScripts.ReplaceAll(page, nil)
	if noScripts.Match(page) {
		t.Fatal("the static page still has scripts")
	}
	u, _ := url.Parse(site)
	proxy := httputil.NewSingleHostReverseProxy(u)
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			proxy.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(s.Close)
	return s.URL
}

// noScripts matches the page's scripts that run (not its JSON data) and
// the link that preloads the program.
var noScripts = regexp.MustCompile(`<script defer src="[^"]*"></script>|<link [^>]*id="app-wasm"[^>]*>`)

// startSteps are the times, in milliseconds from navigation, at which a
// load passed each step of the start: the page parsed and its deferred
// scripts run (DOMContentLoaded, when go-app's loader starts the
// program), the program's last byte received, the program compiled and
// instantiated, and the ready mark; and its first contentful paint.
// Layout is the time the page's main thread spent on style and layout in
// the long frames (over 50 ms, which the browser reports) before ready.
// A load with a press says whether the press reloaded the page and
// whether it took effect; its times count from the first navigation.
type startSteps struct {
	Parsed, Received, Compiled, Ready, Paint, Layout float64
	Controlled                                       bool // a service worker answered the page
	Reloaded, Lost                                   bool
}

// stepsJS records the steps of a load, from before the page's own scripts
// run: %[1]q is the ready marker's selector, %[2]q what to press.
const stepsJS = `(() => {
const ready = %[1]q, press = %[2]q;
window.startSteps = {};
// A press that reloads the page counts from the first navigation.
if (press && !sessionStorage.getItem("firstOrigin")) sessionStorage.setItem("firstOrigin", performance.timeOrigin);
const since = press ? performance.timeOrigin - Number(sessionStorage.getItem("firstOrigin")) : 0;
startSteps.Reloaded = since > 0;
const now = () => performance.now() + since;
document.addEventListener("DOMContentLoaded", () => {
	startSteps.Parsed = now();
	if (press && !sessionStorage.getItem("pressed")) {
		sessionStorage.setItem("pressed", "1");
		document.querySelector(press).click();
	}
});
for (const name of ["instantiateStreaming", "instantiate"]) {
	const f = WebAssembly[name];
	WebAssembly[name] = function (...args) {
		return f.apply(this, args).then(r => { startSteps.Compiled = now(); return r; });
	};
}
window.longFrames = [];
new PerformanceObserver(l => longFrames.push(...l.getEntries())).observe({type: "long-animation-frame", buffered: true});
if (ready) new MutationObserver((_, mo) => {
	if (!startSteps.Ready && document.querySelector(ready)) { startSteps.Ready = now(); mo.disconnect(); }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});
})();`

// stepsNow reads the steps of the load in the page, once it is ready
// (or, with no ready marker, painted).
const stepsNow = `({...startSteps,
	Paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
	Received: performance.getEntriesByType("resource").find(e => e.name.endsWith(".wasm"))?.responseEnd ?? 0,
	Controlled: !!navigator.serviceWorker?.controller,
	Layout: longFrames.filter(f => f.styleAndLayoutStart && f.startTime < (startSteps.Ready || Infinity))
		.reduce((sum, f) => sum + f.startTime + f.duration - f.styleAndLayoutStart, 0)})`

// watchSteps makes every page the browser opens record its steps.
func watchSteps(t *testing.T, ctx context.Context, tg target) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	src := fmt.Sprintf(stepsJS, tg.ready, tg.press)
	if _, err := chromedp.Call(c, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
		t.Fatal(err)
	}
}

// loadSteps navigates to the target and returns the steps of the load once it
// is ready, or painted for a page with no program.
func loadSteps(t *testing.T, ctx context.Context, tg target) startSteps {
	t.Helper()
	step(t, ctx, "navigating to "+tg.url, chromedp.Navigate(tg.url))
	done := `!!startSteps.Ready`
	if tg.ready == "" {
		done = `performance.getEntriesByName("first-contentful-paint").length > 0`
	}
	waitAcrossNavigation(t, ctx, tg.name+" to be ready", `window.startSteps && `+done+` && performance.getEntriesByName("first-contentful-paint").length > 0`)
	s := eval[startSteps](t, ctx, stepsNow)
	if tg.press != "" {
		s.Lost = !eval[bool](t, ctx, `document.getElementById("article").classList.contains("hide-person")`)
	}
	return s
}

// coldLoad loads the target once in a new browser with a fresh profile.
// The browser is closed when the (sub)test ends.
func coldLoad(t *testing.T, tg target) startSteps {
	ctx := newBrowser(t)
	watchSteps(t, ctx, tg)
	s := loadSteps(t, ctx, tg)
	if tg.ready != "" && (s.Parsed <= 0 || s.Received <= 0 || s.Compiled <= 0) {
		t.Fatalf("a step of the start was not recorded: %+v", s)
	}
	return s
}

// coldLoads is how many cold loads of each target make a median, after
// one of each that warms the disk cache and is not counted.
const coldLoads = 5

// benchCold loads each target cold coldLoads times, the targets
// alternating so that the machine's load falls on all alike, and reports
// the explorer against the baseline, the steps of each, the first paint
// against the static page, and what a press before the program is ready
// costs.
func benchCold(t *testing.T, explorer, baseline, static, pressed target) {
	targets := []target{explorer, baseline, static, pressed}
	runs := map[string][]startSteps{}
	for i := 0; i <= coldLoads; i++ {
		for j := range targets {
			tg := targets[(i+j)%len(targets)]
			var s startSteps
			if !t.Run(fmt.Sprintf("%s-%d", tg.name, i), func(t *testing.T) { s = coldLoad(t, tg) }) {
				return
			}
			if i > 0 {
				runs[tg.name] = append(runs[tg.name], s)
			}
		}
	}
	ours, theirs := pick(runs[explorer.name], ready), pick(runs[baseline.name], ready)
	report("cold  explorer median %.0f ms vs baseline %.0f ms = %s  (navigation to ready, %d cold loads each in fresh profiles, alternating; runs %s / %s)",
		median(ours), median(theirs), versus(median(ours)/median(theirs), "≤", 1.2), coldLoads, list(ours), list(theirs))
	for _, tg := range []target{explorer, baseline} {
		report("cold  %-8s steps, median ms from navigation: %s", tg.name, stepMedians(runs[tg.name]))
	}
	paint, flat := pick(runs[explorer.name], painted), pick(runs[static.name], painted)
	report("fcp   explorer first contentful paint median %.0f ms vs its page as static HTML with no scripts %.0f ms = %.2f×; baseline %.0f ms  (runs %s / %s)",
		median(paint), median(flat), median(paint)/median(flat), median(pick(runs[baseline.name], painted)), list(paint), list(flat))
	reportPress(runs[pressed.name], median(ours))
}

// reportPress says what a toggle pressed as soon as the page is parsed
// costs: when the page was ready after it, against a load with no press,
// and whether the press reloaded the page or was lost.
func reportPress(runs []startSteps, unpressed float64) {
	reloads, lost := 0, 0
	for _, s := range runs {
		if s.Reloaded {
			reloads++
		}
		if s.Lost {
			lost++
		}
	}
	at := median(pick(runs, ready))
	report("press a toggle pressed when the page is parsed: ready at median %.0f ms vs %.0f ms unpressed (%+.0f ms); reloaded the page %d/%d, press lost %d/%d  (runs %s)",
		at, unpressed, at-unpressed, reloads, len(runs), lost, len(runs), list(pick(runs, ready)))
}

// brotliBytes and gzipBytes compress as the baseline's README says.
func brotliBytes(b []byte) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, 11)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func ready(s startSteps) float64   { return s.Ready }
func painted(s startSteps) float64 { return s.Paint }

// pick returns one figure of each run.
func pick(runs []startSteps, f func(startSteps) float64) []float64 {
	var v []float64
	for _, s := range runs {
		v = append(v, f(s))
	}
	return v
}

// stepMedians writes the median of each step over runs.
func stepMedians(runs []startSteps) string {
	return fmt.Sprintf("page parsed %.0f, program received %.0f, compiled %.0f, ready %.0f (first paint %.0f; style and layout in long frames %.0f)",
		median(pick(runs, func(s startSteps) float64 { return s.Parsed })),
		median(pick(runs, func(s startSteps) float64 { return s.Received })),
		median(pick(runs, func(s startSteps) float64 { return s.Compiled })),
		median(pick(runs, ready)), median(pick(runs, painted)),
		median(pick(runs, func(s startSteps) float64 { return s.Layout })))
}

// revisits is how many times each app is loaded again once its service
// worker is active.
const revisits = 6

// benchRevisit loads each app once in a profile of its own, waits until a
// service worker is active, then loads it revisits more times, the apps
// alternating, and compares the medians of the loads a worker controlled.
func benchRevisit(t *testing.T, explorer, baseline target) {
	targets := []target{explorer, baseline}
	ctxs := make([]context.Context, len(targets))
	for i, tg := range targets {
		ctxs[i] = newBrowser(t)
		watchSteps(t, ctxs[i], tg)
		loadSteps(t, ctxs[i], tg)
		waitFor(t, ctxs[i], tg.name+"'s service worker to be active",
			`navigator.serviceWorker.getRegistration().then(r => !!(r && r.active && r.active.state === "activated"))`)
	}
	runs := make([][]startSteps, len(targets))
	for i := 0; i < revisits; i++ {
		for j := range targets {
			k := (i + j) % len(targets)
			step(t, ctxs[k], "leaving the page", chromedp.Navigate("about:blank"))
			if s := loadSteps(t, ctxs[k], targets[k]); s.Controlled {
				runs[k] = append(runs[k], s)
			}
		}
	}
	for k, tg := range targets {
		if len(runs[k]) == 0 {
			t.Fatalf("%s: no load of %d was controlled by a service worker", tg.name, revisits)
		}
	}
	ours, theirs := pick(runs[0], ready), pick(runs[1], ready)
	report("revisit explorer median %.0f ms vs baseline %.0f ms = %s  (navigation to ready, one profile each, %d and %d of %d loads controlled by a worker; runs %s / %s)",
		median(ours), median(theirs), versus(median(ours)/median(theirs), "≤", 1.2), len(ours), len(theirs), revisits, list(ours), list(theirs))
	for k, tg := range targets {
		report("revisit %-8s steps, median ms from navigation: %s", tg.name, stepMedians(runs[k]))
	}
}

//go:build !js

package engines

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"newsexplorer/app/webtest"
)

// The start-up figures of make bench in WebKit and Firefox: the time from
// navigation to the ready marker, cold and on a revisit, for the explorer
// and for the baseline app (../shared/baseline-app) in the same engine and
// the same run. Chromium's figures are in app/browser.

// readyMarker is the ready marker of both apps: the explorer sets it on
// its body, the baseline app on its root element.
const readyMarker = `[data-ready="true"]`

// loadTiming is what one load measured.
type loadTiming struct {
	// Ready is the time from navigation start to the ready marker, in
	// milliseconds.
	Ready float64
	// Controlled is whether a service worker controlled the page.
	Controlled bool
	// Late is whether the watcher reached the page only after it was
	// ready, so that Ready is when the watcher saw it (WebKit only).
	Late bool
}

// timer is a driver that can time a load.
type timer interface {
	driver
	// timedLoad loads an address and times it to the ready marker.
	timedLoad(address string) (loadTiming, error)
}

// benchEngine is how the benchmarks start an engine with a fresh
// profile.
type benchEngine struct {
	name    string
	start   func() (timer, error)
	howLate string // what a late load means in this engine
}

// readyAtJS records, from the moment it runs in a page, when the ready
// marker appears, in window.__readyAt (milliseconds since navigation
// start), and whether it was there already, in window.__readyLate.
const readyAtJS = `(() => {
	if (window.__readyWatch) return;
	window.__readyWatch = true;
	const seen = () => {
		if (window.__readyAt === undefined && document.querySelector(` + "`" + readyMarker + "`" + `)) window.__readyAt = performance.now();
	};
	seen();
	window.__readyLate = window.__readyAt !== undefined;
	new MutationObserver(seen).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});
})`

// timingJS reads what readyAtJS recorded, with whether a service worker
// controls the page.
const timingJS = `({at: window.__readyAt ?? null, late: !!window.__readyLate, sw: !!(navigator.serviceWorker && navigator.serviceWorker.controller)})`

// waitTiming asks the page until the ready marker was seen.
func waitTiming(d driver, address, expr string) (loadTiming, error) {
	var got struct {
		At   *float64 `json:"at"`
		Late bool     `json:"late"`
		SW   bool     `json:"sw"`
	}
	var last error
	if !webtest.Eventually(60*time.Second, func() bool {
		b, err := d.evalJSON(expr)
		if last = err; err != nil {
			return false
		}
		got.At = nil
		return json.Unmarshal(b, &got) == nil && got.At != nil
	}) {
		return loadTiming{}, fmt.Errorf("%s did not become ready within 60s (last error: %v)", address, last)
	}
	return loadTiming{Ready: *got.At, Controlled: got.SW, Late: got.Late}, nil
}

// timedLoad in Firefox: a preload script (see startFirefoxBench) watches
// every document from its start.
func (b *biDi) timedLoad(address string) (loadTiming, error) {
	if err := b.navigate("about:blank"); err != nil {
		return loadTiming{}, err
	}
	if err := b.navigate(address); err != nil {
		return loadTiming{}, err
	}
	return waitTiming(b, address, timingJS)
}

// timedLoad in WebKit, whose driver has no preload scripts: with the
// session's page load strategy "none", the watcher is put in the page as
// soon as the page answers at the new address, before its program has
// run as a rule; a load already ready by then is marked late.
func (w *webDriver) timedLoad(address string) (loadTiming, error) {
	if err := w.call("POST", "/url", map[string]string{"url": "about:blank"}, nil); err != nil {
		return loadTiming{}, err
	}
	if !webtest.Eventually(30*time.Second, func() bool {
		b, err := w.evalJSON(`location.href`)
		return err == nil && string(b) == `"about:blank"`
	}) {
		return loadTiming{}, fmt.Errorf("webkit: about:blank did not open")
	}
	if err := w.call("POST", "/url", map[string]string{"url": address}, nil); err != nil {
		return loadTiming{}, err
	}
	return waitTiming(w, address, fmt.Sprintf(`location.href !== %q ? {at: null} : (%s(), %s)`, address, readyAtJS, timingJS))
}

// startFirefoxBench starts Firefox with a fresh profile and the watcher
// of the ready marker as a preload script.
func startFirefoxBench(dir string) (timer, error) {
	d, err := startFirefox(dir)
	if err != nil {
		return nil, err
	}
	b := d.(*biDi)
	if err := b.preload(readyAtJS); err != nil {
		b.quit()
		return nil, err
	}
	return b, nil
}

// benchEngines are the engines of chosenEngines, as the benchmarks start
// them.
func benchEngines(t *testing.T) []benchEngine {
	var out []benchEngine
	for _, e := range chosenEngines(t) {
		switch e.name {
		case "webkit":
			out = append(out, benchEngine{name: e.name,
				start:   func() (timer, error) { return startWebKit("none") },
				howLate: "ready before the watcher reached the page, counted when it did",
			})
		case "firefox":
			out = append(out, benchEngine{name: e.name,
				start: func() (timer, error) { return startFirefoxBench(t.TempDir()) },
			})
		}
	}
	return out
}

// benchApp is an app the benchmarks load.
type benchApp struct {
	name, url string
	// stored is a condition that is true once the app is stored for
	// offline use, beyond its worker being active.
	stored string
}

// TestBenchEngines prints, for each engine, the median time from
// navigation to ready of the explorer and of the baseline app: cold (a
// fresh profile for each load, the two apps alternating) and on a
// revisit (one profile each, once its service worker is active; the loads
// a worker controls).
func TestBenchEngines(t *testing.T) {
	if os.Getenv("NEWSEXPLORER_BENCH") == "" {
		t.Skip("benchmarks run with NEWSEXPLORER_BENCH=1 (make bench)")
	}
	// The default article alone, as Chromium's benchmarks measure it.
	explorer := startServer(t, "-articles=")
	apps := []benchApp{
		{name: "explorer", url: explorer.url + "/", stored: `document.querySelector('[data-offline="ready"]') !== null`},
		{name: "baseline-app", url: startBaseline(t).url + "/", stored: "true"},
	}
	for _, e := range benchEngines(t) {
		benchCold(t, e, apps)
		benchRevisit(t, e, apps)
	}
}

// coldLoads and revisits are how many loads each median takes.
const (
	coldLoads = 5
	revisits  = 6
)

// benchCold times cold loads, each in a fresh browser profile.
func benchCold(t *testing.T, e benchEngine, apps []benchApp) {
	times := make([][]loadTiming, len(apps))
	version := ""
	for range coldLoads {
		for i, app := range apps {
			d, err := e.start()
			if err != nil {
				t.Fatalf("%s: starting the browser: %v", e.name, err)
			}
			version = d.version()
			got, err := d.timedLoad(app.url)
			d.quit()
			if err != nil {
				t.Fatalf("%s: a cold load of the %s: %v", e.name, app.name, err)
			}
			times[i] = append(times[i], got)
		}
	}
	report(t, e, version, "cold", times, fmt.Sprintf("medians of %d loads each, a fresh profile each, alternating", coldLoads))
}

// benchRevisit opens each app once in a profile of its own, waits until
// its worker is active (and the explorer says it is stored for offline
// use), then loads it again revisits times, the apps alternating, and
// keeps the loads a worker controls.
func benchRevisit(t *testing.T, e benchEngine, apps []benchApp) {
	sessions := make([]timer, len(apps))
	for i, app := range apps {
		d, err := e.start()
		if err != nil {
			t.Fatalf("%s: starting the browser: %v", e.name, err)
		}
		defer d.quit()
		sessions[i] = d
		if _, err := d.timedLoad(app.url); err != nil {
			t.Fatalf("%s: the first visit of the %s: %v", e.name, app.name, err)
		}
		cond := `navigator.serviceWorker.getRegistration().then(r => !!(r && r.active && r.active.state === "activated") && (` + app.stored + `))`
		if !webtest.Eventually(60*time.Second, func() bool {
			b, err := d.evalJSON(cond)
			return err == nil && string(b) == "true"
		}) {
			t.Fatalf("%s: the %s's service worker was not active (and the app stored) within 60s of the first visit", e.name, app.name)
		}
	}
	times := make([][]loadTiming, len(apps))
	for range revisits {
		for i, app := range apps {
			got, err := sessions[i].timedLoad(app.url)
			if err != nil {
				t.Fatalf("%s: a revisit of the %s: %v", e.name, app.name, err)
			}
			if got.Controlled {
				times[i] = append(times[i], got)
			}
		}
	}
	counts := fmt.Sprintf("%d and %d", len(times[0]), len(times[1]))
	report(t, e, sessions[0].version(), "revisit", times, fmt.Sprintf("medians of the loads a service worker controls: %s of %d", counts, revisits))
}

// report prints the explorer's median against the baseline app's.
func report(t *testing.T, e benchEngine, version, kind string, times [][]loadTiming, how string) {
	med := make([]float64, len(times))
	late := make([]int, len(times))
	for i, ts := range times {
		if len(ts) == 0 {
			t.Errorf("%s: %s: no load of app %d to measure", e.name, kind, i)
			return
		}
		var ms []float64
		for _, x := range ts {
			ms = append(ms, x.Ready)
			if x.Late {
				late[i]++
			}
		}
		slices.Sort(ms)
		med[i] = ms[len(ms)/2]
		if len(ms)%2 == 0 {
			med[i] = (ms[len(ms)/2-1] + ms[len(ms)/2]) / 2
		}
	}
	fmt.Printf("bench  engine %-7s %-7s to ready: explorer %4.0f ms, baseline-app %4.0f ms: %.2f times (%s; %s)\n",
		e.name, kind, med[0], med[1], med[0]/med[1], how, version)
	if late[0]+late[1] > 0 {
		fmt.Printf("bench  engine %-7s %-7s %d of the explorer's loads and %d of the baseline app's were %s\n",
			e.name, kind, late[0], late[1], e.howLate)
	}
}

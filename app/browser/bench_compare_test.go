//go:build !js

package browser

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/dustin/go-humanize"

	appserver "newsexplorer/app/server"
)

// TestBenchCompare reports the explorer's figures beside baselines measured
// in the same run: the smallest go-app program (testdata/minimal), built
// with the same flags and served by the same server code, for the bytes of
// app.wasm on the wire and the time to interactive; and Go's
// http.FileServer serving the same bytes, for requests per second. A missed
// aim is printed as MISSED; only something broken fails the test.
func TestBenchCompare(t *testing.T) {
	benchEnabled(t)
	m := buildMinimal(t)
	app, err := startProgram(m.bin, "-web", m.web)
	if err != nil {
		t.Fatal(err)
	}
	defer app.stop()
	carrying, err := startCarrying(t, m)
	if err != nil {
		t.Fatal(err)
	}
	defer carrying.stop()

	t.Run("wire", func(t *testing.T) { benchWire(t, app.url) })
	t.Run("tti", func(t *testing.T) { benchTTI(t, app.url, carrying.url) })
	t.Run("rps", func(t *testing.T) { benchRPS(t, m.bin) })
}

// startCarrying starts the minimal app sending the explorer's page at /
// (its pre-rendered article and claims, with the explorer's style sheets)
// in place of its own: the floor for any go-app program whose page carries
// what the explorer's does. Its web folder is a copy of the minimal app's
// with the style sheets added.
func startCarrying(t *testing.T, m minimalApp) (*server, error) {
	web := filepath.Join(t.TempDir(), "web")
	copyDir(t, m.web, web)
	for _, name := range []string{"style.css", "noscript.css", "print.css"} {
		b, err := os.ReadFile(filepath.Join(root, "web", name))
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(web, name), b, 0o644); err != nil {
			return nil, err
		}
	}
	page, _ := fetch(t, site+"/", "identity")
	file := filepath.Join(t.TempDir(), "explorer.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		return nil, err
	}
	return startProgram(m.bin, "-web", web, "-page", file)
}

// minimalApp is the minimal go-app program, built into a temporary folder:
// its host binary, and its web folder with app.wasm, our icons and their
// compressed twins.
type minimalApp struct {
	bin, web string
}

const minimalPkg = "./app/browser/testdata/minimal"

// buildMinimal builds the minimal app as make build builds ours: the wasm
// with GOOS=js GOARCH=wasm and the same flags, and twins written at the
// highest settings by server.Compress, as newsexplorer compress does.
func buildMinimal(t *testing.T) minimalApp {
	t.Helper()
	dir := t.TempDir()
	m := minimalApp{bin: filepath.Join(dir, "minimal"), web: filepath.Join(dir, "web")}
	if err := os.Mkdir(m.web, 0o755); err != nil {
		t.Fatal(err)
	}
	goBuild(t, []string{"GOOS=js", "GOARCH=wasm"}, "-ldflags=-s -w", "-o", filepath.Join(m.web, "app.wasm"), minimalPkg)
	goBuild(t, nil, "-o", m.bin, minimalPkg)
	for _, icon := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
		b, err := os.ReadFile(filepath.Join(root, "web", icon))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(m.web, icon), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := appserver.Compress(m.web, io.Discard); err != nil {
		t.Fatalf("compressing the minimal app's web folder: %v", err)
	}
	return m
}

// goBuild runs go build -trimpath with args in the repository, with env
// added to the environment.
func goBuild(t *testing.T, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", append([]string{"build", "-trimpath"}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v go build %v: %v\n%s", env, args, err, out)
	}
}

// listeningAt finds the URL in the line a server prints when it listens.
var listeningAt = regexp.MustCompile(` at (http://\S+)/`)

// startProgram starts a server program with flags on a free loopback port
// and waits until it says where it listens, as startServer does for ours.
func startProgram(bin string, args ...string) (*server, error) {
	cmd := exec.Command(bin, append([]string{"-addr", "127.0.0.1:0"}, args...)...)
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", filepath.Base(bin), err)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := listeningAt.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case u := <-found:
		return &server{url: u, cmd: cmd}, nil
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("%s did not say where it listens within 30s", filepath.Base(bin))
	}
}

// versus writes a ratio and its aim, marked MISSED when the ratio is on
// the wrong side of it. A ratio that would print as the limit itself but
// misses it gets a third decimal, so that no "0.80× … MISSED" puzzles.
func versus(ratio float64, op string, limit float64) string {
	missed := op == "≤" && ratio > limit || op == "≥" && ratio < limit
	shown := fmt.Sprintf("%.2f×", ratio)
	if missed && shown == fmt.Sprintf("%.2f×", limit) {
		shown = fmt.Sprintf("%.3f×", ratio)
	}
	if missed {
		return fmt.Sprintf("%s (aim %s %g×: MISSED)", shown, op, limit)
	}
	return fmt.Sprintf("%s (aim %s %g×)", shown, op, limit)
}

// fetch gets a URL with an Accept-Encoding and returns the bytes sent and
// the Content-Encoding, without decoding them.
func fetch(t *testing.T, url, accept string) ([]byte, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", accept)
	c := &http.Client{Timeout: time.Minute, Transport: &http.Transport{DisableCompression: true}}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", url, res.StatusCode)
	}
	return b, res.Header.Get("Content-Encoding")
}

// benchWire compares app.wasm as both servers send it to a browser that
// accepts brotli, to one that accepts only gzip, and as it is.
func benchWire(t *testing.T, minimal string) {
	sizes := map[string][2]int{}
	for _, accept := range []string{"br, gzip", "gzip", "identity"} {
		var n [2]int
		for i, base := range []string{site, minimal} {
			b, enc := fetch(t, base+"/web/app.wasm", accept)
			want := map[string]string{"br, gzip": "br", "gzip": "gzip", "identity": ""}[accept]
			if enc != want {
				t.Errorf("%s/web/app.wasm with Accept-Encoding %q came with Content-Encoding %q, want %q", base, accept, enc, want)
			}
			n[i] = len(b)
		}
		sizes[accept] = n
	}
	ratio := func(n [2]int) float64 { return float64(n[0]) / float64(n[1]) }
	br, gz, raw := sizes["br, gzip"], sizes["gzip"], sizes["identity"]
	report("wire  app.wasm br %s vs minimal %s = %s; gzip %s vs %s = %.2f×; raw %s vs %s = %.2f×",
		mb(br[0]), mb(br[1]), versus(ratio(br), "≤", 1.25),
		mb(gz[0]), mb(gz[1]), ratio(gz), mb(raw[0]), mb(raw[1]), ratio(raw))
}

// benchTTI compares the time from navigation to the ready mark, each load
// cold in a fresh browser profile, alternating the apps so that the
// machine's load falls on all alike. A first load of each is discarded: it
// warms the disk cache for Chromium itself. Beside the minimal app it
// measures the minimal app sending the explorer's page (carrying), the
// floor for a go-app program whose page carries the pre-rendered article
// and claims. It also prints, for each, the median time at which each step
// of the start was done, so that a difference can be traced to its step.
func benchTTI(t *testing.T, minimal, carrying string) {
	const loads = 11
	targets := []struct{ name, base string }{{"explorer", site}, {"minimal", minimal}, {"carrying", carrying}}
	runs := map[string][]startSteps{}
	for i := 0; i <= loads; i++ {
		for j := range targets {
			tg := targets[(i+j)%len(targets)]
			var s startSteps
			if !t.Run(fmt.Sprintf("%s-%d", tg.name, i), func(t *testing.T) { s = coldLoad(t, tg.base) }) {
				return
			}
			if i > 0 {
				runs[tg.name] = append(runs[tg.name], s)
			}
		}
	}
	ready := func(name string) []float64 {
		var v []float64
		for _, s := range runs[name] {
			v = append(v, s.Ready)
		}
		return v
	}
	ours, base, floor := median(ready("explorer")), median(ready("minimal")), median(ready("carrying"))
	report("tti   median %.0f ms vs minimal %.0f ms = %s  (%d cold loads each, alternating; runs %s / %s)",
		ours, base, versus(ours/base, "≤", 1.2), loads, list(ready("explorer")), list(ready("minimal")))
	report("tti   the minimal app sending the explorer's page: median %.0f ms = %.2f× the minimal app, the floor for a page that carries the article; the explorer is %.2f× that  (runs %s)",
		floor, floor/base, ours/floor, list(ready("carrying")))
	for _, tg := range targets {
		report("tti   %-8s steps, median ms from navigation: %s", tg.name, stepMedians(runs[tg.name]))
	}
}

// startSteps are the times, in milliseconds from navigation, at which a
// load passed each step of the start: the page parsed and its deferred
// scripts run (DOMContentLoaded, when go-app's loader starts the
// program), the program's last byte received, the program compiled and
// instantiated, and the ready mark. The program streams: it is compiled
// as it arrives, and its download waits on the page's main thread, which
// takes the bytes in.
type startSteps struct {
	Parsed, Received, Compiled, Ready float64
}

// stepMedians writes the median of each step over runs.
func stepMedians(runs []startSteps) string {
	var parsed, received, compiled, ready []float64
	for _, s := range runs {
		parsed = append(parsed, s.Parsed)
		received = append(received, s.Received)
		compiled = append(compiled, s.Compiled)
		ready = append(ready, s.Ready)
	}
	return fmt.Sprintf("page parsed %.0f, program received %.0f, compiled %.0f, ready %.0f",
		median(parsed), median(received), median(compiled), median(ready))
}

// stepsJS records, from before the page's own scripts run, when the page
// was parsed and when the program was compiled and instantiated (go-app's
// loader calls WebAssembly.instantiateStreaming, or instantiate when the
// browser cannot stream).
const stepsJS = readyAtJS + `
window.startSteps = {};
document.addEventListener("DOMContentLoaded", () => { startSteps.Parsed = performance.now(); });
for (const name of ["instantiateStreaming", "instantiate"]) {
	const f = WebAssembly[name];
	WebAssembly[name] = function (...args) {
		return f.apply(this, args).then(r => { startSteps.Compiled = performance.now(); return r; });
	};
}`

// coldLoad opens base's page in a new browser with a fresh profile and
// returns the steps of its start. The browser is closed when the
// (sub)test ends.
func coldLoad(t *testing.T, base string) startSteps {
	ctx := newBrowser(t)
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: stepsJS}); err != nil {
		t.Fatal(err)
	}
	step(t, ctx, "navigating to "+base, chromedp.Navigate(base+"/"))
	waitFor(t, ctx, "the ready time", `!!window.readyAt`)
	s := eval[startSteps](t, ctx, `({...startSteps, Ready: window.readyAt,
		Received: performance.getEntriesByType("resource").find(e => e.name.endsWith(".wasm"))?.responseEnd ?? 0})`)
	if s.Parsed <= 0 || s.Received <= 0 || s.Compiled <= 0 {
		t.Fatalf("a step of the start was not recorded: %+v", s)
	}
	return s
}

// Throughput: conns keep-alive connections from this process, each asking
// again as soon as it has read an answer, for rounds × roundTime per
// target, the targets alternating.
const (
	conns     = 8
	rounds    = 3
	roundTime = 2 * time.Second
)

// benchRPS compares our server's requests per second with Go's
// http.FileServer serving the same bytes from disk, in a separate process
// like ours, both without compression so that the same bytes move.
func benchRPS(t *testing.T, bin string) {
	dir := t.TempDir()
	pageBody, _ := fetch(t, site+"/", "identity")
	wasm, _ := fetch(t, site+"/web/app.wasm", "identity")
	if err := os.Mkdir(filepath.Join(dir, "web"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"index.html": pageBody, "web/app.wasm": wasm} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := startProgram(bin, "-files", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer files.stop()

	for _, p := range []struct {
		name, path string
		size       int
	}{{"page", "/", len(pageBody)}, {"app.wasm", "/web/app.wasm", len(wasm)}} {
		if got, _ := fetch(t, files.url+p.path, "identity"); len(got) != p.size {
			t.Fatalf("http.FileServer sends %d bytes for %s, ours %d", len(got), p.path, p.size)
		}
		var ours, theirs load
		var each []float64
		for i := 0; i < rounds; i++ {
			var o, f load
			if i%2 == 0 {
				o.add(hammer(t, site+p.path, "identity", p.size))
				f.add(hammer(t, files.url+p.path, "identity", p.size))
			} else {
				f.add(hammer(t, files.url+p.path, "identity", p.size))
				o.add(hammer(t, site+p.path, "identity", p.size))
			}
			ours.add(o.n, o.elapsed)
			theirs.add(f.n, f.elapsed)
			each = append(each, o.rate()/f.rate())
		}
		per := make([]string, len(each))
		for i, r := range each {
			per[i] = fmt.Sprintf("%.2f", r)
		}
		report("rps   %s %s/s vs http.FileServer %s/s = %s  (%s each, identity, %d connections, %d×%s per server; rounds %s)",
			p.name, humanize.Comma(int64(ours.rate())), humanize.Comma(int64(theirs.rate())),
			versus(ours.rate()/theirs.rate(), "≥", 0.8),
			humanize.Bytes(uint64(p.size)), conns, len(each), roundTime, strings.Join(per, ","))
	}

	br, enc := fetch(t, site+"/web/app.wasm", "br, gzip")
	if enc != "br" {
		t.Errorf("app.wasm with Accept-Encoding br came with Content-Encoding %q", enc)
	}
	var l load
	for i := 0; i < rounds; i++ {
		l.add(hammer(t, site+"/web/app.wasm", "br, gzip", len(br)))
	}
	report("rps   app.wasm br %s/s from ours alone (%s each, as browsers get it)",
		humanize.Comma(int64(l.rate())), humanize.Bytes(uint64(len(br))))
}

// load adds up requests answered over time.
type load struct {
	n       int64
	elapsed time.Duration
}

func (l *load) add(n int64, d time.Duration) { l.n += n; l.elapsed += d }

func (l *load) rate() float64 { return float64(l.n) / l.elapsed.Seconds() }

// hammer asks for url over conns keep-alive connections for roundTime and
// returns how many answers came back whole, and the time they took. Any
// error, other status or answer of another length than size fails the
// test.
func hammer(t *testing.T, url, accept string, size int) (int64, time.Duration) {
	t.Helper()
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	var (
		n        atomic.Int64
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
		}
	}
	start := time.Now()
	deadline := start.Add(roundTime)
	for range conns {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				req, _ := http.NewRequest(http.MethodGet, url, nil)
				req.Header.Set("Accept-Encoding", accept)
				res, err := client.Do(req)
				if err != nil {
					fail(err)
					return
				}
				got, err := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				switch {
				case err != nil:
					fail(fmt.Errorf("GET %s: %w", url, err))
					return
				case res.StatusCode != http.StatusOK:
					fail(fmt.Errorf("GET %s: status %d", url, res.StatusCode))
					return
				case got != int64(size):
					fail(fmt.Errorf("GET %s: %d bytes, want %d", url, got, size))
					return
				}
				n.Add(1)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		t.Errorf("load on %s: %v", url, firstErr)
	}
	return n.Load(), elapsed
}

//go:build !js

package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/webtest"

	"github.com/chromedp/chromedp"
)

// root is the repository's top folder, where the server runs.
var root = webtest.Root

// site is the server the tests share, serving the default article.
var site string

func TestMain(m *testing.M) {
	if os.Getenv("NEWSEXPLORER_BROWSER_TESTS") == "" && os.Getenv("NEWSEXPLORER_BENCH") == "" {
		fmt.Println("browser tests skipped: set NEWSEXPLORER_BROWSER_TESTS=1 (make test does)")
		os.Exit(m.Run())
	}
	for _, f := range []string{"bin/newsexplorer", "web/app.wasm", "web/author.wasm", "app/browser/node_modules/axe-core/axe.min.js"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			fmt.Fprintf(os.Stderr, "browser tests: %s is missing; run make build and make deps (make test does both)\n", f)
			os.Exit(1)
		}
	}
	if _, err := os.Stat(chromiumPath()); err != nil {
		fmt.Fprintf(os.Stderr, "browser tests: chromium not found at %s; make deps installs it\n", chromiumPath())
		os.Exit(1)
	}
	var args []string
	if os.Getenv("NEWSEXPLORER_BROWSER_TESTS") == "" {
		// The benchmarks measure the default article alone, as before
		// there was a library.
		args = append(args, "-articles=")
	}
	srv, err := startServer(args...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests:", err)
		os.Exit(1)
	}
	site = srv.url
	code := m.Run()
	srv.stop()
	os.Exit(code)
}

// enabled skips a test unless browser tests were asked for: they need
// Chromium, axe-core and a build of both programs, which make test
// provides, so a plain go test ./... leaves them out rather than failing.
func enabled(t testing.TB) {
	t.Helper()
	if site == "" {
		t.Skip("browser tests not enabled (NEWSEXPLORER_BROWSER_TESTS=1)")
	}
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// server is a running bin/newsexplorer.
type server struct {
	url     string
	version string // the version of the content it serves
	cmd     *exec.Cmd
}

// testArticles is the library's folder of articles the servers the tests
// start have besides the default article.
const testArticles = webtest.Articles

// startServer starts the real server on a free loopback port, with the
// test library (testArticles) and extra flags, and waits until it says
// where it listens.
func startServer(args ...string) (*server, error) {
	return startProgram(filepath.Join(root, "bin/newsexplorer"), append([]string{"-articles", testArticles}, args...)...)
}

// listening finds, in the line a server prints when it listens, the
// version of what it serves (ours says it) and its address.
var listening = regexp.MustCompile(`^(?:.*\(version (\w+)\))?.* at (http://\S+)/`)

// startProgram starts a server program with flags on a free loopback port
// and waits until it says where it listens.
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
	m, err := webtest.FirstMatch(out, listening, 30*time.Second)
	if err != nil {
		webtest.Stop(cmd, time.Second)
		return nil, fmt.Errorf("%s did not say where it listens: %w", filepath.Base(bin), err)
	}
	return &server{url: m[2], version: m[1], cmd: cmd}, nil
}

// stop stops the server and waits until it has gone.
func (s *server) stop() { webtest.Stop(s.cmd, 10*time.Second) }

// newBrowser starts a headless Chromium with a fresh profile and returns
// its context. The context has no timeout: it owns the browser. Steps take
// their time limits from step.
func newBrowser(t testing.TB, flags ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(t.TempDir()),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(opts, flags...)...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// step runs actions with a time limit, failing the test on error.
func step(t testing.TB, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	if err := chromedp.Do(c, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page and returns its value.
func eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", short(expr), err)
	}
	return v
}

// waitFor polls a JavaScript condition until it is true.
func waitFor(t testing.TB, ctx context.Context, what, cond string) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	if _, err := chromedp.Run(c, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, short(cond), err)
	}
}

// handledInOrder is how a test checks that an event changed nothing,
// without a pause that a slow machine could outlast: the app handles the
// page's events one at a time, in the order they come, and shows what they
// changed together at its next frame. So then sends a later event, whose
// change (shown, a condition) leaves alone what the first must not change;
// once shown is true, the app has handled the first event too, and what it
// changed, if anything, is in the page.
func handledInOrder(t testing.TB, ctx context.Context, what string, then func(), shown string) {
	t.Helper()
	then()
	waitFor(t, ctx, what, shown)
}

// waitAcrossNavigation polls a condition while the page may be navigating,
// when a single poll would fail as the page it runs in goes away.
func waitAcrossNavigation(t testing.TB, ctx context.Context, what, cond string) {
	t.Helper()
	ok := webtest.Eventually(30*time.Second, func() bool {
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		ok, err := chromedp.Run(c, chromedp.Evaluate[bool](cond))
		return err == nil && ok
	})
	if !ok {
		t.Fatalf("waiting for %s (%s): timed out", what, short(cond))
	}
}

// stillFrames is how many frames in a row a scroll position must keep for
// a scroll to count as over: a smooth scroll moves it at every frame.
const stillFrames = 5

// waitStill waits until position, a JavaScript expression such as
// "scrollY", has kept its value for stillFrames frames in a row, as after
// a smooth scroll the page started. Each call counts from its own first
// frame, so that a scroll just begun is never taken for one that ended
// before it.
func waitStill(t testing.TB, ctx context.Context, what, position string) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	js := fmt.Sprintf(`new Promise(done => {
		const at = () => %s;
		let last = at(), still = 0;
		const frame = () => {
			const now = at();
			still = now === last ? still + 1 : 0;
			last = now;
			if (still >= %d) done(true); else requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	})`, position, stillFrames)
	if _, err := chromedp.Run(c, chromedp.Evaluate[bool](js, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("waiting for %s (%s to keep still): %v", what, position, err)
	}
}

// waitScrollStill waits until a smooth scroll of the page (to show a
// passage, a card, a claim) has ended: an element must not move between
// the moment its place is measured and the click or the check.
func waitScrollStill(t testing.TB, ctx context.Context) {
	t.Helper()
	waitStill(t, ctx, "the page to stop scrolling", "scrollY")
}

// open navigates to a path of the server and waits until the WebAssembly
// app has taken over and the view is interactive.
func open(t testing.TB, ctx context.Context, base, path string) {
	t.Helper()
	step(t, ctx, "navigating to "+path, chromedp.Navigate(base+path))
	waitReady(t, ctx)
}

func waitReady(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "the app to be interactive", `document.body.dataset.ready === "true"`)
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

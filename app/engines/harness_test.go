//go:build !js

package engines

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/webtest"
)

// root is the repository's top folder, where the server runs.
var root = webtest.Root

// driver is a browser engine's page, driven through the engine's own
// protocol.
type driver interface {
	// navigate loads an address; with the session's usual strategy it
	// waits for the load event.
	navigate(address string) error
	// evalJSON evaluates a JavaScript expression in the page, awaiting it
	// if it is a promise, and returns its value as JSON.
	evalJSON(expr string) ([]byte, error)
	// perform runs W3C input action sequences (pointer and key), which
	// both protocols share.
	perform(actions []any) error
	// consoleErrors returns the errors the page logged since the last
	// call (see isConsoleError).
	consoleErrors() ([]string, error)
	// version names the browser and its version.
	version() string
	// quit ends the session and stops every process behind it.
	quit()
}

// engine is one browser engine the tests run in.
type engine struct {
	name string
	// start starts the browser with a fresh profile, for the smoke
	// tests: navigation waits for the load event.
	start func(t testing.TB) (driver, error)
	// note says what the tests cannot see in this engine, if anything.
	note string
}

// engines are the engines of this package, in the order they run.
var engines = []engine{
	{name: "webkit", note: webkitNote, start: func(t testing.TB) (driver, error) { return startWebKit("normal") }},
	{name: "firefox", start: func(t testing.TB) (driver, error) { return startFirefox(t.TempDir()) }},
}

// chosenEngines are the engines NEWSEXPLORER_ENGINES names (a comma
// separated list), or all of them.
func chosenEngines(t testing.TB) []engine {
	list := os.Getenv("NEWSEXPLORER_ENGINES")
	if list == "" {
		return engines
	}
	var out []engine
	for _, e := range engines {
		if slices.Contains(strings.Split(list, ","), e.name) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Fatalf("NEWSEXPLORER_ENGINES=%q names none of webkit, firefox", list)
	}
	return out
}

func TestMain(m *testing.M) {
	if os.Getenv("NEWSEXPLORER_BROWSER_TESTS") == "" && os.Getenv("NEWSEXPLORER_BENCH") == "" {
		fmt.Println("engine smoke tests skipped: set NEWSEXPLORER_BROWSER_TESTS=1 (make test does)")
		os.Exit(m.Run())
	}
	var missing []string
	for _, f := range []string{"bin/newsexplorer", "web/app.wasm", "web/author.wasm"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			missing = append(missing, f+" (make build)")
		}
	}
	for _, f := range []string{webkitDriverPath(), xvfbPath(), firefoxPath()} {
		if _, err := os.Stat(f); err != nil {
			missing = append(missing, f+" (make deps)")
		}
	}
	if _, err := miniBrowserPath(); err != nil {
		missing = append(missing, err.Error())
	}
	if len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "engine tests: missing %s\n", strings.Join(missing, ", "))
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// enabled skips a test unless browser tests were asked for, so that a
// plain go test ./... leaves them out rather than failing.
func enabled(t *testing.T) {
	t.Helper()
	if os.Getenv("NEWSEXPLORER_BROWSER_TESTS") == "" {
		t.Skip("browser tests not enabled (NEWSEXPLORER_BROWSER_TESTS=1)")
	}
}

// server is a running bin/newsexplorer.
type server struct {
	url string
	cmd *exec.Cmd
}

// listening finds the address in the line our server prints when it
// listens.
var listening = regexp.MustCompile(`serving .* at (http://\S+)/`)

// testArticles is the library the servers of the tests have besides the
// default article, the same as the Chromium suite's.
const testArticles = webtest.Articles

// startServer starts the real server on a free loopback port with the
// test library and extra flags, and waits until it says where it listens.
func startServer(t testing.TB, args ...string) *server {
	t.Helper()
	cmd := exec.Command(filepath.Join(root, "bin/newsexplorer"), append([]string{"-addr", "127.0.0.1:0", "-articles", testArticles}, args...)...)
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the server: %v", err)
	}
	s := &server{cmd: cmd}
	t.Cleanup(s.stop)
	m, err := webtest.FirstMatch(out, listening, 30*time.Second)
	if err != nil {
		t.Fatalf("the server did not say where it listens: %v", err)
	}
	s.url = m[1]
	return s
}

// stop stops the server and waits until it has gone.
func (s *server) stop() { webtest.Stop(s.cmd, 10*time.Second) }

// freePort returns a loopback port free at the moment.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

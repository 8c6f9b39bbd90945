//go:build !js

package engines

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"newsexplorer/app/webtest"
)

// webDriver is a session of a W3C WebDriver server (JSON over HTTP), as
// WebKitWebDriver serves it.
type webDriver struct {
	base    string // http://host:port/session/<id>
	client  *http.Client
	errs    []string // console errors of the pages left since the last consoleErrors
	browser string   // the browser's name and version
	cleanup []func() // the processes behind it, stopped in reverse
}

// wdError is an error a WebDriver server answered with.
type wdError struct {
	Code    string `json:"error"`
	Message string `json:"message"`
}

func (e *wdError) Error() string { return e.Code + ": " + e.Message }

// wdCall sends a command to a WebDriver server and decodes the value of
// its answer into out (when out is not nil).
func wdCall(c *http.Client, method, address string, body, out any) error {
	var in io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return fmt.Errorf("webdriver: %s %s: %w", method, address, err)
		}
		in = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, address, in)
	if err != nil {
		return fmt.Errorf("webdriver: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("webdriver: %s %s: %w", method, address, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return fmt.Errorf("webdriver: %s %s: %w", method, address, err)
	}
	var answer struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		return fmt.Errorf("webdriver: %s %s: %s answered %q", method, address, res.Status, short(string(raw)))
	}
	if res.StatusCode != http.StatusOK {
		var e wdError
		if json.Unmarshal(answer.Value, &e) == nil && e.Code != "" {
			return fmt.Errorf("webdriver: %s %s: %w", method, address, &e)
		}
		return fmt.Errorf("webdriver: %s %s: %s", method, address, res.Status)
	}
	if out != nil {
		if err := json.Unmarshal(answer.Value, out); err != nil {
			return fmt.Errorf("webdriver: %s %s: reading %q: %w", method, address, short(string(answer.Value)), err)
		}
	}
	return nil
}

func (w *webDriver) call(method, path string, body, out any) error {
	return wdCall(w.client, method, w.base+path, body, out)
}

// navigate keeps the errors the probe recorded in the page it leaves,
// then loads the address.
func (w *webDriver) navigate(address string) error {
	if errs, err := w.pageErrors(); err == nil {
		w.errs = append(w.errs, errs...)
	}
	return w.call("POST", "/url", map[string]string{"url": address}, nil)
}

// evalJSON runs the expression as an asynchronous script, so that a
// promise is awaited, and returns its value as JSON.
func (w *webDriver) evalJSON(expr string) ([]byte, error) {
	script := `const done = arguments[arguments.length - 1];
` + consoleProbeJS + `
(async () => JSON.stringify((await (` + expr + `)) ?? null))().then(
	s => done({ok: s}), e => done({error: String(e && e.stack || e)}));`
	var out struct {
		OK    *string `json:"ok"`
		Error string  `json:"error"`
	}
	if err := w.call("POST", "/execute/async", map[string]any{"script": script, "args": []any{}}, &out); err != nil {
		return nil, err
	}
	if out.OK == nil {
		return nil, fmt.Errorf("script threw %s", out.Error)
	}
	return []byte(*out.OK), nil
}

func (w *webDriver) perform(actions []any) error {
	return w.call("POST", "/actions", map[string]any{"actions": actions}, nil)
}

// consoleErrors reads the errors the probe recorded in the page (see
// consoleProbeJS): WebKitWebDriver has no log of the console, and
// MiniBrowser's automation session is private, which keeps WebKit from
// printing the console.
func (w *webDriver) consoleErrors() ([]string, error) {
	errs, err := w.pageErrors()
	errs = append(w.errs, errs...)
	w.errs = nil
	return errs, err
}

// pageErrors takes the errors the probe recorded in the page.
func (w *webDriver) pageErrors() ([]string, error) {
	var got []string
	b, err := w.evalJSON(`window.__engineErrors.splice(0)`)
	if err != nil {
		return nil, err
	}
	return got, json.Unmarshal(b, &got)
}

func (w *webDriver) version() string { return w.browser }

func (w *webDriver) quit() {
	w.call("DELETE", "", nil, nil)
	for i := len(w.cleanup) - 1; i >= 0; i-- {
		w.cleanup[i]()
	}
}

// webkitNote says what the WebKit smoke tests cannot see.
const webkitNote = "WebKitWebDriver has no log of the console and MiniBrowser's automation session is private, " +
	"so WebKit prints none; console errors are recorded by a probe the test puts in each page when it first reaches it, " +
	"just after the page's load event; an error before that would show as a page that does not become ready"

// webkitServer is a WebKitWebDriver running on an Xvfb display of its
// own, which starts a MiniBrowser for each session.
type webkitServer struct {
	url     string
	client  *http.Client
	cleanup []func()
}

// startWebKitServer starts Xvfb and WebKitWebDriver on it.
func startWebKitServer() (s *webkitServer, err error) {
	s = &webkitServer{client: &http.Client{Timeout: 90 * time.Second}}
	defer func() {
		if err != nil {
			s.stop()
		}
	}()
	display, stopX, err := startXvfb()
	if err != nil {
		return nil, err
	}
	s.cleanup = append(s.cleanup, stopX)
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(webkitDriverPath(), fmt.Sprintf("--port=%d", port))
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("webkit: starting %s: %w", webkitDriverPath(), err)
	}
	s.cleanup = append(s.cleanup, func() { stop(cmd) })
	s.url = fmt.Sprintf("http://127.0.0.1:%d", port)
	if !webtest.Eventually(20*time.Second, func() bool {
		var st struct {
			Ready bool `json:"ready"`
		}
		return wdCall(s.client, "GET", s.url+"/status", nil, &st) == nil && st.Ready
	}) {
		return nil, fmt.Errorf("webkit: WebKitWebDriver did not answer at %s within 20s", s.url)
	}
	return s, nil
}

// stop stops WebKitWebDriver and Xvfb.
func (s *webkitServer) stop() {
	for i := len(s.cleanup) - 1; i >= 0; i-- {
		s.cleanup[i]()
	}
	s.cleanup = nil
}

// session starts a MiniBrowser, whose automation session keeps nothing
// from one to the next. pageLoad is the page load strategy: "normal"
// (navigation waits for the load event) or "none" (it does not).
func (s *webkitServer) session(pageLoad string) (*webDriver, error) {
	browser, err := miniBrowserPath()
	if err != nil {
		return nil, err
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"pageLoadStrategy":         pageLoad,
		"timeouts":                 map[string]int{"script": 60000, "pageLoad": 60000},
		"webkitgtk:browserOptions": map[string]any{"binary": browser, "args": []string{"--automation"}},
	}}}
	var session struct {
		ID           string `json:"sessionId"`
		Capabilities struct {
			Name    string `json:"browserName"`
			Version string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := wdCall(s.client, "POST", s.url+"/session", caps, &session); err != nil {
		return nil, fmt.Errorf("webkit: new session: %w", err)
	}
	w := &webDriver{client: s.client, base: s.url + "/session/" + session.ID,
		browser: "WebKitGTK " + session.Capabilities.Version + " (" + session.Capabilities.Name + ")"}
	if err := w.call("POST", "/window/rect", map[string]int{"width": 1280, "height": 900}, nil); err != nil {
		w.quit()
		return nil, fmt.Errorf("webkit: sizing the window: %w", err)
	}
	return w, nil
}

// startWebKit starts Xvfb, WebKitWebDriver on it and a session of
// MiniBrowser with the page load strategy given (see session); quitting
// the session stops them all. WebKitWebDriver runs one session at a time,
// so each session has its own.
func startWebKit(pageLoad string) (*webDriver, error) {
	s, err := startWebKitServer()
	if err != nil {
		return nil, err
	}
	w, err := s.session(pageLoad)
	if err != nil {
		s.stop()
		return nil, err
	}
	w.cleanup = append(w.cleanup, s.stop)
	return w, nil
}

// startXvfb starts an X server of its own on a free display and returns
// the display's name and how to stop it.
func startXvfb() (string, func(), error) {
	r, wr, err := os.Pipe()
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	cmd := exec.Command(xvfbPath(), "-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{wr}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		wr.Close()
		return "", nil, fmt.Errorf("webkit: starting Xvfb: %w", err)
	}
	wr.Close()
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(r).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case n := <-line:
		if n == "" {
			stop(cmd)
			return "", nil, fmt.Errorf("webkit: Xvfb gave no display")
		}
		return ":" + n, func() { stop(cmd) }, nil
	case <-time.After(20 * time.Second):
		stop(cmd)
		return "", nil, fmt.Errorf("webkit: Xvfb gave no display within 20s")
	}
}

// stop ends a driver or browser process, killing it if it has not gone
// within 5 s.
func stop(cmd *exec.Cmd) { webtest.Stop(cmd, 5*time.Second) }

func webkitDriverPath() string { return envOr("WEBKIT_WEBDRIVER", "/usr/bin/WebKitWebDriver") }

func xvfbPath() string { return envOr("XVFB", "/usr/bin/Xvfb") }

// miniBrowserPath finds WebKitGTK's MiniBrowser, which Debian ships in the
// library's folder for the machine's architecture.
func miniBrowserPath() (string, error) {
	if p := os.Getenv("MINIBROWSER"); p != "" {
		return p, nil
	}
	found, _ := filepath.Glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser")
	if len(found) == 0 {
		return "", fmt.Errorf("webkit: no MiniBrowser under /usr/lib/*/webkit2gtk-4.*/ (Debian's libwebkit2gtk-4.1-0, which webkit2gtk-driver brings; make deps installs it)")
	}
	return found[len(found)-1], nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

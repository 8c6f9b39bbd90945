//go:build !js

package engines

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"newsexplorer/app/webtest"
)

// biDi is a WebDriver BiDi session (JSON over a WebSocket) with one
// browsing context, as Firefox serves it.
type biDi struct {
	ws      *wsConn
	context string // the browsing context (tab) the session drives

	mu      sync.Mutex
	next    int
	pending map[int]chan bidiAnswer
	errs    []string // console errors logged since the last consoleErrors
	broken  error    // why the connection ended, once it has
	browser string   // the browser's name and version

	cleanup []func()
}

// bidiAnswer is a command's answer: a result or an error.
type bidiAnswer struct {
	Type    string          `json:"type"` // success, error or event
	ID      *int            `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
	Method  string          `json:"method"` // of an event
	Params  json.RawMessage `json:"params"` // of an event
}

// call sends a command and decodes its result into out (when not nil).
func (b *biDi) call(method string, params, out any) error {
	b.mu.Lock()
	if b.broken != nil {
		b.mu.Unlock()
		return fmt.Errorf("bidi: %s: %w", method, b.broken)
	}
	b.next++
	id := b.next
	ch := make(chan bidiAnswer, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return fmt.Errorf("bidi: %s: %w", method, err)
	}
	if err := b.ws.write(msg); err != nil {
		return fmt.Errorf("bidi: %s: %w", method, err)
	}
	select {
	case a, ok := <-ch:
		if !ok {
			return fmt.Errorf("bidi: %s: the connection ended: %v", method, b.broken)
		}
		if a.Type == "error" {
			return fmt.Errorf("bidi: %s: %s: %s", method, a.Error, a.Message)
		}
		if out != nil {
			if err := json.Unmarshal(a.Result, out); err != nil {
				return fmt.Errorf("bidi: %s: reading %q: %w", method, short(string(a.Result)), err)
			}
		}
		return nil
	case <-time.After(90 * time.Second):
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
		return fmt.Errorf("bidi: %s: no answer within 90s", method)
	}
}

// readLoop hands each answer to its caller and keeps the console errors
// that log.entryAdded events report.
func (b *biDi) readLoop() {
	for {
		raw, err := b.ws.read()
		if err != nil {
			b.mu.Lock()
			b.broken = err
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var a bidiAnswer
		if json.Unmarshal(raw, &a) != nil {
			continue
		}
		if a.Type == "event" {
			b.event(a.Method, a.Params)
			continue
		}
		if a.ID == nil {
			continue
		}
		b.mu.Lock()
		ch := b.pending[*a.ID]
		delete(b.pending, *a.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- a
		}
	}
}

// event keeps a log entry that is an error (see isConsoleError).
func (b *biDi) event(method string, params json.RawMessage) {
	if method != "log.entryAdded" {
		return
	}
	var e struct {
		Type   string `json:"type"`
		Level  string `json:"level"`
		Text   string `json:"text"`
		Source struct {
			Context string `json:"context"`
		} `json:"source"`
		StackTrace struct {
			CallFrames []struct {
				URL  string `json:"url"`
				Line int    `json:"lineNumber"`
			} `json:"callFrames"`
		} `json:"stackTrace"`
	}
	if json.Unmarshal(params, &e) != nil || !isConsoleError(e.Level, e.Text) {
		return
	}
	where := ""
	if f := e.StackTrace.CallFrames; len(f) > 0 {
		where = fmt.Sprintf(" (%s:%d)", f[0].URL, f[0].Line+1)
	}
	b.mu.Lock()
	b.errs = append(b.errs, fmt.Sprintf("%s %s: %s%s", e.Type, e.Level, e.Text, where))
	b.mu.Unlock()
}

func (b *biDi) navigate(address string) error {
	return b.call("browsingContext.navigate", map[string]any{"context": b.context, "url": address, "wait": "complete"}, nil)
}

// evalJSON evaluates the expression in the page, awaiting a promise, and
// returns its value as JSON.
func (b *biDi) evalJSON(expr string) ([]byte, error) {
	var out struct {
		Type   string `json:"type"`
		Result struct {
			Type  string `json:"type"`
			Value string `json:"value"`
		} `json:"result"`
		Exception struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := b.call("script.evaluate", map[string]any{
		"expression":   `(async () => JSON.stringify((await (` + expr + `)) ?? null))()`,
		"target":       map[string]string{"context": b.context},
		"awaitPromise": true,
	}, &out)
	if err != nil {
		return nil, err
	}
	if out.Type == "exception" {
		return nil, fmt.Errorf("script threw %s", out.Exception.Text)
	}
	if out.Result.Type != "string" {
		return nil, fmt.Errorf("script gave a %s, not JSON", out.Result.Type)
	}
	return []byte(out.Result.Value), nil
}

func (b *biDi) perform(actions []any) error {
	return b.call("input.performActions", map[string]any{"context": b.context, "actions": actions}, nil)
}

func (b *biDi) consoleErrors() ([]string, error) {
	// The page's log comes as events: a round trip to the page first
	// lets those it logged before arrive.
	b.evalJSON("0")
	b.mu.Lock()
	defer b.mu.Unlock()
	errs := b.errs
	b.errs = nil
	return errs, b.broken
}

// preload adds a script that runs in every new document of the session
// before the page's own scripts.
func (b *biDi) preload(fn string) error {
	return b.call("script.addPreloadScript", map[string]any{"functionDeclaration": fn}, nil)
}

func (b *biDi) version() string { return b.browser }

func (b *biDi) quit() {
	if b.ws != nil {
		b.call("session.end", map[string]any{}, nil)
		b.ws.close()
	}
	for i := len(b.cleanup) - 1; i >= 0; i-- {
		b.cleanup[i]()
	}
}

// firefoxPrefs keep a fresh profile from reaching out to the network,
// which this machine does not have, beside those the remote agent sets.
const firefoxPrefs = `user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("app.update.enabled", false);
user_pref("app.normandy.enabled", false);
user_pref("extensions.update.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("browser.newtabpage.enabled", false);
user_pref("browser.startup.page", 0);
`

var bidiListening = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// startFirefox starts a headless Firefox ESR with a fresh profile in dir
// and opens a BiDi session with a tab of its own, subscribed to the
// console's log.
func startFirefox(dir string) (d driver, err error) {
	b := &biDi{pending: map[int]chan bidiAnswer{}}
	defer func() {
		if err != nil {
			b.quit()
		}
	}()
	address, err := launchFirefox(b, dir)
	if err != nil {
		return nil, err
	}
	if b.ws, err = dialWebSocket(strings.TrimSuffix(address, "/") + "/session"); err != nil {
		return nil, fmt.Errorf("firefox: %w", err)
	}
	go b.readLoop()
	if err := b.openTab(); err != nil {
		return nil, fmt.Errorf("firefox: %w", err)
	}
	return b, nil
}

// launchFirefox starts Firefox, stopped by b's quit, and returns the
// address where WebDriver BiDi listens, which it prints.
func launchFirefox(b *biDi, dir string) (string, error) {
	if err := os.WriteFile(filepath.Join(dir, "user.js"), []byte(firefoxPrefs), 0o644); err != nil {
		return "", fmt.Errorf("firefox: writing its profile: %w", err)
	}
	cmd := exec.Command(firefoxPath(), "--headless", "--remote-debugging-port=0", "--no-remote",
		"--profile", dir, "--window-size=1280,900", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1")
	errOut, err := cmd.StderrPipe()
	if err != nil {
		return "", err
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("firefox: starting %s: %w", firefoxPath(), err)
	}
	b.cleanup = append(b.cleanup, func() { stop(cmd) })
	m, err := webtest.FirstMatch(errOut, bidiListening, 60*time.Second)
	if err != nil {
		return "", fmt.Errorf("firefox: it did not say where WebDriver BiDi listens: %w", err)
	}
	return m[1], nil
}

// openTab starts the session, opens the tab it drives and subscribes to
// the console's log. The tab Firefox opens at its start never has the
// focus, headless, so that the keyboard cannot press a button there; a
// tab the session opens has it, so the first is closed.
func (b *biDi) openTab() error {
	var session struct {
		Capabilities struct {
			Name    string `json:"browserName"`
			Version string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := b.call("session.new", map[string]any{"capabilities": map[string]any{}}, &session); err != nil {
		return err
	}
	b.browser = session.Capabilities.Name + " " + session.Capabilities.Version
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := b.call("browsingContext.getTree", map[string]any{}, &tree); err != nil {
		return err
	}
	var tab struct {
		Context string `json:"context"`
	}
	if err := b.call("browsingContext.create", map[string]any{"type": "tab"}, &tab); err != nil {
		return err
	}
	b.context = tab.Context
	for _, c := range tree.Contexts {
		if err := b.call("browsingContext.close", map[string]any{"context": c.Context}, nil); err != nil {
			return err
		}
	}
	if err := b.call("browsingContext.setViewport", map[string]any{"context": b.context,
		"viewport": map[string]int{"width": 1280, "height": 900}}, nil); err != nil {
		return err
	}
	return b.call("session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}, nil)
}

func firefoxPath() string { return envOr("FIREFOX", "/usr/bin/firefox-esr") }

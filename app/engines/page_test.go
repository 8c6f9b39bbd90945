//go:build !js

package engines

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/webtest"
)

// page drives one engine's page within one step of a test. Every failure
// it reports names the engine and the step, so that an engine's own
// regression reads as such ("webkit: step 'opening the entity card': …").
type page struct {
	t      testing.TB
	engine string
	step   string
	d      driver
}

// run runs a step as a subtest of its own, and checks at its end, even
// when it failed, that the page logged no error to the console.
func (p *page) run(name string, f func(p *page)) {
	p.t.(*testing.T).Run(name, func(t *testing.T) {
		q := &page{t: t, engine: p.engine, step: name, d: p.d}
		defer q.checkConsole()
		f(q)
	})
}

func (p *page) prefix() string { return fmt.Sprintf("%s: step '%s': ", p.engine, p.step) }

func (p *page) fatalf(format string, args ...any) {
	p.t.Helper()
	p.t.Fatalf(p.prefix()+format, args...)
}

func (p *page) errorf(format string, args ...any) {
	p.t.Helper()
	p.t.Errorf(p.prefix()+format, args...)
}

func (p *page) logf(format string, args ...any) {
	p.t.Helper()
	p.t.Logf(p.prefix()+format, args...)
}

// eval evaluates a JavaScript expression (awaited if a promise) and
// decodes its value into out.
func (p *page) eval(expr string, out any) {
	p.t.Helper()
	b, err := p.d.evalJSON(expr)
	if err != nil {
		p.fatalf("evaluating %s: %v", short(expr), err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		p.fatalf("evaluating %s: reading %s: %v", short(expr), short(string(b)), err)
	}
}

// evalAs evaluates a JavaScript expression and returns its value.
func evalAs[T any](p *page, expr string) T {
	p.t.Helper()
	var v T
	p.eval(expr, &v)
	return v
}

// waitFor asks a JavaScript condition until it is true, for at most 30
// seconds. It asks again after an error, as while the page navigates.
func (p *page) waitFor(what, cond string) {
	p.t.Helper()
	var last error
	ok := webtest.Eventually(30*time.Second, func() bool {
		b, err := p.d.evalJSON("!!(" + cond + ")")
		last = err
		return err == nil && string(b) == "true"
	})
	if !ok {
		if last != nil {
			p.fatalf("waiting for %s (%s): %v", what, short(cond), last)
		}
		p.fatalf("waiting for %s (%s): not true within 30s", what, short(cond))
	}
}

// open loads a path of a server and waits until the WebAssembly program
// has taken the page over and made it interactive.
func (p *page) open(base, path string) {
	p.t.Helper()
	if err := p.d.navigate(base + path); err != nil {
		p.fatalf("opening %s: %v", path, err)
	}
	p.waitReady(path)
}

// waitReady waits for the ready marker the program sets once mounted.
func (p *page) waitReady(path string) {
	p.t.Helper()
	p.waitFor(path+" to be interactive", `document.body && document.body.dataset.ready === "true"`)
}

// clickJS waits until the page has stopped scrolling, scrolls the element
// to the middle of the screen, checks that nothing covers its middle and
// returns that point, for a pointer to click.
const clickJS = `(async () => {
	await new Promise(done => {
		let last = scrollY, still = 0;
		const frame = () => {
			still = scrollY === last ? still + 1 : 0;
			last = scrollY;
			if (still >= 5) done(); else requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	const el = document.querySelector(%q);
	if (!el) return {error: "missing"};
	el.scrollIntoView({block: "center", inline: "center", behavior: "instant"});
	const r = el.getClientRects()[0] || el.getBoundingClientRect();
	const x = Math.floor(r.left + r.width / 2), y = Math.floor(r.top + r.height / 2);
	const top = document.elementFromPoint(x, y);
	if (!el.contains(top)) return {error: "covered by " + (top ? top.outerHTML.slice(0, 120) : "nothing")};
	return {x, y};
})()`

// click clicks an element's middle with the mouse, as a reader does.
func (p *page) click(what, sel string) {
	p.t.Helper()
	var at struct {
		X, Y  int
		Error string
	}
	p.eval(fmt.Sprintf(clickJS, sel), &at)
	if at.Error != "" {
		p.fatalf("%s: %s is %s", what, sel, at.Error)
	}
	err := p.d.perform([]any{map[string]any{
		"type": "pointer", "id": "mouse", "parameters": map[string]string{"pointerType": "mouse"},
		"actions": []map[string]any{
			{"type": "pointerMove", "x": at.X, "y": at.Y, "origin": "viewport", "duration": 0},
			{"type": "pointerDown", "button": 0},
			{"type": "pointerUp", "button": 0},
		},
	}})
	if err != nil {
		p.fatalf("%s: clicking %s: %v", what, sel, err)
	}
}

// The keys of W3C input actions.
const (
	keyEnter  = "\uE006" // Return, the main keyboard's Enter (\uE007 is the keypad's)
	keyEscape = "\uE00C"
)

// press presses and releases keys, one after another, on the element
// that has the focus: a key of the constants above, or a character.
func (p *page) press(what string, keys ...string) {
	p.t.Helper()
	var actions []map[string]any
	for _, k := range keys {
		actions = append(actions, map[string]any{"type": "keyDown", "value": k}, map[string]any{"type": "keyUp", "value": k})
	}
	if err := p.d.perform([]any{map[string]any{"type": "key", "id": "keyboard", "actions": actions}}); err != nil {
		p.fatalf("%s: %v", what, err)
	}
}

// typeText types text into the element that has the focus, key by key.
func (p *page) typeText(what, text string) {
	p.t.Helper()
	p.press(what, strings.Split(text, "")...)
}

// checkConsole fails the step if the page logged errors.
func (p *page) checkConsole() {
	p.t.Helper()
	errs, err := p.d.consoleErrors()
	if err != nil {
		p.errorf("reading the console: %v", err)
		return
	}
	if len(errs) > 0 {
		p.errorf("%d errors logged to the console:\n\t%s", len(errs), strings.Join(errs, "\n\t"))
	}
}

// goTrouble is what Go's runtime and the explorer write, through
// console.log and console.warn, when the program fails: a panic, a fatal
// error, the program's exit, or the explorer's own report of an error.
var goTrouble = regexp.MustCompile(`^(panic: |fatal error: |exit code: |News Explorer: )`)

// isConsoleError tells whether a console entry is an error: logged at
// the error level (console.error, an uncaught exception, a promise
// rejected unhandled), or Go's and the explorer's report of a failure.
func isConsoleError(level, text string) bool {
	return level == "error" || goTrouble.MatchString(text)
}

// consoleProbeJS records in the page, from the moment it runs, what
// isConsoleError counts as an error, in window.__engineErrors. It is for
// an engine whose driver has no log of the console; it runs at most once
// per document.
var consoleProbeJS = `if (!window.__engineErrors) {
	window.__engineErrors = [];
	const text = args => Array.from(args, a => a instanceof Error ? a.name + ": " + a.message : String(a)).join(" ");
	const keep = (kind, args) => window.__engineErrors.push(kind + ": " + text(args));
	const trouble = new RegExp(` + fmt.Sprintf("%q", goTrouble.String()) + `);
	for (const level of ["error", "warn", "log", "info"]) {
		const original = console[level];
		console[level] = function (...args) {
			if (level === "error" || trouble.test(text(args))) keep("console." + level, args);
			return original.apply(this, args);
		};
	}
	addEventListener("error", e => keep("uncaught", [e.message + (e.filename ? " (" + e.filename + ":" + e.lineno + ")" : "")]));
	addEventListener("unhandledrejection", e => keep("unhandled rejection", [e.reason]));
}`

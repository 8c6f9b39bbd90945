package server

import (
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// DefaultWasm is the WebAssembly program that runs a page unless the site
// says otherwise (see Config.WasmFor).
const DefaultWasm = "/web/app.wasm"

// wasmLinkID is the id of the link by which a page names the WebAssembly
// program that runs it. The link preloads the program, so the browser
// starts fetching it as it reads the head rather than once the page's
// deferred scripts run, and app.js loads the program the link names.
const wasmLinkID = "app-wasm"

// wasmLink is the link naming the program at path, whose own (decoded)
// length is n: the loading progress counts against it.
func wasmLink(path string, n int) string {
	return `<link as="fetch" crossorigin="anonymous" data-length="` + strconv.Itoa(n) + `" href="` + path +
		`" id="` + wasmLinkID + `" rel="preload">`
}

// loaderPatches are the changes made to go-app's app.js. Each must be
// found exactly once, so that a go-app whose loader differs fails the
// build instead of loading the wrong program.
var loaderPatches = []struct{ why, old, new string }{
	{
		why: "load the program the page names",
		old: `fetchWithProgress("` + DefaultWasm + `", showProgress)`,
		new: `fetchWithProgress(pageWasm().href, showProgress)`,
	},
	{
		why: "count the progress against the length of the program the page names",
		old: `let contentLength = goappWasmContentLength;`,
		new: `let contentLength = pageWasm().length || goappWasmContentLength;`,
	},
	{
		// The worker's install downloads every page and both programs.
		// Started with the page, it competes with the program the reader
		// waits for; started once the program runs, it does not.
		why: "register the service worker once the program runs",
		old: "goappInitServiceWorker();\ngoappWatchForUpdate();\ngoappWatchForInstallable();\ngoappInitWebAssembly();\n",
		new: "goappWatchForUpdate();\ngoappWatchForInstallable();\ngoappInitWebAssembly().finally(goappInitServiceWorker);\n",
	},
}

// pageWasmJS is added to app.js for the patches above.
const pageWasmJS = `
// pageWasm returns the WebAssembly program that runs the page, and its
// length, which the page names in the link that preloads the program.
function pageWasm() {
  const link = document.getElementById("` + wasmLinkID + `");
  if (!link) {
    return { href: "` + DefaultWasm + `", length: "" };
  }
  return { href: link.getAttribute("href"), length: link.dataset.length };
}
`

// earlyPressJS is added to app.js: it keeps a highlight toggle pressed
// while the program loads, without reloading the page (see the file).
//
//go:embed earlypress.js
var earlyPressJS string

// patchLoader makes go-app's app.js load the program the page names,
// register the service worker once that program runs, and keep a toggle
// pressed before it is ready.
func patchLoader(js []byte) ([]byte, error) {
	s := string(js)
	for _, p := range loaderPatches {
		if n := strings.Count(s, p.old); n != 1 {
			return nil, fmt.Errorf("server: app.js: cannot %s: the loader's code was found %d times, want once", p.why, n)
		}
		s = strings.Replace(s, p.old, p.new, 1)
	}
	return []byte(s + pageWasmJS + earlyPressJS), nil
}

// withWasm returns the page with the link to the default program replaced
// by the link to another one.
func withWasm(page []byte, defaultLink, link string) []byte {
	return bytes.Replace(page, []byte(defaultLink), []byte(link), 1)
}

// missingPrograms says which programs that pages need are not in the web
// folder, once for each, with the pages that cannot run without it.
func missingPrograms(paths []string, wasm func(path string) string, links map[string]string) []string {
	pages := map[string][]string{}
	var missing []string
	for _, p := range paths {
		w := wasm(p)
		if links[w] != "" {
			continue
		}
		if pages[w] == nil {
			missing = append(missing, w)
		}
		pages[w] = append(pages[w], p)
	}
	var notes []string
	for _, w := range missing {
		notes = append(notes, fmt.Sprintf("%s is missing, so %s cannot run; run make build", w, strings.Join(pages[w], ", ")))
	}
	return notes
}

//go:build !js

// Package browser holds the explorer's end-to-end tests and benchmarks. They
// start the real server (bin/newsexplorer, serving the real web/app.wasm)
// and drive Debian's headless Chromium with chromedp, injecting axe-core
// from npm for accessibility checks.
//
// They run when NEWSEXPLORER_BROWSER_TESTS=1 (make test sets it); the
// benchmarks run when NEWSEXPLORER_BENCH=1 (make bench).
package browser

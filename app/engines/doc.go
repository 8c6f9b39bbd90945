//go:build !js

// Package engines holds the explorer's smoke tests and start-up benchmarks
// in the browser engines other than Chromium: WebKit (Debian's
// WebKitWebDriver driving WebKitGTK's MiniBrowser under Xvfb, through W3C
// WebDriver) and Firefox (Debian's firefox-esr, headless, through
// WebDriver BiDi). Chromium's full suite is in app/browser.
//
// The clients of both protocols are small and of our own, in the test
// files: W3C WebDriver is JSON over HTTP, and WebDriver BiDi is JSON over a
// WebSocket, whose client is in websocket_test.go.
//
// The smoke tests run when NEWSEXPLORER_BROWSER_TESTS=1 (make test sets
// it); the benchmarks when NEWSEXPLORER_BENCH=1 (make bench).
// NEWSEXPLORER_ENGINES=webkit or =firefox runs one engine only.
package engines

//go:build !js

package engines

import (
	"fmt"
	"net/http"

	"newsexplorer/app/article"
)

// checkOffline waits until the page says the app is stored for offline
// use, stops the server and opens every page of the smoke suite again:
// each becomes ready with what it shows online, and a toggle works.
//
// It needs the engine's service workers. Where the page has none, as in
// a browser that allows none, the step says so in the test's output
// rather than passing in silence.
func checkOffline(p *page, srv *server, a *article.Article) {
	p.open(srv.url, "/")
	if !evalAs[bool](p, `"serviceWorker" in navigator && !!navigator.serviceWorker`) {
		p.logf("NO OFFLINE REVISIT in %s: the page has no navigator.serviceWorker under this driver, so the app cannot be stored for offline use", p.engine)
		return
	}
	p.waitFor("the offline status to settle", `document.querySelector('[data-offline="ready"], [data-offline="unavailable"], [data-offline="failed"]') !== null`)
	switch state := evalAs[string](p, `document.querySelector("[data-offline]").dataset.offline`); state {
	case "unavailable":
		p.logf("NO OFFLINE REVISIT in %s: the page says %q", p.engine, evalAs[string](p, `document.querySelector("[data-offline]").textContent`))
		return
	case "failed":
		p.fatalf("the page says the app could not be stored for offline use: %q", evalAs[string](p, `document.querySelector("[data-offline]").textContent`))
	}
	// The page a worker serves, as every page will be once the server
	// has gone.
	p.open(srv.url, "/")
	p.waitFor("a service worker to control the page", `!!navigator.serviceWorker.controller`)

	srv.stop()
	if res, err := http.Get(srv.url + "/"); err == nil {
		res.Body.Close()
		p.fatalf("the server still answers after it was stopped")
	}
	for _, path := range smokePaths {
		p.open(srv.url, path)
		checkPage(p, a, path)
	}
	p.open(srv.url, "/")
	on := evalAs[string](p, pressedJS(article.Place))
	p.click("switching places offline", `[data-toggle="place"]`)
	p.waitFor("places to switch", fmt.Sprintf(`%s !== %q`, pressedJS(article.Place), on))
	checkHighlights(p, "places switched off offline", article.Place)
}

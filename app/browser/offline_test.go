//go:build !js

package browser

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"newsexplorer/app/share"
	"newsexplorer/app/ui"
)

// cspWatchJS records Content-Security-Policy violations from the very
// start of each page, so that a test can check that the policy the server
// sends blocks nothing the app needs.
const cspWatchJS = `window.cspViolations = [];
document.addEventListener("securitypolicyviolation", e =>
	window.cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline")));`

func watchCSP(t *testing.T, ctx context.Context) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatchJS}); err != nil {
		t.Fatalf("watching for CSP violations: %v", err)
	}
}

func checkCSP(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	if v := eval[[]string](t, ctx, `window.cspViolations || []`); len(v) > 0 {
		t.Errorf("%s: the Content-Security-Policy blocked %v", where, v)
	}
}

// waitOffline waits until the page says the app is ready for offline use,
// and checks that storing it was not taken for an update.
func waitOffline(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "the app to be ready for offline use",
		`document.querySelector('[data-offline="ready"]') !== null`)
	if text := eval[string](t, ctx, `document.querySelector('[data-offline]').textContent`); !strings.Contains(text, "Ready for offline use") {
		t.Errorf("offline status reads %q, want it to say it is ready for offline use", text)
	}
	if eval[bool](t, ctx, `document.querySelector('[data-update="ready"]') !== null`) {
		t.Errorf("with one version served, the page offers a new version")
	}
}

// offlinePaths are the pages reloaded with no network: every route of the
// test library, one with highlights in its query, and pages of each
// program with a slash at the end, where a static host sends a page's
// address (/articles/porto/ for /articles/porto).
func offlinePaths(t *testing.T) []string {
	return append(ui.Paths(testCatalog(t)), "/?show=quote,person",
		"/articles/porto/", "/articles/porto/classroom/", "/articles/porto/teacher/", "/edit/")
}

// checkWorksOffline reloads every route with the server gone and checks
// that each page shows its own article, the wasm runs and a toggle works;
// then it opens articles from the library page, which fetches their files
// from the service worker.
func checkWorksOffline(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	cat := testCatalog(t)
	for _, address := range offlinePaths(t) {
		open(t, ctx, base, address)
		p := strings.TrimSuffix(strings.TrimSuffix(address, "?show=quote,person"), "/")
		if p == "" {
			p = "/"
		}
		if p == ui.LibraryPath {
			checkLibraryList(t, ctx, cat)
			continue
		}
		if strings.HasPrefix(p, share.Path) {
			// The shared article's pages without a link's article say so,
			// offline as online.
			if !eval[bool](t, ctx, `!!document.querySelector('[data-link-error="shared"]')`) {
				t.Errorf("offline %s: no message that the link carries no article", p)
			}
			continue
		}
		if p == ui.EditorPath {
			if !eval[bool](t, ctx, `!!document.getElementById("article-file") && document.body.dataset.ready === "true"`) {
				t.Errorf("offline %s: the editor did not open", p)
			}
			continue
		}
		id, _ := ui.PageArticle(cat, p)
		a := testArticle(t, id)
		if p == ui.TeacherPath {
			checkTeacherView(t, ctx)
			continue
		}
		if strings.HasSuffix(p, "/teacher") {
			checkArticleTeacher(t, ctx, a)
			continue
		}
		if strings.HasSuffix(p, ui.ClassroomPath) {
			checkArticleClassroom(t, ctx, a)
			if text := eval[string](t, ctx, `document.getElementById("classroom-article").textContent`); text == "" {
				t.Errorf("offline %s: no article text", p)
			}
			continue
		}
		checkArticleReader(t, ctx, a)
		on := eval[bool](t, ctx, `document.querySelector('[data-toggle="place"]').getAttribute("aria-pressed") === "true"`)
		step(t, ctx, "offline toggle of places", chromedp.Click(chromedp.CSS(`[data-toggle="place"]`)))
		waitFor(t, ctx, "places to switch", fmt.Sprintf(
			`document.getElementById("article").classList.contains("hide-place") === %v`, on))
	}
	open(t, ctx, base, ui.LibraryPath)
	for _, id := range []string{"porto", "kursk"} {
		followLibraryLink(t, ctx, id, "/articles/"+id)
		checkArticleReader(t, ctx, testArticle(t, id))
		goBackToLibrary(t, ctx)
	}
}

// TestOfflineAfterFirstVisit loads the explorer once, waits until it says
// it is ready for offline use, stops the server and reloads every route.
func TestOfflineAfterFirstVisit(t *testing.T) {
	enabled(t)
	srv, err := startServer()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	open(t, ctx, srv.url, "/")
	waitOffline(t, ctx)
	checkCSP(t, ctx, "online")
	checkInstallable(t, ctx)
	// A page loaded once the files are stored does not say it is saving
	// them again while it asks the worker.
	for i := 0; i < 3; i++ {
		open(t, ctx, srv.url, "/library")
		if got := eval[string](t, ctx, `document.querySelector("[data-offline]").dataset.offline`); got != "checking" && got != "ready" {
			t.Errorf("a page loaded with every file stored says %q at first, want checking or ready", got)
		}
		waitOffline(t, ctx)
	}

	srv.stop()
	if _, err := http.Get(srv.url + "/"); err == nil {
		t.Fatal("the server still answers after it was stopped")
	}
	checkWorksOffline(t, ctx, srv.url)
	checkCSP(t, ctx, "offline")

	// An address that names no page says so offline as the server does
	// online, with the links on.
	open(t, ctx, srv.url, "/articles/nope")
	got := eval[[]string](t, ctx, `[document.title, (document.querySelector("[data-not-found] h1") || {}).textContent || "",
		(document.querySelector("[data-not-found] p") || {}).textContent || "",
		Array.from(document.querySelectorAll("[data-not-found] a")).map(a => a.getAttribute("href")).join(" ")]`)
	want := []string{"Page not found · News Explorer", "Page not found",
		"The address /articles/nope names no page of the explorer. It may be mistyped, or the article may have left the library.", "/library /"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("offline, an unknown address shows\n%q\nwant\n%q", got, want)
	}
	checkAccessibility(t, ctx, "offline, an unknown address")

	// With the device offline, as navigator.onLine tells, the page also
	// says that a page added since the last visit opens once online.
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatalf("going offline: %v", err)
	}
	open(t, ctx, srv.url, "/articles/nope")
	if text := eval[string](t, ctx, `(document.querySelector('[data-not-found="offline"]') || {}).textContent || ""`); !strings.Contains(text, "This device is offline") {
		t.Errorf("offline, an unknown address says %q, want that the device is offline", text)
	}
}

// TestOfflineCopyFails serves a site whose worker cannot store every
// file (the style sheet for readers without scripts is missing, as when a
// download fails): the first visit says, in words, that the app is not
// saved for offline use, with a button to try again, rather than saying
// "Saving" for ever.
func TestOfflineCopyFails(t *testing.T) {
	enabled(t)
	web := t.TempDir()
	copyDir(t, filepath.Join(root, "web"), web)
	for _, name := range []string{"noscript.css", "noscript.css.br", "noscript.css.gz"} {
		os.Remove(filepath.Join(web, name))
	}
	srv, err := startServer("-web", web)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	ctx := newBrowser(t)
	open(t, ctx, srv.url, "/")
	waitFor(t, ctx, "the status to say the copy failed", `document.querySelector('[data-offline="failed"]') !== null`)
	got := eval[[]string](t, ctx, `[document.querySelector("[data-offline]").textContent, document.querySelector("[data-offline]").getAttribute("aria-live")]`)
	if !strings.Contains(got[0], "Not saved for offline use") || !strings.Contains(got[0], "Try again") {
		t.Errorf("the status reads %q, want it to say the app is not saved, with Try again", got[0])
	}
	if got[1] != "polite" {
		t.Errorf("the failure is not told to screen readers: aria-live %q", got[1])
	}
}

// TestOfflineUnavailable opens the explorer in a browser with service
// workers turned off, as some private windows are, on a secure page: the
// status says the browser does not allow offline use, rather than that
// the page needs https.
func TestOfflineUnavailable(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `Object.defineProperty(Navigator.prototype, "serviceWorker", {get: () => undefined})`,
	}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, site, "/")
	waitFor(t, ctx, "the status to say offline use is unavailable", `document.querySelector('[data-offline="unavailable"]') !== null`)
	if text := eval[string](t, ctx, `document.querySelector("[data-offline]").textContent`); !strings.Contains(text, "does not allow offline use") || strings.Contains(text, "https") {
		t.Errorf("with service workers off on a secure page, the status reads %q", text)
	}
}

// TestOfflineCopyRepaired deletes a file from a complete offline copy, as
// a browser short of space may: the next page says the copy is being
// completed, the worker stores the file again, and the page says it is
// ready. A page that checks a copy already stored says so silently.
func TestOfflineCopyRepaired(t *testing.T) {
	enabled(t)
	srv, err := startServer()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	ctx := newBrowser(t)
	open(t, ctx, srv.url, "/")
	waitOffline(t, ctx)
	open(t, ctx, srv.url, "/library")
	waitOffline(t, ctx)
	if live := eval[string](t, ctx, `document.querySelector("[data-offline]").getAttribute("aria-live")`); live != "off" {
		t.Errorf("checking a stored copy is told to screen readers (aria-live %q)", live)
	}
	deleted := eval[bool](t, ctx, `(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys.find(k => k.startsWith("app-")));
		return cache.delete("/web/print.css");
	})()`)
	if !deleted {
		t.Fatal("the offline copy had no /web/print.css to delete")
	}
	open(t, ctx, srv.url, "/library")
	waitOffline(t, ctx)
	stored := eval[bool](t, ctx, `(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys.find(k => k.startsWith("app-")));
		return !!(await cache.match("/web/print.css"));
	})()`)
	if !stored {
		t.Error("the page says ready, but /web/print.css is not stored again")
	}
}

// TestStaticExport writes the static site, serves it with a plain file
// server, and checks it loads, becomes ready for offline use and works with
// the file server gone.
func TestStaticExport(t *testing.T) {
	enabled(t)
	out := filepath.Join(t.TempDir(), "site")
	cmd := exec.Command(filepath.Join(root, "bin/newsexplorer"), "static", "-out", out, "-articles", testArticles)
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("newsexplorer static: %v\n%s", err, b)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	files := http.FileServer(http.Dir(out))
	fsrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Some hosts answer a folder's index.html at its own address,
		// where Go's file server redirects to the folder.
		if strings.HasSuffix(r.URL.Path, "/index.html") {
			b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(r.URL.Path)))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b)
			return
		}
		files.ServeHTTP(w, r)
	})}
	go fsrv.Serve(ln)
	defer fsrv.Close()
	base := "http://" + ln.Addr().String()

	ctx := newBrowser(t)
	open(t, ctx, base, "/")
	waitOffline(t, ctx)
	// A file server answers a nested page at its folder's path.
	open(t, ctx, base, ui.TeacherPath+"/")
	checkTeacherView(t, ctx)
	// A page opened at its folder's index.html is that page, under the
	// address the app knows it by.
	for _, p := range []struct{ index, path, shows string }{
		{"/index.html", "/", "#article mark"},
		{ui.ClassroomPath + "/index.html", ui.ClassroomPath, "[data-exercise]"},
		{ui.TeacherPath + "/index.html", ui.TeacherPath, "#answer-key [data-exercise]"},
	} {
		open(t, ctx, base, p.index)
		waitFor(t, ctx, p.index+" to show its page", fmt.Sprintf(`!!document.querySelector(%q) && !document.querySelector("[data-not-found]")`, p.shows))
		if got := eval[string](t, ctx, `location.pathname`); got != p.path {
			t.Errorf("opened at %s, the address reads %s, want %s", p.index, got, p.path)
		}
	}
	fsrv.Close()
	if _, err := http.Get(base + "/"); err == nil {
		t.Fatal("the file server still answers after it was closed")
	}
	checkWorksOffline(t, ctx, base)
}

// checkInstallable asks Chromium whether the page can be installed as an
// app: a manifest with a name, local icons in the sizes it asks for, a
// start URL and a service worker.
func checkInstallable(t *testing.T, ctx context.Context) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	res, err := chromedp.Call(c, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatalf("asking whether the app can be installed: %v", err)
	}
	for _, e := range res.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("the app cannot be installed: %s %v", e.ErrorID, args)
	}
}

// freeAddr returns a loopback address with a port free at the moment.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// copyDir copies the regular files of a folder tree.
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		src, err := os.Open(p)
		if err != nil {
			return err
		}
		defer src.Close()
		out, err := os.Create(dst)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, src); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
}

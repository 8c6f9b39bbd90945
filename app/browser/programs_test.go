//go:build !js

package browser

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/ui"
)

// wasmFetched lists the WebAssembly programs the page has fetched, in
// order; the service worker's fetches are not the page's.
func wasmFetched(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `performance.getEntriesByType("resource")
		.map(e => new URL(e.name).pathname).filter(p => p.endsWith(".wasm"))`)
}

// checkProgram checks that the page fetched one program, want, once: the
// link that preloads it and the loader share one download.
func checkProgram(t *testing.T, ctx context.Context, where, want string) {
	t.Helper()
	if got := wasmFetched(t, ctx); !reflect.DeepEqual(got, []string{want}) {
		t.Errorf("%s: the page fetched %v, want %s once", where, got, want)
	}
}

// TestProgramsHandOff follows links between pages of the two programs: a
// reader downloads only the reading program, and a link to a page for
// authors (by mouse or keyboard) loads that page in full with the
// authors' program, leaving one history entry, so that Back and Forward
// move between them. So does the app when it is asked to show such a page
// without a link.
func TestProgramsHandOff(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	ferry := testArticle(t, "ferry")
	open(t, ctx, site, "/articles/ferry")
	checkArticleReader(t, ctx, ferry)
	checkProgram(t, ctx, "the reading view", ui.ReaderWasm)
	entries := eval[int](t, ctx, `window.sameDocument = true, history.length`)

	step(t, ctx, "opening ferry's teacher's view", chromedp.Click(chromedp.CSS(`.site-nav a[href="/articles/ferry/teacher"]`)))
	const teacherReady = `location.pathname === "/articles/ferry/teacher" && document.body.dataset.ready === "true" && !!document.getElementById("answer-key")`
	waitAcrossNavigation(t, ctx, "the teacher's view", teacherReady)
	checkArticleTeacher(t, ctx, ferry)
	if eval[bool](t, ctx, `window.sameDocument === true`) {
		t.Error("the teacher's view opened in the reading program's page")
	}
	checkProgram(t, ctx, "the teacher's view", ui.AuthorWasm)
	if got := eval[int](t, ctx, `history.length`); got != entries+1 {
		t.Errorf("history has %d entries after opening the teacher's view, want %d", got, entries+1)
	}

	step(t, ctx, "back to the article", chromedp.Click(chromedp.CSS(`.teacher-nav a[href="/articles/ferry"]`)))
	waitAcrossNavigation(t, ctx, "the reading view from the teacher's", `location.pathname === "/articles/ferry" && document.body.dataset.ready === "true"`)
	checkArticleReader(t, ctx, ferry)
	checkProgram(t, ctx, "the reading view from the teacher's", ui.ReaderWasm)

	step(t, ctx, "focusing the editor's link", chromedp.Focus(chromedp.CSS(`.site-nav a[href="`+ui.EditorPath+`"]`)))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitAcrossNavigation(t, ctx, "the editor", `location.pathname === "/edit" && document.body.dataset.ready === "true" && !!document.getElementById("article-file")`)
	checkProgram(t, ctx, "the editor", ui.AuthorWasm)

	// Back and Forward move between the pages of both programs.
	const readerReady = `location.pathname === "/articles/ferry" && document.body.dataset.ready === "true" && !!document.getElementById("article-title")`
	eval[bool](t, ctx, `history.back(), true`)
	waitAcrossNavigation(t, ctx, "the reading view, back from the editor", readerReady)
	eval[bool](t, ctx, `history.back(), true`)
	waitAcrossNavigation(t, ctx, "the teacher's view, back from the reading view", teacherReady)
	eval[bool](t, ctx, `history.forward(), true`)
	waitAcrossNavigation(t, ctx, "the reading view, forward from the teacher's", readerReady)
	// A page the browser kept and showed again still follows its links.
	eval[bool](t, ctx, `document.querySelector('.site-nav a[href="/articles/ferry/teacher"]').click(), true`)
	waitAcrossNavigation(t, ctx, "the teacher's view from a page shown again", teacherReady)

	// Asked to show a page of the other program without a link, the app
	// loads that page in full, leaving one history entry for it.
	open(t, ctx, site, "/library")
	entries = eval[int](t, ctx, `history.length`)
	eval[bool](t, ctx, `goappNav("/edit"), true`)
	waitAcrossNavigation(t, ctx, "the editor, opened without a link", `location.pathname === "/edit" && document.body.dataset.ready === "true" && !!document.getElementById("article-file")`)
	checkProgram(t, ctx, "the editor, opened without a link", ui.AuthorWasm)
	if got := eval[int](t, ctx, `history.length`); got != entries+1 {
		t.Errorf("history has %d entries after opening the editor without a link, want %d", got, entries+1)
	}
	eval[bool](t, ctx, `history.back(), true`)
	waitAcrossNavigation(t, ctx, "the library, back from the editor", `location.pathname === "/library" && document.querySelectorAll("[data-library-article]").length > 0`)
}

// sent counts what a server sent, by path: full answers and their bytes.
type sent struct {
	mu    sync.Mutex
	full  map[string]int
	bytes map[string]int64
}

// countingBody counts the bytes of an answer as the client reads them.
type countingBody struct {
	io.ReadCloser
	n    int64
	done func(int64)
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n += int64(n)
	return n, err
}

func (b *countingBody) Close() error {
	b.done(b.n)
	return b.ReadCloser.Close()
}

// countingProxy serves the site through a proxy on a new loopback origin,
// so that the browser starts with no worker and nothing stored, and
// counts what it sends.
func countingProxy(t *testing.T) (string, *sent) {
	t.Helper()
	target, err := url.Parse(site)
	if err != nil {
		t.Fatal(err)
	}
	s := &sent{full: map[string]int{}, bytes: map[string]int64{}}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(res *http.Response) error {
		if res.StatusCode != http.StatusOK {
			return nil
		}
		path := res.Request.URL.Path
		res.Body = &countingBody{ReadCloser: res.Body, done: func(n int64) {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.full[path]++
			s.bytes[path] += n
		}}
		return nil
	}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	return srv.URL, s
}

// TestFirstVisitSendsEachProgramOnce checks what a first visit costs a
// slow link: until the app is ready for offline use, each program is sent
// once, compressed. The worker stores the reading program the page has
// just downloaded by asking the server whether the browser's copy is
// current (a 304), not by downloading it again.
func TestFirstVisitSendsEachProgramOnce(t *testing.T) {
	enabled(t)
	base, s := countingProxy(t)
	ctx := newBrowser(t)
	open(t, ctx, base, "/")
	waitOffline(t, ctx)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range []string{ui.ReaderWasm, ui.AuthorWasm} {
		raw, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(p, "/"))))
		if err != nil {
			t.Fatal(err)
		}
		if s.full[p] != 1 {
			t.Errorf("%s was sent in full %d times before the app was ready for offline use, want once", p, s.full[p])
		}
		if s.bytes[p] >= int64(len(raw)) {
			t.Errorf("%s: %d bytes sent for %d: not compressed", p, s.bytes[p], len(raw))
		}
	}
}

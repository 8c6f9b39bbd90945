//go:build !js

package browser

import (
	"bytes"
	"compress/flate"
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"newsexplorer/app/share"
)

// TestSharedArticle shares an article from the editor as a link and
// opens the link in a fresh browser profile: the reading view shows the
// article, its exercises and teacher's view follow from it, and the
// teacher's assignment link carries the article too. Once opened, the
// link works with the server stopped, and so does the article's address
// without the article, from the browser's storage. A link cut short and
// one whose article is not valid each get their message.
func TestSharedArticle(t *testing.T) {
	enabled(t)
	srv, err := startServer()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()
	a := testArticle(t, "porto")

	author := newBrowser(t)
	open(t, author, srv.url, "/edit")
	step(t, author, "choosing the article file", chromedp.SetUploadFiles(chromedp.CSS("#article-file"), []string{editorFile}))
	waitFor(t, author, "the article open", `document.querySelector("[data-draft]") !== null`)
	click(t, author, "sharing", `[data-share="link"]`)
	waitFor(t, author, "the link", `(document.querySelector("[data-share-link]") || {}).value?.includes("#share=")`)
	link := eval[string](t, author, `document.querySelector("[data-share-link]").value`)
	u, err := url.Parse(link)
	if err != nil || u.Path != share.Path || !strings.HasPrefix(u.Fragment, share.FragmentPrefix) || strings.Contains(u.RawQuery, "porto") {
		t.Fatalf("link %.120q: want %s with the article in the fragment only", link, share.Path)
	}
	key := u.Query().Get(share.KeyParam)

	reader := newBrowser(t)
	step(t, reader, "opening the shared link", chromedp.Navigate(link))
	waitReady(t, reader)
	checkSharedReader(t, reader, a.Title, len(a.Mentions)+len(a.Quotes))
	waitOffline(t, reader)
	click(t, reader, "the exercises", `.site-nav a[href^="/shared/classroom"]`)
	waitAcrossNavigation(t, reader, "the shared article's exercises", `document.querySelector("#exercises [data-exercise]") !== null && document.body.dataset.ready === "true"`)
	click(t, reader, "the teacher's view", `.site-nav a[href^="/shared/teacher"]`)
	waitAcrossNavigation(t, reader, "the teacher's view", `!!document.querySelector("[data-assignment-link]") && document.body.dataset.ready === "true"`)
	assignment := eval[string](t, reader, `document.querySelector("[data-assignment-link]").value`)
	if !strings.Contains(assignment, "/shared/classroom?id="+key+"&assign=1&") || !strings.Contains(assignment, "#share=") {
		t.Errorf("the assignment link of a shared article %.160q does not carry the article", assignment)
	}

	srv.stop()
	if _, err := http.Get(srv.url + "/"); err == nil {
		t.Fatal("the server still answers after it was stopped")
	}
	step(t, reader, "opening the shared link offline", chromedp.Navigate(link))
	waitReady(t, reader)
	checkSharedReader(t, reader, a.Title, len(a.Mentions)+len(a.Quotes))
	step(t, reader, "opening the key alone offline", chromedp.Navigate(srv.url+share.Path+"?id="+key))
	waitReady(t, reader)
	checkSharedReader(t, reader, a.Title, len(a.Mentions)+len(a.Quotes))
	step(t, reader, "opening the assignment offline", chromedp.Navigate(assignment))
	waitReady(t, reader)
	if n := len(shownExercises(t, reader)); n == 0 {
		t.Errorf("the shared article's assignment shows no exercise offline")
	}

	// A link cut short, in a browser that never kept the article.
	fresh := newBrowser(t)
	step(t, fresh, "opening a cut link", chromedp.Navigate(site+strings.TrimPrefix(link, srv.url)[:len(link)-len(srv.url)-40]))
	waitReady(t, fresh)
	if msg := eval[string](t, fresh, `(document.querySelector('[data-link-error="shared"]') || {}).textContent || ""`); !strings.Contains(msg, "incomplete") {
		t.Errorf("a cut shared link says %q, want it incomplete", msg)
	}
	checkAccessibility(t, fresh, "a cut shared link")

	// An article that is not valid gets article.Parse's errors.
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write([]byte(`{"format": "news-explorer-article/1", "id": "x", "title": "T", "text": "Hello.", "mentions": [{"entity": "nobody", "exact": "Hello"}]}`))
	w.Close()
	step(t, fresh, "opening a link to an article that is not valid", chromedp.Navigate(share.Link(site, share.Path, share.Token(b.Bytes()), "")))
	waitReady(t, fresh)
	if msg := eval[string](t, fresh, `document.querySelector("main").textContent`); !strings.Contains(msg, "not an article file the explorer can read") || !strings.Contains(msg, "nobody") {
		t.Errorf("a shared article that is not valid says %q", msg)
	}
}

// checkSharedReader checks that the reading view shows the shared
// article with its highlights, and that the program runs it.
func checkSharedReader(t *testing.T, ctx context.Context, title string, marks int) {
	t.Helper()
	waitFor(t, ctx, "the shared article", `!!document.querySelector("#article mark[data-entity]")`)
	if got := eval[string](t, ctx, `document.querySelector("h1").textContent`); !strings.Contains(got, title) {
		t.Errorf("the shared article's heading is %q, want %q", got, title)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("#article mark[data-entity]").length`); got != marks {
		t.Errorf("%d highlights, want %d", got, marks)
	}
}

// TestShareTooLong shares an article too long for a link: the editor
// says so in words, offers the article file to download instead, and
// makes no link.
func TestShareTooLong(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/edit")
	// Words no compressor can shrink to a link's size: about 120,000
	// characters of made-up words, each drawn from a simple generator.
	var b strings.Builder
	seed := uint32(7)
	for b.Len() < 120_000 {
		for range 3 + seed%6 {
			seed = seed*1664525 + 1013904223
			b.WriteByte(byte('a' + seed>>24%26))
		}
		b.WriteString(" ")
		if seed%9 == 0 {
			b.WriteString("Ana Lima said. ")
		}
	}
	step(t, ctx, "typing the title", chromedp.SendKeys(chromedp.CSS("#paste-title"), "A long text"))
	setField(t, ctx, "paste-text", b.String())
	step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the annotated article", `!!document.querySelector("[data-draft]")`)
	click(t, ctx, "sharing", `[data-share="link"]`)
	waitFor(t, ctx, "the warning", `[...document.querySelectorAll('[role="alert"]')].some(el => el.textContent.includes("no link is offered"))`)
	if eval[bool](t, ctx, `!!document.querySelector("[data-share-link]")`) {
		t.Error("a link over the safe length is still offered")
	}
	if !eval[bool](t, ctx, `!!document.querySelector('[data-download="article"]')`) {
		t.Error("no download of the article file is offered in its place")
	}
	checkAccessibility(t, ctx, "editor, an article too long to share as a link")
}

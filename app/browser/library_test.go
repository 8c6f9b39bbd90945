//go:build !js

package browser

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	cdpfetch "github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/library"
	"newsexplorer/app/ui"
)

// testLibrary loads the library the test servers serve: the default
// article and the files of testArticles.
func testLibrary(t *testing.T) *library.Library {
	t.Helper()
	def, err := library.DefaultItem()
	if err != nil {
		t.Fatal(err)
	}
	lib, rep := library.Load(def, filepath.Join(root, testArticles))
	if len(rep.Problems) > 0 || len(lib.Items) != 4 {
		t.Fatalf("the test library: %d articles, problems %v; want 4 and none", len(lib.Items), rep.Problems)
	}
	return lib
}

// testCatalog is the catalog of the test library.
func testCatalog(t *testing.T) ui.Catalog {
	return ui.NewCatalog(testLibrary(t).Articles())
}

// testArticle is the article of the test library with the given id.
func testArticle(t *testing.T, id string) *article.Article {
	t.Helper()
	for _, a := range testLibrary(t).Articles() {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no article %q in the test library", id)
	return nil
}

// checkLibraryList checks that the library page lists every article of
// the catalog, in order, with its figures and links.
func checkLibraryList(t *testing.T, ctx context.Context, cat ui.Catalog) {
	t.Helper()
	type entry struct {
		ID    string            `json:"id"`
		Title string            `json:"title"`
		Stats map[string]string `json:"stats"`
		Text  map[string]string `json:"text"`
		Links []string          `json:"links"`
	}
	got := eval[[]entry](t, ctx, `[...document.querySelectorAll("[data-library-article]")].map(li => ({
		id: li.dataset.libraryArticle,
		title: li.querySelector("h2").textContent,
		stats: Object.fromEntries([...li.querySelectorAll("[data-stat]")].map(s => [s.dataset.stat, s.dataset.value])),
		text: Object.fromEntries([...li.querySelectorAll("[data-stat]")].map(s => [s.dataset.stat, s.textContent])),
		links: [...li.querySelectorAll("a")].map(a => a.getAttribute("href")),
	}))`)
	if len(got) != len(cat.Entries) {
		t.Fatalf("the library lists %d articles, want %d", len(got), len(cat.Entries))
	}
	for i, e := range cat.Entries {
		g := got[i]
		if g.ID != e.ID || g.Title != e.Title {
			t.Errorf("entry %d is %s %q, want %s %q", i, g.ID, g.Title, e.ID, e.Title)
		}
		s := e.Stats
		want := map[string]int{"characters": s.Characters, "words": s.Words, "entities": s.Entities,
			"highlights": s.Highlights, "quotes": s.Quotes, "claims": s.Claims}
		for name, n := range want {
			if g.Stats[name] != strconv.Itoa(n) {
				t.Errorf("%s: %s = %s, want %d", e.ID, name, g.Stats[name], n)
			}
		}
		if g.Text["claims"] != fmt.Sprintf("%d claim%s", s.Claims, map[bool]string{true: "", false: "s"}[s.Claims == 1]) {
			t.Errorf("%s: the claims read %q", e.ID, g.Text["claims"])
		}
		base := "/articles/" + e.ID
		if want := []string{base, base, base + "/classroom", base + "/teacher"}; !slices.Equal(g.Links, want) {
			t.Errorf("%s: links %v, want %v", e.ID, g.Links, want)
		}
	}
}

// checkArticleReader waits until the reading view shows the article a,
// then checks that its highlights and claims are a's and no other's.
func checkArticleReader(t *testing.T, ctx context.Context, a *article.Article) {
	t.Helper()
	waitFor(t, ctx, "the reading view of "+a.ID, fmt.Sprintf(
		`document.body.dataset.ready === "true" && document.getElementById("article-title")?.textContent === %q`, a.Title))
	type view struct {
		Marks, Claims int
		Entities      []string
		Title         string
	}
	got := eval[view](t, ctx, `({
		marks: document.querySelectorAll("#article [data-mention]").length,
		claims: document.querySelectorAll("[data-claim]").length,
		entities: [...new Set([...document.querySelectorAll("#article [data-entity]")].map(m => m.dataset.entity))],
		title: document.title,
	})`)
	if want := a.Stats().Highlights; got.Marks != want {
		t.Errorf("%s: %d highlights, want %d", a.ID, got.Marks, want)
	}
	if got.Claims != len(a.Claims) {
		t.Errorf("%s: %d claims, want %d", a.ID, got.Claims, len(a.Claims))
	}
	ids := map[string]bool{}
	for _, e := range a.Entities {
		ids[e.ID] = true
	}
	for _, q := range a.Quotes {
		ids[q.ID] = true
	}
	for _, id := range got.Entities {
		if !ids[id] {
			t.Errorf("%s: the article marks %q, which is not one of its entities or quotes", a.ID, id)
		}
	}
	if want := a.Title + " · News Explorer"; got.Title != want {
		t.Errorf("%s: the page's title is %q, want %q", a.ID, got.Title, want)
	}
}

// checkArticleClassroom waits until the classroom shows the article a,
// with its exercises.
func checkArticleClassroom(t *testing.T, ctx context.Context, a *article.Article) {
	t.Helper()
	waitFor(t, ctx, "the exercises of "+a.ID, fmt.Sprintf(
		`document.body.dataset.ready === "true" && document.getElementById("classroom-title")?.textContent === %q`, "Exercises: "+a.Title))
	if n, want := eval[int](t, ctx, `document.querySelectorAll("#exercises [data-exercise]").length`), len(exercise.Generate(a)); n != want {
		t.Errorf("%s: %d exercises, want %d", a.ID, n, want)
	}
}

// checkArticleTeacher waits until the teacher's view shows the article a,
// with its answer key, and checks that its print style applies.
func checkArticleTeacher(t *testing.T, ctx context.Context, a *article.Article) {
	t.Helper()
	want := len(exercise.Generate(a))
	waitFor(t, ctx, "the answer key of "+a.ID, fmt.Sprintf(
		`document.body.dataset.ready === "true" && document.title === %q && document.querySelectorAll("#answer-key [data-exercise]").length === %d`,
		"Teacher's view: "+a.Title+" · News Explorer", want))
	setMedia(t, ctx, "print")
	defer setMedia(t, ctx, "")
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector('#worksheet mark[data-entity-type="person"]'), "::after").content`); got != `"[person]"` {
		t.Errorf("%s: a printed person is labelled %s, want \"[person]\"", a.ID, got)
	}
}

// followLibraryLink clicks the link to href in the library's entry of the
// article id, and waits for the address to change.
func followLibraryLink(t *testing.T, ctx context.Context, id, href string) {
	t.Helper()
	step(t, ctx, "following "+href, chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-library-article=%q] a[href=%q]`, id, href))))
	waitFor(t, ctx, "the address "+href, fmt.Sprintf(`location.pathname === %q`, href))
}

// goBackToLibrary goes back in the history to the library page.
func goBackToLibrary(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `history.back(), true`)
	waitFor(t, ctx, "the library again", `location.pathname === "/library" && document.querySelectorAll("[data-library-article]").length > 0`)
}

// TestLibraryPage checks that the library lists every article with its
// figures and links, and that the navigation of every page links it.
func TestLibraryPage(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, ui.LibraryPath)
	checkLibraryList(t, ctx, testCatalog(t))
	checkWholeTarget(t, ctx, ".library-links a")
	if got := eval[string](t, ctx, `document.querySelector(".site-nav [aria-current=page]").getAttribute("href")`); got != ui.LibraryPath {
		t.Errorf("the navigation marks %s as the page shown, want %s", got, ui.LibraryPath)
	}
	if got := eval[string](t, ctx, `document.title`); got != "Library · News Explorer" {
		t.Errorf("the library's title is %q", got)
	}
	open(t, ctx, site, "/articles/ferry/teacher")
	if n := eval[int](t, ctx, `document.querySelectorAll('.site-nav a[href="/library"]').length`); n != 1 {
		t.Errorf("the teacher's view of ferry has %d links to the library, want 1", n)
	}
}

// TestLibraryNavigation follows links between articles as a reader does.
// go-app opens them without loading a page, so each article's view must
// fetch the article its page does not carry: its highlights and claims
// must be its own, never those of the page before. An article's exercises
// run in the other program, whose page a link loads in full: they must be
// that article's too.
func TestLibraryNavigation(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, ui.LibraryPath)
	// A mark on the window, which a page load would wipe.
	eval[bool](t, ctx, `window.sameDocument = true`)

	followLibraryLink(t, ctx, "porto", "/articles/porto")
	checkArticleReader(t, ctx, testArticle(t, "porto"))
	// The fetched article is interactive: a mention opens its card.
	step(t, ctx, "opening Ana Lima's card", chromedp.Click(chromedp.CSS(`#article mark[data-entity="lima"]`)))
	waitFor(t, ctx, "Ana Lima's card", `document.querySelector(".card-slot")?.textContent.includes("Mayor of Porto.")`)
	step(t, ctx, "switching places off", chromedp.Click(chromedp.CSS(`[data-toggle="place"]`)))
	waitFor(t, ctx, "places to be hidden", `document.getElementById("article").classList.contains("hide-place")`)
	step(t, ctx, "switching places on", chromedp.Click(chromedp.CSS(`[data-toggle="place"]`)))

	goBackToLibrary(t, ctx)
	checkLibraryList(t, ctx, testCatalog(t))
	followLibraryLink(t, ctx, "ferry", "/articles/ferry")
	checkArticleReader(t, ctx, testArticle(t, "ferry"))

	// The brand leads back to the default article.
	step(t, ctx, "opening the default article", chromedp.Click(chromedp.CSS(`.masthead a.brand`)))
	waitFor(t, ctx, "the address /", `location.pathname === "/"`)
	checkArticleReader(t, ctx, testArticle(t, "kursk"))
	if !eval[bool](t, ctx, `window.sameDocument === true`) {
		t.Errorf("a page was loaded: the links were not followed within the app")
	}

	// Back and forward through the history show each article again.
	eval[bool](t, ctx, `history.back(), true`)
	checkArticleReader(t, ctx, testArticle(t, "ferry"))
	eval[bool](t, ctx, `history.forward(), true`)
	checkArticleReader(t, ctx, testArticle(t, "kursk"))

	// The navigation leads to an article's own exercises, loaded in full,
	// and back.
	eval[bool](t, ctx, `history.back(), true`)
	checkArticleReader(t, ctx, testArticle(t, "ferry"))
	step(t, ctx, "opening ferry's exercises", chromedp.Click(chromedp.CSS(`.site-nav a[href="/articles/ferry/classroom"]`)))
	waitLoaded(t, ctx, "/articles/ferry/classroom")
	checkArticleClassroom(t, ctx, testArticle(t, "ferry"))
	step(t, ctx, "back to the article", chromedp.Click(chromedp.CSS(`.site-nav a[href="/articles/ferry"]`)))
	waitLoaded(t, ctx, "/articles/ferry")
	checkArticleReader(t, ctx, testArticle(t, "ferry"))

	// An article's page opened directly carries that article, and leads
	// to the others.
	open(t, ctx, site, "/articles/porto/classroom")
	checkArticleClassroom(t, ctx, testArticle(t, "porto"))
	step(t, ctx, "opening the library", chromedp.Click(chromedp.CSS(`.site-nav a[href="/library"]`)))
	waitLoaded(t, ctx, "/library")
	step(t, ctx, "following /articles/kursk/classroom", chromedp.Click(chromedp.CSS(`[data-library-article="kursk"] a[href="/articles/kursk/classroom"]`)))
	waitLoaded(t, ctx, "/articles/kursk/classroom")
	checkArticleClassroom(t, ctx, testArticle(t, "kursk"))
}

// waitLoaded waits, while a link may be loading a page in full, until the
// page at path is ready.
func waitLoaded(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	waitAcrossNavigation(t, ctx, "the page "+path, fmt.Sprintf(`location.pathname === %q && document.body.dataset.ready === "true"`, path))
}

// TestLibraryAccessibility runs axe-core on the library page, on a
// desktop and on a 360-pixel phone, where nothing may scroll sideways.
func TestLibraryAccessibility(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, ui.LibraryPath)
	checkAccessibility(t, ctx, "library")
	step(t, ctx, "phone width", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, ui.LibraryPath)
	checkAccessibility(t, ctx, "library, 360 px")
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px the library is %d px wide: it scrolls sideways", w)
	}
}

// TestNotFoundPage opens an article that is not in the library: the page
// says so, leads back to the library by keyboard, and passes axe-core.
func TestNotFoundPage(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "navigating to a missing article", chromedp.Navigate(site+"/articles/nope"))
	waitFor(t, ctx, "the page", `!!document.querySelector("main h1")`)
	if got := eval[string](t, ctx, `document.querySelector("main h1").textContent`); got != "Page not found" {
		t.Errorf("heading %q, want Page not found", got)
	}
	if !eval[bool](t, ctx, `document.querySelector("main p").textContent.includes("/articles/nope")`) {
		t.Error("the page does not name the address asked for")
	}
	checkAccessibility(t, ctx, "page not found")
	step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
	step(t, ctx, "Enter on the first link", chromedp.KeyEvent(kb.Enter))
	waitAcrossNavigation(t, ctx, "the library", `location.pathname === "/library" && document.body.dataset.ready === "true"`)
}

// TestLinkMovesFocus follows links within the program by keyboard, from
// the article to the library and from the library to an article: each
// time the focus moves to the new page's heading, which screen readers
// read out, rather than falling to nothing as the old page goes.
func TestLinkMovesFocus(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "desktop viewport", chromedp.EmulateViewport(1280, 900))
	open(t, ctx, site, "/")
	if got := eval[string](t, ctx, `document.activeElement.tagName`); got != "BODY" {
		t.Errorf("on a first load the focus is on %s, want it left on the page for the skip link", got)
	}
	step(t, ctx, "focusing Library", chromedp.Focus(chromedp.CSS(`.masthead a[href="/library"]`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the library's heading focused", `location.pathname === "/library" && document.activeElement.tagName === "H1" && document.activeElement.textContent === "Library"`)
	href := eval[string](t, ctx, `document.querySelector(".library-item h2 a").getAttribute("href")`)
	step(t, ctx, "focusing the first article's link", chromedp.Focus(chromedp.CSS(`.library-item h2 a`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the article's heading focused", fmt.Sprintf(`location.pathname === %q && document.activeElement.id === "article-title"`, href))
}

// TestPageOfAnotherArticle answers an article's address with the page of
// another, as the service worker does offline for a page it has not
// stored (it gives the default article's page): the view shows the
// article the address names, fetched, not the one whose data the page
// carries.
func TestPageOfAnotherArticle(t *testing.T) {
	enabled(t)
	resp, err := http.Get(site + "/")
	if err != nil {
		t.Fatal(err)
	}
	home, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	var answered atomic.Int32
	err = chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*cdpfetch.EventRequestPaused); ok {
			answered.Add(1)
			go chromedp.Call(ctx, cdpfetch.FulfillRequest, cdpfetch.FulfillRequestParams{
				RequestID:       e.RequestID,
				ResponseCode:    200,
				ResponseHeaders: []*cdpfetch.HeaderEntry{{Name: "Content-Type", Value: "text/html; charset=utf-8"}},
				Body:            home,
			})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, cdpfetch.Enable, cdpfetch.EnableParams{Patterns: []*cdpfetch.RequestPattern{
		{URLPattern: "*/articles/porto", ResourceType: network.ResourceTypeDocument},
	}}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, site, "/articles/porto")
	if answered.Load() == 0 {
		t.Fatal("the page's request was not answered with the default article's page")
	}
	if got := eval[string](t, ctx, `document.getElementById("article-data").dataset.article`); got != "kursk" {
		t.Errorf("the page carries the data of %q, want the default article's", got)
	}
	checkArticleReader(t, ctx, testArticle(t, "porto"))
}

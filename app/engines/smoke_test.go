//go:build !js

package engines

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/library"
	"newsexplorer/app/ui"
	"newsexplorer/app/webtest"
)

// TestSmoke runs the smoke suite in each engine, in one browser per
// engine, against a server of its own: every page becomes ready, the
// toggles, the entity card, evidence both ways, the exercises through a
// reload, the editor's annotation of a pasted article, and the offline
// revisit; each step checks that nothing was logged to the console as an
// error. The steps check what Chromium's tests of the same behaviour
// check (app/browser), with the same hooks.
func TestSmoke(t *testing.T) {
	enabled(t)
	for _, e := range chosenEngines(t) {
		t.Run(e.name, func(t *testing.T) {
			if e.note != "" {
				t.Logf("%s: %s", e.name, e.note)
			}
			srv := startServer(t)
			d, err := e.start(t)
			if err != nil {
				t.Fatalf("%s: step 'starting the browser': %v", e.name, err)
			}
			defer d.quit()
			t.Logf("%s: %s", e.name, d.version())
			p := &page{t: t, engine: e.name, step: "starting the browser", d: d}
			a := defaultArticle(t)
			p.run("every page becomes ready", func(p *page) {
				for _, path := range smokePaths {
					p.open(srv.url, path)
					checkPage(p, a, path)
				}
			})
			p.run("a toggle hides its type and the address keeps it", func(p *page) { checkToggles(p, srv.url) })
			p.run("opening the entity card", func(p *page) { checkEntityCard(p, srv.url, a) })
			p.run("following evidence both ways", func(p *page) { checkEvidence(p, srv.url, a) })
			p.run("answering exercises and reloading", func(p *page) { checkExercises(p, srv.url, a) })
			p.run("pasting an article and annotating it", func(p *page) { checkPasteAnnotate(p, srv.url) })
			p.run("revisiting offline", func(p *page) { checkOffline(p, srv, a) })
		})
	}
}

// smokePaths are the pages of each program: the reader, the library and
// the exercises (app.wasm); the teacher's view and the editor
// (author.wasm).
var smokePaths = []string{"/", ui.LibraryPath, ui.ClassroomPath, ui.TeacherPath, ui.EditorPath}

func defaultArticle(t testing.TB) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// testCatalog is the catalog of the library the test server serves.
func testCatalog(t testing.TB) ui.Catalog {
	t.Helper()
	def, err := library.DefaultItem()
	if err != nil {
		t.Fatal(err)
	}
	lib, rep := library.Load(def, filepath.Join(root, testArticles))
	if len(rep.Problems) > 0 {
		t.Fatalf("the test library: %v", rep.Problems)
	}
	return ui.NewCatalog(lib.Articles())
}

// checkPage checks that a page the program made ready shows what it
// should: the article with every highlight, the library's list, the
// exercises, the answer key, the editor's controls.
func checkPage(p *page, a *article.Article, path string) {
	p.t.Helper()
	switch path {
	case "/":
		p.waitFor("the reading view", fmt.Sprintf(`document.getElementById("article-title")?.textContent === %q`, a.Title))
		if got, want := evalAs[int](p, `document.querySelectorAll("#article mark").length`), len(a.Mentions)+len(a.Quotes); got != want {
			p.errorf("%s: %d highlights, want %d (mentions and quotes)", path, got, want)
		}
		if got := evalAs[int](p, `document.querySelectorAll("[data-claim]").length`); got != len(a.Claims) {
			p.errorf("%s: %d claims in the panel, want %d", path, got, len(a.Claims))
		}
	case ui.LibraryPath:
		var want []string
		for _, e := range testCatalog(p.t).Entries {
			want = append(want, e.ID)
		}
		if got := evalAs[[]string](p, `[...document.querySelectorAll("[data-library-article]")].map(li => li.dataset.libraryArticle)`); !slices.Equal(got, want) {
			p.errorf("%s: lists %v, want %v", path, got, want)
		}
	case ui.ClassroomPath:
		p.waitFor("the exercises", fmt.Sprintf(`document.getElementById("classroom-title")?.textContent === %q`, "Exercises: "+a.Title))
		if got, want := evalAs[int](p, `document.querySelectorAll("#exercises [data-exercise]").length`), len(exercise.Generate(a)); got != want {
			p.errorf("%s: %d exercises, want %d", path, got, want)
		}
	case ui.TeacherPath:
		if got, want := evalAs[int](p, `document.querySelectorAll("#answer-key [data-exercise]").length`), len(exercise.Generate(a)); got != want {
			p.errorf("%s: the answer key shows %d exercises, want %d", path, got, want)
		}
	case ui.EditorPath:
		if !evalAs[bool](p, `!!document.getElementById("article-file") && !!document.querySelector('[data-annotate="paste"]')`) {
			p.errorf("%s: no file chooser or Annotate button", path)
		}
	}
	if nf := evalAs[bool](p, `!!document.querySelector("[data-not-found]")`); nf {
		p.errorf("%s: the page says it is not found", path)
	}
}

// checkHighlights checks that the marks of the types in off show no
// highlight and every other mark does.
func checkHighlights(p *page, when string, off ...article.Type) {
	p.t.Helper()
	got := evalAs[map[string]webtest.OnOff](p, webtest.HighlightedJS)
	for _, typ := range article.Types {
		c := got[string(typ)]
		if slices.Contains(off, typ) && c.On != 0 {
			p.errorf("%s: %d %s highlights still shown", when, c.On, typ)
		}
		if !slices.Contains(off, typ) && (c.Off != 0 || c.On == 0) {
			p.errorf("%s: %s highlights %+v, want every one shown", when, typ, c)
		}
	}
}

// pressedJS is the JavaScript that tells whether a type's toggle is on.
func pressedJS(typ article.Type) string {
	return fmt.Sprintf(`document.querySelector('[data-toggle="%s"]').getAttribute("aria-pressed")`, typ)
}

// checkToggles switches each type off and on again, checking that only
// that type's highlights change and that the address says which types
// show; then opens the address with a type switched off in a fresh load.
func checkToggles(p *page, base string) {
	p.open(base, "/")
	checkHighlights(p, "before any toggle")
	for _, typ := range article.Types {
		sel := fmt.Sprintf(`[data-toggle="%s"]`, typ)
		p.click("switching "+string(typ)+" off", sel)
		p.waitFor(string(typ)+" switched off", pressedJS(typ)+` === "false"`)
		checkHighlights(p, string(typ)+" off", typ)
		if u := evalAs[string](p, `location.search`); !strings.Contains(u, "show=") || strings.Contains(u, string(typ)) {
			p.errorf("%s off: the address's query is %q, want show= without %s", typ, u, typ)
		}
		p.click("switching "+string(typ)+" on", sel)
		p.waitFor(string(typ)+" switched on", pressedJS(typ)+` === "true"`)
		checkHighlights(p, string(typ)+" on again")
	}
	if u := evalAs[string](p, `location.search`); u != "" {
		p.errorf("with every type on, the address's query is %q, want none", u)
	}

	p.click("switching places off", `[data-toggle="place"]`)
	p.waitFor("the address to leave places out", `location.search.startsWith("?show=") && !location.search.includes("place")`)
	link := evalAs[string](p, `location.href`)
	p.open("", link)
	if got := evalAs[string](p, pressedJS(article.Place)); got != "false" {
		p.errorf("opened at %s, the places toggle is pressed=%s, want false", link, got)
	}
	checkHighlights(p, "opened at "+link, article.Place)
	// The choice is also kept in the browser, and the next steps expect
	// every type on.
	p.click("switching places on again", `[data-toggle="place"]`)
	p.waitFor("the address to show every type", `location.search === ""`)
	checkHighlights(p, "every type on again")
}

// firstMention returns the id of the first mention of an entity that is
// not nested in, and does not contain, another span, so that a click on
// its middle lands on it.
func firstMention(p *page, a *article.Article, entity string) string {
	overlaps := func(s, o article.Span) bool { return o != s && o.Start < s.End && s.Start < o.End }
	for _, m := range a.MentionsOf(entity) {
		alone := true
		for _, o := range a.Mentions {
			alone = alone && !overlaps(m.Span, o.Span)
		}
		for _, q := range a.Quotes {
			alone = alone && !overlaps(m.Span, q.Span)
		}
		if alone {
			return m.ID
		}
	}
	p.fatalf("no mention of %q stands alone", entity)
	return ""
}

// currentMentionJS is the id of the mention the card shows.
const currentMentionJS = `(document.querySelector('#article mark[aria-current="true"]') || {}).id || ""`

// checkEntityCard opens a mention's card with a click, checks what it
// says and marks, steps forward and back through the mentions (wrapping
// round) and closes the card with Escape.
func checkEntityCard(p *page, base string, a *article.Article) {
	p.open(base, "/")
	putin := a.MentionsOf("putin")
	first := firstMention(p, a, "putin")
	at := slices.IndexFunc(putin, func(m article.Mention) bool { return m.ID == first })
	p.click("clicking a mention of Putin", "#"+first)
	p.waitFor("the card", `!!document.querySelector("#card")`)
	card := evalAs[string](p, `document.querySelector("#card").innerText`)
	for _, want := range []string{"Vladimir Putin", fmt.Sprintf("Mentioned %d times", len(putin))} {
		if !strings.Contains(card, want) {
			p.errorf("the card does not say %q:\n%s", want, card)
		}
	}
	selected := evalAs[[]string](p, `[...document.querySelectorAll("#article mark.is-selected")].map(m => m.dataset.entity)`)
	if len(selected) != len(putin) || slices.ContainsFunc(selected, func(e string) bool { return e != "putin" }) {
		p.errorf("marks selected %v, want the %d mentions of Putin", selected, len(putin))
	}
	if got := evalAs[string](p, currentMentionJS); got != first {
		p.errorf("the current mention is %q, want the one clicked, %q", got, first)
	}
	next := (at + 1) % len(putin)
	p.click("the next mention", ".card-next")
	p.waitFor("the next mention to be current", fmt.Sprintf(`%s === %q`, currentMentionJS, putin[next].ID))
	p.waitFor("the card's position", fmt.Sprintf(`document.querySelector(".card-position").textContent === "%d of %d"`, next+1, len(putin)))
	p.click("the previous mention", ".card-prev")
	p.waitFor("the first mention to be current again", fmt.Sprintf(`%s === %q`, currentMentionJS, first))
	p.click("the previous mention", ".card-prev")
	p.waitFor("the mention before it, round the end", fmt.Sprintf(`%s === %q`, currentMentionJS, putin[(at-1+len(putin))%len(putin)].ID))
	p.press("Escape", keyEscape)
	p.waitFor("the card to close", `!document.querySelector("#card") && !document.querySelector("#article mark.is-selected")`)
}

//go:build !js

package browser

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
	"newsexplorer/app/ui"
	"newsexplorer/app/webtest"
)

func defaultArticle(t *testing.T) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// firstMention returns the id of the first mention of an entity that is
// not nested in, and does not contain, another span, so a click on its
// middle lands on it.
func firstMention(t *testing.T, a *article.Article, entity string) string {
	t.Helper()
	for _, m := range a.MentionsOf(entity) {
		if !nested(a, m.Span) {
			return m.ID
		}
	}
	t.Fatalf("no mention of %q stands alone", entity)
	return ""
}

func nested(a *article.Article, s article.Span) bool {
	overlaps := func(o article.Span) bool { return o != s && o.Start < s.End && s.Start < o.End }
	for _, m := range a.Mentions {
		if overlaps(m.Span) {
			return true
		}
	}
	for _, q := range a.Quotes {
		if overlaps(q.Span) {
			return true
		}
	}
	return false
}

// TestPageBecomesInteractive checks that the wasm takes over and that every
// span of the article is in the page with its hooks.
func TestPageBecomesInteractive(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")

	type hook struct {
		Type, Entity, Speaker, Mention string
	}
	got := eval[[]hook](t, ctx, `[...document.querySelectorAll("#article mark")].map(m => ({
		Type: m.dataset.entityType || "", Entity: m.dataset.entity || "", Speaker: m.dataset.speaker || "", Mention: m.dataset.mention || ""}))`)
	if want := len(a.Mentions) + len(a.Quotes); len(got) != want {
		t.Fatalf("page has %d marks, want %d (mentions and quotes)", len(got), want)
	}
	for _, h := range got {
		if !article.Type(h.Type).Valid() {
			t.Errorf("mark %s: data-entity-type %q is not one of the eight types", h.Mention, h.Type)
		}
		if h.Entity == "" {
			t.Errorf("mark %s: no data-entity", h.Mention)
		}
		if (h.Type == "quote") != (h.Speaker != "") {
			t.Errorf("mark %s of type %s: data-speaker %q", h.Mention, h.Type, h.Speaker)
		}
		if h.Type != "quote" && a.TypeOf(h.Entity) != article.Type(h.Type) {
			t.Errorf("mark %s: entity %q has type %q, mark says %q", h.Mention, h.Entity, a.TypeOf(h.Entity), h.Type)
		}
	}
	text := eval[string](t, ctx, `document.querySelector("#article").textContent`)
	if want := strings.Join(paragraphTexts(a), ""); text != want {
		t.Errorf("article text in the page differs from the article:\n got %q\nwant %q", short(text), short(want))
	}
	for _, s := range []string{"not stated in this copy", a.Title} {
		if !strings.Contains(eval[string](t, ctx, `document.body.innerText`), s) {
			t.Errorf("page does not say %q", s)
		}
	}
	checkAccessibility(t, ctx, "reading view")
}

func paragraphTexts(a *article.Article) []string {
	var out []string
	for _, p := range a.Paragraphs() {
		out = append(out, a.Text[p.Start:p.End])
	}
	return out
}

// TestToggleHidesExactlyItsType switches each type off and on again and
// checks that only that type's highlights change, through a class on the
// container, without rebuilding the article's DOM.
func TestToggleHidesExactlyItsType(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	eval[bool](t, ctx, `window.probe = document.querySelector("#article mark"); true`)

	all := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS)
	for _, typ := range article.Types {
		if all[string(typ)].On == 0 || all[string(typ)].Off != 0 {
			t.Fatalf("before any toggle, %s: %+v, want every mark highlighted", typ, all[string(typ)])
		}
	}
	for _, typ := range article.Types {
		sel := fmt.Sprintf(`[data-toggle="%s"]`, typ)
		step(t, ctx, "switching "+string(typ)+" off", chromedp.Click(chromedp.CSS(sel)))
		waitFor(t, ctx, string(typ)+" toggle pressed=false", fmt.Sprintf(`document.querySelector('%s').getAttribute("aria-pressed") === "false"`, sel))
		got := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS)
		for _, other := range article.Types {
			c := got[string(other)]
			if other == typ && c.On != 0 {
				t.Errorf("%s off: %d of its marks still highlighted", typ, c.On)
			}
			if other != typ && c.Off != 0 {
				t.Errorf("%s off: %d %s marks lost their highlight", typ, c.Off, other)
			}
		}
		if u := eval[string](t, ctx, `location.search`); !strings.Contains(u, "show=") || strings.Contains(u, string(typ)) {
			t.Errorf("%s off: URL query is %q", typ, u)
		}
		step(t, ctx, "switching "+string(typ)+" on", chromedp.Click(chromedp.CSS(sel)))
		waitFor(t, ctx, string(typ)+" toggle pressed=true", fmt.Sprintf(`document.querySelector('%s').getAttribute("aria-pressed") === "true"`, sel))
		if got := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS); got[string(typ)].Off != 0 {
			t.Errorf("%s on again: %d marks still without highlight", typ, got[string(typ)].Off)
		}
	}
	if !eval[bool](t, ctx, `window.probe === document.querySelector("#article mark") && document.contains(window.probe)`) {
		t.Errorf("the article's DOM was rebuilt by the toggles")
	}

	step(t, ctx, "hide all", chromedp.Click(chromedp.CSS(`[data-toggle="none"]`)))
	waitFor(t, ctx, "every toggle off", `[...document.querySelectorAll("[data-toggle]")].filter(b => b.getAttribute("aria-pressed") === "true").map(b => b.dataset.toggle).join() === "none"`)
	for typ, c := range eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS) {
		if c.On != 0 {
			t.Errorf("after hide all, %d %s marks highlighted", c.On, typ)
		}
	}
	// A highlight switched off is plain text: no stop for Tab, and a
	// click on it opens no card.
	// The marks leave the order of Tab once the change is painted.
	waitFor(t, ctx, "no mark a stop for Tab", `document.querySelectorAll('#article mark[tabindex="0"]').length === 0`)
	eval[bool](t, ctx, `document.querySelector("#article mark").click(), true`)
	// Show all, pressed after the click, opens no card itself.
	handledInOrder(t, ctx, "every toggle on after show all", func() {
		step(t, ctx, "show all", chromedp.Click(chromedp.CSS(`[data-toggle="all"]`)))
	}, `[...document.querySelectorAll("[data-toggle]")].filter(b => b.getAttribute("aria-pressed") === "false").map(b => b.dataset.toggle).join() === "none"`)
	if eval[bool](t, ctx, `!!document.querySelector("#card")`) {
		t.Error("after hide all, a click on a highlight switched off opened its card")
	}
	if u := eval[string](t, ctx, `location.search`); u != "" {
		t.Errorf("after show all, URL query is %q, want none", u)
	}
	waitFor(t, ctx, "every mark a stop for Tab again", `document.querySelectorAll('#article mark[tabindex="0"]').length === document.querySelectorAll("#article mark").length`)
}

// TestURLCarriesToggles opens a shared link with only quotes highlighted,
// in a fresh browser, and checks the pre-rendered page and the app agree.
func TestURLCarriesToggles(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	step(t, ctx, "hide all", chromedp.Click(chromedp.CSS(`[data-toggle="none"]`)))
	step(t, ctx, "quotes on", chromedp.Click(chromedp.CSS(`[data-toggle="quote"]`)))
	waitFor(t, ctx, "URL to carry quotes", `location.search === "?show=quote"`)
	link := eval[string](t, ctx, `location.href`)

	for _, js := range []bool{false, true} {
		t.Run(fmt.Sprintf("javascript=%v", js), func(t *testing.T) {
			fresh := newBrowser(t)
			if !js {
				disableJS(t, fresh)
				step(t, fresh, "opening the shared link", chromedp.Navigate(link))
			} else {
				open(t, fresh, link, "")
			}
			got := eval[map[string]webtest.OnOff](t, fresh, webtest.HighlightedJS)
			for _, typ := range article.Types {
				c := got[string(typ)]
				if typ == article.Quote && (c.On == 0 || c.Off != 0) {
					t.Errorf("quotes: %+v, want all highlighted", c)
				}
				if typ != article.Quote && c.On != 0 {
					t.Errorf("%s: %d highlighted, want none", typ, c.On)
				}
			}
			pressed := eval[string](t, fresh, `[...document.querySelectorAll("[data-toggle]")].filter(b => b.getAttribute("aria-pressed") === "true").map(b => b.dataset.toggle).join()`)
			if pressed != "quote" {
				t.Errorf("pressed toggles: %q, want quote", pressed)
			}
		})
	}
}

// TestEntityCard opens a mention's card by click and by keyboard, steps
// through the entity's mentions and closes it.
func TestEntityCard(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")

	putin := a.MentionsOf("putin")
	first := firstMention(t, a, "putin")
	step(t, ctx, "clicking a mention of Putin", chromedp.Click(chromedp.CSS("#"+first)))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	card := eval[string](t, ctx, `document.querySelector("#card").innerText`)
	for _, want := range []string{"Vladimir Putin", "Person", fmt.Sprintf("Mentioned %d times", len(putin))} {
		if !strings.Contains(card, want) {
			t.Errorf("card does not say %q:\n%s", want, card)
		}
	}
	selected := eval[[]string](t, ctx, `[...document.querySelectorAll("#article mark.is-selected")].map(m => m.id)`)
	if len(selected) != len(putin) {
		t.Errorf("%d marks selected, want the %d mentions of Putin", len(selected), len(putin))
	}
	for _, id := range selected {
		if eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).dataset.entity`, id)) != "putin" {
			t.Errorf("selected mark %s is not Putin's", id)
		}
	}
	index := func() int {
		for i, m := range putin {
			if m.ID == first {
				return i
			}
		}
		return -1
	}()
	current := func() string {
		return eval[string](t, ctx, `(document.querySelector('#article mark[aria-current="true"]') || {}).id || ""`)
	}
	if got := current(); got != first {
		t.Errorf("current mention %q, want %q", got, first)
	}
	// The current mention's outline is double, unlike the keyboard's
	// focus, so that the two are never confused.
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector('#article mark[aria-current="true"]')).outlineStyle`); got != "double" {
		t.Errorf("the current mention's outline is %q, want double, unlike the focus", got)
	}
	// It stays within the width of a space of the article's text, so that
	// it never covers the letters of the words beside the mention.
	reach := eval[[]float64](t, ctx, `(() => {
		const m = document.querySelector('#article mark[aria-current="true"]'), s = getComputedStyle(m);
		const probe = document.createElement("span");
		probe.textContent = "\u00a0";
		m.closest("p").append(probe);
		const space = probe.getBoundingClientRect().width;
		probe.remove();
		return [parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset), space];
	})()`)
	if reach[0] > reach[1] {
		t.Errorf("the current mention's outline reaches %.1fpx beyond it, wider than a space (%.1fpx): it covers the letters beside it", reach[0], reach[1])
	}
	step(t, ctx, "next mention", chromedp.Click(chromedp.CSS(".card-next")))
	waitFor(t, ctx, "current to move", fmt.Sprintf(`(document.querySelector('#article mark[aria-current="true"]') || {}).id === %q`, putin[(index+1)%len(putin)].ID))
	waitFor(t, ctx, "the card's position", fmt.Sprintf(`document.querySelector(".card-position").textContent === "%d of %d"`, (index+1)%len(putin)+1, len(putin)))
	// Each step scrolls the article to the mention: click waits for it.
	click(t, ctx, "previous mention", ".card-prev")
	click(t, ctx, "previous mention", ".card-prev")
	waitFor(t, ctx, "current to wrap", fmt.Sprintf(`(document.querySelector('#article mark[aria-current="true"]') || {}).id === %q`, putin[(index-1+len(putin))%len(putin)].ID))

	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the card to close", `!document.querySelector("#card") && !document.querySelector("#article mark.is-selected")`)

	// A quote's card names its speaker.
	q := a.Quotes[0]
	speaker, _ := a.Entity(q.Speaker)
	step(t, ctx, "focusing a quote", chromedp.Focus(chromedp.CSS("#"+q.ID)))
	step(t, ctx, "Enter on the quote", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the quote's card", `!!document.querySelector("#card")`)
	card = eval[string](t, ctx, `document.querySelector("#card").innerText`)
	if got := eval[string](t, ctx, `document.getElementById("card-title").textContent`); got != "Quote by "+speaker.Name {
		t.Errorf("quote card's heading %q, want it to name the speaker: Quote by %s", got, speaker.Name)
	}
	if !strings.Contains(card, speaker.Name) {
		t.Errorf("quote card does not name the speaker %q:\n%s", speaker.Name, card)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "card-title" {
		t.Errorf("after Enter, focus is on %q, want the card's title", got)
	}
	checkAccessibility(t, ctx, "card open")
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "focus back on the quote", fmt.Sprintf(`document.activeElement.id === %q`, q.ID))
}

// TestWithoutJavaScript reads the pre-rendered page with JavaScript off:
// the article and its highlights are there and nothing covers them.
func TestWithoutJavaScript(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	ctx := newBrowser(t)
	disableJS(t, ctx)
	step(t, ctx, "loading without JavaScript", chromedp.Navigate(site+"/"))
	if n := eval[int](t, ctx, `document.querySelectorAll("#article mark").length`); n != len(a.Mentions)+len(a.Quotes) {
		t.Errorf("%d marks without JavaScript, want %d", n, len(a.Mentions)+len(a.Quotes))
	}
	if got := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS); got["person"].On == 0 {
		t.Errorf("no person highlighted without JavaScript: %+v", got)
	}
	if v := eval[string](t, ctx, `(() => { const l = document.getElementById("app-wasm-loader"); return l ? getComputedStyle(l).display : "gone"; })()`); v != "none" && v != "gone" {
		t.Errorf("the loading bar shows without JavaScript (display %q)", v)
	}
	// The toggles still work, as a form that reloads the page.
	step(t, ctx, "switching people off without JavaScript", chromedp.Click(chromedp.CSS(`[data-toggle="person"]`)))
	waitAcrossNavigation(t, ctx, "the reloaded page", `location.search.includes("show=") && document.readyState === "complete"`)
	if got := eval[map[string]webtest.OnOff](t, ctx, webtest.HighlightedJS); got["person"].On != 0 || got["place"].On == 0 {
		t.Errorf("after switching people off without JavaScript: %+v", got)
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(eval[string](t, ctx, `location.search`), "?"))
	if strings.Contains(q.Get("show"), "person") {
		t.Errorf("query %v still shows people", q)
	}
	// Tab passes people switched off by, and they say nothing of
	// activating them; the types still on are as they were.
	if got := eval[[]int](t, ctx, `["person", "place"].map(t => document.querySelectorAll('#article mark[data-entity-type="' + t + '"][tabindex="0"][aria-describedby]').length)`); got[0] != 0 || got[1] == 0 {
		t.Errorf("without JavaScript, people off: %d people and %d places are described Tab stops; want no people and every place", got[0], got[1])
	}
}

// TestLargeText sets the text twice as large, as a reader who needs it
// does, on a 360-pixel phone: on every kind of page the text grows,
// everywhere, and nothing runs off the screen, so that nothing needs a
// sideways scroll.
func TestLargeText(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	for _, path := range []string{"/", ui.LibraryPath, ui.ClassroomPath, ui.TeacherPath, "/edit"} {
		open(t, ctx, site, path)
		body := eval[float64](t, ctx, `parseFloat(getComputedStyle(document.body).fontSize)`)
		eval[bool](t, ctx, `(document.documentElement.style.fontSize = "200%", true)`)
		if got := eval[float64](t, ctx, `parseFloat(getComputedStyle(document.body).fontSize)`); got != 2*body {
			t.Errorf("%s: with the text twice as large, the page's text is %.0fpx, want %.0fpx", path, got, 2*body)
		}
		wide := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("body *")).filter(el => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(el => el.tagName + "." + el.className).slice(0, 5)`)
		if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 || len(wide) > 0 {
			t.Errorf("%s: with the text twice as large, the page is %dpx wide at a 360px viewport; past the edge: %q", path, w, wide)
		}
	}
}

// disableJS switches JavaScript off in the browser's page, as a reader
// with scripts blocked would have it.
func disableJS(t *testing.T, ctx context.Context) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("disabling JavaScript: %v", err)
	}
}

// TestReaderFromPageParts checks that the reading view a page opens with,
// built from the parts the server rendered before the article is parsed,
// is the view built from the parsed article, which the app shows when it
// reaches the reading view from another page.
func TestReaderFromPageParts(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	// The view's DOM written out with each element's attributes sorted:
	// go-app sets them in map order.
	const view = `(function write(n) {
		if (n.nodeType === Node.TEXT_NODE) return n.data;
		if (n.nodeType !== Node.ELEMENT_NODE) return "";
		const attrs = [...n.attributes].map(a => a.name + "=" + JSON.stringify(a.value)).sort().join(" ");
		return "<" + n.localName + " " + attrs + ">" + [...n.childNodes].map(write).join("") + "</" + n.localName + ">";
	})(document.getElementById("main"))`
	// The library page carries no article: the view it opens fetches and
	// parses it.
	open(t, ctx, site, "/library")
	eval[bool](t, ctx, `window.sameDocument = true`)
	step(t, ctx, "opening the article from the library", chromedp.Click(chromedp.CSS(`.masthead a.brand`)))
	checkArticleReader(t, ctx, testArticle(t, "kursk"))
	if !eval[bool](t, ctx, `window.sameDocument === true`) {
		t.Fatal("the article was opened by loading its page, not from the library within the app")
	}
	fromArticle := eval[string](t, ctx, view)

	open(t, ctx, site, "/")
	checkArticleReader(t, ctx, testArticle(t, "kursk"))
	parsed := `performance.getEntriesByName(` + strconv.Quote(ui.ParsedMark) + `).length`
	if n := eval[int](t, ctx, parsed); n != 0 {
		t.Errorf("the page's article was parsed %d times before the reader asked for more than the page shows", n)
	}
	if fromPage := eval[string](t, ctx, view); fromPage != fromArticle {
		i := 0
		for i < len(fromPage) && i < len(fromArticle) && fromPage[i] == fromArticle[i] {
			i++
		}
		t.Errorf("the view from the page differs from the view from the article at %d:\n%.200s\n%.200s", i, fromPage[i:], fromArticle[i:])
	}

	// The first card the reader opens parses the article, once.
	step(t, ctx, "opening a card", chromedp.Click(chromedp.CSS(`#article mark[data-entity="putin"]`)))
	waitFor(t, ctx, "Putin's card", `document.querySelector("#card")?.innerText.includes("Vladimir Putin")`)
	position := eval[string](t, ctx, `document.querySelector(".card-position").textContent`)
	step(t, ctx, "next mention", chromedp.Click(chromedp.CSS(".card-next")))
	waitFor(t, ctx, "the card on the next mention", fmt.Sprintf(`document.querySelector(".card-position").textContent !== %q`, position))
	if n := eval[int](t, ctx, parsed); n != 1 {
		t.Errorf("the page's article was parsed %d times, want once", n)
	}
}

// TestToggleClosesHiddenCard opens a person's card, then switches people
// off: the card closes, since its words are no longer marked, and the
// focus stays on the toggle; switching places off with a person's card
// open leaves it open.
func TestToggleClosesHiddenCard(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "desktop viewport", chromedp.EmulateViewport(1280, 900))
	open(t, ctx, site, "/")
	step(t, ctx, "opening Putin's card", chromedp.Click(chromedp.CSS(`#article mark[data-entity="putin"]`)))
	waitFor(t, ctx, "the card", `!!document.querySelector("#card")`)
	step(t, ctx, "places off", chromedp.Click(chromedp.CSS(`[data-toggle="place"]`)))
	// The class on the article changes at once; the toggle's state, and a
	// card closed, show at the app's next frame.
	waitFor(t, ctx, "places hidden", `document.getElementById("article").classList.contains("hide-place") &&
		document.querySelector('[data-toggle="place"]').getAttribute("aria-pressed") === "false"`)
	if !eval[bool](t, ctx, `!!document.querySelector("#card")`) {
		t.Error("switching places off closed a person's card")
	}
	step(t, ctx, "people off", chromedp.Click(chromedp.CSS(`[data-toggle="person"]`)))
	waitFor(t, ctx, "the card closed", `!document.querySelector("#card") && !document.querySelector("#article mark.is-selected")`)
	if got := eval[string](t, ctx, `document.activeElement.dataset.toggle || document.activeElement.tagName`); got != "person" {
		t.Errorf("after the card closed the focus is on %q, want the People toggle", got)
	}
}

// TestPrintedArticleHasKey prints the reading view: the legend, a set of
// buttons, is left out, and a key to the letter tags takes its place, so
// that the printed highlights can be told apart in black and white; on
// screen the key is not shown.
func TestPrintedArticleHasKey(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/")
	keyShown := `(k => !!k && k.getClientRects().length > 0)(document.querySelector(".tag-key"))`
	if eval[bool](t, ctx, keyShown) {
		t.Error("the key to the tags is shown on screen, beside the legend")
	}
	setMedia(t, ctx, "print")
	if !eval[bool](t, ctx, keyShown) || eval[bool](t, ctx, `document.querySelector(".legend").getClientRects().length > 0`) {
		t.Fatal("printed, the page has no key to the tags, or still its legend")
	}
	got := eval[string](t, ctx, `Array.from(document.querySelectorAll(".tag-key .swatch")).map(s => getComputedStyle(s, "::before").content.replace(/"/g, "") + " " + s.nextSibling.textContent.trim().replace(/[,.]$/, "")).join("; ")`)
	want := "P person; O organization; Pl place; G group or nationality; D date or time; N number; E event; Q quote"
	if got != want {
		t.Errorf("the printed key reads %q, want %q", got, want)
	}
}

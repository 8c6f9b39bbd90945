package reader

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// parts are the parts of the reading view that the server rendered into
// the page, read back so that the view's first render needs neither the
// article parsed nor its HTML built.
type parts struct {
	title                string
	header, text, claims string
	counts               map[article.Type]int
	claimCount           int
}

// StartsFromPage reports whether the reading view of the article id
// starts from the parts of it that the server rendered into the page
// (see FromPage): when the page is its reading view and has every part.
// It keeps the parts for the view, which is then ready with the article
// still unparsed.
func StartsFromPage(cat ui.Catalog, id string) bool {
	p, ok := readParts(cat, id)
	if ok {
		pageParts[id] = p
	}
	return ok
}

// pageParts are the reading view's parts read from the page, by article
// id; only the article the page carries has them.
var pageParts = map[string]parts{}

// readParts reads the reading view's parts from the page the server
// rendered, before the app replaces it. It reports false when the page
// is not a reading view of the article id or lacks any part.
func readParts(cat ui.Catalog, id string) (parts, bool) {
	doc := app.Window().Get("document")
	html := func(selector string) string {
		el := doc.Call("querySelector", selector)
		if !el.Truthy() {
			return ""
		}
		return el.Get("outerHTML").String()
	}
	p := parts{
		header: html("#panel-article .article-header"),
		text:   html("#" + articleID + " > div"),
		claims: html("#claims > div"),
		counts: map[article.Type]int{},
	}
	for _, e := range cat.Entries {
		if e.ID == id {
			p.title = e.Title
		}
	}
	p.claimCount = doc.Call("querySelectorAll", "#claims [data-claim]").Length()
	if lean := doc.Call("getElementById", ui.LeanPartID); lean.Truthy() {
		// A page from the service worker's copy holds the claims as text
		// (see ui.LeanStart), in the place of the part the server marked;
		// only a claim's card has the attribute data-claim.
		part := lean.Get("textContent").String()
		p.claims = ui.Unlean(p.claims, part)
		p.claimCount = strings.Count(part, ` data-claim="`)
	}
	if p.title == "" || p.header == "" || p.text == "" || p.claims == "" {
		return p, false
	}
	toggles := doc.Call("querySelectorAll", "#panel-article .legend [data-toggle][data-count]")
	for i := 0; i < toggles.Length(); i++ {
		set := toggles.Index(i).Get("dataset")
		n, err := strconv.Atoi(set.Get("count").String())
		if err != nil {
			return p, false
		}
		p.counts[article.Type(set.Get("toggle").String())] = n
	}
	for _, t := range article.Types {
		if _, ok := p.counts[t]; !ok {
			return p, false
		}
	}
	return p, true
}

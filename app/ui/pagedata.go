package ui

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// FromPage reads, in the browser, what the loaded page carries: the
// library's catalog and the article the page shows, if any. A part that
// cannot be read is logged and left out: a page without its article
// fetches the article's file, and without the catalog the library lists
// the article at hand.
//
// On a reading view, the article is not parsed yet: the view starts from
// the parts the server rendered (see pageParts), and the article's data
// is parsed when the reader first needs more, such as an entity's card.
// Parsing it is most of the work between the program starting and the
// page being ready.
func FromPage() (Catalog, []*article.Article) {
	canonicalStart()
	startPath = app.Window().URL().Path
	data := pageData(ArticleDataID)
	cat, err := pageCatalog()
	if err == nil && data != "" {
		if id, ok := PageArticle(cat, startPath); ok {
			if carried := pageDataArticle(); carried != "" && carried != id {
				// Offline, the service worker answers an address it has
				// not stored with the default article's page: its data is
				// kept for that article, and this one's file is fetched.
				pageFiles[carried] = data
				return cat, nil
			}
			if parts, ok := readParts(cat, id); ok {
				pageParts[id], pageFiles[id] = parts, data
				return cat, nil
			}
		}
	}
	var arts []*article.Article
	if data != "" {
		a, perr := parsePageArticle(data)
		if perr != nil {
			app.Log("News Explorer:", perr)
		} else {
			arts = append(arts, a)
		}
	}
	if err != nil {
		app.Log("News Explorer:", err)
		cat = NewCatalog(arts)
	}
	return cat, arts
}

// canonicalStart gives a page opened at its folder's index.html, as some
// static hosts and saved links have it (/classroom/index.html), the
// address the app knows the page by (/classroom), before the app routes
// it: the address is replaced, with no new history entry.
func canonicalStart() {
	u := app.Window().URL()
	p, ok := CanonicalPath(u.Path)
	if !ok {
		return
	}
	u.Path = p
	app.Window().Get("history").Call("replaceState", nil, "", u.String())
}

// ParsedMark names the mark in the browser's performance timeline at
// which the article the page carries has been parsed.
const ParsedMark = "news-explorer: the page's article parsed"

// pageFiles holds the data of the article the page carries, by id, until
// a view needs the article parsed (see articleFor).
var pageFiles = map[string]string{}

// articleFor returns the article with the given id if it is at hand,
// parsing the page's data for it the first time; nil means the view
// fetches the article's file. A page whose data cannot be parsed is
// logged and the file fetched instead.
func articleFor(id string) *article.Article {
	a, err := pageArticleFor(id)
	if err != nil {
		app.Log("News Explorer:", err)
	}
	return a
}

// pageArticleFor is articleFor with the error that the page's data for
// the article gave, if any.
func pageArticleFor(id string) (*article.Article, error) {
	if a := loaded[id]; a != nil {
		return a, nil
	}
	data, ok := pageFiles[id]
	if !ok {
		return nil, nil
	}
	delete(pageFiles, id)
	a, err := parsePageArticle(data)
	if app.IsClient {
		// A mark in the browser's performance timeline, for profiling.
		app.Window().Get("performance").Call("mark", ParsedMark)
	}
	if err != nil {
		return nil, err
	}
	loaded[id] = a
	return a, nil
}

// parts are the parts of the reading view that the server rendered into
// the page, read back so that the view's first render needs neither the
// article parsed nor its HTML built.
type parts struct {
	title                string
	header, text, claims string
	counts               map[article.Type]int
	claimCount           int
}

// pageParts are the reading view's parts read from the page, by article
// id; only the article the page carries has them.
var pageParts = map[string]parts{}

// readParts reads the reading view's parts from the page the server
// rendered, before the app replaces it. It reports false when the page
// is not a reading view of the article id or lacks any part.
func readParts(cat Catalog, id string) (parts, bool) {
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
	p.claimCount = doc.Call("querySelectorAll", "#claims [data-claim]").Length()
	return p, true
}

// pageDataArticle returns the id of the article whose data the page
// carries, which the server names in the data's element, or "".
func pageDataArticle() string {
	el := app.Window().GetElementByID(ArticleDataID)
	if !el.Truthy() {
		return ""
	}
	if id := el.Call("getAttribute", "data-article"); id.Truthy() {
		return id.String()
	}
	return ""
}

// pageData returns the text of the page's data element with the given id,
// or "" when there is none.
func pageData(id string) string {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return ""
	}
	return el.Get("textContent").String()
}

// parsePageArticle parses the article data the page carries.
func parsePageArticle(data string) (*article.Article, error) {
	return article.Parse("the page's article data", []byte(data))
}

// pageCatalog reads the library's catalog from the page.
func pageCatalog() (Catalog, error) {
	var cat Catalog
	data := pageData(LibraryDataID)
	if data == "" {
		return cat, errors.New("page: the library's catalog is missing from the page")
	}
	if err := json.Unmarshal([]byte(data), &cat); err != nil {
		return cat, errors.New("page: the library's catalog cannot be read: " + err.Error())
	}
	return cat, nil
}

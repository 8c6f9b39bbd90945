package ui

import (
	"encoding/json"
	"errors"

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
//
// fromRendered, if not nil, is asked whether the view of the article id,
// which the page shows and carries, starts from what the server rendered;
// if so, the article's data is kept unparsed until the view asks for it
// (see Article).
func FromPage(fromRendered func(cat Catalog, id string) bool) (Catalog, []*article.Article) {
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
				HoldData(carried, data)
				return cat, nil
			}
			if fromRendered != nil && fromRendered(cat, id) {
				HoldData(id, data)
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
// a view needs the article parsed (see ArticleFor).
var pageFiles = map[string]string{}

// ArticleFor returns the article with the given id if it is at hand,
// parsing the page's data for it the first time; nil means the view
// fetches the article's file. A page whose data cannot be parsed is
// logged and the file fetched instead.
func ArticleFor(id string) *article.Article {
	a, err := Article(id)
	if err != nil {
		app.Log("News Explorer:", err)
	}
	return a
}

// Article is ArticleFor with the error that the page's data for
// the article gave, if any.
func Article(id string) (*article.Article, error) {
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

// Loaded returns the article with the given id if it has been
// parsed or fetched already, and nil otherwise; it parses nothing.
func Loaded(id string) *article.Article { return loaded[id] }

// HoldData holds data, the file of the article id that the page carries,
// unparsed until a view first asks for the article (see ArticleFor).
func HoldData(id, data string) { pageFiles[id] = data }

// Forget lets go of the article id, parsed or held.
func Forget(id string) {
	delete(loaded, id)
	delete(pageFiles, id)
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

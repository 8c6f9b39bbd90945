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
func FromPage() (Catalog, []*article.Article) {
	startPath = app.Window().URL().Path
	var arts []*article.Article
	a, err := pageArticle()
	switch {
	case err != nil:
		app.Log("News Explorer:", err)
	case a != nil:
		arts = append(arts, a)
	}
	cat, err := pageCatalog()
	if err != nil {
		app.Log("News Explorer:", err)
		cat = NewCatalog(arts)
	}
	return cat, arts
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

// pageArticle reads the article from the page's data element; a page that
// shows no article (the library) has none.
func pageArticle() (*article.Article, error) {
	data := pageData(ArticleDataID)
	if data == "" {
		return nil, nil
	}
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

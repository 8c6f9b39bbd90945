//go:build js && wasm

// Command wasm is the explorer's browser side, built with GOOS=js
// GOARCH=wasm into web/app.wasm. It reads the catalog and the article the
// server put in the page and takes over the pre-rendered view.
package main

import (
	"encoding/json"
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/ui"
)

func main() {
	var arts []*article.Article
	a, err := pageArticle()
	switch {
	case err != nil:
		// The page fetches its article's file instead.
		app.Log("News Explorer:", err)
	case a != nil:
		arts = append(arts, a)
	}
	cat, err := pageCatalog()
	if err != nil {
		app.Log("News Explorer:", err)
		cat = ui.NewCatalog(arts)
	}
	ui.Routes(cat, arts...)
	app.RunWhenOnBrowser()
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
	data := pageData(ui.ArticleDataID)
	if data == "" {
		return nil, nil
	}
	return article.Parse("the page's article data", []byte(data))
}

// pageCatalog reads the library's catalog from the page.
func pageCatalog() (ui.Catalog, error) {
	var cat ui.Catalog
	data := pageData(ui.LibraryDataID)
	if data == "" {
		return cat, errors.New("page: the library's catalog is missing from the page")
	}
	if err := json.Unmarshal([]byte(data), &cat); err != nil {
		return cat, errors.New("page: the library's catalog cannot be read: " + err.Error())
	}
	return cat, nil
}

//go:build js && wasm

// Command wasm is the explorer's browser side, built with GOOS=js
// GOARCH=wasm into web/app.wasm. It reads the article the server put in the
// page and takes over the pre-rendered view.
package main

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/ui"
)

func main() {
	a, err := pageArticle()
	ui.Routes(a, err)
	app.RunWhenOnBrowser()
}

// pageArticle reads the article from the page's data element.
func pageArticle() (*article.Article, error) {
	el := app.Window().GetElementByID(ui.ArticleDataID)
	if !el.Truthy() {
		return nil, errors.New("page: the article's data is missing from the page")
	}
	return article.Parse("the page's article data", []byte(el.Get("textContent").String()))
}

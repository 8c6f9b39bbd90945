package ui

import (
	"fmt"
	"io"
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// A page carries the data of its own article only. go-app follows a link
// to another page of the app without loading it, so a page whose article
// is not at hand (in loaded) opens in a loading state, and fetches the
// article's file: from the server, or with no network from the service
// worker, which stores every article's file.

// waiting reports whether a page with the article a, the load error err
// and the paths p waits for its article to be fetched: only in the
// browser, when the page names an article it has not got.
func waiting(a *article.Article, err error, p articlePaths) bool {
	return app.IsClient && a == nil && err == nil && p.ID != ""
}

// fetchArticle fetches the article with the given id in the background
// and hands it, or why it could not be had, to done on the UI goroutine.
// An article fetched is kept for the pages that show it next.
func fetchArticle(ctx app.Context, id string, done func(ctx app.Context, a *article.Article, err error)) {
	ctx.Async(func() {
		a, err := getArticle(id)
		ctx.Dispatch(func(ctx app.Context) {
			if err == nil {
				loaded[id] = a
			}
			done(ctx, a, err)
		})
	})
}

// getArticle gets and parses the file of the article id.
func getArticle(id string) (*article.Article, error) {
	u := *app.Window().URL()
	u.Path, u.RawQuery, u.Fragment = ArticleFile(id), "", ""
	res, err := http.Get(u.String())
	if err != nil {
		return nil, fmt.Errorf("the article %q could not be fetched: %w", id, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the article %q could not be fetched: the server answered %s", id, res.Status)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, article.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("the article %q could not be fetched: %w", id, err)
	}
	return article.Parse(u.Path, body)
}

// loadingView is the page while its article is fetched.
func loadingView(mast app.UI, what string) app.UI {
	return app.Div().Class("page").Body(
		mast,
		app.Main().ID("main").Class("loading").Body(
			app.P().Attr("role", "status").Text("Opening "+what+"…"),
		),
	)
}

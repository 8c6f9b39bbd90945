package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// A page carries the data of its own article only. go-app follows a link
// to another page of the app without loading it, so a page whose article
// is not at hand (in loaded) opens in a loading state, and fetches the
// article's file: from the server, or with no network from the service
// worker, which stores every article's file.

// Waiting reports whether a page with the article a, the load error err
// and the paths p waits for its article to be fetched: in the browser,
// when the page names an article it has not got; and for a shared
// article's page, whose article only the browser can read from the
// address, on the server too.
func Waiting(a *article.Article, err error, p ArticlePaths) bool {
	return a == nil && err == nil && (p.Shared || app.IsClient && p.ID != "")
}

// FetchArticle fetches the article of the pages p in the background and
// hands it, with its pages, or why it could not be had, to done on the
// UI goroutine. An article fetched is kept for the pages that show it
// next. A shared article is read from the page's address (see
// openShared): call FetchArticle from OnMount or later, once the address
// is the page's.
func FetchArticle(ctx app.Context, p ArticlePaths, done func(ctx app.Context, a *article.Article, p ArticlePaths, err error)) {
	if p.Shared {
		openShared(ctx, done)
		return
	}
	id := p.ID
	ctx.Async(func() {
		a, err := getArticle(id)
		ctx.Dispatch(func(ctx app.Context) {
			if err == nil {
				loaded[id] = a
			}
			done(ctx, a, p, err)
		})
	})
}

// getArticle gets and parses the file of the article id. It uses the
// browser's fetch directly: Go's HTTP client would add megabytes to the
// wasm.
func getArticle(id string) (*article.Article, error) {
	u := *app.Window().URL()
	u.Path, u.RawQuery, u.Fragment = ArticleFile(id), "", ""
	body, err := fetchText(u.String())
	if err != nil {
		return nil, fmt.Errorf("the article %q could not be fetched: %w", id, err)
	}
	if len(body) > article.MaxFileSize {
		return nil, fmt.Errorf("the article %q could not be fetched: its file is larger than %d bytes", id, article.MaxFileSize)
	}
	return article.Parse(u.Path, []byte(body))
}

// fetchText fetches url with the browser's fetch and returns the body of
// a 200 answer. It blocks its goroutine, not the page, until the answer
// has come.
func fetchText(url string) (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	var onText, onAnswer, onFail app.Func
	onFail = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "the request failed"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{text: args[0].String()}
		return nil
	})
	onAnswer = app.FuncOf(func(this app.Value, args []app.Value) any {
		res := args[0]
		if status := res.Get("status").Int(); status != 200 {
			done <- result{err: fmt.Errorf("the server answered %d %s", status, res.Get("statusText").String())}
			return nil
		}
		res.Call("text").Call("then", onText, onFail)
		return nil
	})
	defer func() {
		onAnswer.Release()
		onText.Release()
		onFail.Release()
	}()
	app.Window().Call("fetch", url).Call("then", onAnswer, onFail)
	r := <-done
	return r.text, r.err
}

// LoadingView is the page while its article is fetched.
func LoadingView(mast app.UI, what string) app.UI {
	return app.Div().Class("page").Body(
		mast,
		app.Main().ID("main").Class("loading").Body(
			app.P().Attr("role", "status").Text("Opening "+what+"…"),
		),
	)
}

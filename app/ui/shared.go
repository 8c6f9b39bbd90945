package ui

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/share"
)

// A shared article is an article file carried in a link's fragment (see
// package share), which no server sees. Its three pages are at fixed
// paths, /shared, /shared/classroom and /shared/teacher, and each finds
// its article in the address: the key in the query, the article itself in
// the fragment. The first time it is opened, the article is kept in the
// browser's storage under its key, so that the same pages open with the
// key alone: after the fragment was lost to an in-page link, or offline
// from a link cut short.

// sharedKeyPrefix starts the key each shared article is kept under.
const sharedKeyPrefix = "newsexplorer/shared/"

// SharedPaths are the pages of the shared article that token carries, or
// with no token the shared pages' bare paths, for a page whose article is
// not known yet.
func SharedPaths(token string) ArticlePaths {
	p := ArticlePaths{Shared: true, Reader: share.Path, Classroom: share.Path + "/classroom", Teacher: share.Path + "/teacher"}
	if token == "" {
		return p
	}
	p.Key, p.Token = share.TokenKey(token), token
	p.Reader = share.Link("", p.Reader, token, "")
	p.Classroom = share.Link("", p.Classroom, token, "")
	p.Teacher = share.Link("", p.Teacher, token, "")
	return p
}

// sharedOpened holds the shared articles opened during the visit, by key,
// and the tokens that carry them.
var sharedOpened = map[string]struct {
	a     *article.Article
	token string
}{}

// sharedAsked returns the key and the token a shared page's address
// carries, each "" when it does not.
func sharedAsked(u *url.URL) (key, token string) {
	key = u.Query().Get(share.KeyParam)
	token, _ = share.FromFragment(u.Fragment)
	if key == "" {
		key = share.TokenKey(token)
	}
	return key, token
}

// SharedChanged reports whether the address of a shared page p, shown
// with its article, now asks for another shared article, as when a link
// to another one is followed from the same page.
func SharedChanged(ctx app.Context, p ArticlePaths) bool {
	if !p.Shared || p.Key == "" {
		return false
	}
	key, _ := sharedAsked(ctx.Page().URL())
	return key != "" && key != p.Key
}

// openShared opens the shared article the address of the page asks for,
// in the background, and hands it with its pages to done on the UI
// goroutine, or why it could not be opened: a link cut or changed (a
// *share.Error), or an article that does not pass article.Parse.
func openShared(ctx app.Context, done func(ctx app.Context, a *article.Article, p ArticlePaths, err error)) {
	key, token := sharedAsked(ctx.Page().URL())
	if s, ok := sharedOpened[key]; ok && key != "" {
		done(ctx, s.a, SharedPaths(s.token), nil)
		return
	}
	ctx.Async(func() {
		a, token, err := readShared(key, token)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				done(ctx, nil, SharedPaths(""), err)
				return
			}
			sharedOpened[share.TokenKey(token)] = struct {
				a     *article.Article
				token string
			}{a, token}
			done(ctx, a, SharedPaths(token), nil)
		})
	})
}

// readShared reads the shared article from token, or, with no token, from
// the browser's storage under key; an article read from a token is kept
// there. It returns the article and the token that carries it.
func readShared(key, token string) (*article.Article, string, error) {
	st := BrowserStore{}
	fromLink := token != ""
	if !fromLink {
		kept, ok := st.Get(sharedKeyPrefix + key)
		if key == "" || !ok {
			return nil, "", share.Missing
		}
		token = kept
	}
	compressed, err := share.DecodeFor(key, token)
	if err != nil {
		return nil, "", err
	}
	data, err := Decompress(compressed, article.MaxFileSize)
	if err != nil {
		return nil, "", fmt.Errorf("the article in the link could not be read: %w", err)
	}
	a, err := article.Parse("the shared link", data)
	if err != nil {
		return nil, "", err
	}
	if fromLink {
		if err := st.Set(sharedKeyPrefix+share.TokenKey(token), token); err != nil {
			// The article shows all the same, from the link.
			app.Log("News Explorer: the shared article could not be kept in this browser:", err)
		}
	}
	return a, token, nil
}

// SharedError returns the problem with a shared article's link that err
// holds, if it is one.
func SharedError(err error) (*share.Error, bool) {
	var e *share.Error
	ok := errors.As(err, &e)
	return e, ok
}

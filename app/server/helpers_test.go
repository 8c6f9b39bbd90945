package server

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"testing/fstest"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
	"newsexplorer/app/ui"
)

// TestMain takes the network away from the default HTTP client, which
// go-app uses to fetch /robots.txt and the like, so that any attempt to
// fetch something on a visitor's behalf is seen (see fetches) and fails.
func TestMain(m *testing.M) {
	http.DefaultTransport = noNetwork{}
	os.Exit(m.Run())
}

var fetched struct {
	sync.Mutex
	urls []string
}

type noNetwork struct{}

func (noNetwork) RoundTrip(r *http.Request) (*http.Response, error) {
	fetched.Lock()
	fetched.urls = append(fetched.urls, r.URL.String())
	fetched.Unlock()
	return nil, fmt.Errorf("test: no network (%s)", r.URL)
}

// fetches returns the URLs fetched through the default client so far, and
// forgets them.
func fetches() []string {
	fetched.Lock()
	defer fetched.Unlock()
	urls := fetched.urls
	fetched.urls = nil
	return urls
}

// webFiles is the web folder the tests serve.
func webFiles() fstest.MapFS {
	return fstest.MapFS{
		"app.wasm":       {Data: []byte("\x00asm\x01\x00\x00\x00 not really wasm")},
		"author.wasm":    {Data: []byte("\x00asm\x01\x00\x00\x00 the authors' program, not really wasm either")},
		"style.css":      {Data: []byte("body { color: #222 }\n")},
		"icon.svg":       {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>`)},
		"icon-192.png":   {Data: []byte("\x89PNG\r\n\x1a\n192")},
		"icon-512.png":   {Data: []byte("\x89PNG\r\n\x1a\n512")},
		".hidden":        {Data: []byte("secret")},
		".git/config":    {Data: []byte("[core]")},
		"sub/page.txt":   {Data: []byte("a text file in a folder")},
		"sub/.env":       {Data: []byte("TOKEN=secret")},
		"sub/index.html": {Data: []byte("<p>an index</p>")},
		"robots.txt":     {Data: []byte("User-agent: *\nAllow: /\n")},
		"noscript.css":   {Data: []byte("#app-wasm-loader { display: none }\n")},
		"print.css":      {Data: []byte(".masthead { display: none }\n")},
	}
}

// site is the handler under test, built once: New registers the app's
// routes globally, so every handler would show the last article given.
var site struct {
	once    sync.Once
	h       http.Handler
	version string
	web     fstest.MapFS
	art     *article.Article
	raw     []byte
	cat     ui.Catalog // the default article and the library's other one
	cfg     Config
	err     error
}

// libraryArticle is the library's article besides the default one.
const libraryArticle = "../library/testdata/porto.json"

func handler(t *testing.T) (http.Handler, fstest.MapFS) {
	t.Helper()
	site.once.Do(func() {
		site.art, site.raw, site.err = library.Default()
		if site.err != nil {
			return
		}
		site.web = webFiles()
		var other Source
		if other.File, site.err = os.ReadFile(libraryArticle); site.err != nil {
			return
		}
		if other.Article, site.err = article.Parse(libraryArticle, other.File); site.err != nil {
			return
		}
		site.cat = ui.NewCatalog([]*article.Article{site.art, other.Article})
		site.cfg = Config{Web: site.web, Article: site.art, ArticleFile: site.raw, Library: []Source{other}}
		var s *Site
		s, site.err = New(site.cfg)
		if site.err == nil {
			site.h, site.version = s, s.Version
		}
	})
	if site.err != nil {
		t.Fatal(site.err)
	}
	return site.h, site.web
}

// get serves one request and returns the response.
func get(t *testing.T, h http.Handler, method, target string) *http.Response {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(method, target, nil))
	return w.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

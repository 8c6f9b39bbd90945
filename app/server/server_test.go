package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

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

// TestNewRefuses checks that a server without an article, or with an
// article file that is not JSON, does not start.
func TestNewRefuses(t *testing.T) {
	a, raw, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no article", Config{Web: webFiles(), ArticleFile: raw}},
		{"article file not JSON", Config{Web: webFiles(), Article: a, ArticleFile: []byte("{not json")}},
	}
	for _, tt := range tests {
		if s, err := New(tt.cfg); err == nil || s != nil {
			t.Errorf("%s: New = %v, %v; want an error", tt.name, s, err)
		}
	}
}

// TestHomePage checks the page a visitor gets before any JavaScript runs:
// the article's text with its highlights, the article's data for the
// WebAssembly side, and the loader hidden when scripts are off.
func TestHomePage(t *testing.T) {
	h, _ := handler(t)
	a := site.art
	r := get(t, h, "GET", "/")
	page := body(t, r)
	if r.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d, want 200", r.StatusCode)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET / Content-Type = %q, want text/html", ct)
	}

	// The text, read as a reader reads it.
	_, text, ok := strings.Cut(page, `<div class="article-text">`)
	if !ok {
		t.Fatalf("no article text in the page")
	}
	text = html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(text, ""))
	first := a.Paragraphs()[0]
	words := strings.Fields(a.Text[first.Start:first.End])
	if want := strings.Join(words[:min(8, len(words))], " "); !strings.HasPrefix(text, want) {
		t.Errorf("the page's text begins %.80q, want %q", text, want)
	}

	if n, want := strings.Count(page, "<mark "), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("page has %d marks, want %d (mentions and quotes)", n, want)
	}
	if n, want := strings.Count(page, `data-entity-type="`), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("page has %d data-entity-type hooks, want %d", n, want)
	}
	if want := "<title>" + html.EscapeString(a.Title) + " · News Explorer</title>"; !strings.Contains(page, want) {
		t.Errorf("page has no %s", want)
	}
	if want := `<noscript><link href="/web/noscript.css" rel="stylesheet"></noscript>`; !strings.Contains(page, want) {
		t.Errorf("page has no %s", want)
	}

	// The article's data, which the WebAssembly side parses, named by
	// the article's id.
	open := `<script data-article="` + a.ID + `" id="article-data" type="application/json">`
	_, data, ok := strings.Cut(page, open)
	if !ok {
		t.Fatalf("page has no %s", open)
	}
	data, _, ok = strings.Cut(data, "</script>")
	if !ok {
		t.Fatalf("the article's data element is not closed")
	}
	got, err := article.Parse("page", []byte(data))
	if err != nil {
		t.Fatalf("the page's article data does not parse: %v", err)
	}
	gotFile, err := article.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	wantFile, err := article.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gotFile, wantFile) {
		t.Errorf("the page's article data differs from the article served")
	}
	if urls := fetches(); len(urls) > 0 {
		t.Errorf("rendering the page fetched %v", urls)
	}
}

// TestHomePageShown checks that a shared link with ?show= opens with the
// same highlights before any JavaScript runs: the container hides the
// types that are off and the legend shows which toggles are pressed.
func TestHomePageShown(t *testing.T) {
	h, _ := handler(t)
	types := []string{"person", "organization", "place", "group", "date", "number", "event", "quote"}
	tests := []struct {
		query string
		on    []string
	}{
		{"", types},
		{"?show=quote", []string{"quote"}},
		{"?show=person,quote", []string{"person", "quote"}},
		{"?show=none", nil},
		{"?show=all", types},
	}
	for _, tt := range tests {
		r := get(t, h, "GET", "/"+tt.query)
		page := body(t, r)
		if r.StatusCode != http.StatusOK {
			t.Errorf("GET /%s = %d", tt.query, r.StatusCode)
			continue
		}
		tags := startTags(page)
		on := map[string]bool{}
		for _, typ := range tt.on {
			on[typ] = true
		}

		var container []pageTag
		for _, tg := range tags {
			if tg.name == "div" && tg.attrs["id"] == "article" {
				container = append(container, tg)
			}
		}
		if len(container) != 1 {
			t.Fatalf("GET /%s: %d elements with id=article, want 1", tt.query, len(container))
		}
		classes := map[string]bool{}
		for _, c := range strings.Fields(container[0].attrs["class"]) {
			classes[c] = true
		}
		if !classes["article"] {
			t.Errorf("GET /%s: container class %q lacks \"article\"", tt.query, container[0].attrs["class"])
		}
		for _, typ := range types {
			if classes["hide-"+typ] == on[typ] {
				t.Errorf("GET /%s: container class %q: hide-%s is %v, want %v", tt.query, container[0].attrs["class"], typ, classes["hide-"+typ], !on[typ])
			}
		}

		for _, typ := range types {
			var b []pageTag
			for _, tg := range tags {
				if tg.name == "button" && tg.attrs["data-toggle"] == typ {
					b = append(b, tg)
				}
			}
			if len(b) != 1 {
				t.Errorf("GET /%s: %d toggles for %s, want 1", tt.query, len(b), typ)
				continue
			}
			if got := isPressed(b[0]); got != on[typ] {
				t.Errorf("GET /%s: %s toggle %s, want pressed=%v", tt.query, typ, b[0].src, on[typ])
			}
		}
		for _, bulk := range []struct {
			toggle  string
			pressed bool
		}{
			{"all", len(tt.on) == len(types)},
			{"none", len(tt.on) == 0},
		} {
			for _, tg := range tags {
				if tg.name == "button" && tg.attrs["data-toggle"] == bulk.toggle && isPressed(tg) != bulk.pressed {
					t.Errorf("GET /%s: %s, want pressed=%v", tt.query, tg.src, bulk.pressed)
				}
			}
		}
	}
}

// isPressed reads a toggle's aria-pressed. go-app writes the value "true"
// as a bare attribute, which TestPreRenderedARIAValues reports; here the
// bare attribute counts as pressed.
func isPressed(tg pageTag) bool {
	v, has := tg.attrs["aria-pressed"]
	return has && v != "false"
}

// TestPreRenderedARIAValues checks that the page the server sends gives
// every ARIA state a value. A bare aria-pressed or aria-hidden means ""
// to a browser, which ARIA reads as "undefined": the toggles lose their
// pressed state and the swatches are not hidden until the WebAssembly
// side renders the page again, and never without JavaScript.
func TestPreRenderedARIAValues(t *testing.T) {

	h, _ := handler(t)
	page := body(t, get(t, h, "GET", "/?show=quote"))
	for _, tg := range startTags(page) {
		for name := range tg.attrs {
			if strings.HasPrefix(name, "aria-") && tg.bare[name] {
				t.Errorf("%s has no value", tg.src)
			}
		}
	}
}

// pageTag is a start tag of the page.
type pageTag struct {
	name  string
	attrs map[string]string
	bare  map[string]bool
	src   string
}

var (
	startTagRE = regexp.MustCompile(`<([a-z][a-z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="(?:[^"\\]|\\.)*")?)*)\s*/?>`)
	pageAttrRE = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9-]*)(?:="((?:[^"\\]|\\.)*)")?`)
)

// startTags returns the page's start tags. go-app quotes attribute values
// as Go strings; the raw article text quotes them as HTML, with no
// backslashes, which reads the same.
func startTags(page string) []pageTag {
	var out []pageTag
	for _, m := range startTagRE.FindAllStringSubmatch(page, -1) {
		tg := pageTag{name: m[1], attrs: map[string]string{}, bare: map[string]bool{}, src: m[0]}
		for _, a := range pageAttrRE.FindAllStringSubmatch(m[2], -1) {
			if !strings.Contains(a[0], "=") {
				tg.attrs[a[1]] = ""
				tg.bare[a[1]] = true
				continue
			}
			v, err := strconv.Unquote(`"` + a[2] + `"`)
			if err != nil {
				v = a[2]
			}
			tg.attrs[a[1]] = html.UnescapeString(v)
		}
		out = append(out, tg)
	}
	return out
}

// TestPageData checks that no article text can close the script element
// that carries the article's data into the page.
func TestPageData(t *testing.T) {
	file := `{
  "text": "</script><script>alert(1)</script> <!-- & \u2028 >",
  "id": "x"
}`
	got, err := pageData([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if i := strings.IndexAny(got, "<>&\n\u2028"); i >= 0 {
		t.Errorf("pageData left %q in %s", got[i:i+1], got)
	}
	var back, want map[string]any
	if err := json.Unmarshal([]byte(got), &back); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(file), &want); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(back) != fmt.Sprint(want) {
		t.Errorf("pageData changed the data: got %v, want %v", back, want)
	}
	if _, err := pageData([]byte("{")); err == nil {
		t.Errorf("pageData accepted a broken file")
	}
}

// TestVersion checks that installed apps are told to update exactly when
// what the server serves changes: not on a restart, not for a dotfile.
func TestVersion(t *testing.T) {
	const data = `{"id":"kursk"}`
	base, err := Version(webFiles(), data)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := regexp.MatchString(`^[0-9a-f]{16}$`, base); !ok {
		t.Errorf("Version = %q, want 16 hex digits", base)
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS) string
		same   bool
	}{
		{"nothing", func(fstest.MapFS) string { return data }, true},
		{"modification times", func(w fstest.MapFS) string {
			for _, f := range w {
				f.ModTime = time.Now()
			}
			return data
		}, true},
		{"a dotfile", func(w fstest.MapFS) string { w[".hidden"] = &fstest.MapFile{Data: []byte("changed")}; return data }, true},
		{"a new dotfile", func(w fstest.MapFS) string { w[".DS_Store"] = &fstest.MapFile{Data: []byte("x")}; return data }, true},
		{"a file in a dot folder", func(w fstest.MapFS) string { w[".git/HEAD"] = &fstest.MapFile{Data: []byte("ref")}; return data }, true},
		{"a dotfile in a folder", func(w fstest.MapFS) string { w["sub/.env"] = &fstest.MapFile{Data: []byte("x")}; return data }, true},
		{"the wasm", func(w fstest.MapFS) string {
			w["app.wasm"] = &fstest.MapFile{Data: []byte("\x00asm new build")}
			return data
		}, false},
		{"the style sheet", func(w fstest.MapFS) string { w["style.css"] = &fstest.MapFile{Data: []byte("body{}")}; return data }, false},
		{"a file in a folder", func(w fstest.MapFS) string { w["sub/page.txt"] = &fstest.MapFile{Data: []byte("new")}; return data }, false},
		{"a new file", func(w fstest.MapFS) string { w["robots.txt"] = &fstest.MapFile{Data: []byte("")}; return data }, false},
		{"a removed file", func(w fstest.MapFS) string { delete(w, "icon.svg"); return data }, false},
		{"a renamed file", func(w fstest.MapFS) string { w["style2.css"] = w["style.css"]; delete(w, "style.css"); return data }, false},
		{"the article data", func(fstest.MapFS) string { return `{"id":"kursk2"}` }, false},
		{"no article data", func(fstest.MapFS) string { return "" }, false},
	}
	for _, tt := range tests {
		w := webFiles()
		d := tt.change(w)
		got, err := Version(w, d)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if (got == base) != tt.same {
			t.Errorf("changing %s: Version %s, was %s; want same=%v", tt.name, got, base, tt.same)
		}
	}
}

// TestVersionServed checks that the version New returns is the one the
// app's scripts carry, so that a new build reaches installed apps.
func TestVersionServed(t *testing.T) {
	h, web := handler(t)
	c, err := gather(site.cfg)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Version(web, c.all)
	if err != nil {
		t.Fatal(err)
	}
	if site.version != want {
		t.Errorf("New returned version %q, want Version(web, data) = %q", site.version, want)
	}
	for _, p := range []string{"/app.js", "/app-worker.js"} {
		r := get(t, h, "GET", p)
		if b := body(t, r); r.StatusCode != http.StatusOK || !strings.Contains(b, want) {
			t.Errorf("GET %s = %d, does not carry version %s", p, r.StatusCode, want)
		}
	}
}

// TestFiles checks the file server in front of go-app: the web folder's
// files with the right types, no dotfiles, no folders, only GET and HEAD,
// and nosniff on every answer.
func TestFiles(t *testing.T) {
	h, web := handler(t)
	tests := []struct {
		method, path string
		status       int
		ctype        string // prefix of the Content-Type; "" to skip
		body         string // "" to skip
	}{
		{"GET", "/web/style.css", 200, "text/css", string(web["style.css"].Data)},
		{"HEAD", "/web/style.css", 200, "text/css", ""},
		{"GET", "/web/app.wasm", 200, "application/wasm", string(web["app.wasm"].Data)},
		{"GET", "/app.wasm", 200, "application/wasm", string(web["app.wasm"].Data)},
		{"GET", "/goapp.wasm", 200, "application/wasm", string(web["app.wasm"].Data)},
		{"GET", "/web/icon.svg", 200, "image/svg+xml", string(web["icon.svg"].Data)},
		{"GET", "/web/icon-192.png", 200, "image/png", string(web["icon-192.png"].Data)},
		{"GET", "/web/sub/page.txt", 200, "text/plain", string(web["sub/page.txt"].Data)},
		{"GET", "/web/.hidden", 404, "", ""},
		{"GET", "/web/.git/config", 404, "", ""},
		{"GET", "/web/sub/.env", 404, "", ""},
		{"GET", "/web/%2ehidden", 404, "", ""},
		{"GET", "/web/", 404, "", ""},
		{"GET", "/web/sub/", 404, "", ""},
		{"GET", "/web/style.css/", 404, "", ""},
		{"GET", "/web/missing.css", 404, "", ""},
		{"GET", "/web/style.css%00", 404, "", ""},
		{"GET", "/web", 404, "", ""},
		{"POST", "/web/style.css", 405, "", ""},
		{"PUT", "/web/style.css", 405, "", ""},
		{"DELETE", "/web/style.css", 405, "", ""},
		{"POST", "/app.wasm", 405, "", ""},
		{"GET", "/nowhere", 404, "", ""},
		{"GET", "/robots.txt", 200, "text/plain", string(web["robots.txt"].Data)},
		{"GET", "/sitemap.xml", 404, "", ""},
		{"GET", "/ads.txt", 404, "", ""},
		{"GET", "/", 200, "text/html", ""},
		{"GET", "/manifest.webmanifest", 200, "", ""},
	}
	for _, tt := range tests {
		r := get(t, h, tt.method, tt.path)
		b := body(t, r)
		if r.StatusCode != tt.status {
			t.Errorf("%s %s = %d, want %d", tt.method, tt.path, r.StatusCode, tt.status)
		}
		if got := r.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s %s: X-Content-Type-Options %q, want nosniff", tt.method, tt.path, got)
		}
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
			t.Errorf("%s %s: Content-Type %q, want %s", tt.method, tt.path, ct, tt.ctype)
		}
		if tt.body != "" && b != tt.body {
			t.Errorf("%s %s: body %q, want %q", tt.method, tt.path, b, tt.body)
		}
		if tt.method == "HEAD" && b != "" {
			t.Errorf("HEAD %s: body %q, want none", tt.path, b)
		}
		if tt.status == 405 {
			if allow := r.Header.Get("Allow"); allow != "GET, HEAD" {
				t.Errorf("%s %s: Allow %q, want \"GET, HEAD\"", tt.method, tt.path, allow)
			}
		}
		if tt.status != 200 && strings.Contains(b, "secret") {
			t.Errorf("%s %s: body shows a hidden file: %q", tt.method, tt.path, b)
		}
	}
	if urls := fetches(); len(urls) > 0 {
		t.Errorf("serving files fetched %v", urls)
	}
}

// TestProxyFiles checks /robots.txt, /sitemap.xml and /ads.txt, which
// go-app would fetch from whatever Host a request names: they come from
// the web folder or are not found, at once and with nothing fetched.
func TestProxyFiles(t *testing.T) {
	h, _ := handler(t)
	tests := []struct {
		path   string
		status int
		body   string
	}{
		{"/robots.txt", 200, "User-agent: *\nAllow: /\n"},
		{"/sitemap.xml", 404, ""},
		{"/ads.txt", 404, ""},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", tt.path, nil)
		req.Host = "example.invalid"
		w := httptest.NewRecorder()
		done := make(chan struct{})
		go func() {
			defer close(done)
			h.ServeHTTP(w, req)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("GET %s with Host example.invalid: no answer in 5s", tt.path)
		}
		r := w.Result()
		if b := body(t, r); r.StatusCode != tt.status || (tt.body != "" && b != tt.body) {
			t.Errorf("GET %s = %d %q, want %d %q", tt.path, r.StatusCode, b, tt.status, tt.body)
		}
		if got := r.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", tt.path, got)
		}
	}
	if urls := fetches(); len(urls) > 0 {
		t.Errorf("serving the proxied files fetched %v", urls)
	}
}

// TestVersionedProxyFiles checks the same files under go-app's version
// prefix, which go-app strips before it looks a path up.
func TestVersionedProxyFiles(t *testing.T) {

	h, _ := handler(t)
	for p, want := range map[string]int{"/robots.txt": 200, "/sitemap.xml": 404, "/ads.txt": 404} {
		r := get(t, h, "GET", "/"+site.version+p)
		if r.StatusCode != want {
			t.Errorf("GET /%s%s = %d, want %d", site.version, p, r.StatusCode, want)
		}
	}
	if urls := fetches(); len(urls) > 0 {
		t.Errorf("serving the versioned files fetched %v", urls)
	}
}

// TestPrecache checks that every local file the page uses is in the
// service worker's cache, so that the page works offline once installed.
func TestPrecache(t *testing.T) {

	h, _ := handler(t)
	worker := body(t, get(t, h, "GET", "/app-worker.js"))
	_, list, _ := strings.Cut(worker, "resourcesToCache = ")
	list, _, _ = strings.Cut(list, ";")
	var cached []string
	if err := json.Unmarshal([]byte(list), &cached); err != nil {
		t.Fatalf("no resourcesToCache list in app-worker.js: %v", err)
	}
	in := map[string]bool{}
	for _, c := range cached {
		in[c] = true
	}
	for _, tg := range startTags(body(t, get(t, h, "GET", "/"))) {
		for _, attr := range []string{"src", "href"} {
			if v := tg.attrs[attr]; strings.HasPrefix(v, "/web/") && !in[v] {
				t.Errorf("%s uses %s, which is not precached (%v)", tg.src, v, cached)
			}
		}
	}
}

// TestTraversal sends paths that leave the web folder, spelled so that no
// client would clean them first, straight over TCP. None may succeed. The
// test runs in app/server, where go-app's own file server would find
// server.go.
func TestTraversal(t *testing.T) {
	h, _ := handler(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	paths := []string{
		"/web/%2e%2e/go.mod",
		"/web/%2e%2e/server.go",
		"/web/%2E%2E/server.go",
		"/web/../server.go",
		"/web/..%2fserver.go",
		"/web/%2e%2e%2fserver.go",
		"/web/.%2e/server.go",
		"/web/%2e./server.go",
		"/web/sub/%2e%2e/%2e%2e/server.go",
		"/web/%2e%2e/%2e%2e/%2e%2e/go.mod",
		"/web/..\\server.go",
		"/web/%2e%2e%5cserver.go",
		"/web/%00/../server.go",
		"/%2e%2e/server.go",
		"/web%2f%2e%2e%2fserver.go",
		"/app.wasm/%2e%2e/server.go",
	}
	for _, p := range paths {
		status, b := rawGet(t, srv.Listener.Addr().String(), p)
		if status == http.StatusOK {
			t.Errorf("GET %s = 200, want a refusal", p)
		}
		if strings.Contains(b, "package server") || strings.Contains(b, "module newsexplorer") {
			t.Errorf("GET %s returned a file from outside the web folder", p)
		}
	}
}

// rawGet sends a GET for target exactly as written and returns the status
// and body.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	r, b := rawResponse(t, addr, target)
	return r.StatusCode, b
}

// rawResponse sends a GET for target exactly as written and returns the
// response, its body read and closed, and the body.
func rawResponse(t *testing.T, addr, target string) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", target); err != nil {
		t.Fatal(err)
	}
	r, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return r, string(b)
}

// TestIndexHTML asks for pages as their folder's index.html, as static
// hosts answer them and saved links give them: a page's goes to the page,
// with its query; anything else stays not found, and no address leads off
// the site.
func TestIndexHTML(t *testing.T) {
	h, _ := handler(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	tests := []struct {
		target string
		status int
		to     string // Location, for a redirect
	}{
		{"/index.html", http.StatusMovedPermanently, "/"},
		{"/classroom/index.html", http.StatusMovedPermanently, "/classroom"},
		{"/classroom/index.html?student=1", http.StatusMovedPermanently, "/classroom?student=1"},
		{"/index.html?show=person", http.StatusMovedPermanently, "/?show=person"},
		{"/nowhere/index.html", http.StatusNotFound, ""},
		{"/web/index.html", http.StatusNotFound, ""},
		{"//evil.example/index.html", http.StatusNotFound, ""},
		{"/%2e%2e/index.html", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		r, _ := rawResponse(t, srv.Listener.Addr().String(), tt.target)
		if r.StatusCode != tt.status || r.Header.Get("Location") != tt.to {
			t.Errorf("GET %s = %d to %q, want %d to %q", tt.target, r.StatusCode, r.Header.Get("Location"), tt.status, tt.to)
		}
	}
}

// TestOpenWeb checks that a web folder on disk serves nothing outside
// itself, even through a symbolic link, while links that stay inside work.
func TestOpenWeb(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, name); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	webDir := filepath.Join(dir, "web")
	must(os.MkdirAll(filepath.Join(webDir, "sub"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "outside"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "outside", "secret.txt"), []byte("secret"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("secret"), 0o644))
	must(os.WriteFile(filepath.Join(webDir, "style.css"), []byte("body{}"), 0o644))
	link("../outside/secret.txt", filepath.Join(webDir, "relative.txt"))
	link(filepath.Join(dir, "outside", "secret.txt"), filepath.Join(webDir, "absolute.txt"))
	link("../outside", filepath.Join(webDir, "folder"))
	link("../../secret.txt", filepath.Join(webDir, "sub", "up.txt"))
	link("style.css", filepath.Join(webDir, "inside.css"))

	web, err := OpenWeb(webDir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"style.css", true},
		{"inside.css", true},
		{"relative.txt", false},
		{"absolute.txt", false},
		{"folder/secret.txt", false},
		{"sub/up.txt", false},
		{"../secret.txt", false},
		{"../outside/secret.txt", false},
	}
	for _, tt := range tests {
		b, err := fs.ReadFile(web, tt.name)
		if (err == nil) != tt.ok {
			t.Errorf("ReadFile(%s) = %q, %v; want ok=%v", tt.name, b, err, tt.ok)
		}
	}

	// The same through the site built over the folder.
	a, raw, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	fsrv, err := New(Config{Web: web, Article: a, ArticleFile: raw})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		fsrv.ServeHTTP(w, httptest.NewRequest("GET", "/web/"+tt.name, nil))
		if (w.Code == http.StatusOK) != tt.ok || strings.Contains(w.Body.String(), "secret") {
			t.Errorf("GET /web/%s = %d %q, want ok=%v", tt.name, w.Code, w.Body.String(), tt.ok)
		}
	}

	// Links do not stop the version being computed, nor count in it.
	v1, err := Version(web, "")
	if err != nil {
		t.Fatalf("Version over a folder with links: %v", err)
	}
	must(os.Remove(filepath.Join(webDir, "relative.txt")))
	if v2, err := Version(web, ""); err != nil || v2 != v1 {
		t.Errorf("removing a link changed the version from %s to %s (%v)", v1, v2, err)
	}

	if _, err := OpenWeb(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("OpenWeb of a missing folder succeeded")
	}
}

// TestHidden checks which paths count as dotfiles, which are never served.
func TestHidden(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{".", false},
		{"style.css", false},
		{"sub/page.txt", false},
		{"a.b/c.d", false},
		{".hidden", true},
		{".git/config", true},
		{"sub/.env", true},
		{"..", true},
		{"../x", true},
		{"sub/../x", true},
	}
	for _, tt := range tests {
		if got := hidden(tt.path); got != tt.want {
			t.Errorf("hidden(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

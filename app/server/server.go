// Package server builds what the explorer serves: every page pre-rendered
// by go-app, go-app's generated files and the files under web/, held in
// memory with their compressed forms and served with security headers,
// nothing outside web/ and nothing fetched on a visitor's behalf. The same
// site can be exported as static files for any static host.
package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/ui"
	"newsexplorer/app/ui/editor"
	"newsexplorer/app/ui/exercises"
	"newsexplorer/app/ui/reader"
	"newsexplorer/app/ui/teacher"
)

// Config is what a server serves.
type Config struct {
	// Web is the folder of static assets, app.wasm among them.
	Web fs.FS
	// Article is the default article, shown at / and first in the
	// library, and ArticleFile the file it was loaded from, which the
	// page hands to the browser side.
	Article     *article.Article
	ArticleFile []byte
	// Library are the library's other articles, each with its file; each
	// has its pages under /articles/<id>.
	Library []Source
}

// Source is an article and the file it was loaded from.
type Source struct {
	Article *article.Article
	File    []byte
}

// Site is everything the explorer sends, built once at start-up: every
// route's page pre-rendered, go-app's generated scripts, worker and
// manifest, and every file under web/, each with its brotli and gzip
// forms. A request reads none of the disk and compresses nothing; a page
// asked for with a query (?show=quote) is rendered and compressed on its
// first request and kept (see variants), and a path that is not a page
// is answered as not found.
type Site struct {
	// Version is a hash of the content served; see Version.
	Version string
	// Notes are remarks for whoever runs the server, such as a large file
	// with no compressed twin or a precached file that is missing.
	Notes []string
	// Precache lists the URLs the service worker stores for offline use.
	Precache []string

	assets   map[string]*asset
	pages    http.Handler
	variants variants // pages asked for with a query
}

// generated are the files go-app's handler makes, which the site keeps
// with the pages.
var generated = []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"}

// New builds the site for an article. It registers the app's routes, so
// call it once per process.
func New(cfg Config) (*Site, error) {
	if cfg.Article == nil {
		return nil, errors.New("server: no article to serve")
	}
	if cfg.Web == nil {
		return nil, errors.New("server: no web folder")
	}
	c, err := gather(cfg)
	if err != nil {
		return nil, err
	}
	version, err := Version(cfg.Web, c.all)
	if err != nil {
		return nil, err
	}
	// The server renders every page of both programs; it never annotates.
	ui.Routes(c.cat, c.arts, ui.Pages{
		Library:   reader.NewLibrary(c.cat),
		Editor:    editor.New(nil),
		Reader:    reader.New,
		Exercises: exercises.New,
		Teacher:   teacher.New,
	})
	articleData := func(path string) (string, string) {
		if id, ok := ui.PageArticle(c.cat, path); ok {
			return id, c.data[id]
		}
		return "", ""
	}
	wasm := func(path string) string { return ui.WasmFor(c.cat, path) }
	return build(cfg.Web, goappHandler(c.catData, version), ui.Paths(c.cat), extras{files: c.files, articleData: articleData, wasm: wasm})
}

// content is what the pages carry and the server serves of the library.
type content struct {
	arts    []*article.Article // the articles, the default first
	cat     ui.Catalog
	catData string            // the catalog's JSON, escaped for a script element
	data    map[string]string // article id → its file's JSON, escaped for a script element
	files   map[string][]byte // the article files, by path
	all     string            // all of the above, for the version
}

// gather makes the catalog and the pages' data of the config's articles.
func gather(cfg Config) (*content, error) {
	c := &content{data: map[string]string{}, files: map[string][]byte{}}
	var all strings.Builder
	for _, src := range append([]Source{{Article: cfg.Article, File: cfg.ArticleFile}}, cfg.Library...) {
		if src.Article == nil {
			return nil, errors.New("server: no article to serve")
		}
		id := src.Article.ID
		if _, ok := c.data[id]; ok {
			return nil, fmt.Errorf("server: two articles have the id %q", id)
		}
		// A file saved by an editor that starts it with a byte-order
		// mark reads as an article; it is sent without the mark, which
		// JSON does not allow.
		src.File = bytes.TrimPrefix(src.File, []byte("\xef\xbb\xbf"))
		d, err := pageData(src.File)
		if err != nil {
			return nil, fmt.Errorf("server: article %s: %w", id, err)
		}
		c.data[id] = d
		c.files[ui.ArticleFile(id)] = src.File
		c.arts = append(c.arts, src.Article)
		fmt.Fprintf(&all, "article %s %d\n%s\n", id, len(src.File), src.File)
	}
	c.cat = ui.NewCatalog(c.arts)
	catJSON, err := json.Marshal(c.cat)
	if err != nil {
		return nil, fmt.Errorf("server: catalog: %w", err)
	}
	var esc bytes.Buffer
	json.HTMLEscape(&esc, catJSON)
	c.catData = esc.String()
	fmt.Fprintf(&all, "catalog %d\n%s", len(c.catData), c.catData)
	c.all = all.String()
	return c, nil
}

// extras are what the explorer adds to the site that build makes from its
// go-app handler.
type extras struct {
	// files are more files to serve and store for offline use, by path:
	// the article files.
	files map[string][]byte
	// articleData returns the id and the JSON, escaped for a script
	// element, of the article the page at path shows, or "" for a page
	// with none.
	articleData func(path string) (id, data string)
	// wasm returns the path of the WebAssembly program that runs the
	// page at path; nil runs every page with DefaultWasm.
	wasm func(path string) string
}

// build makes a site from a go-app handler whose routes are registered, the
// web folder it serves and the paths of its pages, with what the explorer
// adds (ex). It fills in what every site needs: the resolver that keeps
// go-app from serving files itself, the service worker that waits for its
// cache, and the wasm's length for the loading progress.
func build(web fs.FS, h *app.Handler, paths []string, ex extras) (*Site, error) {
	if web == nil {
		return nil, errors.New("server: no web folder")
	}
	if h.Version == "" {
		return nil, errors.New("server: the handler has no version")
	}
	names, err := webNames(web)
	if err != nil {
		return nil, err
	}
	s := &Site{Version: h.Version, assets: map[string]*asset{}}
	for _, name := range names {
		body, err := fs.ReadFile(web, name)
		if err != nil {
			return nil, fmt.Errorf("server: reading web file: %w", err)
		}
		var mod time.Time
		if info, err := fs.Stat(web, name); err == nil {
			mod = info.ModTime()
		}
		a := newAsset("/web/"+name, "", body, mod)
		if note := compressAsset(a, web, name); note != "" {
			s.Notes = append(s.Notes, note)
		}
		s.assets[a.path] = a
	}

	// Each page names the program that runs it in a link that preloads
	// it. The loader counts the bytes it reads after decoding, so the
	// progress bar needs the program's own length, not the length sent.
	links := map[string]string{}
	for p, a := range s.assets {
		if strings.HasSuffix(p, ".wasm") {
			links[p] = wasmLink(p, len(a.body))
			if p != DefaultWasm {
				// go-app's worker stores app.wasm; the others are added.
				h.CacheableResources = append(h.CacheableResources, p)
			}
		}
	}
	if a, ok := s.assets[DefaultWasm]; ok {
		h.WasmContentLength = strconv.Itoa(len(a.body))
		h.RawHeaders = append([]string{links[DefaultWasm]}, h.RawHeaders...)
	}
	sort.Strings(h.CacheableResources)
	if ex.wasm != nil {
		s.Notes = append(s.Notes, missingPrograms(paths, ex.wasm, links)...)
	}
	h.Resources = resolver{}
	if h.ServiceWorkerTemplate == "" {
		h.ServiceWorkerTemplate = workerJS
	}
	h.CacheableResources = append(h.CacheableResources, paths...)
	fill := func(path string, page []byte) []byte {
		if ex.articleData != nil {
			id, data := ex.articleData(path)
			page = fillArticleData(page, id, data)
		}
		if ex.wasm != nil {
			if w := ex.wasm(path); w != DefaultWasm && links[w] != "" {
				page = withWasm(page, links[DefaultWasm], links[w])
			}
		}
		return page
	}
	s.pages = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { servePage(h, fill, w, r) })

	built := time.Now().UTC().Truncate(time.Second)
	var files []string
	for p := range ex.files {
		files = append(files, p)
	}
	sort.Strings(files)
	for _, p := range files {
		a := newAsset(p, "application/json", ex.files[p], built)
		compressAsset(a, nil, "")
		s.assets[p] = a
		h.CacheableResources = append(h.CacheableResources, p)
	}
	for _, p := range append(generated, paths...) {
		a, err := s.render(p, built)
		if err != nil {
			return nil, err
		}
		compressAsset(a, nil, "")
		s.assets[p] = a
	}
	s.Precache, err = precacheList(s.assets["/app-worker.js"].body)
	if err != nil {
		return nil, err
	}
	for _, u := range s.Precache {
		if _, ok := s.assets[u]; !ok {
			s.Notes = append(s.Notes, fmt.Sprintf("%s is missing, so the app cannot be saved for offline use", u))
		}
	}
	return s, nil
}

// render asks go-app for a page or a generated file, as a browser would,
// and keeps it. Anything but a 200 is an error: an error page is never
// kept as content.
func (s *Site) render(p string, mod time.Time) (*asset, error) {
	w := httptest.NewRecorder()
	s.pages.ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
	if w.Code != http.StatusOK {
		return nil, fmt.Errorf("server: rendering %s: status %d", p, w.Code)
	}
	body := w.Body.Bytes()
	if p == "/app.js" {
		var err error
		if body, err = patchLoader(body); err != nil {
			return nil, err
		}
	}
	return newAsset(p, w.Header().Get("Content-Type"), body, mod), nil
}

// PrintCSS is the style sheet for print: the teacher's worksheet and
// answer key, and the article without its controls.
const PrintCSS = "/web/print.css"

// articleDataSlot is where a page carries the data of its article: the
// element, empty in go-app's page, that servePage fills in.
const articleDataSlot = `<script id="` + ui.ArticleDataID + `" type="application/json"></script>`

// goappHandler is go-app's handler for the explorer; catalog is the
// catalog's JSON, escaped for a script element, which every page carries.
func goappHandler(catalog, version string) *app.Handler {
	return &app.Handler{
		Name:        "News Explorer",
		ShortName:   "Explorer",
		Title:       "News Explorer",
		Description: "Read a news article critically: who and what it mentions, and who says what.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#1f3a5f",
		LoadingLabel:    "Loading the interactive view… {progress}%",
		Styles:          []string{"/web/style.css"},
		RawHeaders: []string{
			// servePage puts the data of the page's article here. Attributes
			// are written in the order tidy sorts them in.
			articleDataSlot,
			`<script id="` + ui.LibraryDataID + `" type="application/json">` + catalog + `</script>`,
			// Without scripts, go-app's loader would spin for ever.
			`<noscript><link href="/web/noscript.css" rel="stylesheet"></noscript>`,
			// Handler.Styles cannot say media="print", so the print style
			// sheet is linked here; it is loaded on screen too, not applied.
			`<link href="` + PrintCSS + `" media="print" rel="stylesheet">`,
		},
		// go-app precaches "/", its own files and the PNG icons; build
		// adds every route. The worker also needs the SVG icon the page
		// shows, the style sheet for readers without scripts and the one
		// for print.
		CacheableResources: []string{"/web/icon.svg", "/web/noscript.css", PrintCSS},
		Version:            version,
	}
}

// pageData compacts an article file for the page, escaping <, > and & so
// that no text in it can close the script element that carries it.
func pageData(file []byte) (string, error) {
	var b bytes.Buffer
	if err := json.Compact(&b, file); err != nil {
		return "", fmt.Errorf("server: article file: %w", err)
	}
	var esc bytes.Buffer
	json.HTMLEscape(&esc, b.Bytes())
	return esc.String(), nil
}

// Version is a hash of everything the server serves: every file under web,
// the article data, and the server program itself, which renders the
// pages and writes the loader and the worker. A new build, of the
// programs or of the server alone, or a changed article gives a new
// version, which tells installed apps to update; a restart does not.
func Version(web fs.FS, data string) (string, error) {
	names, err := webNames(web)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, n := range names {
		b, err := fs.ReadFile(web, n)
		if err != nil {
			return "", fmt.Errorf("server: reading web file: %w", err)
		}
		fmt.Fprintf(h, "%s %d\n", n, len(b))
		h.Write(b)
	}
	fmt.Fprintf(h, "article %d\n%s", len(data), data)
	fmt.Fprintf(h, "\nserver %s", serverProgram())
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// serverProgram identifies the running server program: a hash of its
// executable or, when that cannot be read, its build information. Go
// builds the same source into the same bytes, so only a change to the
// server's code, its modules or its Go version changes it.
var serverProgram = sync.OnceValue(func() string {
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err := io.Copy(h, f); err == nil {
				return hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		return info.String()
	}
	return ""
})

// webNames lists the files under web that are served, sorted: regular
// files, or links that stay inside the folder, that are not dotfiles nor
// in dot-folders, and not the compressed twin of another file.
func webNames(web fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(web, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if hidden(p) || d.IsDir() {
			return nil
		}
		if info, err := fs.Stat(web, p); err == nil && info.Mode().IsRegular() {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: listing web files: %w", err)
	}
	all := map[string]bool{}
	for _, n := range names {
		all[n] = true
	}
	kept := names[:0]
	for _, n := range names {
		if !isTwin(n, all) {
			kept = append(kept, n)
		}
	}
	sort.Strings(kept)
	return kept, nil
}

// hidden reports whether any element of a slash-separated path starts with
// a dot.
func hidden(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			return true
		}
	}
	return false
}

// ServeHTTP answers from the site's files, or lets go-app render a page
// asked for with a query or a path that is no file. Nothing is fetched on
// a visitor's behalf: /robots.txt and the like come from web/ or are not
// found.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	// go-app also answers every path under /<version>/ as the path itself.
	if rest, ok := strings.CutPrefix(p, "/"+s.Version); ok && strings.HasPrefix(rest, "/") {
		p = rest
	}
	switch p {
	case "/app.wasm", "/goapp.wasm":
		p = "/web/app.wasm"
	case "/goapp.js":
		p = "/app.js"
	case "/manifest.json":
		p = "/manifest.webmanifest"
	case "/robots.txt", "/sitemap.xml", "/ads.txt":
		p = "/web" + p
	}
	if to, ok := ui.CanonicalPath(p); ok && s.isPage(to) {
		// A page asked for as its folder's index.html, as static hosts
		// answer it, goes to the address the app knows it by.
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return
	}
	if a, ok := s.assets[p]; ok {
		if a.isPage() && r.URL.RawQuery != "" {
			a = s.variant(p, r)
		}
		if a != nil {
			a.serve(w, r)
			return
		}
	}
	if strings.HasPrefix(p, "/web/") || strings.ContainsRune(p, 0) {
		http.NotFound(w, r)
		return
	}
	if !s.isPage(p) {
		notFound(w, r)
		return
	}
	s.pages.ServeHTTP(w, r)
}

// resolver gives go-app the paths of static resources as they are. Unlike
// go-app's default it is not an http.Handler, so go-app never serves files
// itself: every file goes through the guard.
type resolver struct{}

func (resolver) Resolve(location string) string {
	if location == "" {
		return "/"
	}
	return location
}

// OpenWeb opens a web folder so that nothing it serves can leave it, not
// even through a symbolic link.
func OpenWeb(dir string) (fs.FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("server: web folder: %w", err)
	}
	return root.FS(), nil
}

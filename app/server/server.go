// Package server builds the explorer's HTTP handler: go-app's handler for
// the pages and its generated files, behind a file server for web/ that
// serves nothing outside it, and nothing fetched on a visitor's behalf.
package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/ui"
)

// Config is what a server serves.
type Config struct {
	// Web is the folder of static assets, app.wasm among them.
	Web fs.FS
	// Article is the article shown, and ArticleFile the file it was
	// loaded from, which the page hands to the browser side.
	Article     *article.Article
	ArticleFile []byte
}

// New returns the explorer's handler and the version it derived from the
// content it serves. It registers the app's routes, so call it once.
func New(cfg Config) (http.Handler, string, error) {
	if cfg.Article == nil {
		return nil, "", errors.New("server: no article to serve")
	}
	data, err := pageData(cfg.ArticleFile)
	if err != nil {
		return nil, "", err
	}
	version, err := Version(cfg.Web, data)
	if err != nil {
		return nil, "", err
	}
	ui.Routes(cfg.Article, nil)
	h := &app.Handler{
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
			`<script type="application/json" id="` + ui.ArticleDataID + `">` + data + `</script>`,
			`<noscript><style>#app-wasm-loader{display:none}</style></noscript>`,
		},
		// go-app precaches the PNG icons it names in the manifest but not
		// the SVG one, which the page uses as its favicon and logo.
		CacheableResources: []string{"/web/icon.svg"},
		Version:            version,
		Resources:          resolver{},
	}
	return &guard{pages: h, files: files(cfg.Web), version: version}, version, nil
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

// Version is a hash of everything the server serves: every file under web
// and the article data. A new build or a changed article gives a new
// version, which tells installed apps to update; a restart does not.
func Version(web fs.FS, data string) (string, error) {
	h := sha256.New()
	var names []string
	err := fs.WalkDir(web, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if hidden(p) || d.IsDir() {
			return nil
		}
		// A link that stays inside the folder is served, so it counts.
		if info, err := fs.Stat(web, p); err == nil && info.Mode().IsRegular() {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("server: listing web files: %w", err)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(web, n)
		if err != nil {
			return "", fmt.Errorf("server: reading web file: %w", err)
		}
		fmt.Fprintf(h, "%s %d\n", n, len(b))
		h.Write(b)
	}
	fmt.Fprintf(h, "article %d\n%s", len(data), data)
	return hex.EncodeToString(h.Sum(nil))[:16], nil
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

// guard sends /web/ to a file server confined to the web folder, answers
// the files go-app would otherwise fetch from the request's Host, and hands
// the rest to go-app.
type guard struct {
	pages   http.Handler
	files   http.Handler
	version string
}

func (g *guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	p := r.URL.Path
	// go-app also answers every path under /<version>/ as the path itself.
	if rest, ok := strings.CutPrefix(p, "/"+g.version); ok && strings.HasPrefix(rest, "/") {
		p = rest
	}
	switch {
	case strings.HasPrefix(p, "/web/"):
		if p != r.URL.Path {
			r = rewrite(r, p)
		}
		g.files.ServeHTTP(w, r)
	case p == "/robots.txt", p == "/sitemap.xml", p == "/ads.txt":
		g.files.ServeHTTP(w, rewrite(r, "/web"+p))
	case p == "/app.wasm", p == "/goapp.wasm":
		g.files.ServeHTTP(w, rewrite(r, "/web/app.wasm"))
	default:
		servePage(g.pages, w, r)
	}
}

func rewrite(r *http.Request, path string) *http.Request {
	r2 := r.Clone(r.Context())
	r2.URL.Path, r2.URL.RawPath = path, ""
	return r2
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

// files serves web's files under /web/: GET and HEAD only, no dotfiles,
// and nothing outside the folder.
func files(web fs.FS) http.Handler {
	fsrv := http.StripPrefix("/web", http.FileServerFS(web))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := strings.TrimPrefix(r.URL.Path, "/web/")
		if p == "" || hidden(p) || strings.Contains(p, "\x00") || strings.HasSuffix(p, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		fsrv.ServeHTTP(w, r)
	})
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

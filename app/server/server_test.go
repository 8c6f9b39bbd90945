package server

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/library"
)

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

package server

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// sentinel is the content of every file the refusal tests place where no
// request may reach: beside the web folder, behind links that leave it,
// and in its dotfiles.
const sentinel = "SENTINEL-d41d8cd98f00-must-never-be-served"

// syncBuffer is a buffer that a server's error log may write to from many
// goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// listen serves h with the explorer's limits on a new 127.0.0.1 port, and
// returns the address and the server's error log.
func listen(t *testing.T, h http.Handler) (string, *syncBuffer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	srv := HTTPServer(h)
	srv.ErrorLog = log.New(logs, "", 0)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), logs
}

// rawDo sends one request exactly as written, with the headers given as
// name, value pairs, over a new connection, and returns the response and
// its body.
func rawDo(t *testing.T, addr, method, target string, headers ...string) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	var req strings.Builder
	fmt.Fprintf(&req, "%s %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n", method, target)
	for i := 0; i+1 < len(headers); i += 2 {
		fmt.Fprintf(&req, "%s: %s\r\n", headers[i], headers[i+1])
	}
	if method != "GET" && method != "HEAD" {
		req.WriteString("Content-Length: 0\r\n")
	}
	req.WriteString("\r\n")
	if _, err := io.WriteString(conn, req.String()); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: method})
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestRefusals sends, straight over TCP so that no client cleans the path
// first, requests that try to leave the web folder in every spelling, to
// reach its dotfiles, to follow links out of it, or to do anything but
// read. None may return a file from outside: the working directory is a
// folder whose files hold a sentinel, where go-app's own file server would
// look.
func TestRefusals(t *testing.T) {
	top := t.TempDir()
	webDir := filepath.Join(top, "web")
	files := webFiles()
	files[".hidden"] = &fstest.MapFile{Data: []byte(sentinel)}
	files[".git/config"] = &fstest.MapFile{Data: []byte(sentinel)}
	files["sub/.env"] = &fstest.MapFile{Data: []byte(sentinel)}
	writeTree(t, webDir, files)
	writeTree(t, top, fstest.MapFS{
		"secret.txt":         {Data: []byte(sentinel)},
		"outside/secret.txt": {Data: []byte(sentinel)},
		"web.txt":            {Data: []byte(sentinel)},
	})
	links := []struct{ target, name string }{
		{"../secret.txt", "leak.txt"},
		{filepath.Join(top, "secret.txt"), "abs.txt"},
		{"..", "up"},
		{"../outside", "outside"},
		{"../../secret.txt", "sub/up.txt"},
		{"style.css", "inside.css"},
	}
	for _, l := range links {
		if err := os.Symlink(l.target, filepath.Join(webDir, filepath.FromSlash(l.name))); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	t.Chdir(top)
	web, err := OpenWeb(webDir)
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(t, web)
	addr, logs := listen(t, s)
	v := s.Version

	// Files that are there, as they must be, so that the refusals below
	// are not refusals of everything.
	for _, p := range []string{"/web/style.css", "/web/inside.css", "/web/%73tyle.css", "/" + v + "/web/style.css"} {
		if resp, b := rawDo(t, addr, "GET", p); resp.StatusCode != 200 || b != string(files["style.css"].Data) {
			t.Errorf("GET %s = %d %q, want 200 and style.css", p, resp.StatusCode, b)
		}
	}

	escapes := []string{
		// Traversal, in every spelling.
		"/web/../secret.txt",
		"/web/%2e%2e/secret.txt",
		"/web/%2E%2E/secret.txt",
		"/web/.%2e/secret.txt",
		"/web/%2e./secret.txt",
		"/web/..%2fsecret.txt",
		"/web/..%2Fsecret.txt",
		"/web/%2e%2e%2fsecret.txt",
		"/web/%2e%2e%5csecret.txt",
		"/web/..%5c..%5csecret.txt",
		"/web/..\\secret.txt",
		"/web\\..\\secret.txt",
		"/web/%252e%252e/secret.txt",
		"/web/%252e%252e%252fsecret.txt",
		"/web//..//secret.txt",
		"/web/./../secret.txt",
		"/web/sub/../../secret.txt",
		"/web/sub/%2e%2e/%2e%2e/secret.txt",
		"/web/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2e%2e%2fsecret.txt",
		"/secret.txt",
		"/web.txt",
		"/app.wasm/%2e%2e/secret.txt",
		"/web%2f%2e%2e%2fsecret.txt",
		"http://x/web/%2e%2e/secret.txt",
		// Under go-app's version prefix, which the server strips.
		"/" + v + "/web/%2e%2e/secret.txt",
		"/" + v + "/web/../secret.txt",
		"/" + v + "/../secret.txt",
		"/" + v + "/%2e%2e/secret.txt",
		"/" + v + "/" + v + "/web/%2e%2e/secret.txt",
		// NUL bytes.
		"/web/%00/../secret.txt",
		"/web/style.css%00",
		"/web/secret.txt%00.css",
		"/web/%00",
		"/%00",
		"/%00/../secret.txt",
		// Dotfiles.
		"/web/.hidden",
		"/web/.git/config",
		"/web/%2egit/config",
		"/web/%2Egit%2Fconfig",
		"/web/sub/.env",
		"/web/sub/%2eenv",
		"/web/./.git/config",
		"/web/sub/../.git/config",
		"/" + v + "/web/.hidden",
		"/.git/config",
		// Links that leave the folder.
		"/web/leak.txt",
		"/web/abs.txt",
		"/web/up/secret.txt",
		"/web/up/web/style.css",
		"/web/outside/secret.txt",
		"/web/sub/up.txt",
	}
	for _, p := range escapes {
		resp, b := rawDo(t, addr, "GET", p)
		if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 404 or 400", p, resp.StatusCode)
		}
		if strings.Contains(b, sentinel) {
			t.Errorf("GET %s returned a file from outside the web folder", p)
		}
		if resp.StatusCode == http.StatusNotFound && resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: a refusal without nosniff", p)
		}
	}

	// Only GET and HEAD; no method echoes the request (TRACE) or says
	// anything but how to ask.
	methods := []string{"POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "PROPFIND", "FOO", "get", "head"}
	for _, m := range methods {
		for _, p := range []string{"/", "/web/style.css", "/app.wasm", "/app-worker.js", "/web/%2e%2e/secret.txt", "/nowhere"} {
			resp, b := rawDo(t, addr, m, p, "X-Probe", "echo-me")
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s = %d, want 405", m, p, resp.StatusCode)
			}
			if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("%s %s: Allow %q, want \"GET, HEAD\"", m, p, got)
			}
			if strings.Contains(b, "echo-me") || strings.Contains(b, sentinel) {
				t.Errorf("%s %s: body %q tells more than it should", m, p, b)
			}
			for _, kv := range SecurityHeaders {
				if got := resp.Header.Get(kv[0]); got != kv[1] {
					t.Errorf("%s %s: %s %q, want %q", m, p, kv[0], got, kv[1])
				}
			}
		}
	}
	if l := logs.String(); l != "" {
		t.Errorf("the server logged:\n%s", l)
	}
	if urls := fetches(); len(urls) > 0 {
		t.Errorf("the refusals fetched %v", urls)
	}
}

// TestHugeHeaders checks that a request with more header bytes than the
// limit is refused before it reaches the site.
func TestHugeHeaders(t *testing.T) {
	h, _ := handler(t)
	addr, _ := listen(t, h)
	resp, _ := rawDo(t, addr, "GET", "/", "X-Big", strings.Repeat("a", 2*MaxHeaderBytes))
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("GET / with %d header bytes = %d, want 431", 2*MaxHeaderBytes, resp.StatusCode)
	}
}

// TestHTTPServerLimits checks the connection limits HTTPServer sets,
// which are what keep slow or greedy clients from holding the server: a
// header timeout, an idle timeout, a header size limit, and a write
// timeout long enough for the compressed wasm at 64 kbit/s.
func TestHTTPServerLimits(t *testing.T) {
	h, _ := handler(t)
	srv := HTTPServer(h)
	// The compressed wasm is about 1.6 MB; at 64 kbit/s that takes 200 s.
	slowest := time.Duration(1.6e6*8/64e3) * time.Second
	tests := []struct {
		name string
		ok   bool
	}{
		{"handler", srv.Handler == h},
		{"ReadHeaderTimeout", srv.ReadHeaderTimeout > 0 && srv.ReadHeaderTimeout <= 30*time.Second},
		{"ReadTimeout", srv.ReadTimeout >= srv.ReadHeaderTimeout},
		{"WriteTimeout", srv.WriteTimeout >= slowest},
		{"IdleTimeout", srv.IdleTimeout > 0},
		{"MaxHeaderBytes", srv.MaxHeaderBytes > 0 && srv.MaxHeaderBytes < http.DefaultMaxHeaderBytes},
		{"ShutdownGrace", ShutdownGrace >= slowest},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("HTTPServer: %s is not set as it should be: %+v", tt.name, srv)
		}
	}
}

// TestSecurityHeaders checks that every kind of answer, from a page to a
// refusal or a 304, carries every security header, over a real
// connection, and that the page and go-app's files are revalidated on
// every visit (no-cache), so that a new version is seen.
func TestSecurityHeaders(t *testing.T) {
	h, _ := handler(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	c := rawClient(t)

	etag := func(target string, headers ...string) string {
		resp, _ := fetch(t, c, "GET", srv.URL+target, headers...)
		if resp.Header.Get("ETag") == "" {
			t.Fatalf("GET %s has no ETag", target)
		}
		return resp.Header.Get("ETag")
	}
	tests := []struct {
		name, method, target string
		headers              []string
		status               int
		noCache              bool
	}{
		{"page", "GET", "/", nil, 200, true},
		{"page, brotli", "GET", "/", []string{"Accept-Encoding", "br"}, 200, true},
		{"page, HEAD", "HEAD", "/", nil, 200, true},
		{"page with a query", "GET", "/?show=quote", nil, 200, true},
		{"page with a query, 304", "GET", "/?show=quote", []string{"If-None-Match", etag("/?show=quote")}, 304, true},
		{"page, 304", "GET", "/", []string{"If-None-Match", etag("/")}, 304, true},
		{"page, brotli, 304", "GET", "/", []string{"Accept-Encoding", "br", "If-None-Match", etag("/", "Accept-Encoding", "br")}, 304, true},
		{"app.js", "GET", "/app.js", nil, 200, true},
		{"app.js, gzip", "GET", "/app.js", []string{"Accept-Encoding", "gzip"}, 200, true},
		{"goapp.js", "GET", "/goapp.js", nil, 200, true},
		{"worker", "GET", "/app-worker.js", nil, 200, true},
		{"manifest", "GET", "/manifest.webmanifest", nil, 200, true},
		{"manifest.json", "GET", "/manifest.json", nil, 200, true},
		{"wasm_exec.js", "GET", "/wasm_exec.js", nil, 200, true},
		{"app.css", "GET", "/app.css", nil, 200, true},
		{"under the version", "GET", "/" + site.version + "/app.js", nil, 200, true},
		{"web file", "GET", "/web/style.css", nil, 200, false},
		{"wasm", "GET", "/web/app.wasm", nil, 200, false},
		{"web file, 304", "GET", "/web/style.css", []string{"If-None-Match", etag("/web/style.css")}, 304, false},
		{"web file, range", "GET", "/web/style.css", []string{"Range", "bytes=0-3"}, 206, false},
		{"web file, bad range", "GET", "/web/style.css", []string{"Range", "bytes=9000-9999"}, 416, false},
		{"robots.txt", "GET", "/robots.txt", nil, 200, false},
		{"not found", "GET", "/nowhere", nil, 404, false},
		{"web file not found", "GET", "/web/missing.css", nil, 404, false},
		{"dotfile", "GET", "/web/.hidden", nil, 404, false},
		{"sitemap not fetched", "GET", "/sitemap.xml", nil, 404, false},
		{"method", "POST", "/", nil, 405, false},
		{"method on a file", "DELETE", "/web/style.css", nil, 405, false},
	}
	for _, tt := range tests {
		resp, _ := fetch(t, c, tt.method, srv.URL+tt.target, tt.headers...)
		if resp.StatusCode != tt.status {
			t.Errorf("%s: %s %s = %d, want %d", tt.name, tt.method, tt.target, resp.StatusCode, tt.status)
		}
		for _, kv := range SecurityHeaders {
			if got := resp.Header.Values(kv[0]); len(got) != 1 || got[0] != kv[1] {
				t.Errorf("%s: %s %q, want %q", tt.name, kv[0], got, kv[1])
			}
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q, want nosniff", tt.name, got)
		}
		if tt.noCache && resp.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s: Cache-Control %q, want no-cache", tt.name, resp.Header.Get("Cache-Control"))
		}
	}

	// The policy lets Go's WebAssembly compile, and nothing inline run.
	directives := map[string]string{}
	for _, d := range strings.Split(contentSecurityPolicy, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	for name, want := range map[string]string{
		"default-src":     "'self'",
		"script-src":      "'self' 'wasm-unsafe-eval'",
		"object-src":      "'none'",
		"base-uri":        "'none'",
		"frame-ancestors": "'none'",
	} {
		if got := directives[name]; got != want {
			t.Errorf("Content-Security-Policy %s %q, want %q", name, got, want)
		}
	}
	if !strings.Contains(contentSecurityPolicy, "script-src 'self' 'wasm-unsafe-eval'") {
		t.Errorf("Content-Security-Policy %q lacks script-src 'self' 'wasm-unsafe-eval'", contentSecurityPolicy)
	}
	for _, bad := range []string{"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"} {
		if strings.Contains(contentSecurityPolicy, " "+bad) {
			t.Errorf("Content-Security-Policy allows %s: %q", bad, contentSecurityPolicy)
		}
	}
}

package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/andybalholm/brotli"

	"newsexplorer/app/library"
)

// wasmModTime is the modification time of the large wasm the asset tests
// serve, so that Last-Modified and If-Modified-Since can be checked.
var wasmModTime = time.Date(2025, 3, 14, 15, 9, 26, 0, time.UTC)

// compressibleBody is a stand-in for a wasm build: size bytes of
// words and a few stray bytes, the same on every run, that compress about
// as well as real code does.
func compressibleBody(size int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("func return package import var const type struct interface map chan go defer select case switch for range if else")
	var b bytes.Buffer
	b.WriteString("\x00asm\x01\x00\x00\x00")
	for b.Len() < size {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(" \n\t"[r.IntN(3)])
		if r.IntN(10) == 0 {
			b.WriteByte(byte(r.IntN(256)))
		}
	}
	return b.Bytes()[:size]
}

// bigSite is a site whose app.wasm is a few hundred KB of compressible
// bytes with no twins, so that the server compresses it itself. It is
// built once: brotli at its best setting takes half a second on it.
var bigSite struct {
	once sync.Once
	s    *Site
	wasm []byte
	err  error
}

func wasmSite(t *testing.T) (*Site, []byte) {
	t.Helper()
	bigSite.once.Do(func() {
		a, raw, err := library.Default()
		if err != nil {
			bigSite.err = err
			return
		}
		web := webFiles()
		bigSite.wasm = compressibleBody(300 << 10)
		web["app.wasm"] = &fstest.MapFile{Data: bigSite.wasm, ModTime: wasmModTime}
		bigSite.s, bigSite.err = New(Config{Web: web, Article: a, ArticleFile: raw})
	})
	if bigSite.err != nil {
		t.Fatal(bigSite.err)
	}
	return bigSite.s, bigSite.wasm
}

// decode undoes a Content-Encoding.
func decode(t *testing.T, enc string, b []byte) []byte {
	t.Helper()
	var r io.Reader
	switch enc {
	case "":
		return b
	case "br":
		r = brotli.NewReader(bytes.NewReader(b))
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("gzip body: %v", err)
		}
		r = zr
	default:
		t.Fatalf("unknown Content-Encoding %q", enc)
	}
	d, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s body: %v", enc, err)
	}
	return d
}

// rawClient is a client that sends Accept-Encoding exactly as the test
// sets it and hands back the bytes sent, undecoded. (TestMain takes the
// network away from the default transport.)
func rawClient(t *testing.T) *http.Client {
	t.Helper()
	tr := &http.Transport{DisableCompression: true}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{
		Transport: tr,
		Timeout:   10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// fetch sends one request with the headers given as name, value pairs and
// returns the response with its whole body read.
func fetch(t *testing.T, c *http.Client, method, url string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, url, err)
	}
	return resp, b
}

// TestNegotiate checks which encoding a browser's Accept-Encoding gets:
// brotli when it may, else gzip, else the file as it is, never a coding
// the client refused, whatever the spelling of the header.
func TestNegotiate(t *testing.T) {
	tests := []struct {
		header         string
		haveBr, haveGz bool
		want           string
	}{
		{"br", true, true, "br"},
		{"gzip", true, true, "gzip"},
		{"gzip, deflate, br, zstd", true, true, "br"}, // Chrome
		{"gzip, deflate", true, true, "gzip"},
		{"br;q=0.1, gzip;q=1.0", true, true, "br"}, // brotli is preferred at any non-zero quality
		{"br;q=0, gzip", true, true, "gzip"},
		{"br;q=0.0, gzip;q=0", true, true, ""},
		{"br;q=0.000", true, true, ""},
		{"gzip;q=0, br;q=0", true, true, ""},
		{"*", true, true, "br"},
		{"*", false, true, "gzip"},
		{"*;q=0", true, true, ""},
		{"br;q=0, *", true, true, "gzip"},
		{"gzip;q=0, *", false, true, ""},
		{"*, br;q=0, gzip;q=0", true, true, ""},
		{"x-gzip", true, true, "gzip"},
		{"X-GZIP", false, true, "gzip"},
		{"identity", true, true, ""},
		{"identity;q=1, *;q=0", true, true, ""},
		{"identity;q=0", true, true, ""}, // nothing accepted in its place
		{"", true, true, ""},
		{"   ", true, true, ""},
		{",,,", true, true, ""},
		{";q=1", true, true, ""},
		{"deflate", true, true, ""},
		{"compress, zstd", true, true, ""},
		{"br;q=abc", true, true, ""},
		{"br;q=2, gzip", true, true, "gzip"},
		{"br;q=-1, gzip", true, true, "gzip"},
		{"BR", true, true, "br"},
		{"Gzip", true, true, "gzip"},
		{"br ; Q=0.5", true, true, "br"},
		{"gzip;level=9;q=0.8", true, true, "gzip"},
		{"\x00br", true, true, ""},
		{"br", false, true, ""},
		{"br, gzip", false, true, "gzip"},
		{"br, gzip", true, false, "br"},
		{"gzip", true, false, ""},
		{"br, gzip", false, false, ""},
	}
	for _, tt := range tests {
		if got := negotiate(tt.header, tt.haveBr, tt.haveGz); got != tt.want {
			t.Errorf("negotiate(%q, br=%v, gz=%v) = %q, want %q", tt.header, tt.haveBr, tt.haveGz, got, tt.want)
		}
	}
}

// TestContentType checks the types browsers need to use each kind of
// file: the wasm must be application/wasm to be compiled while it
// streams, and scripts and styles must have their own types under
// nosniff.
func TestContentType(t *testing.T) {
	tests := []struct{ name, want string }{
		{"/web/app.wasm", "application/wasm"},
		{"/web/x.js", "text/javascript; charset=utf-8"},
		{"/web/style.css", "text/css; charset=utf-8"},
		{"/manifest.webmanifest", "application/manifest+json"},
		{"/web/data.json", "application/json"},
		{"/web/icon.svg", "image/svg+xml"},
		{"/web/icon-192.png", "image/png"},
		{"/web/sub/index.html", "text/html; charset=utf-8"},
		{"/web/robots.txt", "text/plain; charset=utf-8"},
		{"/web/sitemap.xml", "application/xml"},
		{"/web/unknown.zzqq", "application/octet-stream"},
		{"/web/noextension", "application/octet-stream"},
	}
	for _, tt := range tests {
		if got := contentType(tt.name); got != tt.want {
			t.Errorf("contentType(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNotModified checks when a client's cached copy counts as current:
// If-None-Match decides when present (in any list form, weak or strong),
// otherwise If-Modified-Since, and a file with no time is never current by
// date.
func TestNotModified(t *testing.T) {
	mod := time.Date(2025, 1, 2, 3, 4, 5, 600, time.UTC)
	a := newAsset("/web/x.css", "", []byte("x"), mod)
	noTime := newAsset("/web/y.css", "", []byte("y"), time.Time{})
	at := func(d time.Duration) string { return mod.Add(d).Format(http.TimeFormat) }
	br := a.etagFor("br")
	tests := []struct {
		name          string
		a             *asset
		inm, ims, enc string
		want          bool
	}{
		{"no conditions", a, "", "", "", false},
		{"the brotli form's tag, for the brotli form", a, br, "", "br", true},
		{"the file's tag, for the brotli form", a, a.etag, "", "br", false},
		{"the brotli form's tag, for the file", a, br, "", "", false},
		{"the brotli form's tag, for the gzip form", a, br, "", "gzip", false},
		{"its tag", a, a.etag, "", "", true},
		{"its tag, weak", a, "W/" + a.etag, "", "", true},
		{"its tag in a list", a, `"other", ` + a.etag + ` , "more"`, "", "", true},
		{"star", a, "*", "", "", true},
		{"another tag", a, `"other"`, "", "", false},
		{"the tag unquoted", a, strings.Trim(a.etag, `"`), "", "", false},
		{"another tag, newer date", a, `"other"`, at(time.Hour), "", false},
		{"same second", a, "", at(0), "", true},
		{"later date", a, "", at(time.Hour), "", true},
		{"earlier date", a, "", at(-time.Second), "", false},
		{"unparsable date", a, "", "yesterday", "", false},
		{"no modification time", noTime, "", at(time.Hour), "", false},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", tt.a.path, nil)
		if tt.inm != "" {
			r.Header.Set("If-None-Match", tt.inm)
		}
		if tt.ims != "" {
			r.Header.Set("If-Modified-Since", tt.ims)
		}
		if got := notModified(r, tt.a, tt.enc); got != tt.want {
			t.Errorf("%s: notModified = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestServeWasm checks app.wasm as a browser fetches it: the type that
// lets it compile while it streams, brotli or gzip when the browser takes
// them, a length that matches the bytes sent, the same content and the
// same tag whatever the encoding, and Vary so that no cache hands brotli
// to a browser that did not ask for it.
func TestServeWasm(t *testing.T) {
	s, wasm := wasmSite(t)
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := rawClient(t)
	url := srv.URL + "/web/app.wasm"

	tests := []struct {
		accept string
		enc    string
	}{
		{"br", "br"},
		{"gzip", "gzip"},
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0, gzip", "gzip"},
		{"x-gzip", "gzip"},
		{"", ""},
		{"identity", ""},
		{"deflate", ""},
		{"*;q=0", ""},
	}
	for _, tt := range tests {
		var headers []string
		if tt.accept != "" {
			headers = []string{"Accept-Encoding", tt.accept}
		}
		resp, b := fetch(t, c, "GET", url, headers...)
		name := "GET /web/app.wasm, Accept-Encoding " + strconv.Quote(tt.accept)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d, want 200", name, resp.StatusCode)
			continue
		}
		if got, want := resp.Header.Get("Content-Type"), "application/wasm"; got != want {
			t.Errorf("%s: Content-Type %q, want %q", name, got, want)
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.enc {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.enc)
		}
		if got := resp.Header.Values("Vary"); len(got) != 1 || got[0] != "Accept-Encoding" {
			t.Errorf("%s: Vary %q, want [Accept-Encoding]", name, got)
		}
		if got, want := resp.Header.Get("Content-Length"), strconv.Itoa(len(b)); got != want {
			t.Errorf("%s: Content-Length %q, but %s bytes were sent", name, got, want)
		}
		if tt.enc != "" && len(b) >= len(wasm)*9/10 {
			t.Errorf("%s: sent %d bytes for %d, want it compressed", name, len(b), len(wasm))
		}
		if d := decode(t, resp.Header.Get("Content-Encoding"), b); !bytes.Equal(d, wasm) {
			t.Errorf("%s: the decoded body (%d bytes) differs from app.wasm (%d bytes)", name, len(d), len(wasm))
		}
		if got, want := resp.Header.Get("Last-Modified"), wasmModTime.Format(http.TimeFormat); got != want {
			t.Errorf("%s: Last-Modified %q, want %q", name, got, want)
		}
		// Each form's tag is the file's hash, with its coding.
		sum := sha256.Sum256(wasm)
		etag := `"` + hex.EncodeToString(sum[:12]) + `"`
		if tt.enc != "" {
			etag = etag[:len(etag)-1] + "-" + tt.enc + `"`
		}
		if tag := resp.Header.Get("ETag"); tag != etag {
			t.Errorf("%s: ETag %q, want %q", name, tag, etag)
		}

		// A client that holds this version gets no body, in any encoding.
		conds := []struct{ header, value string }{
			{"If-None-Match", etag},
			{"If-None-Match", "W/" + etag},
			{"If-None-Match", `"stale", ` + etag},
			{"If-Modified-Since", wasmModTime.Format(http.TimeFormat)},
			{"If-Modified-Since", wasmModTime.Add(time.Hour).Format(http.TimeFormat)},
		}
		for _, c304 := range conds {
			resp, b := fetch(t, c, "GET", url, append(headers, c304.header, c304.value)...)
			if resp.StatusCode != http.StatusNotModified || len(b) != 0 {
				t.Errorf("%s, %s %s: status %d with %d bytes, want 304 and no body", name, c304.header, c304.value, resp.StatusCode, len(b))
			}
			if got := resp.Header.Get("ETag"); got != etag {
				t.Errorf("%s, %s: 304 with ETag %q, want %q", name, c304.header, got, etag)
			}
		}
		// A client with another version gets the whole file.
		stale := []struct{ header, value string }{
			{"If-None-Match", `"stale"`},
			{"If-Modified-Since", wasmModTime.Add(-time.Hour).Format(http.TimeFormat)},
		}
		for _, c200 := range stale {
			resp, b := fetch(t, c, "GET", url, append(headers, c200.header, c200.value)...)
			if resp.StatusCode != http.StatusOK || !bytes.Equal(decode(t, resp.Header.Get("Content-Encoding"), b), wasm) {
				t.Errorf("%s, %s %s: status %d, want 200 with the file", name, c200.header, c200.value, resp.StatusCode)
			}
		}

		// HEAD: the same headers, no body.
		head, hb := fetch(t, c, "HEAD", url, headers...)
		if head.StatusCode != http.StatusOK || len(hb) != 0 {
			t.Errorf("HEAD %s: status %d with %d bytes, want 200 and no body", name, head.StatusCode, len(hb))
		}
		for _, h := range []string{"Content-Type", "Content-Encoding", "Content-Length", "ETag", "Vary"} {
			if got, want := head.Header.Get(h), resp.Header.Get(h); got != want {
				t.Errorf("HEAD %s: %s %q, want %q as for GET", name, h, got, want)
			}
		}
	}
}

// TestServeWasmRange checks ranges: a download manager resuming the file
// as it is gets the part it asked for, and a client that takes brotli gets
// the whole compressed file, since a piece of a compressed stream is no
// use to it.
func TestServeWasmRange(t *testing.T) {
	s, wasm := wasmSite(t)
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := rawClient(t)
	url := srv.URL + "/web/app.wasm"

	resp, b := fetch(t, c, "GET", url, "Range", "bytes=100-199")
	if resp.StatusCode != http.StatusPartialContent {
		t.Fatalf("GET with Range, no Accept-Encoding: status %d, want 206", resp.StatusCode)
	}
	if got, want := resp.Header.Get("Content-Range"), "bytes 100-199/"+strconv.Itoa(len(wasm)); got != want {
		t.Errorf("Content-Range %q, want %q", got, want)
	}
	if !bytes.Equal(b, wasm[100:200]) {
		t.Errorf("range body %q, want bytes 100 to 199 of app.wasm", b)
	}
	if got := resp.Header.Get("Content-Encoding"); got != "" {
		t.Errorf("range answered with Content-Encoding %q", got)
	}

	resp, b = fetch(t, c, "GET", url, "Range", "bytes=100-199", "Accept-Encoding", "br")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Encoding") != "br" {
		t.Fatalf("GET with Range and br: status %d, Content-Encoding %q; want 200 br", resp.StatusCode, resp.Header.Get("Content-Encoding"))
	}
	if !bytes.Equal(decode(t, "br", b), wasm) {
		t.Errorf("GET with Range and br: not the whole file")
	}
}

// TestServeGenerated checks the page and go-app's generated files: each
// is sent compressed to a browser that takes brotli or gzip, decodes to
// the same bytes as the plain answer, and has one tag for every encoding.
// The scripts are most of what a first visit downloads besides the wasm.
func TestServeGenerated(t *testing.T) {
	h, _ := handler(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	c := rawClient(t)
	for _, p := range []string{"/", "/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css"} {
		plain, want := fetch(t, c, "GET", srv.URL+p)
		if plain.StatusCode != http.StatusOK || len(want) == 0 {
			t.Errorf("GET %s: status %d, %d bytes", p, plain.StatusCode, len(want))
			continue
		}
		for _, enc := range []string{"br", "gzip"} {
			resp, b := fetch(t, c, "GET", srv.URL+p, "Accept-Encoding", enc)
			if got := resp.Header.Get("Content-Encoding"); got != enc {
				t.Errorf("GET %s, Accept-Encoding %s: Content-Encoding %q, want %q (%d bytes, %s)", p, enc, got, enc, len(want), plain.Header.Get("Content-Type"))
				continue
			}
			if !bytes.Equal(decode(t, enc, b), want) {
				t.Errorf("GET %s, %s: decodes to other bytes than the plain answer", p, enc)
			}
			if got, want := resp.Header.Get("ETag"), strings.TrimSuffix(plain.Header.Get("ETag"), `"`)+"-"+enc+`"`; got != want {
				t.Errorf("GET %s, %s: ETag %q, want %q, the plain answer's with its coding", p, enc, got, want)
			}
			if got, want := resp.Header.Get("Content-Type"), plain.Header.Get("Content-Type"); got != want {
				t.Errorf("GET %s, %s: Content-Type %q, want %q as for the plain answer", p, enc, got, want)
			}
		}
	}
}

// TestServeSmallFiles checks that a file too small to gain from
// compression is sent as it is, without Vary, whatever the browser takes.
func TestServeSmallFiles(t *testing.T) {
	h, web := handler(t)
	for _, name := range []string{"style.css", "icon.svg", "robots.txt"} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/web/"+name, nil)
		r.Header.Set("Accept-Encoding", "br, gzip")
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || w.Body.String() != string(web[name].Data) {
			t.Errorf("GET /web/%s = %d %q, want 200 %q", name, w.Code, w.Body.String(), web[name].Data)
		}
		if got := w.Header().Get("Content-Encoding"); got != "" {
			t.Errorf("GET /web/%s: Content-Encoding %q for %d bytes", name, got, len(web[name].Data))
		}
		if got := w.Header().Get("Vary"); got != "" {
			t.Errorf("GET /web/%s: Vary %q for a file with one form", name, got)
		}
	}
}

// TestServeWebFileWithQuery checks that a file under web/ asked for with
// a query, as a cache-busting link does (?v=2), is the file itself,
// whatever its type: only pages are rendered again for a query.
func TestServeWebFileWithQuery(t *testing.T) {
	h, web := handler(t)
	tests := []struct{ target, name string }{
		{"/web/style.css?v=2", "style.css"},
		{"/web/sub/page.txt?v=2", "sub/page.txt"},
		{"/web/sub/index.html", "sub/index.html"},
		{"/web/sub/index.html?v=2", "sub/index.html"},
		{"/web/sub/index.html?show=quote", "sub/index.html"},
	}
	for _, tt := range tests {
		r := get(t, h, "GET", tt.target)
		if got, want := body(t, r), string(web[tt.name].Data); r.StatusCode != http.StatusOK || got != want {
			t.Errorf("GET %s = %d %q, want 200 %q", tt.target, r.StatusCode, got, want)
		}
	}
}

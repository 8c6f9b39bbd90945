package server

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/andybalholm/brotli"

	"newsexplorer/app/library"
)

// writeTree writes files (slash-separated names) under dir.
func writeTree(t *testing.T, dir string, files fstest.MapFS) {
	t.Helper()
	for name, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// newSite builds the explorer's site for the default article over web.
func newSite(t *testing.T, web fs.FS) *Site {
	t.Helper()
	a, raw, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Web: web, Article: a, ArticleFile: raw})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// diskSite writes files to a new folder and builds a site over it as the
// server does, through OpenWeb.
func diskSite(t *testing.T, files fstest.MapFS) (*Site, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	writeTree(t, dir, files)
	web, err := OpenWeb(dir)
	if err != nil {
		t.Fatal(err)
	}
	return newSite(t, web), dir
}

// serveEncoded asks s for a path in one encoding and returns the response
// and the bytes sent.
func serveEncoded(t *testing.T, s http.Handler, target, accept string) (*http.Response, []byte) {
	t.Helper()
	w := httptest.NewRecorder()
	r := httptest.NewRequest("GET", target, nil)
	r.Header.Set("Accept-Encoding", accept)
	s.ServeHTTP(w, r)
	return w.Result(), w.Body.Bytes()
}

func gzipLevel(t *testing.T, b []byte, level int) []byte {
	t.Helper()
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, level)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// notesAbout returns the site's notes that mention name.
func notesAbout(s *Site, name string) []string {
	var out []string
	for _, n := range s.Notes {
		if strings.Contains(n, name) {
			out = append(out, n)
		}
	}
	return out
}

// TestCompressible checks which files are worth compressing: text,
// scripts (go-app labels its own application/javascript), the wasm and
// the structured formats, but not images that are compressed already.
func TestCompressible(t *testing.T) {
	tests := []struct {
		ctype string
		want  bool
	}{
		{"application/wasm", true},
		{"text/html", true},
		{"text/css; charset=utf-8", true},
		{"text/javascript; charset=utf-8", true},
		{"application/javascript", true},
		{"application/json", true},
		{"application/manifest+json", true},
		{"application/xml", true},
		{"image/svg+xml", true},
		{"image/png", false},
		{"image/jpeg", false},
		{"application/octet-stream", false},
		{"application/gzip", false},
		{"font/woff2", false},
	}
	for _, tt := range tests {
		if got := compressible(tt.ctype); got != tt.want {
			t.Errorf("compressible(%q) = %v, want %v", tt.ctype, got, tt.want)
		}
	}
}

// TestValidTwinSent checks that twins written at build time are what a
// browser receives, byte for byte, so that the best compression reaches
// it without the server compressing anything, and that a site with good
// twins has nothing to tell its operator about them.
func TestValidTwinSent(t *testing.T) {
	wasm := compressibleBody(40 << 10)
	// Quick settings, so that the twins differ from what the server would
	// make itself and the test can tell which was sent.
	br := brotliBytes(wasm, 1)
	gz := gzipLevel(t, wasm, gzip.BestSpeed)
	if bytes.Equal(br, brotliBytes(wasm, brotli.BestCompression)) || bytes.Equal(gz, gzipBytes(wasm)) {
		t.Fatal("the twins equal the server's own compression; the test cannot tell them apart")
	}
	files := webFiles()
	files["app.wasm"] = &fstest.MapFile{Data: wasm}
	files["app.wasm.br"] = &fstest.MapFile{Data: br}
	files["app.wasm.gz"] = &fstest.MapFile{Data: gz}
	s, _ := diskSite(t, files)

	for _, tt := range []struct {
		accept string
		want   []byte
	}{
		{"br", br},
		{"gzip", gz},
		{"identity", wasm},
	} {
		resp, b := serveEncoded(t, s, "/web/app.wasm", tt.accept)
		if resp.StatusCode != http.StatusOK || !bytes.Equal(b, tt.want) {
			t.Errorf("GET /web/app.wasm, Accept-Encoding %s: status %d, %d bytes; want 200 and the twin's %d bytes", tt.accept, resp.StatusCode, len(b), len(tt.want))
		}
	}
	if notes := notesAbout(s, "app.wasm"); len(notes) > 0 {
		t.Errorf("notes about valid twins: %q", notes)
	}
}

// TestStaleTwin checks that a twin left from an older build, or a broken
// one, is never sent (the browser would run the old app or fail), and that
// the operator is told to write the twins again.
func TestStaleTwin(t *testing.T) {
	wasm := compressibleBody(8 << 10)
	old := append([]byte("an older build "), wasm[:6<<10]...)
	tests := []struct {
		name  string
		twins map[string][]byte
		notes []string // twins the note must name
	}{
		{"stale brotli", map[string][]byte{"app.wasm.br": brotliBytes(old, 5)}, []string{"app.wasm.br"}},
		{"stale gzip", map[string][]byte{"app.wasm.gz": gzipBytes(old)}, []string{"app.wasm.gz"}},
		{"broken brotli", map[string][]byte{"app.wasm.br": []byte("not brotli at all")}, []string{"app.wasm.br"}},
		{"broken gzip", map[string][]byte{"app.wasm.gz": []byte("not gzip at all")}, []string{"app.wasm.gz"}},
		{"truncated brotli", map[string][]byte{"app.wasm.br": brotliBytes(wasm, 5)[:1000]}, []string{"app.wasm.br"}},
		{"empty gzip", map[string][]byte{"app.wasm.gz": {}}, []string{"app.wasm.gz"}},
		{"both stale", map[string][]byte{"app.wasm.br": brotliBytes(old, 5), "app.wasm.gz": gzipBytes(old)}, []string{"app.wasm.br", "app.wasm.gz"}},
		{"stale brotli, good gzip", map[string][]byte{"app.wasm.br": brotliBytes(old, 5), "app.wasm.gz": gzipBytes(wasm)}, []string{"app.wasm.br"}},
		{"good twins", map[string][]byte{"app.wasm.br": brotliBytes(wasm, 5), "app.wasm.gz": gzipBytes(wasm)}, nil},
	}
	for _, tt := range tests {
		web := fstest.MapFS{"app.wasm": {Data: wasm}}
		for name, b := range tt.twins {
			web[name] = &fstest.MapFile{Data: b}
		}
		a := newAsset("/web/app.wasm", "", wasm, time.Time{})
		note := compressAsset(a, web, "app.wasm")
		for enc, b := range map[string][]byte{"br": a.br, "gzip": a.gz} {
			if b == nil || !bytes.Equal(decode(t, enc, b), wasm) {
				t.Errorf("%s: the %s form is not the wasm", tt.name, enc)
			}
		}
		for _, twin := range []string{"app.wasm.br", "app.wasm.gz"} {
			if got, want := strings.Contains(note, twin), slices.Contains(tt.notes, twin); got != want {
				t.Errorf("%s: note %q names %s: %v, want %v", tt.name, note, twin, got, want)
			}
		}
		if tt.notes != nil && !strings.Contains(note, "newsexplorer compress") {
			t.Errorf("%s: note %q does not say how to write the twins", tt.name, note)
		}
	}

	// The same through a site on disk: the server's own forms are sent,
	// and the operator sees the note.
	files := webFiles()
	files["app.wasm"] = &fstest.MapFile{Data: wasm}
	files["app.wasm.br"] = &fstest.MapFile{Data: brotliBytes(old, 5)}
	files["app.wasm.gz"] = &fstest.MapFile{Data: gzipBytes(old)}
	s, _ := diskSite(t, files)
	for _, enc := range []string{"br", "gzip"} {
		resp, b := serveEncoded(t, s, "/web/app.wasm", enc)
		if got := resp.Header.Get("Content-Encoding"); got != enc || !bytes.Equal(decode(t, enc, b), wasm) {
			t.Errorf("site with stale twins: GET /web/app.wasm, %s: Content-Encoding %q, or not the wasm", enc, got)
		}
	}
	for _, twin := range []string{"app.wasm.br", "app.wasm.gz"} {
		if len(notesAbout(s, twin)) == 0 {
			t.Errorf("site with stale twins: no note names %s; notes %q", twin, s.Notes)
		}
	}
}

// TestLargeFileWithoutTwin checks that a large wasm with no twin is still
// sent compressed, and that the operator learns that a twin would do
// better.
func TestLargeFileWithoutTwin(t *testing.T) {
	wasm := compressibleBody(largeFile + 100<<10)
	files := webFiles()
	files["app.wasm"] = &fstest.MapFile{Data: wasm}
	s := newSite(t, files)
	resp, b := serveEncoded(t, s, "/web/app.wasm", "br")
	if resp.Header.Get("Content-Encoding") != "br" || !bytes.Equal(decode(t, "br", b), wasm) {
		t.Errorf("GET /web/app.wasm, br: Content-Encoding %q; want the wasm in brotli", resp.Header.Get("Content-Encoding"))
	}
	notes := notesAbout(s, "app.wasm")
	if len(notes) != 1 || !strings.Contains(notes[0], "no brotli twin") || !strings.Contains(notes[0], "compress") {
		t.Errorf("notes about app.wasm = %q, want one saying it has no brotli twin and how to write one", notes)
	}
}

// TestTwinsNotServed checks that a compressed twin is never a file of its
// own (a browser would get compressed bytes with no Content-Encoding), and
// that twins do not change the version, so writing them does not make
// installed apps download everything again. A .gz with no file beside it
// is an ordinary file.
func TestTwinsNotServed(t *testing.T) {
	plain := webFiles()
	twinned := webFiles()
	twinned["app.wasm.br"] = &fstest.MapFile{Data: brotliBytes(plain["app.wasm"].Data, 5)}
	twinned["app.wasm.gz"] = &fstest.MapFile{Data: gzipBytes(plain["app.wasm"].Data)}
	twinned["style.css.gz"] = &fstest.MapFile{Data: []byte("stale")}
	twinned["sub/page.txt.br"] = &fstest.MapFile{Data: brotliBytes(plain["sub/page.txt"].Data, 5)}
	archive := gzipBytes([]byte("an archive to download"))
	twinned["data.tar.gz"] = &fstest.MapFile{Data: archive}

	names, err := webNames(twinned)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if strings.HasSuffix(n, ".br") || (strings.HasSuffix(n, ".gz") && n != "data.tar.gz") {
			t.Errorf("webNames lists the twin %s", n)
		}
	}
	if !slices.Contains(names, "data.tar.gz") {
		t.Errorf("webNames = %q, want data.tar.gz, which is no twin", names)
	}

	s := newSite(t, twinned)
	tests := []struct {
		path   string
		status int
	}{
		{"/web/app.wasm.br", 404},
		{"/web/app.wasm.gz", 404},
		{"/web/style.css.gz", 404},
		{"/web/sub/page.txt.br", 404},
		{"/app.wasm.br", 404},
		{"/" + s.Version + "/web/app.wasm.br", 404},
		{"/web/data.tar.gz", 200},
		{"/web/app.wasm", 200},
	}
	for _, tt := range tests {
		resp, b := serveEncoded(t, s, tt.path, "br, gzip")
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if tt.path == "/web/data.tar.gz" && (!bytes.Equal(b, archive) || resp.Header.Get("Content-Encoding") != "") {
			t.Errorf("GET /web/data.tar.gz: Content-Encoding %q, %d bytes; want the archive as it is", resp.Header.Get("Content-Encoding"), len(b))
		}
	}

	delete(twinned, "data.tar.gz")
	for _, data := range []string{"", `{"id":"x"}`} {
		v1, err1 := Version(plain, data)
		v2, err2 := Version(twinned, data)
		if err1 != nil || err2 != nil || v1 != v2 {
			t.Errorf("Version without twins %s (%v), with twins %s (%v); want the same", v1, err1, v2, err2)
		}
	}
}

// TestCompress checks the build step that writes twins: a .br and a .gz
// that decode to each compressible file, none for images or hidden files
// nor twins of twins, a report line for each file written, and nothing
// rewritten while the twins are up to date.
func TestCompress(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "web")
	files := webFiles()
	files["app.wasm"] = &fstest.MapFile{Data: compressibleBody(50 << 10)}
	files["extra.js"] = &fstest.MapFile{Data: []byte("console.log('hi');\n")}
	writeTree(t, dir, files)

	var report bytes.Buffer
	if err := Compress(dir, &report); err != nil {
		t.Fatal(err)
	}
	var want []string
	for name, f := range files {
		twins := !hidden(name) && compressible(contentType(name))
		for _, ext := range twinExts {
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name+ext)))
			if !twins {
				if err == nil {
					t.Errorf("Compress wrote %s%s", name, ext)
				}
				continue
			}
			want = append(want, "compress: wrote "+filepath.Join(dir, filepath.FromSlash(name+ext)))
			if err != nil {
				t.Errorf("no twin %s%s: %v", name, ext, err)
				continue
			}
			var d []byte
			if ext == ".br" {
				d, err = unbrotli(b)
			} else {
				d, err = gunzip(b)
			}
			if err != nil || !bytes.Equal(d, f.Data) {
				t.Errorf("%s%s does not decode to %s (%v)", name, ext, name, err)
			}
		}
	}
	if got := reportLines(&report); !slices.Equal(got, sorted(want)) {
		t.Errorf("Compress reported\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(sorted(want), "\n"))
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		for _, double := range []string{".br.br", ".br.gz", ".gz.br", ".gz.gz"} {
			if strings.HasSuffix(p, double) {
				t.Errorf("Compress wrote a twin of a twin: %s", p)
			}
		}
		return nil
	})

	// Up-to-date twins are left alone.
	past := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	twins := func() []string {
		var out []string
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
				out = append(out, p)
			}
			return nil
		})
		return out
	}
	for _, p := range twins() {
		if err := os.Chtimes(p, past, past); err != nil {
			t.Fatal(err)
		}
	}
	report.Reset()
	if err := Compress(dir, &report); err != nil {
		t.Fatal(err)
	}
	if report.Len() != 0 {
		t.Errorf("a second run reported %q, want nothing", report.String())
	}
	for _, p := range twins() {
		if info, err := os.Stat(p); err != nil || !info.ModTime().Equal(past) {
			t.Errorf("a second run touched %s", p)
		}
	}

	// A changed file gets new twins; a broken twin is written again, and
	// only it.
	newCSS := []byte("body { color: #000; background: #fff }\n")
	if err := os.WriteFile(filepath.Join(dir, "style.css"), newCSS, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "icon.svg.br"), []byte("broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	report.Reset()
	if err := Compress(dir, &report); err != nil {
		t.Fatal(err)
	}
	want = sorted([]string{
		"compress: wrote " + filepath.Join(dir, "style.css.br"),
		"compress: wrote " + filepath.Join(dir, "style.css.gz"),
		"compress: wrote " + filepath.Join(dir, "icon.svg.br"),
	})
	if got := reportLines(&report); !slices.Equal(got, want) {
		t.Errorf("after a change, Compress reported %q, want %q", got, want)
	}
	for _, ext := range twinExts {
		b, _ := os.ReadFile(filepath.Join(dir, "style.css"+ext))
		d, err := unbrotli(b)
		if ext == ".gz" {
			d, err = gunzip(b)
		}
		if err != nil || !bytes.Equal(d, newCSS) {
			t.Errorf("style.css%s does not decode to the new style.css (%v)", ext, err)
		}
	}

	// The site built over the folder sends the twins as written.
	web, err := OpenWeb(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(t, web)
	onDisk, _ := os.ReadFile(filepath.Join(dir, "app.wasm.br"))
	if _, b := serveEncoded(t, s, "/web/app.wasm", "br"); !bytes.Equal(b, onDisk) {
		t.Errorf("the site does not send app.wasm.br as Compress wrote it")
	}
	if notes := notesAbout(s, "app.wasm"); len(notes) > 0 {
		t.Errorf("notes after Compress: %q", notes)
	}

	if err := Compress(filepath.Join(dir, "missing"), &report); err == nil || !strings.Contains(err.Error(), "compress") {
		t.Errorf("Compress of a missing folder: %v, want an error that says compress", err)
	}
}

func reportLines(b *bytes.Buffer) []string {
	return sorted(strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n"))
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

package server

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// snapshot maps every file under dir, except those under skip, to a hash
// of its content.
func snapshot(t *testing.T, dir, skip string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if skip != "" && (p == skip || strings.HasPrefix(p, skip+string(filepath.Separator))) {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out[p] = sha256.Sum256(b)
		} else if !d.IsDir() {
			out[p] = [32]byte{byte(d.Type() >> 24)}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// exportFiles is the web folder the export tests write: every file the
// page uses, a wasm large enough to compress, an HTML file and a dotfile.
func exportFiles() fstest.MapFS {
	files := webFiles()
	files["app.wasm"] = &fstest.MapFile{Data: compressibleBody(60 << 10)}
	return files
}

// TestExport checks the static export a static host or CDN serves: every
// file the service worker stores is there under the name a plain file
// server answers, with the bytes the server sends, the wasm with its
// compressed twins, the headers for hosts that read _headers, no error
// page kept as content, and nothing written outside the folder.
func TestExport(t *testing.T) {
	s, webDir := diskSite(t, exportFiles())
	top := filepath.Dir(webDir)
	before := snapshot(t, top, "")
	out := filepath.Join(top, "dist", "site")
	if err := s.Export(out); err != nil {
		t.Fatal(err)
	}

	// Nothing outside the export changed.
	after := snapshot(t, top, out)
	delete(after, filepath.Join(top, "dist"))
	if len(after) != len(before) {
		t.Errorf("export left %d files outside %s, want the %d there before", len(after), out, len(before))
	}
	for p, sum := range before {
		if after[p] != sum {
			t.Errorf("export changed %s", p)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(top, "dist")); len(entries) != 1 {
		t.Errorf("the export's parent folder holds %d entries, want 1", len(entries))
	}

	// Every precached URL is a file; a page is its folder's index.html.
	if len(s.Precache) == 0 {
		t.Fatal("the site precaches nothing")
	}
	for _, u := range s.Precache {
		name := strings.TrimPrefix(u, "/")
		if a := s.assets[u]; a != nil && a.isPage() {
			name = filepath.Join(name, "index.html")
		}
		if info, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil || !info.Mode().IsRegular() {
			t.Errorf("precached %s: no file %s in the export (%v)", u, name, err)
		}
	}
	if b, err := os.ReadFile(filepath.Join(out, "index.html")); err != nil || !bytes.Equal(b, s.assets["/"].body) {
		t.Errorf("the home page is not index.html: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(out, "web", "sub", "index.html")); err != nil || !bytes.Equal(b, exportFiles()["sub/index.html"].Data) {
		t.Errorf("web/sub/index.html is not exported as itself: %q, %v", b, err)
	}

	// A plain file server over the export answers every precached URL,
	// and every file the site serves, with the site's bytes.
	files := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer files.Close()
	urls := append([]string{}, s.Precache...)
	urls = append(urls, s.paths()...)
	c := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	defer c.CloseIdleConnections()
	for _, u := range urls {
		want := get(t, s, "GET", u)
		wantBody := body(t, want)
		resp, err := c.Get(files.URL + u)
		if err != nil {
			t.Errorf("GET %s from the export: %v", u, err)
			continue
		}
		got := body(t, resp)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || want.StatusCode != http.StatusOK {
			t.Errorf("GET %s: export %d, site %d; want 200 from both", u, resp.StatusCode, want.StatusCode)
			continue
		}
		if got != wantBody {
			t.Errorf("GET %s: the export sends %d bytes that differ from the site's %d", u, len(got), len(wantBody))
		}
	}

	// The wasm's twins, and every compressed form the site sends.
	for _, ext := range []string{".br", ".gz"} {
		if _, err := os.Stat(filepath.Join(out, "web", "app.wasm"+ext)); err != nil {
			t.Errorf("no web/app.wasm%s in the export: %v", ext, err)
		}
	}
	for _, p := range s.paths() {
		a := s.assets[p]
		for _, f := range []struct {
			ext  string
			body []byte
		}{{".br", a.br}, {".gz", a.gz}} {
			name := filepath.Join(out, exportName(p, a)+f.ext)
			b, err := os.ReadFile(name)
			switch {
			case f.body == nil && err == nil:
				t.Errorf("%s is exported, but the site sends no such form", name)
			case f.body != nil && !bytes.Equal(b, f.body):
				t.Errorf("%s differs from the %s form the site sends (%v)", name, f.ext, err)
			}
		}
	}

	// The headers file carries every security header.
	hb, err := os.ReadFile(filepath.Join(out, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range SecurityHeaders {
		if line := "  " + kv[0] + ": " + kv[1] + "\n"; !strings.Contains(string(hb), line) {
			t.Errorf("_headers lacks %q", line)
		}
	}
	for _, line := range []string{"/*\n", "  Cache-Control: no-cache\n", "  Content-Type: application/wasm\n"} {
		if !strings.Contains(string(hb), line) {
			t.Errorf("_headers lacks %q", line)
		}
	}

	// 404.html is the page for addresses that name no page, for hosts
	// that send it.
	if b, err := os.ReadFile(filepath.Join(out, NotFoundFile)); err != nil || !bytes.Equal(b, notFoundPage("")) {
		t.Errorf("the export has no %s, the page for addresses that name no page: %v", NotFoundFile, err)
	}

	// No error page was kept as content, and no hidden file leaked.
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := os.ReadFile(p)
		if bytes.Contains(b, []byte("404 page not found")) || bytes.Contains(b, []byte("method not allowed")) {
			t.Errorf("%s is an error page", p)
		}
		if rel, _ := filepath.Rel(out, p); hidden(filepath.ToSlash(rel)) {
			t.Errorf("export wrote the hidden file %s", rel)
		}
		return nil
	})
}

// TestExportRefuses checks that an export never mixes with files already
// there, which would leave stale files on the host: a folder that is not
// empty, or a file, is refused with its name, and left as it was. An
// empty folder will do.
func TestExportRefuses(t *testing.T) {
	h, _ := handler(t)
	s := h.(*Site)
	dir := t.TempDir()

	full := filepath.Join(dir, "full")
	writeTree(t, full, fstest.MapFS{"old.html": {Data: []byte("old")}})
	file := filepath.Join(dir, "file")
	writeTree(t, dir, fstest.MapFS{"file": {Data: []byte("a file")}})
	before := snapshot(t, dir, "")
	for _, target := range []string{full, file} {
		err := s.Export(target)
		if err == nil || !strings.Contains(err.Error(), target) {
			t.Errorf("Export(%s) = %v, want an error naming it", target, err)
		}
	}
	after := snapshot(t, dir, "")
	if len(after) != len(before) {
		t.Errorf("a refused export left %d files, want %d", len(after), len(before))
	}
	for p, sum := range before {
		if after[p] != sum {
			t.Errorf("a refused export changed %s", p)
		}
	}

	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := s.Export(empty); err != nil {
		t.Errorf("Export into an empty folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(empty, "index.html")); err != nil {
		t.Errorf("Export into an empty folder wrote no index.html: %v", err)
	}
}

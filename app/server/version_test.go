package server

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

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

package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newsexplorer/app/cli/clitest"
)

// TestLoadArticle checks the server loads the default article with no
// flag, and that a broken -article file stops it with an error that names
// the file, the place and the problem.
func TestLoadArticle(t *testing.T) {
	a, raw, err := loadArticle("")
	if err != nil || a.ID != "kursk" || len(raw) == 0 {
		t.Fatalf("default article: %v, %v", a, err)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\n  \"format\": \"news-explorer-article/1\",\n  \"id\": \"bad\",\n  \"title\": \"Bad\",\n  \"text\": \"Putin met Putin.\",\n  \"entities\": [{\"id\": \"putin\", \"name\": \"Vladimir Putin\", \"type\": \"person\", \"description\": \"President of Russia.\"}],\n  \"mentions\": [{\"entity\": \"putin\", \"exact\": \"Putin\"}]\n}\n"), 0o644)
	_, _, err = loadArticle(bad)
	if err == nil {
		t.Fatal("a file whose anchor matches two places loaded")
	}
	for _, want := range []string{bad + ":7:16", "mention 1", `matches 2 places`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if _, _, err := loadArticle(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file: error %v does not name it", err)
	}
}

// TestStatic checks "newsexplorer static": the whole site written to the
// folder given, with the pages, go-app's files, the web folder and the
// headers file a static host needs, and a line saying where it went.
func TestStatic(t *testing.T) {
	web := clitest.WebFolder(t)
	out := filepath.Join(t.TempDir(), "dist")
	var report bytes.Buffer
	if err := run([]string{"static", "-out", out, "-web", web}, &report); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "app.css", "_headers",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/author.wasm", "web/author.wasm.br", "web/author.wasm.gz",
		"web/style.css", "web/noscript.css",
		"web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/print.css", "classroom/teacher/index.html",
	} {
		info, err := os.Stat(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil || !info.Mode().IsRegular() || info.Size() == 0 {
			t.Errorf("static wrote no %s: %v", name, err)
		}
	}
	for _, name := range []string{"app.wasm", "author.wasm", "style.css", "icon-192.png"} {
		want, _ := os.ReadFile(filepath.Join(web, name))
		if got, err := os.ReadFile(filepath.Join(out, "web", name)); err != nil || !bytes.Equal(got, want) {
			t.Errorf("web/%s in the export differs from the web folder's (%v)", name, err)
		}
	}
	if page, _ := os.ReadFile(filepath.Join(out, "index.html")); !bytes.Contains(page, []byte(`id="article-data"`)) {
		t.Errorf("index.html does not carry the article")
	}
	if ok, _ := regexp.MatchString(`(?m)^wrote the site \(version [0-9a-f]{16}\) to `+regexp.QuoteMeta(out)+`$`, report.String()); !ok {
		t.Errorf("static said %q, want where it wrote which version", report.String())
	}
	if strings.Contains(report.String(), "note:") {
		t.Errorf("static has notes about a complete web folder: %q", report.String())
	}
}

// TestStaticLibrary checks "newsexplorer static -articles": a missing
// folder is said and the default article written all the same; a folder's
// articles are written with their pages and files.
func TestStaticLibrary(t *testing.T) {
	web := clitest.WebFolder(t)
	out := filepath.Join(t.TempDir(), "dist")
	var report bytes.Buffer
	missing := filepath.Join(t.TempDir(), "nope")
	if err := run([]string{"static", "-out", out, "-web", web, "-articles", missing}, &report); err != nil {
		t.Fatal(err)
	}
	if want := "error: articles folder " + missing + " does not exist\nlibrary: 1 article: kursk (the default)\n"; !strings.HasPrefix(report.String(), want) {
		t.Errorf("static said %q, want it to start %q", report.String(), want)
	}
	out2 := filepath.Join(t.TempDir(), "dist")
	if err := run([]string{"static", "-out", out2, "-web", web, "-articles", articlesFolder(t)}, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"library/index.html", "articles/kursk/index.html", "articles/porto/index.html", "articles/ferry/teacher/index.html", "articles/porto.json", "articles/ferry.json"} {
		if _, err := os.Stat(filepath.Join(out2, filepath.FromSlash(name))); err != nil {
			t.Errorf("static -articles wrote no %s", name)
		}
	}
}

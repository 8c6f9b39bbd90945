package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
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

// webFolder writes a web folder with every file the page uses and returns
// its path.
func webFolder(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	files := map[string]string{
		"app.wasm":     "\x00asm\x01\x00\x00\x00" + strings.Repeat("a stand-in for the wasm build; ", 2000),
		"author.wasm":  "\x00asm\x01\x00\x00\x00" + strings.Repeat("a stand-in for the authors' program; ", 2000),
		"style.css":    strings.Repeat("body { color: #222; margin: 0 auto; max-width: 40em }\n", 50),
		"noscript.css": "#app-wasm-loader { display: none }\n",
		"print.css":    ".masthead { display: none }\n",
		"icon.svg":     `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>`,
		"icon-192.png": "\x89PNG\r\n\x1a\n192",
		"icon-512.png": "\x89PNG\r\n\x1a\n512",
	}
	for name, data := range files {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestStatic checks "newsexplorer static": the whole site written to the
// folder given, with the pages, go-app's files, the web folder and the
// headers file a static host needs, and a line saying where it went.
func TestStatic(t *testing.T) {
	web := webFolder(t)
	out := filepath.Join(t.TempDir(), "dist")
	var report bytes.Buffer
	if err := run(context.Background(), []string{"static", "-out", out, "-web", web}, &report); err != nil {
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

// TestVersionFollowsServer builds the server twice, linked differently,
// and exports the same site with each: the same program gives the same
// version at every run, and another build of the server alone, with the
// same web folder and article, gives a new one, so that installed apps
// update to pages it renders differently.
func TestVersionFollowsServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the server twice")
	}
	dir := t.TempDir()
	web := webFolder(t)
	build := func(name string, flags ...string) string {
		exe := filepath.Join(dir, name)
		cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", exe, ".")...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %v: %v\n%s", flags, err, b)
		}
		return exe
	}
	version := func(exe string) string {
		out := filepath.Join(t.TempDir(), "dist")
		b, err := exec.Command(exe, "static", "-out", out, "-web", web).CombinedOutput()
		if err != nil {
			t.Fatalf("%s static: %v\n%s", filepath.Base(exe), err, b)
		}
		m := regexp.MustCompile(`version ([0-9a-f]{16})`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s static said %q, with no version", filepath.Base(exe), b)
		}
		return string(m[1])
	}
	plain, stripped := build("plain"), build("stripped", "-ldflags=-s")
	first, again, other := version(plain), version(plain), version(stripped)
	if first != again {
		t.Errorf("one server program gave versions %s and %s", first, again)
	}
	if first == other {
		t.Errorf("two builds of the server gave the same version %s", first)
	}
}

// TestRunRefuses checks that a command line that cannot work stops with
// an error that says why, and writes nothing.
func TestRunRefuses(t *testing.T) {
	web := webFolder(t)
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "old.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"static without -out", []string{"static", "-web", web}, "-out"},
		{"static into a folder with files", []string{"static", "-out", full, "-web", web}, full},
		{"static from a missing web folder", []string{"static", "-out", filepath.Join(t.TempDir(), "o"), "-web", missing}, "missing"},
		{"static with a missing article", []string{"static", "-out", filepath.Join(t.TempDir(), "o"), "-web", web, "-article", missing + ".json"}, "missing.json"},
		{"unknown command", []string{"frobnicate", "-web", web}, `"frobnicate"`},
		{"unknown flag", []string{"static", "-bogus"}, "bogus"},
		{"serve from a missing web folder", []string{"serve", "-addr", "127.0.0.1:0", "-web", missing}, "missing"},
		{"compress a missing folder", []string{"compress", "-web", missing}, "missing"},
		{"serve with an argument", []string{"serve", "-addr", "127.0.0.1:0", "-web", web, "my.json"}, `serve: unexpected argument "my.json": name an article file with -article`},
		{"a bare argument", []string{"-addr", "127.0.0.1:0", "-web", web, "my.json"}, `unexpected argument "my.json"`},
		{"static with an argument", []string{"static", "-out", filepath.Join(t.TempDir(), "o"), "-web", web, "my.json"}, `static: unexpected argument "my.json"`},
		{"compress with an argument", []string{"compress", "-web", web, "extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(context.Background(), tt.args, &out)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: run(%q) = %v, want an error that says %s", tt.name, tt.args, err, tt.want)
		}
	}
	if entries, _ := os.ReadDir(full); len(entries) != 1 {
		t.Errorf("a refused static left %d files in the folder, want the 1 there before", len(entries))
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("a refused command created %s", missing)
	}
	if err := run(context.Background(), []string{"static", "-h"}, io.Discard); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("static -h = %v, want flag.ErrHelp, which exits with status 2", err)
	}
}

// TestCompressCommand checks "newsexplorer compress": twins beside every
// compressible file of the folder, none for images, one line for each
// file written, and nothing written again on a second run.
func TestCompressCommand(t *testing.T) {
	web := webFolder(t)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"compress", "-web", web}, &out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"app.wasm", "style.css", "noscript.css", "icon.svg"} {
		for _, ext := range []string{".br", ".gz"} {
			p := filepath.Join(web, name+ext)
			if _, err := os.Stat(p); err != nil {
				t.Errorf("compress wrote no %s%s: %v", name, ext, err)
			}
			if !strings.Contains(out.String(), "compress: wrote "+p+"\n") {
				t.Errorf("compress did not report %s", p)
			}
		}
	}
	for _, name := range []string{"icon-192.png.br", "icon-192.png.gz", "icon-512.png.br"} {
		if _, err := os.Stat(filepath.Join(web, name)); err == nil {
			t.Errorf("compress wrote %s", name)
		}
	}
	out.Reset()
	if err := run(context.Background(), []string{"compress", "-web", web}, &out); err != nil || out.Len() != 0 {
		t.Errorf("a second compress: %v, reported %q; want nothing to do", err, out.String())
	}
}

// TestServe checks "newsexplorer serve", and the default command: it says
// where it serves, answers there, and returns nil once its context is
// cancelled, as on SIGINT or SIGTERM.
func TestServe(t *testing.T) {
	web := webFolder(t)
	for _, args := range [][]string{
		{"serve", "-addr", "127.0.0.1:0", "-web", web},
		{"-addr", "127.0.0.1:0", "-web", web},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		pr, pw := io.Pipe()
		lines := make(chan string, 100)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(pr)
			for sc.Scan() {
				lines <- sc.Text()
			}
		}()
		done := make(chan error, 1)
		go func() {
			err := run(ctx, args, pw)
			pw.Close()
			done <- err
		}()

		serving := regexp.MustCompile(`^News Explorer \(version ([0-9a-f]{16})\) serving ".+" at (http://127\.0\.0\.1:[0-9]+/)$`)
		var url, version string
		timeout := time.After(20 * time.Second)
	wait:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					cancel()
					t.Fatalf("run(%q) ended before it served: %v", args, <-done)
				}
				if m := serving.FindStringSubmatch(l); m != nil {
					version, url = m[1], m[2]
					break wait
				}
				t.Errorf("run(%q) said %q before serving", args, l)
			case <-timeout:
				cancel()
				t.Fatalf("run(%q) did not say where it serves in 20s", args)
			}
		}

		tr := &http.Transport{}
		c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
		for _, p := range []string{"", "app.js", "web/style.css"} {
			resp, err := c.Get(url + p)
			if err != nil {
				t.Errorf("GET %s%s: %v", url, p, err)
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s%s = %d", url, p, resp.StatusCode)
			}
			if p == "app.js" && !bytes.Contains(b, []byte(version)) {
				t.Errorf("GET %sapp.js does not carry version %s", url, version)
			}
		}
		tr.CloseIdleConnections()

		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run(%q) after cancel = %v, want nil", args, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("run(%q) did not return 10s after its context was cancelled", args)
		}
		var rest []string
		for l := range lines {
			rest = append(rest, l)
		}
		if len(rest) == 0 || rest[len(rest)-1] != "stopped" {
			t.Errorf("run(%q) said %q after the cancel, want it to end with \"stopped\"", args, rest)
		}
		if _, err := c.Get(url); err == nil {
			t.Errorf("GET %s answered after serve returned", url)
		}
	}
}

// Package clitest writes the folders the newsexplorer command's tests run
// on: a web folder with a stand-in for every file the pages use, and a
// folder of article files with one of each kind of problem.
package clitest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// WebFolder writes a web folder with every file the page uses, the two
// programs as small stand-ins, and returns its path.
func WebFolder(t testing.TB) string {
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
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// ArticlesFolder writes a folder of article files made from the valid
// article file porto (the path of app/library/testdata/porto.json from
// the test's package) and returns its path. It holds two valid articles
// (a-porto.json, id porto, and b-ferry.json, id ferry), one with an error
// (c-bad.json, an anchor not in the text), one with the id of another
// (d-copy.json) and a file that is no article (notes.txt).
func ArticlesFolder(t testing.TB, porto string) string {
	t.Helper()
	good, err := os.ReadFile(porto)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "articles")
	files := map[string]string{
		"a-porto.json": string(good),
		"b-ferry.json": strings.Replace(string(good), `"id": "porto"`, `"id": "ferry"`, 1),
		"c-bad.json":   strings.Replace(string(good), `"exact": "Ana Lima"`, `"exact": "Ana Lyma"`, 1),
		"d-copy.json":  string(good),
		"notes.txt":    "not an article",
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

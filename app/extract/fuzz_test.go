package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// FuzzAnnotate checks that Annotate never panics or hangs, and that what it
// returns always loads as an article file. The seeds are the gold texts
// and the texts under testdata/fuzz.
func FuzzAnnotate(f *testing.F) {
	paths, _ := filepath.Glob("testdata/fuzz/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, g := range loadGold(f) {
		f.Add(g.Text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now()
		a, err := Annotate("Fuzz", text)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%d bytes took %v", len(text), d)
		}
		if err != nil {
			if a != nil {
				t.Fatal("an article and an error")
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatal("annotated text that is not UTF-8")
		}
		b, err := article.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := article.Parse("fuzz.json", b); err != nil {
			t.Fatalf("the annotation does not load: %v\n%q", err, text)
		}
	})
}

// FuzzClaims checks the claim finder on any text: it never panics or
// hangs, and the claims it finds always pass the article's checks
// together, so that none is dropped for being malformed. The seeds are
// the gold texts and testdata/fuzz/claims.txt.
func FuzzClaims(f *testing.F) {
	data, err := os.ReadFile("testdata/fuzz/claims.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	for _, g := range loadGold(f) {
		f.Add(g.Text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<16 || strings.TrimSpace(text) == "" {
			return // what Annotate refuses
		}
		e := &extractor{text: text}
		e.run()
		a := e.article()
		a.ID, a.Title = "fuzz", "Fuzz"
		start := time.Now()
		claims := findClaims(a, nil)
		if d := time.Since(start); d > time.Second {
			t.Fatalf("%d bytes took %v to find claims in", len(text), d)
		}
		if _, err := a.AddClaims(claims); err != nil {
			t.Fatalf("the claims found do not pass the checks: %v\n%q", err, text)
		}
	})
}

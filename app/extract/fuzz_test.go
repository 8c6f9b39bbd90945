package extract

import (
	"os"
	"path/filepath"
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

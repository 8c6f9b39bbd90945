package exercise

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

var update = flag.Bool("update", false, "rewrite golden files")

// kursk loads the default article.
func kursk(t testing.TB) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// load parses an article under testdata/articles.
func load(t testing.TB, name string) *article.Article {
	t.Helper()
	path := filepath.Join("testdata", "articles", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// golden compares got with the golden file at path, or rewrites the file
// when the test runs with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the code makes; run go test -update and review the diff.\ngot:\n%s", path, got)
	}
}

// find returns the exercise with the given ID.
func find(t testing.TB, exercises []Exercise, id string) Exercise {
	t.Helper()
	for _, e := range exercises {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no exercise %q", id)
	return Exercise{}
}

// evidenceSpan returns the span of an evidence passage.
func evidenceSpan(t testing.TB, a *article.Article, id string) article.Span {
	t.Helper()
	for _, ev := range a.Evidence {
		if ev.ID == id {
			return ev.Span
		}
	}
	t.Fatalf("no evidence %q", id)
	return article.Span{}
}

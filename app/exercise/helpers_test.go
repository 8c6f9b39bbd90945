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

// TestPluralName checks which party names take a plural verb.
func TestPluralName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"the islanders", true},
		{"Ukrainian forces", true},
		{"Kursk residents", true},
		{"Russia", false},
		{"the Kremlin", false},
		{"the United States", false},
		{"General Staff of the Armed Forces of Ukraine", false},
		{"Islanders' Association", false},
		{"the press", false},
		{"the campus", false},
		{"the ferry's owners.", true},
		{"", false},
	} {
		if got := pluralName(c.name); got != c.want {
			t.Errorf("pluralName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		name, want string
	}{
		{"Ukraine", "Ukraine disputes it"},
		{"the islanders", "the islanders dispute it"},
	} {
		if got := mid(c.name) + " " + stanceVerb(article.Disputes, c.name); got != c.want {
			t.Errorf("%q disputes: %q, want %q", c.name, got, c.want)
		}
	}
	if got, want := agree([]string{"the islanders"}, "disputes", "dispute"), "dispute"; got != want {
		t.Errorf("agree(the islanders) = %q, want %q", got, want)
	}
	if got, want := agree([]string{"Ukraine"}, "disputes", "dispute"), "disputes"; got != want {
		t.Errorf("agree(Ukraine) = %q, want %q", got, want)
	}
}

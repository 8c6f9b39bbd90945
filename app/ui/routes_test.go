package ui

import (
	"slices"
	"testing"

	"newsexplorer/app/article"
)

func testCatalog() Catalog {
	return Catalog{Default: "kursk", Entries: []Entry{{ID: "kursk"}, {ID: "porto"}}}
}

func TestPaths(t *testing.T) {
	got := Paths(testCatalog())
	want := []string{
		"/library", "/edit",
		"/", "/classroom", "/classroom/teacher",
		"/articles/kursk", "/articles/kursk/classroom", "/articles/kursk/teacher",
		"/articles/porto", "/articles/porto/classroom", "/articles/porto/teacher",
		"/shared", "/shared/classroom", "/shared/teacher",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Paths() = %v, want %v", got, want)
	}
}

func TestPageArticle(t *testing.T) {
	cat := testCatalog()
	tests := []struct {
		path string
		id   string
		ok   bool
	}{
		{"/", "kursk", true},
		{"/classroom", "kursk", true},
		{"/classroom/", "kursk", true},
		{"/classroom/teacher", "kursk", true},
		{"/articles/kursk", "kursk", true},
		{"/articles/porto", "porto", true},
		{"/articles/porto/", "porto", true},
		{"/articles/porto/classroom", "porto", true},
		{"/articles/porto/teacher/", "porto", true},
		{"/library", "", false},
		{"/shared", "", false},
		{"/shared/classroom", "", false},
		{"/articles/nope", "", false},
		{"/articles/porto/other", "", false},
		{"/articles/porto.json", "", false},
		{"/app.js", "", false},
	}
	for _, tt := range tests {
		id, ok := PageArticle(cat, tt.path)
		if id != tt.id || ok != tt.ok {
			t.Errorf("PageArticle(%q) = %q, %v; want %q, %v", tt.path, id, ok, tt.id, tt.ok)
		}
	}
}

func TestNewCatalog(t *testing.T) {
	a := &article.Article{ID: "kursk", Title: "Kursk", TitleIsOurs: true, Text: "Putin spoke."}
	b := &article.Article{ID: "porto", Title: "Porto", Text: "Lima said."}
	got := NewCatalog([]*article.Article{a, b})
	want := Catalog{Default: "kursk", Entries: []Entry{
		{ID: "kursk", Title: "Kursk", TitleIsOurs: true, Stats: article.Stats{Characters: 12, Words: 2}},
		{ID: "porto", Title: "Porto", Stats: article.Stats{Characters: 10, Words: 2}},
	}}
	if !slices.Equal(got.Entries, want.Entries) || got.Default != want.Default {
		t.Errorf("NewCatalog() = %+v, want %+v", got, want)
	}
	if f := ArticleFile("porto"); f != "/articles/porto.json" {
		t.Errorf("ArticleFile(porto) = %q", f)
	}
}

// TestWasmFor checks which program runs each page: the editor and every
// teacher's view the authors', every other page, and any path that is no
// page, the reader's.
func TestWasmFor(t *testing.T) {
	cat := testCatalog()
	tests := []struct {
		path, want string
	}{
		{"/", ReaderWasm},
		{"/classroom", AuthorWasm},
		{"/library", ReaderWasm},
		{"/library/", ReaderWasm},
		{"/articles/porto", ReaderWasm},
		{"/articles/porto/classroom/", AuthorWasm},
		{"/edit", AuthorWasm},
		{"/edit/", AuthorWasm},
		{"/classroom/teacher", AuthorWasm},
		{"/articles/kursk/teacher", AuthorWasm},
		{"/articles/porto/teacher/", AuthorWasm},
		{"/shared/teacher", AuthorWasm},
		{"/shared", ReaderWasm},
		{"/shared/classroom", AuthorWasm},
		{"/articles/nope/teacher", ReaderWasm},
		{"/articles/porto.json", ReaderWasm},
		{"/teacher", ReaderWasm},
	}
	for _, tt := range tests {
		if got := WasmFor(cat, tt.path); got != tt.want {
			t.Errorf("WasmFor(%q) = %s, want %s", tt.path, got, tt.want)
		}
	}
}

// TestCanonicalPath checks which addresses stand for a page by its
// folder's index.html, as some static hosts and saved links give them.
func TestCanonicalPath(t *testing.T) {
	tests := []struct {
		path   string
		want   string
		wantOK bool
	}{
		{"/index.html", "/", true},
		{"/classroom/index.html", "/classroom", true},
		{"/articles/porto/classroom/index.html", "/articles/porto/classroom", true},
		{"/", "/", false},
		{"/classroom", "/classroom", false},
		{"/classroom/", "/classroom/", false},
		{"/index.htm", "/index.htm", false},
		{"/articles/myindex.html", "/articles/myindex.html", false},
	}
	for _, tt := range tests {
		got, ok := CanonicalPath(tt.path)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("CanonicalPath(%q) = %q, %v; want %q, %v", tt.path, got, ok, tt.want, tt.wantOK)
		}
	}
}

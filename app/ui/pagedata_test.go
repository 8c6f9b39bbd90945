package ui

import (
	"strings"
	"testing"

	"newsexplorer/app/library"
)

// TestPageReader checks that the reading view built from the parts the
// server rendered into the page is the view built from the article, and
// that it parses the page's article data the first time the reader needs
// the article, or says that the data cannot be read.
func TestPageReader(t *testing.T) {
	a, raw, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := parts{
		title: a.Title, header: headerHTML(a), text: readerArticleHTML(a), claims: claimsHTML(a),
		counts: a.Counts(), claimCount: len(a.Claims),
	}
	// go-app writes attributes in map order; goappTags sorts them.
	_, got := goappTags(t, render(t, newPageReader(a.ID, p)))
	_, want := goappTags(t, render(t, newReader(a, nil)))
	if got != want {
		t.Errorf("the view from the page's parts differs from the view from the article:\n%s", firstDifference(got, want))
	}

	pageFiles[a.ID] = string(raw)
	defer delete(loaded, a.ID)
	r := newPageReader(a.ID, p)
	if r.art != nil {
		t.Fatal("the view from the page's parts parsed the article before it was needed")
	}
	if !r.need() || r.art == nil || r.art.ID != a.ID || len(r.art.Mentions) != len(a.Mentions) {
		t.Fatalf("need() did not give the view the page's article")
	}
	if again := newPageReader(a.ID, p); !again.need() || again.art != r.art {
		t.Error("a second view parsed the article again instead of using the one parsed")
	}

	pageFiles["broken"] = `{"format": `
	broken := newPageReader("broken", p)
	if broken.need() {
		t.Fatal("need() = true for article data that cannot be parsed")
	}
	if html := render(t, broken); !strings.Contains(html, "could not be opened") || !strings.Contains(html, "could not be read") ||
		!strings.Contains(html, "the page&#39;s article data:1:") {
		t.Errorf("a view whose page data cannot be read does not say so:\n%s", html)
	}
}

// firstDifference shows where two renders part.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return "got:  …" + got[from:min(len(got), i+80)] + "\nwant: …" + want[from:min(len(want), i+80)]
}

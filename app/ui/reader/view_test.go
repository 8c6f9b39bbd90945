package reader

import (
	"errors"
	"strings"
	"testing"

	"github.com/dustin/go-humanize"

	"newsexplorer/app/article"
	"newsexplorer/app/library"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestReaderLoadError checks that a page whose article could not be read
// says so, with the reason, instead of showing an empty reader.
func TestReaderLoadError(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{errors.New(`the page's article data:3:7: malformed JSON: invalid character '<'`), `the page's article data:3:7: malformed JSON: invalid character '<'`},
		{nil, "no article was given"},
	}
	for _, tt := range tests {
		html := uitest.Render(t, newView(nil, tt.err))
		text := uitest.TextContent(html)
		for _, want := range []string{"This article could not be opened", tt.want} {
			if !strings.Contains(text, want) {
				t.Errorf("error %v: page reads %q, want it to contain %q", tt.err, text, want)
			}
		}
		if strings.Contains(html, `<form class="legend"`) || strings.Contains(html, `id="article"`) {
			t.Errorf("error %v: the load-error page shows a reader:\n%s", tt.err, html)
		}
		if !strings.Contains(html, `class="load-error"`) {
			t.Errorf("error %v: no load-error view in\n%s", tt.err, html)
		}
	}
}

// TestReaderRendersArticle checks that the reading view shows the legend,
// the header and the highlighted text, with every type on by default.
func TestReaderRendersArticle(t *testing.T) {
	def, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []*article.Article{uitest.ParseArticle(t, "tricky.json", uitest.Tricky), def} {
		html := uitest.Render(t, newView(a, nil))
		tags, _ := uitest.GoappTags(t, html[:strings.Index(html, `<div class="article-text">`)])
		if !strings.Contains(html, readerArticleHTML(a)) {
			t.Errorf("%s: the article's highlighted text is not in the page verbatim", a.ID)
		}
		if got := uitest.FindTags(tags, "form", "class", "legend"); len(got) != 1 {
			t.Errorf("%s: %d legends, want 1", a.ID, len(got))
		}
		if got := uitest.FindTags(tags, "h1", "id", "article-title"); len(got) != 1 || uitest.TextContent(uitest.Element(t, html, got[0])) != a.Title {
			t.Errorf("%s: title %v, want one <h1> with %q", a.ID, got, a.Title)
		}
		counts := a.Counts()
		for _, typ := range article.Types {
			b := uitest.FindTags(tags, "button", "data-toggle", string(typ))
			if len(b) != 1 || uitest.Pressed(b[0]) != "true" {
				t.Errorf("%s: %s toggle %v, want one, pressed", a.ID, typ, b)
				continue
			}
			if got, want := uitest.TextContent(uitest.Element(t, html, b[0])), humanCount(typ, counts[typ]); !strings.Contains(got, want) {
				t.Errorf("%s: %s toggle reads %q, want %q", a.ID, typ, got, want)
			}
		}
		div := uitest.FindTags(tags, "div", "id", articleID)
		if len(div) != 1 || div[0].Attrs["class"] != "article" {
			t.Errorf("%s: article container %v, want one with class \"article\" (nothing hidden)", a.ID, div)
		}
		if strings.Contains(html, `id="card"`) {
			t.Errorf("%s: a card is open before the reader chose a span", a.ID)
		}
	}
}

// humanCount spells a count as the legend does: quotes are counted as
// quotes, every other type in mentions.
func humanCount(typ article.Type, n int) string {
	noun := "mention"
	if typ == article.Quote {
		noun = "quote"
	}
	if n == 1 {
		return "1 " + noun
	}
	return humanize.Comma(int64(n)) + " " + noun + "s"
}

// TestReaderCard checks the card for each kind of span a reader can open:
// who or what it is, or who said it, and where it stands in its group.
func TestReaderCard(t *testing.T) {
	a := uitest.ParseArticle(t, "tricky.json", uitest.Tricky)
	tests := []struct {
		selected string
		want     entityCard
		group    []string
	}{
		{"m1", entityCard{Type: article.Person, Name: `Alice "Al" Smith`, Description: "A source.", Index: 1, Total: 1}, []string{"m1"}},
		{"m2", entityCard{Type: article.Person, Name: "Bob Jones", Description: "Someone Alice met.", Index: 1, Total: 2}, []string{"m2", "m7"}},
		{"m7", entityCard{Type: article.Person, Name: "Bob Jones", Description: "Someone Alice met.", Index: 2, Total: 2}, []string{"m2", "m7"}},
		{"m5", entityCard{Type: article.Date, Name: "Monday", Description: "The day of the statement.", Index: 1, Total: 1}, []string{"m5"}},
		{"q1", entityCard{Type: article.Quote, Name: `Alice "Al" Smith`, Description: "A source.", Quote: "I met Bob Jones in Paris", Index: 1, Total: 1}, []string{"q1"}},
		{"q2", entityCard{Type: article.Quote, Name: "NATO & <partners>", Description: "A military alliance.", Quote: "NATO will answer <later> & sooner", Index: 1, Total: 1}, []string{"q2"}},
	}
	for _, tt := range tests {
		r := newView(a, nil)
		if got := r.group(tt.selected); strings.Join(got, " ") != strings.Join(tt.group, " ") {
			t.Errorf("group(%s) = %v, want %v", tt.selected, got, tt.group)
		}
		r.selected = tt.selected
		c, ok := r.card().(*entityCard)
		if !ok {
			t.Errorf("card for %s: not an entity card", tt.selected)
			continue
		}
		got := entityCard{Type: c.Type, Name: c.Name, Description: c.Description, Quote: c.Quote, Index: c.Index, Total: c.Total}
		if got != tt.want {
			t.Errorf("card for %s = %+v, want %+v", tt.selected, got, tt.want)
		}
	}
	r := newView(a, nil)
	r.selected = "m99"
	if c := r.card(); c != nil {
		t.Errorf("card for an unknown span = %v, want nil", c)
	}
	if g := r.group("m99"); g != nil {
		t.Errorf("group of an unknown span = %v, want nil", g)
	}
}

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
	// go-app writes attributes in map order; uitest.GoappTags sorts them.
	_, got := uitest.GoappTags(t, uitest.Render(t, newPageView(a.ID, p)))
	_, want := uitest.GoappTags(t, uitest.Render(t, newView(a, nil)))
	if got != want {
		t.Errorf("the view from the page's parts differs from the view from the article:\n%s", uitest.FirstDifference(got, want))
	}

	ui.HoldData(a.ID, string(raw))
	defer ui.Forget(a.ID)
	r := newPageView(a.ID, p)
	if r.art != nil {
		t.Fatal("the view from the page's parts parsed the article before it was needed")
	}
	if !r.need() || r.art == nil || r.art.ID != a.ID || len(r.art.Mentions) != len(a.Mentions) {
		t.Fatalf("need() did not give the view the page's article")
	}
	if again := newPageView(a.ID, p); !again.need() || again.art != r.art {
		t.Error("a second view parsed the article again instead of using the one parsed")
	}

	ui.HoldData("broken", `{"format": `)
	defer ui.Forget("broken")
	broken := newPageView("broken", p)
	if broken.need() {
		t.Fatal("need() = true for article data that cannot be parsed")
	}
	if html := uitest.Render(t, broken); !strings.Contains(html, "could not be opened") || !strings.Contains(html, "could not be read") ||
		!strings.Contains(html, "the page&#39;s article data:1:") {
		t.Errorf("a view whose page data cannot be read does not say so:\n%s", html)
	}
}

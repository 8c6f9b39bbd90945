package reader

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui/uitest"
)

// TestLegendGolden pins the legend's HTML, attributes sorted.
func TestLegendGolden(t *testing.T) {
	l := &legend{
		Counts: map[article.Type]int{article.Person: 1, article.Organization: 2, article.Place: 1234, article.Quote: 3, article.Event: 1000000},
		Shown:  set(article.Person, article.Place, article.Quote),
	}
	_, got := uitest.GoappTags(t, app.HTMLString(l))
	uitest.Golden(t, "legend.golden.html", got+"\n")
}

// TestLegendToggles checks each switch of the legend: one button per
// type, whose pressed state says whether the type is on, whose count is
// spelled for people, and whose form value is the choice after pressing
// it, so that it also works without JavaScript.
func TestLegendToggles(t *testing.T) {
	counts := map[article.Type]int{article.Person: 1, article.Place: 2, article.Date: 1234, article.Quote: 12}
	wantCount := map[article.Type]string{
		article.Person: "1 mention", article.Organization: "0 mentions", article.Place: "2 mentions",
		article.Group: "0 mentions", article.Date: "1,234 mentions", article.Number: "0 mentions",
		article.Event: "0 mentions", article.Quote: "12 quotes",
	}
	for _, s := range []shown{allShown, 0, set(article.Quote), set(article.Person, article.Place), allShown.Toggle(article.Event)} {
		html := app.HTMLString(&legend{Counts: counts, Shown: s})
		tags, _ := uitest.GoappTags(t, html)
		if forms := uitest.FindTags(tags, "form", "method", "get"); len(forms) != 1 || forms[0].Attrs["action"] != "/" {
			t.Errorf("shown %q: want one <form method=get action=/>, got %v", s.Value(), forms)
		}
		for _, typ := range article.Types {
			buttons := uitest.FindTags(tags, "button", "data-toggle", string(typ))
			if len(buttons) != 1 {
				t.Errorf("shown %q: %d buttons with data-toggle=%q, want 1", s.Value(), len(buttons), typ)
				continue
			}
			b := buttons[0]
			if got, want := uitest.Pressed(b), strconv.FormatBool(s.Has(typ)); got != want {
				t.Errorf("shown %q: %s toggle aria-pressed=%q, want %q", s.Value(), typ, got, want)
			}
			if b.Attrs["type"] != "submit" || b.Attrs["name"] != shownParam {
				t.Errorf("shown %q: %s toggle is not a submit button named %q: %s", s.Value(), typ, shownParam, b.Src)
			}
			if got, want := parseShown(url.Values{b.Attrs["name"]: {b.Attrs["value"]}}), s.Toggle(typ); got != want {
				t.Errorf("shown %q: pressing %s submits %q, which shows %q, want %q", s.Value(), typ, b.Attrs["value"], got.Value(), want.Value())
			}
			text := uitest.TextContent(uitest.Element(t, html, b))
			for _, want := range []string{typ.Plural(), wantCount[typ], onOff(s.Has(typ))} {
				if !strings.Contains(text, want) {
					t.Errorf("shown %q: %s toggle reads %q, want it to contain %q", s.Value(), typ, text, want)
				}
			}
		}
		for _, bulk := range []struct {
			value string
			after shown
		}{
			{"all", allShown},
			{"none", 0},
		} {
			buttons := uitest.FindTags(tags, "button", "data-toggle", bulk.value)
			if len(buttons) != 1 {
				t.Errorf("shown %q: %d buttons with data-toggle=%q, want 1", s.Value(), len(buttons), bulk.value)
				continue
			}
			b := buttons[0]
			if got, want := uitest.Pressed(b), strconv.FormatBool(s == bulk.after); got != want {
				t.Errorf("shown %q: %q button aria-pressed=%q, want %q", s.Value(), bulk.value, got, want)
			}
			if got := parseShown(url.Values{b.Attrs["name"]: {b.Attrs["value"]}}); got != bulk.after || b.Attrs["type"] != "submit" {
				t.Errorf("shown %q: pressing %q submits %s=%q, which shows %q, want %q", s.Value(), bulk.value, b.Attrs["name"], b.Attrs["value"], got.Value(), bulk.after.Value())
			}
		}
	}
}

// headerArticle is an article with just what the header shows.
func headerArticle(title string, ours bool, headline, outlet, byline, published string) *article.Article {
	return &article.Article{
		ID: "h", Title: title, TitleIsOurs: ours,
		Headline: headline, Outlet: outlet, Byline: byline, Published: published,
		Text:     strings.Repeat("é", 1234),
		Entities: []article.Entity{{ID: "x", Name: "X", Type: article.Person, Description: "X."}},
		Mentions: []article.Mention{{ID: "m1", Entity: "x", Span: article.Span{Start: 0, End: 2}}},
		Quotes:   []article.QuoteSpan{{ID: "q1", Speaker: "x", Span: article.Span{Start: 2, End: 4}}},
	}
}

// TestArticleHeaderGolden pins the header's HTML for a copy that states
// some details and for one that states none.
func TestArticleHeaderGolden(t *testing.T) {
	tests := []struct {
		file string
		a    *article.Article
	}{
		{"header_stated.golden.html", headerArticle(`Kursk & "the front" <2025>`, false, "Putin credits troops", "Example News", "", "")},
		{"header_unstated.golden.html", headerArticle("Putin credits troops", true, "", "", "", "")},
	}
	for _, tt := range tests {
		_, got := uitest.GoappTags(t, headerHTML(tt.a))
		uitest.Golden(t, tt.file, uitest.Lines(got))
	}
}

var detailRE = regexp.MustCompile(`<dt>([^<]*)</dt>\s*<dd( class="not-stated")?>([^<]*)</dd>`)

// TestArticleHeaderProvenance checks that the header never invents a
// detail: each of headline, outlet, byline and date is shown when the copy
// states it and called "not stated in this copy" when it does not.
func TestArticleHeaderProvenance(t *testing.T) {
	tests := []struct {
		headline, outlet, byline, published string
	}{
		{"Headline A", "Outlet B", "By C", "2025-04-26"},
		{"Headline A", "", "", ""},
		{"", "Outlet B", "", ""},
		{"", "", "By C", ""},
		{"", "", "", "2025-04-26"},
		{"Headline A", "Outlet B", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		a := headerArticle("T", false, tt.headline, tt.outlet, tt.byline, tt.published)
		html := headerHTML(a)
		if tt == (struct{ headline, outlet, byline, published string }{}) {
			if want := "Headline, outlet, byline and publication date: not stated in this copy."; !strings.Contains(uitest.TextContent(html), want) {
				t.Errorf("nothing stated: header reads %q, want it to contain %q", uitest.TextContent(html), want)
			}
			if strings.Contains(html, "<dl") {
				t.Errorf("nothing stated: header lists the details one by one:\n%s", html)
			}
			continue
		}
		got := map[string]string{}
		for _, m := range detailRE.FindAllStringSubmatch(html, -1) {
			got[m[1]] = m[3]
			if (m[2] != "") != (m[3] == notStated) {
				t.Errorf("%+v: %s: dd class %q with text %q", tt, m[1], m[2], m[3])
			}
		}
		for _, d := range []struct{ term, value string }{
			{"Headline", tt.headline}, {"Outlet", tt.outlet}, {"Byline", tt.byline}, {"Published", tt.published},
		} {
			want := d.value
			if want == "" {
				want = notStated
			}
			if got[d.term] != want {
				t.Errorf("%+v: %s reads %q, want %q", tt, d.term, got[d.term], want)
			}
		}
	}
}

// TestArticleHeaderTitle checks the title, the note that says when the
// explorer wrote the title itself, and the article's size.
func TestArticleHeaderTitle(t *testing.T) {
	for _, ours := range []bool{false, true} {
		html := headerHTML(headerArticle(`Kursk & "the front"`, ours, "H", "", "", ""))
		text := uitest.TextContent(html)
		if !strings.Contains(html, `<h1 id="article-title" tabindex="-1">Kursk &amp; &#34;the front&#34;</h1>`) {
			t.Errorf("ours=%v: no escaped <h1> title in\n%s", ours, html)
		}
		const note = "This copy of the article came without a headline; the title above was written for this explorer."
		if got := strings.Contains(text, note); got != ours {
			t.Errorf("ours=%v: note shown = %v", ours, got)
		}
		if want := "1,234 characters · 1 entity · 2 highlights"; !strings.Contains(text, want) {
			t.Errorf("ours=%v: header reads %q, want it to contain %q", ours, text, want)
		}
	}
}

// TestEntityCard checks the card a reader opens on a span: a person's card
// names the person; a quote's card says who said it and shows the quote;
// both say where the span stands among its group.
func TestEntityCard(t *testing.T) {
	tests := []struct {
		name    string
		card    *entityCard
		want    []string
		notWant []string
	}{
		{
			name: "person",
			card: &entityCard{Type: article.Person, Name: "Vladimir Putin", Description: "President of Russia.", Index: 2, Total: 3},
			want: []string{"Person", "Vladimir Putin", "President of Russia.", "Mentioned 3 times in this article.",
				"← Previous mention", "2 of 3", "Next mention →"},
			notWant: []string{"Quote by", "Quote"},
		},
		{
			name:    "person mentioned once",
			card:    &entityCard{Type: article.Place, Name: "Kursk", Description: "A region.", Index: 1, Total: 1},
			want:    []string{"Place", "Kursk", "Mentioned 1 time in this article.", "1 of 1"},
			notWant: []string{"Quote by", "Previous", "Next"},
		},
		{
			name: "quote",
			card: &entityCard{Type: article.Quote, Name: "Valery Gerasimov", Description: "Chief of the General Staff.", Quote: `significant <assistance> & "more"`, Index: 1, Total: 2},
			want: []string{"Quote", "Quote by Valery Gerasimov", `significant <assistance> & "more"`, "Chief of the General Staff.",
				"2 quotes by Valery Gerasimov in this article.", "← Previous quote", "1 of 2", "Next quote →"},
			notWant: []string{"mention", "Mentioned"},
		},
	}
	for _, tt := range tests {
		html := app.HTMLString(tt.card)
		text := uitest.TextContent(html)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: card reads %q, want it to contain %q", tt.name, text, w)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(text, w) {
				t.Errorf("%s: card reads %q, which should not contain %q", tt.name, text, w)
			}
		}
		tags, _ := uitest.GoappTags(t, html)
		h2 := uitest.FindTags(tags, "h2", "id", "card-title")
		if len(h2) != 1 {
			t.Fatalf("%s: %d <h2 id=card-title>, want 1", tt.name, len(h2))
		}
		wantTitle := tt.card.Name
		if tt.card.Type == article.Quote {
			wantTitle = "Quote by " + tt.card.Name
		}
		if got := uitest.TextContent(uitest.Element(t, html, h2[0])); got != wantTitle {
			t.Errorf("%s: card title %q, want %q", tt.name, got, wantTitle)
		}
		if got := len(uitest.FindTags(tags, "blockquote", "class", "card-quote")); got != map[bool]int{true: 1}[tt.card.Type == article.Quote] {
			t.Errorf("%s: %d blockquotes", tt.name, got)
		}
		if got := uitest.FindTags(tags, "section", "id", "card"); len(got) != 1 || got[0].Attrs["data-card-type"] != string(tt.card.Type) {
			t.Errorf("%s: card section %v, want data-card-type=%q", tt.name, got, tt.card.Type)
		}
	}
}

// TestShownSummary checks how the legend, closed on a phone, says which
// kinds of highlight are on.
func TestShownSummary(t *testing.T) {
	for _, tc := range []struct {
		s    shown
		want string
	}{
		{allShown, "All 8 kinds on"},
		{0, "All kinds off"},
		{allShown.Toggle(article.Person), "7 of 8 kinds on"},
		{shown(0).Toggle(article.Quote), "1 of 8 kinds on"},
	} {
		if got := shownSummary(tc.s); got != tc.want {
			t.Errorf("shownSummary(%q) = %q, want %q", tc.s.Value(), got, tc.want)
		}
	}
}

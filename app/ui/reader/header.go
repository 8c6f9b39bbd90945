package reader

import (
	"strings"
	"unicode/utf8"

	"github.com/dustin/go-humanize"
	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// notStated is what the page says for a detail the copy does not give,
// rather than inventing one.
const notStated = "not stated in this copy"

// headerHTML renders the article's title and what the copy says, and does
// not say, about where it comes from, as one HTML string with a single
// root.
func headerHTML(a *article.Article) string {
	var m ui.Markup
	m.Open("header", "class", "article-header")
	// The title takes the focus, by script only, when a link within the
	// program opens the article (see ui.MarkReady).
	m.Elem("h1", a.Title, "id", "article-title", "tabindex", "-1")
	if a.TitleIsOurs {
		m.Elem("p", "This copy of the article came without a headline; the title above was written for this explorer.", "class", "title-note")
	}
	provenance(&m, a)
	spans := len(a.Mentions) + len(a.Quotes)
	m.Elem("p", humanize.Comma(int64(utf8.RuneCountInString(a.Text)))+" characters · "+
		english.Plural(len(a.Entities), "entity", "entities")+" · "+
		english.Plural(spans, "highlight", ""), "class", "stats")
	tagKey(&m)
	m.Close("header")
	return m.String()
}

// tagKey is the key to the highlights' letter tags, for print alone: on
// paper the legend, a set of buttons, is left out, and the tags are what
// tells the types apart in black and white.
func tagKey(m *ui.Markup) {
	m.Open("p", "class", "print-only tag-key").Text("Highlights, by their letter tag: ")
	for i, t := range article.Types {
		if i > 0 {
			m.Text(", ")
		}
		m.Open("span", "class", "swatch", "data-entity-type-sample", string(t), "aria-hidden", "true").Close("span")
		m.Text(" " + strings.ToLower(t.Label()))
	}
	m.Text(".").Close("p")
}

// provenance lists the headline, outlet, byline and date, or says in one
// line that the copy states none of them.
func provenance(m *ui.Markup, a *article.Article) {
	if a.Headline == "" && a.Outlet == "" && a.Byline == "" && a.Published == "" {
		m.Elem("p", "Headline, outlet, byline and publication date: "+notStated+".", "class", "provenance not-stated")
		return
	}
	m.Open("dl", "class", "provenance")
	for _, d := range []struct{ term, value string }{
		{"Headline", a.Headline}, {"Outlet", a.Outlet}, {"Byline", a.Byline}, {"Published", a.Published},
	} {
		m.Open("div").Elem("dt", d.term)
		if d.value == "" {
			m.Elem("dd", notStated, "class", "not-stated")
		} else {
			m.Elem("dd", d.value)
		}
		m.Close("div")
	}
	m.Close("dl")
}

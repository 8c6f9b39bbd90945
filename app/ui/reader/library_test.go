package reader

import (
	"strings"
	"testing"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

func libraryCatalog() ui.Catalog {
	return ui.Catalog{Default: "kursk", Entries: []ui.Entry{
		{ID: "kursk", Title: "Putin credits North Korean troops", TitleIsOurs: true,
			Stats: article.Stats{Characters: 2978, Words: 443, Entities: 36, Highlights: 80, Quotes: 12, Claims: 7}},
		{ID: "porto", Title: "Porto plans <300> trees & more",
			Stats: article.Stats{Characters: 1, Words: 1, Entities: 1, Highlights: 1, Quotes: 1, Claims: 1}},
		{ID: "empty", Title: "Nothing annotated",
			Stats: article.Stats{Characters: 1234567, Words: 0}},
	}}
}

// TestLibraryPageGolden pins the library page's HTML, attributes sorted.
func TestLibraryPageGolden(t *testing.T) {
	_, got := uitest.GoappTags(t, uitest.Render(t, newLibrary(libraryCatalog())))
	uitest.Golden(t, "library.golden.html", got+"\n")
}

// TestLibraryPageEntries checks each article's entry: its title linking
// its reading view, its figures in words with thousands separators and
// the right plurals, each with its value in data-value, and its three
// links, each named with the article's title for screen readers.
func TestLibraryPageEntries(t *testing.T) {
	html := uitest.Render(t, newLibrary(libraryCatalog()))
	items := uitest.Chunks(t, html, "data-library-article")
	if len(items) != 3 {
		t.Fatalf("%d entries, want 3", len(items))
	}
	tests := []struct {
		id    string
		texts []string // in the entry's text, in order
		stats map[string]string
	}{
		{"kursk", []string{"Putin credits North Korean troops", "The default article", "Title written for the explorer",
			"2,978 characters", "443 words", "36 entities", "80 highlights", "12 quotes", "7 claims",
			// The title after each link's label is for screen readers
			// (uitest.TextContent puts a space where a tag was).
			"Read : Putin credits North Korean troops", "Exercises : Putin credits", "For teachers : Putin credits"},
			map[string]string{"characters": "2978", "words": "443", "entities": "36", "highlights": "80", "quotes": "12", "claims": "7"}},
		{"porto", []string{"Porto plans <300> trees & more", "1 character", "1 word", "1 entity", "1 highlight", "1 quote", "1 claim"},
			map[string]string{"characters": "1", "claims": "1"}},
		{"empty", []string{"1,234,567 characters", "0 words", "0 entities", "0 highlights", "0 quotes", "0 claims"},
			map[string]string{"characters": "1234567", "words": "0"}},
	}
	for i, tt := range tests {
		it := items[i]
		if id := it.Tag.Attrs["data-library-article"]; id != tt.id {
			t.Errorf("entry %d is %q, want %q", i, id, tt.id)
			continue
		}
		text := uitest.TextContent(it.HTML)
		at := 0
		for _, want := range tt.texts {
			j := strings.Index(text[at:], want)
			if j < 0 {
				t.Errorf("%s: entry reads %q, want %q after %q", tt.id, text, want, text[:at])
				break
			}
			at += j + len(want)
		}
		if tt.id != "kursk" && strings.Contains(text, "default article") {
			t.Errorf("%s: marked the default article", tt.id)
		}
		if tt.id == "empty" && strings.Contains(text, "Title written") {
			t.Errorf("%s: says its title was written for the explorer", tt.id)
		}
		tags, _ := uitest.GoappTags(t, it.HTML)
		got := map[string]string{}
		var hrefs []string
		for _, tg := range tags {
			if s, ok := tg.Attrs["data-stat"]; ok {
				got[s] = tg.Attrs["data-value"]
			}
			if tg.Name == "a" {
				hrefs = append(hrefs, tg.Attrs["href"])
			}
		}
		for k, v := range tt.stats {
			if got[k] != v {
				t.Errorf("%s: data-stat=%s has data-value %q, want %q", tt.id, k, got[k], v)
			}
		}
		base := "/articles/" + tt.id
		if want := []string{base, base, base + "/classroom", base + "/teacher"}; strings.Join(hrefs, " ") != strings.Join(want, " ") {
			t.Errorf("%s: links %v, want %v", tt.id, hrefs, want)
		}
	}
	if !strings.Contains(uitest.TextContent(html), "3 articles.") {
		t.Errorf("the page does not say how many articles: %q", uitest.TextContent(html))
	}
}

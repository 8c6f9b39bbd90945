package reader

import (
	"strings"
	"testing"

	"newsexplorer/app/ui/uitest"
)

// doubtfulJSON has two dated times: one plain, one whose words in the text
// are doubtful.
const doubtfulJSON = `{
  "format": "news-explorer-article/1",
  "id": "doubt",
  "title": "A doubtful date",
  "text": "The troops arrived earlier this year, officials said on Saturday.",
  "written": { "from": "2025-04-26", "reasoning": "Written the day of the statement." },
  "entities": [
    { "id": "earlier", "name": "earlier this year", "type": "date", "description": "When the troops arrived.",
      "when": { "from": "2024-10-01", "to": "2025-04-26",
        "reasoning": "Widened back to October 2024, where other reporting puts the arrival.",
        "doubt": "Other reporting put the arrival in October 2024, the year before." } },
    { "id": "saturday", "name": "Saturday", "type": "date", "description": "The day of the statement.",
      "when": { "from": "2025-04-26", "reasoning": "The day the copy was written." } }
  ],
  "mentions": [
    { "entity": "earlier", "exact": "earlier this year" },
    { "entity": "saturday", "exact": "Saturday" }
  ]
}`

// TestTimelineDoubt checks that a doubtful dating is marked so in words,
// says why before its reasoning, and is not placed against the article's
// date, while a plain dating is shown as before.
func TestTimelineDoubt(t *testing.T) {
	a := uitest.ParseArticle(t, "doubt.json", doubtfulJSON)
	html := claimsHTML(a)
	tags, _ := uitest.GoappTags(t, html)
	if got := uitest.FindTags(tags, "li", "data-doubtful", "true"); len(got) != 1 || got[0].Attrs["data-date-entity"] != "earlier" {
		t.Errorf("doubtful items = %v, want the one of \"earlier\"", got)
	}
	if got := uitest.FindTags(tags, "li", "data-date-entity", "saturday"); len(got) != 1 || got[0].Attrs["data-doubtful"] != "" {
		t.Errorf("saturday's item = %v, want one, not marked doubtful", got)
	}
	text := uitest.TextContent(html)
	doubtful := "earlier this year — 1 October 2024 to 26 April 2025 (doubtful) " +
		"Why doubtful: Other reporting put the arrival in October 2024, the year before. " +
		"Widened back to October 2024"
	for _, want := range []string{doubtful, "Saturday — Saturday 26 April 2025 (the day of the article)"} {
		if !strings.Contains(text, want) {
			t.Errorf("timeline does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "months before the article") {
		t.Errorf("the doubtful dating is placed against the article's date:\n%s", text)
	}
}

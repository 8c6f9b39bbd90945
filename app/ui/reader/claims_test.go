package reader

import (
	"strings"
	"testing"
	"time"

	"newsexplorer/app/article"

	"newsexplorer/app/ui/uitest"
)

// TestClaimsPanel checks the panel shows each claim's question, status in
// words, every party with its stance and channel, the evidence controls,
// the missing voice of a silent party, and the lateral-reading prompts.
func TestClaimsPanel(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	html := claimsHTML(a)
	_, sorted := uitest.GoappTags(t, html)
	uitest.Golden(t, "claims.golden.html", uitest.Lines(sorted))
	text := uitest.TextContent(html)
	for _, want := range []string{
		"Will Porto plant 300 trees?",
		"Status: Unverified",
		"Asserts", "Official statement", "remarks by the mayor",
		"Missing voice: City council. The article names it but reports no statement from it on this.",
		"How the article frames it",
		"Look for the council's budget for tree planting.",
		"What could settle it: The council's published budget or planting records.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("panel does not say %q:\n%s", want, text)
		}
	}
	for _, want := range []string{
		`data-claim="trees-planted"`, `data-party="city"`, `data-stance="asserts"`,
		`data-party="council"`, `data-stance="silent"`,
		`data-evidence="` + a.Evidence[0].ID + `"`, `data-evidence="` + a.Evidence[1].ID + `"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("panel has no %s", want)
		}
	}
	// What is selected is marked on the page after it is rendered, so
	// the HTML itself marks nothing.
	if strings.Contains(html, "aria-current") || strings.Contains(html, "is-current") {
		t.Errorf("the panel's HTML marks something current:\n%s", html)
	}
	tags, _ := uitest.GoappTags(t, html)
	for _, ev := range a.Evidence {
		for _, b := range uitest.FindTags(tags, "button", "data-evidence", ev.ID) {
			if b.Attrs["aria-controls"] != ev.ID || b.Attrs["type"] != "button" {
				t.Errorf("evidence control %s: aria-controls=%q type=%q, want %q and button", ev.ID, b.Attrs["aria-controls"], b.Attrs["type"], ev.ID)
			}
		}
	}
}

// TestClaimsPanelEmpty checks an article with no claims says so plainly.
func TestClaimsPanelEmpty(t *testing.T) {
	a := uitest.ParseArticle(t, "plain.json", `{"format": "news-explorer-article/1", "id": "plain", "title": "Plain", "text": "Nothing to see."}`)
	text := uitest.TextContent(claimsHTML(a))
	for _, want := range []string{"No competing claims are annotated", "The article gives no times that can be placed on a calendar."} {
		if !strings.Contains(text, want) {
			t.Errorf("empty panel does not say %q:\n%s", want, text)
		}
	}
}

// TestTimeline checks datings are written for readers and placed against
// the article's date with go-humanize.
func TestTimeline(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	text := uitest.TextContent(claimsHTML(a))
	for _, want := range []string{"Written: Monday 3 March 2025 (inferred).", "Monday — Monday 3 March 2025 (the day of the article)"} {
		if !strings.Contains(text, want) {
			t.Errorf("timeline does not say %q:\n%s", want, text)
		}
	}
	mk := func(from, to string) *article.Dating {
		f, _ := time.Parse("2006-01-02", from)
		tt, _ := time.Parse("2006-01-02", to)
		return &article.Dating{From: f, To: tt}
	}
	written := mk("2025-04-26", "2025-04-26")
	tests := []struct {
		d                  *article.Dating
		wantRange, wantRel string
	}{
		{mk("2025-04-26", "2025-04-26"), "Saturday 26 April 2025", " (the day of the article)"},
		{mk("2025-01-01", "2025-02-28"), "January to February 2025", " (2 months before the article)"},
		{mk("2024-11-01", "2024-11-30"), "November 2024", " (5 months before the article)"},
		{mk("2025-04-21", "2025-04-25"), "21 April 2025 to 25 April 2025", " (3 days before the article)"},
	}
	for _, tt := range tests {
		if got := dateRange(tt.d); got != tt.wantRange {
			t.Errorf("dateRange = %q, want %q", got, tt.wantRange)
		}
		if got := relative(tt.d, written); got != tt.wantRel {
			t.Errorf("relative(%s) = %q, want %q", tt.wantRange, got, tt.wantRel)
		}
	}
}

// TestClaimsPanelSuggested checks that a claim the annotator suggested
// says, in words, that it was found automatically and should be checked
// before it is taught, as its card's description, with data-suggested on
// its card alone; and that the buttons of its passages in the text say
// so too. A claim a person wrote or accepted says nothing of the kind.
func TestClaimsPanelSuggested(t *testing.T) {
	tests := []struct {
		name   string
		marked []int // the indexes of the claims marked as suggested
	}{
		{"none", nil},
		{"one", []int{1}},
		{"two", []int{0, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := uitest.DefaultArticle(t)
			suggested := map[string]bool{}
			for _, i := range tt.marked {
				a.Claims[i].Suggested = true
				suggested[a.Claims[i].ID] = true
			}
			html := claimsHTML(a)
			cards := uitest.Chunks(t, html, "data-claim")
			if len(cards) != len(a.Claims) {
				t.Fatalf("%d claim cards, want %d", len(cards), len(a.Claims))
			}
			for _, card := range cards {
				id := card.Tag.Attrs["data-claim"]
				text := uitest.TextContent(card.HTML)
				note := strings.Contains(text, "Found automatically — check it before you teach with it.")
				mark, hasMark := card.Tag.Attrs["data-suggested"]
				if !suggested[id] {
					if note || hasMark || card.Tag.Attrs["aria-describedby"] != "" {
						t.Errorf("%s, a person's claim, is marked: data-suggested %q, note %v", id, mark, note)
					}
					continue
				}
				if !note {
					t.Errorf("%s does not say it was found automatically:\n%s", id, text)
				}
				if mark != "true" {
					t.Errorf("%s: data-suggested = %q, want true", id, mark)
				}
				tags, _ := uitest.GoappTags(t, card.HTML)
				described := card.Tag.Attrs["aria-describedby"]
				notes := uitest.FindTags(tags, "p", "id", described)
				if described == "" || len(notes) != 1 || notes[0].Attrs["class"] != "suggested-note" {
					t.Errorf("%s: aria-describedby %q names no note of its own", id, described)
				}
			}
			// The buttons of the passages in the text.
			tags, _ := uitest.GoappTags(t, readerArticleHTML(a))
			for _, ev := range a.Evidence {
				for _, b := range uitest.FindTags(tags, "button", "data-passage", ev.ID) {
					found := strings.Count(b.Attrs["title"], "(found automatically)")
					want := 0
					for _, c := range ev.Claims {
						if suggested[c] {
							want++
						}
					}
					if found != want {
						t.Errorf("the button of %s (claims %v) says %d times it was found automatically, want %d: %q", ev.ID, ev.Claims, found, want, b.Attrs["title"])
					}
				}
			}
		})
	}
}

package article

import (
	"strings"
	"unicode/utf8"
)

// Stats are an article's figures, as the library lists them.
type Stats struct {
	// Characters is the length of the text in Unicode code points.
	Characters int `json:"characters"`
	// Words is the number of words in the text: runs of characters
	// between spaces.
	Words int `json:"words"`
	// Entities is the number of entities the article annotates.
	Entities int `json:"entities"`
	// Highlights is the number of highlighted passages: every mention and
	// every quote.
	Highlights int `json:"highlights"`
	// Quotes is the number of direct quotes.
	Quotes int `json:"quotes"`
	// Claims is the number of claims the article reports.
	Claims int `json:"claims"`
}

// Stats returns the article's figures.
func (a *Article) Stats() Stats {
	return Stats{
		Characters: utf8.RuneCountInString(a.Text),
		Words:      len(strings.Fields(a.Text)),
		Entities:   len(a.Entities),
		Highlights: len(a.Mentions) + len(a.Quotes),
		Quotes:     len(a.Quotes),
		Claims:     len(a.Claims),
	}
}

package uitest

import (
	_ "embed"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

// claimsJSON is the file of ClaimsArticle.
//
//go:embed testdata/claims.json
var claimsJSON string

// ParseArticle parses an article file written inline in a test.
func ParseArticle(t *testing.T, name, data string) *article.Article {
	t.Helper()
	a, err := article.Parse(name, []byte(data))
	if err != nil {
		t.Fatalf("article.Parse(%s): %v", name, err)
	}
	return a
}

// ClaimsArticle is an article with claims of every status, stance and
// kind of source (testdata/claims.json).
func ClaimsArticle(t *testing.T) *article.Article {
	t.Helper()
	return ParseArticle(t, "claims.json", claimsJSON)
}

// SuggestedArticle is the article of the browser tests whose claims the
// annotator suggested, two of them, beside one a person wrote
// (app/browser/testdata/articles/harbour.json): the same file for the
// pages' tests on the host and in the browser.
func SuggestedArticle(t *testing.T) *article.Article {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(here), "..", "..", "browser", "testdata", "articles", "harbour.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ParseArticle(t, "harbour.json", string(data))
}

// DefaultArticle loads the article that ships with the explorer.
func DefaultArticle(t *testing.T) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Tricky is a small article with what the highlighter must get right:
// a quote that contains a person and a place (ending where the place ends),
// a quote that starts where a mention starts, mentions at the very start
// and end of a paragraph and of the text, two paragraphs, non-ASCII text,
// and <, >, & and both kinds of quotation mark in the text and in names.
const Tricky = `{
  "format": "news-explorer-article/1",
  "id": "tricky",
  "title": "A <tricky> & \"quoted\" article",
  "text": "Alice Smith told reporters: \"I met Bob Jones in Paris\" & agreed that 2 < 3 > 1. She’s off to Kyiv\n\nMonday — a spokesman said 'no comment' & \"NATO will answer <later> & sooner\". Last word: Bob Jones",
  "entities": [
    {"id": "alice", "name": "Alice \"Al\" Smith", "type": "person", "description": "A source."},
    {"id": "bob", "name": "Bob Jones", "type": "person", "description": "Someone Alice met."},
    {"id": "paris", "name": "Paris", "type": "place", "description": "Capital of France."},
    {"id": "kyiv", "name": "Kyiv", "type": "place", "description": "Capital of Ukraine."},
    {"id": "monday", "name": "Monday", "type": "date", "description": "The day of the statement."},
    {"id": "nato", "name": "NATO & <partners>", "type": "organization", "description": "A military alliance."}
  ],
  "mentions": [
    {"entity": "alice", "exact": "Alice Smith"},
    {"entity": "bob", "exact": "Bob Jones", "suffix": " in Paris"},
    {"entity": "paris", "exact": "Paris"},
    {"entity": "kyiv", "exact": "Kyiv"},
    {"entity": "monday", "exact": "Monday"},
    {"entity": "nato", "exact": "NATO"},
    {"entity": "bob", "exact": "Bob Jones", "prefix": "Last word: "}
  ],
  "quotes": [
    {"speaker": "alice", "exact": "I met Bob Jones in Paris"},
    {"speaker": "nato", "exact": "NATO will answer <later> & sooner"}
  ]
}`

package editor

import (
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestSelectionCore checks what the editor adds from a selection made word
// by word, which takes in the punctuation around the words.
func TestSelectionCore(t *testing.T) {
	for _, c := range []struct {
		name, text, selected string
		quote                bool
		want                 string
	}{
		{"comma after a name", "forces in Ukraine, crediting", "Ukraine,", false, "Ukraine"},
		{"full stop after a name", "the Kursk region.", "region.", false, "region"},
		{"brackets", "the alliance (NATO) said", "(NATO)", false, "NATO"},
		{"quotation marks round a name", `called it "Victory Day" in`, `"Victory Day"`, false, "Victory Day"},
		{"abbreviation keeps its stop", "the U.S. said", "U.S.", false, "U.S."},
		{"abbreviation before a comma", "the U.S., Russia", "U.S.,", false, "U.S."},
		{"spaces", "say  Putin  said", "  Putin  ", false, "Putin"},
		{"nothing to trim", "Valery Gerasimov said", "Valery Gerasimov", false, "Valery Gerasimov"},
		{"only punctuation", "words, and", ", ", false, ""},
		{"quote with its marks", `"We will start in May," Lima said`, `"We will start in May,"`, true, "We will start in May,"},
		{"quote, stop inside", `she said: "It is over." Then`, `"It is over."`, true, "It is over."},
		{"quote, comma after the mark", `"a partnership", and`, `"a partnership",`, true, "a partnership"},
		{"quote between the marks", `"It is over."`, `It is over.`, true, "It is over."},
		{"curly marks", "“Nothing has changed,” he said", "“Nothing has changed,”", true, "Nothing has changed,"},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := strings.Index(c.text, c.selected)
			if start < 0 {
				t.Fatalf("%q is not in %q", c.selected, c.text)
			}
			s := selectionCore(c.text, article.Span{Start: start, End: start + len(c.selected)}, c.quote)
			if got := c.text[s.Start:s.End]; got != c.want {
				t.Errorf("selectionCore(%q in %q, quote %v) = %q, want %q", c.selected, c.text, c.quote, got, c.want)
			}
		})
	}
}

package ui

import (
	"testing"

	"newsexplorer/app/article"
)

// TestWordCursor checks selection by keyboard: arrows move by word, Shift
// extends, Up and Down go by sentence, within the article's paragraphs.
func TestWordCursor(t *testing.T) {
	const text = "Ana said “no.” Rui agreed!\nThe end."
	paragraphs := []article.Span{{Start: 0, End: 30}, {Start: 31, End: len(text)}}
	words := textWords(text, paragraphs)
	var got []string
	for _, w := range words {
		got = append(got, text[w.Start:w.End])
	}
	want := []string{"Ana", "said", "“no.”", "Rui", "agreed!", "The", "end."}
	if len(got) != len(want) {
		t.Fatalf("words %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("words %q, want %q", got, want)
		}
	}

	type press struct {
		key   string
		shift bool
	}
	tests := []struct {
		name    string
		from    wordCursor
		presses []press
		want    string // the text selected
	}{
		{"first key selects the first word", noWords, []press{{"ArrowRight", false}}, "Ana"},
		{"right moves a word", wordCursor{0, 0}, []press{{"ArrowRight", false}}, "said"},
		{"left stops at the start", wordCursor{0, 0}, []press{{"ArrowLeft", false}}, "Ana"},
		{"right stops at the end", wordCursor{6, 6}, []press{{"ArrowRight", false}}, "end."},
		{"shift+right extends", wordCursor{0, 0}, []press{{"ArrowRight", true}, {"ArrowRight", true}}, "Ana said “no.”"},
		{"shift+left shrinks", wordCursor{0, 2}, []press{{"ArrowLeft", true}}, "Ana said"},
		{"shift+left past the anchor extends backwards", wordCursor{1, 1}, []press{{"ArrowLeft", true}}, "Ana said"},
		{"down goes to the next sentence", wordCursor{0, 0}, []press{{"ArrowDown", false}}, "Rui"},
		{"down crosses paragraphs", wordCursor{3, 3}, []press{{"ArrowDown", false}}, "The"},
		{"shift+down selects to the sentence end", wordCursor{0, 0}, []press{{"ArrowDown", true}}, "Ana said “no.”"},
		{"shift+down from a sentence end takes the next", wordCursor{0, 2}, []press{{"ArrowDown", true}}, "Ana said “no.” Rui agreed!"},
		{"up goes to the sentence start", wordCursor{4, 4}, []press{{"ArrowUp", false}}, "Rui"},
		{"up from a sentence start goes to the one before", wordCursor{3, 3}, []press{{"ArrowUp", false}}, "Ana"},
		{"shift+up shrinks to the previous sentence end", wordCursor{0, 4}, []press{{"ArrowUp", true}}, "Ana said “no.”"},
		{"down then shift+down selects a sentence", wordCursor{0, 0}, []press{{"ArrowDown", false}, {"ArrowDown", true}}, "Rui agreed!"},
	}
	for _, tt := range tests {
		c := tt.from
		for _, p := range tt.presses {
			var handled bool
			if c, handled = c.move(words, p.key, p.shift); !handled {
				t.Errorf("%s: %s not handled", tt.name, p.key)
			}
		}
		s, ok := c.span(words)
		if !ok || text[s.Start:s.End] != tt.want {
			t.Errorf("%s: selected %q (%v), want %q", tt.name, text[s.Start:s.End], ok, tt.want)
		}
	}
	if _, handled := (wordCursor{0, 0}).move(words, "Enter", false); handled {
		t.Errorf("Enter was handled; the page must leave it to the browser")
	}
	if c := cursorFor(words, article.Span{Start: 5, End: 12}); c != (wordCursor{1, 2}) {
		t.Errorf("cursorFor(said “no) = %v, want {1 2}", c)
	}
}

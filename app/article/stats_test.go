package article

import "testing"

func TestStats(t *testing.T) {
	tests := []struct {
		name string
		a    *Article
		want Stats
	}{
		{"empty", &Article{}, Stats{}},
		{
			name: "accents and spaces",
			a:    &Article{Text: "Ana Lima said: “Porto will plant 300 trees.”\n  Lima’s office agreed.  "},
			want: Stats{Characters: 70, Words: 11},
		},
		{
			name: "annotations",
			a: &Article{
				Text:     "Putin met Kim.",
				Entities: []Entity{{ID: "putin"}, {ID: "kim"}},
				Mentions: []Mention{{ID: "m1"}, {ID: "m2"}},
				Quotes:   []QuoteSpan{{ID: "q1"}},
				Claims:   []Claim{{ID: "c1"}, {ID: "c2"}, {ID: "c3"}},
			},
			want: Stats{Characters: 14, Words: 3, Entities: 2, Highlights: 3, Quotes: 1, Claims: 3},
		},
	}
	for _, tt := range tests {
		if got := tt.a.Stats(); got != tt.want {
			t.Errorf("%s: Stats() = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

package article

import (
	"testing"
	"unicode/utf8"
)

func intp(i int) *int { return &i }

func TestAnchorResolve(t *testing.T) {
	const plain = "Putin met Trump. Later Putin spoke."
	// ’ and “ ” are three bytes each: the first "Putin" is code point 23
	// but byte 27, the second code point 36 but byte 42.
	const curly = "Zelenskyy’s aide said “Putin” lied; Putin denied it."
	tests := []struct {
		name    string
		text    string
		anchor  Anchor
		want    Span
		wantErr string
	}{
		{
			name:   "exact unique",
			text:   plain,
			anchor: Anchor{Exact: "Trump"},
			want:   Span{10, 15},
		},
		{
			name:   "exact is the whole text",
			text:   "Putin",
			anchor: Anchor{Exact: "Putin"},
			want:   Span{0, 5},
		},
		{
			name:    "repeated without prefix",
			text:    plain,
			anchor:  Anchor{Exact: "Putin"},
			wantErr: `"Putin" matches 2 places (characters 0, 23): add a prefix, a suffix or a start to choose one`,
		},
		{
			name:    "repeated, positions in code points",
			text:    curly,
			anchor:  Anchor{Exact: "Putin"},
			wantErr: `"Putin" matches 2 places (characters 23, 36): add a prefix, a suffix or a start to choose one`,
		},
		{
			name:    "overlapping occurrences are all counted",
			text:    "aaa",
			anchor:  Anchor{Exact: "aa"},
			wantErr: `"aa" matches 2 places (characters 0, 1): add a prefix, a suffix or a start to choose one`,
		},
		{
			name:    "more than five places are cut short",
			text:    "a a a a a a a",
			anchor:  Anchor{Exact: "a"},
			wantErr: `"a" matches 7 places (characters 0, 2, 4, 6, 8, …): add a prefix, a suffix or a start to choose one`,
		},
		{
			name:   "prefix disambiguates",
			text:   plain,
			anchor: Anchor{Exact: "Putin", Prefix: "Later "},
			want:   Span{23, 28},
		},
		{
			name:   "prefix with a multi-byte character",
			text:   curly,
			anchor: Anchor{Exact: "Putin", Prefix: "“"},
			want:   Span{27, 32},
		},
		{
			name:   "suffix disambiguates",
			text:   plain,
			anchor: Anchor{Exact: "Putin", Suffix: " met"},
			want:   Span{0, 5},
		},
		{
			name:   "prefix and suffix together",
			text:   "a b a c a b",
			anchor: Anchor{Exact: "a", Prefix: "c ", Suffix: " b"},
			want:   Span{8, 9},
		},
		{
			name:   "start disambiguates",
			text:   plain,
			anchor: Anchor{Exact: "Putin", Start: intp(23)},
			want:   Span{23, 28},
		},
		{
			name:   "start at zero",
			text:   plain,
			anchor: Anchor{Exact: "Putin", Start: intp(0)},
			want:   Span{0, 5},
		},
		{
			name:   "start counts code points, not bytes",
			text:   curly,
			anchor: Anchor{Exact: "Putin", Start: intp(23)},
			want:   Span{27, 32},
		},
		{
			name:   "start counts code points, second match",
			text:   curly,
			anchor: Anchor{Exact: "Putin", Start: intp(36)},
			want:   Span{42, 47},
		},
		{
			name:    "start given in bytes is wrong",
			text:    curly,
			anchor:  Anchor{Exact: "Putin", Start: intp(27)},
			wantErr: `"Putin" does not stand at character 27 (it stands at 23, 36)`,
		},
		{
			name:    "start that disagrees",
			text:    plain,
			anchor:  Anchor{Exact: "Putin", Start: intp(10)},
			wantErr: `"Putin" does not stand at character 10 (it stands at 0, 23)`,
		},
		{
			name:    "start that disagrees with a unique match",
			text:    plain,
			anchor:  Anchor{Exact: "Trump", Start: intp(9)},
			wantErr: `"Trump" does not stand at character 9 (it stands at 10)`,
		},
		{
			name:    "start agrees but prefix does not",
			text:    plain,
			anchor:  Anchor{Exact: "Putin", Prefix: "Later ", Start: intp(0)},
			wantErr: `"Putin" does not stand at character 0 (it stands at 23)`,
		},
		{
			name:    "start negative",
			text:    curly,
			anchor:  Anchor{Exact: "aide", Start: intp(-1)},
			wantErr: `"aide" does not stand at character -1 (it stands at 12)`,
		},
		{
			name:    "start past the end",
			text:    plain,
			anchor:  Anchor{Exact: "Trump", Start: intp(1000)},
			wantErr: `"Trump" does not stand at character 1000 (it stands at 10)`,
		},
		{
			name:    "start past the end, multi-byte text",
			text:    curly,
			anchor:  Anchor{Exact: "aide", Start: intp(len([]rune(curly)) + 1)},
			wantErr: `"aide" does not stand at character 53 (it stands at 12)`,
		},
		{
			name:    "exact absent",
			text:    plain,
			anchor:  Anchor{Exact: "Zelenskyy"},
			wantErr: `"Zelenskyy" is not in the text`,
		},
		{
			name:    "exact absent in an empty text",
			text:    "",
			anchor:  Anchor{Exact: "Putin"},
			wantErr: `"Putin" is not in the text`,
		},
		{
			name:    "exact differs in case",
			text:    plain,
			anchor:  Anchor{Exact: "trump"},
			wantErr: `"trump" is not in the text`,
		},
		{
			name:    "straight quote for a curly one",
			text:    curly,
			anchor:  Anchor{Exact: `"Putin"`},
			wantErr: `"\"Putin\"" is not in the text`,
		},
		{
			name:    "exact present but prefix never fits",
			text:    plain,
			anchor:  Anchor{Exact: "Putin", Prefix: "Mr "},
			wantErr: `"Putin" is in the text 2 times (characters 0, 23), but never with that prefix`,
		},
		{
			name:    "exact present once but suffix does not fit",
			text:    plain,
			anchor:  Anchor{Exact: "Trump", Suffix: "!"},
			wantErr: `"Trump" is in the text once (character 10), but never with that suffix`,
		},
		{
			name:    "empty exact",
			text:    plain,
			anchor:  Anchor{Prefix: "Later "},
			wantErr: `exact text is empty`,
		},
		{
			name:    "exact with leading space",
			text:    plain,
			anchor:  Anchor{Exact: " Putin"},
			wantErr: `exact text " Putin" begins or ends with white space`,
		},
		{
			name:    "exact with trailing newline",
			text:    plain,
			anchor:  Anchor{Exact: "Trump.\n"},
			wantErr: `exact text "Trump.\n" begins or ends with white space`,
		},
		{
			name:   "exact with inner space",
			text:   plain,
			anchor: Anchor{Exact: "Later Putin"},
			want:   Span{17, 28},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.anchor.Resolve(tt.text)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr {
				t.Fatalf("Resolve(%q) error = %q, want %q", tt.text, gotErr, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got != tt.want {
				t.Errorf("Resolve(%q) = %v (%q), want %v", tt.text, got, tt.text[got.Start:got.End], tt.want)
			}
			if s := tt.text[got.Start:got.End]; s != tt.anchor.Exact {
				t.Errorf("text at %v = %q, want %q", got, s, tt.anchor.Exact)
			}
		})
	}
}

func TestAnchorString(t *testing.T) {
	tests := []struct {
		anchor Anchor
		want   string
	}{
		{Anchor{Exact: "Putin"}, `"Putin"`},
		{Anchor{Exact: "Putin", Prefix: "Later "}, `"Later " + "Putin"`},
		{Anchor{Exact: "Putin", Suffix: " met"}, `"Putin" + " met"`},
		{Anchor{Exact: "Putin", Prefix: "“", Suffix: "”", Start: intp(23)}, `"“" + "Putin" + "”" at character 23`},
		{Anchor{Exact: "a\nb"}, `"a\nb"`},
	}
	for _, tt := range tests {
		if got := tt.anchor.String(); got != tt.want {
			t.Errorf("%#v.String() = %s, want %s", tt.anchor, got, tt.want)
		}
	}
}

func TestRunes(t *testing.T) {
	const curly = "Zelenskyy’s “Putin”"
	tests := []struct {
		text    string
		byteOff int
		want    int
	}{
		{"", 0, 0},
		{"Putin", 0, 0},
		{"Putin", 5, 5},
		{curly, 9, 9},   // before ’
		{curly, 12, 10}, // after ’ (3 bytes)
		{curly, 17, 13}, // the P after “
		{curly, len(curly), 19},
		{"日本", 3, 1},
	}
	for _, tt := range tests {
		if got := Runes(tt.text, tt.byteOff); got != tt.want {
			t.Errorf("Runes(%q, %d) = %d, want %d", tt.text, tt.byteOff, got, tt.want)
		}
	}
}

// TestAnchorStartRoundTrip checks, for every code point of a text with
// multi-byte characters, that Runes gives the start that resolves back to
// the same byte offset.
func TestAnchorStartRoundTrip(t *testing.T) {
	const text = "Zelenskyy’s aide said “Putin” lied — Putin denied it. Putin!"
	for off := range text {
		for _, n := range []int{1, 3} {
			end := off
			for i := 0; i < n && end < len(text); i++ {
				_, size := utf8.DecodeRuneInString(text[end:])
				end += size
			}
			exact := text[off:end]
			if exact == "" || exact[0] == ' ' || exact[len(exact)-1] == ' ' {
				continue
			}
			a := Anchor{Exact: exact, Start: intp(Runes(text, off))}
			got, err := a.Resolve(text)
			if err != nil {
				t.Errorf("%v: %v", a, err)
				continue
			}
			if want := (Span{off, end}); got != want {
				t.Errorf("%v resolves to %v, want %v", a, got, want)
			}
		}
	}
}

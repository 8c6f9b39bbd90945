package article

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// loadedFile is testdata/loaded/valid.json, the article with three loaded
// phrases listed out of text order.
func loadedFile(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/loaded/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLoadedLoad checks that loaded phrases load in text order, numbered
// from l1, with their speaker (none for the article's own words), why and
// neutral wording.
func TestLoadedLoad(t *testing.T) {
	a, err := Parse("valid.json", []byte(loadedFile(t)))
	if err != nil {
		t.Fatal(err)
	}
	type phrase struct{ id, text, speaker, neutral string }
	want := []phrase{
		{"l1", "bold plan", "", "plan"},
		{"l2", "save our dying city", "lima", "improve the city"},
		{"l3", "a reckless waste of money", "opposition", "too expensive"},
	}
	var got []phrase
	for _, l := range a.Loaded {
		got = append(got, phrase{l.ID, a.Text[l.Start:l.End], l.Speaker, l.Neutral})
		if strings.TrimSpace(l.Why) == "" {
			t.Errorf("%s has no why", l.ID)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("loaded phrases:\n got %+v\nwant %+v", got, want)
	}
	// A loaded phrase may lie inside a quote.
	if !a.Quotes[0].Contains(a.Loaded[1].Span) {
		t.Errorf("quote %v does not contain loaded phrase %v", a.Quotes[0].Span, a.Loaded[1].Span)
	}
}

// TestLoadedOptional checks that a file without "loaded" loads with none.
func TestLoadedOptional(t *testing.T) {
	a, err := load(t, "testdata/valid/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	if a.Loaded != nil {
		t.Errorf("Loaded = %+v, want nil", a.Loaded)
	}
}

// TestLoadedInvalid checks the error for each kind of mistake in a loaded
// phrase: it names the file, the line and column of the annotation (or of
// the field at fault), the annotation by number and text, and what to fix.
func TestLoadedInvalid(t *testing.T) {
	file := loadedFile(t)
	head := file[:strings.Index(file, `"loaded": [`)]
	// The annotations under test stand on line 23, from column 5.
	tests := []struct {
		name, loaded, want string
	}{
		{"unknown field",
			`{ "exact": "bold plan", "why": "x", "neutral": "plan", "nuetral": "y" }`,
			`loaded.json:23:60: loaded phrase 1 ("bold plan"): unknown field "nuetral": it has exact, prefix, suffix, start, speaker, why, neutral`},
		{"why not a string",
			`{ "exact": "bold plan", "why": 3, "neutral": "plan" }`,
			`loaded.json:23:36: loaded phrase 1 ("bold plan"), field "why": a number where the file format wants a string`},
		{"not an object",
			`"bold plan"`,
			`loaded.json:23:5: loaded phrase 1: a string where the file format wants an object`},
		{"empty why and no neutral",
			`{ "exact": "bold plan", "why": " " }`,
			"loaded.json:23:5: loaded phrase 1 (\"bold plan\"): say what makes the phrase loaded (\"why\")\n" +
				`loaded.json:23:5: loaded phrase 1 ("bold plan"): give a more neutral wording of the phrase ("neutral")`},
		{"neutral is the phrase",
			`{ "exact": "bold plan", "why": "x", "neutral": "Bold plan" }`,
			`loaded.json:23:5: loaded phrase 1 ("bold plan"): the neutral wording is the phrase itself: give a more neutral one`},
		{"no match",
			`{ "exact": "brave plan", "why": "x", "neutral": "plan" }`,
			`loaded.json:23:5: loaded phrase 1 ("brave plan"): anchor "brave plan": "brave plan" is not in the text`},
		{"several matches",
			`{ "exact": "plan", "why": "x", "neutral": "idea" }`,
			`loaded.json:23:5: loaded phrase 1 ("plan"): anchor "plan": "plan" matches 4 places (characters 33, 61, 128, 185): add a prefix, a suffix or a start to choose one`},
		{"prefix never fits",
			`{ "exact": "plan", "prefix": "her ", "why": "x", "neutral": "idea" }`,
			`loaded.json:23:5: loaded phrase 1 ("plan"): anchor "her " + "plan": "plan" is in the text 4 times (characters 33, 61, 128, 185), but never with that prefix`},
		{"across paragraphs",
			`{ "exact": "city.”\nThe", "why": "x", "neutral": "idea" }`,
			`loaded.json:23:5: loaded phrase 1 ("city.”\nThe"): anchor "city.”\nThe" runs across a paragraph break`},
		{"unknown speaker",
			`{ "exact": "bold plan", "speaker": "mayor", "why": "x", "neutral": "plan" }`,
			`loaded.json:23:5: loaded phrase 1 ("bold plan"): unknown speaker id "mayor": name an entity, or leave "speaker" out when the words are the article's own`},
		{"speaker a date",
			`{ "exact": "bold plan", "speaker": "monday", "why": "x", "neutral": "plan" }`,
			`loaded.json:23:5: loaded phrase 1 ("bold plan"): speaker "monday" is a date; a speaker is a person, an organization, a group or a place`},
		{"same text twice",
			`{ "exact": "bold plan", "why": "x", "neutral": "plan" }, { "exact": "bold plan", "why": "y", "neutral": "plan" }`,
			`loaded.json:23:62: loaded phrase 2 ("bold plan"): annotates the same text as loaded phrase 1 ("bold plan")`},
		{"overlaps a mention",
			`{ "exact": "opposition called", "why": "x", "neutral": "plan" }`,
			`loaded.json:23:5: loaded phrase 1 ("opposition called"): overlaps mention 3 ("The opposition") without nesting: "The opposition" and "opposition called" share only "opposition"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := head + "\"loaded\": [\n    " + tt.loaded + "\n  ]\n}\n"
			a, err := Parse("loaded.json", []byte(data))
			if err == nil {
				t.Fatalf("Parse succeeded with %d loaded phrases; want an error", len(a.Loaded))
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestLoadedRoundTrip checks that loaded phrases survive Encode and Parse.
func TestLoadedRoundTrip(t *testing.T) {
	a, err := Parse("valid.json", []byte(loadedFile(t)))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse("encoded.json", enc)
	if err != nil {
		t.Fatalf("Parse(Encode(a)): %v\n%s", err, enc)
	}
	if got, want := back.Loaded, a.Loaded; !reflect.DeepEqual(got, want) {
		t.Errorf("loaded phrases changed in the round trip:\n got %+v\nwant %+v", got, want)
	}
}

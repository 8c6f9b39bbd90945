package article

import (
	"reflect"
	"strings"
	"testing"
)

// doubtfulJSON is an article whose one date has words the explorer doubts:
// "earlier this year" for something other reporting puts the year before.
const doubtfulJSON = `{
  "format": "news-explorer-article/1",
  "id": "doubt",
  "title": "A doubtful date",
  "text": "The troops arrived earlier this year, officials said.",
  "entities": [
    {
      "id": "earlier",
      "name": "earlier this year",
      "type": "date",
      "description": "When the troops arrived.",
      "when": {
        "from": "2024-10-01",
        "to": "2025-04-26",
        "reasoning": "Read in April 2025, the words mean 2025; widened back to October 2024, where other reporting puts the arrival.",
        "doubt": "Other reporting put the arrival in October 2024, the year before."
      }
    }
  ],
  "mentions": [{ "entity": "earlier", "exact": "earlier this year" }]
}`

// TestDatingDoubt checks that a doubt loads with its dating, and that a
// dating without one has none.
func TestDatingDoubt(t *testing.T) {
	a, err := Parse("doubt.json", []byte(doubtfulJSON))
	if err != nil {
		t.Fatal(err)
	}
	e, _ := a.Entity("earlier")
	if e.When == nil {
		t.Fatal("the date has no dating")
	}
	if got, want := e.When.Doubt, "Other reporting put the arrival in October 2024, the year before."; got != want {
		t.Errorf("Doubt = %q, want %q", got, want)
	}
	plain := loadClaims(t)
	for _, e := range plain.Entities {
		if e.When != nil && e.When.Doubt != "" {
			t.Errorf("entity %q: Doubt = %q, want none", e.ID, e.When.Doubt)
		}
	}
}

// TestDatingDoubtRoundTrip checks that a doubt survives Encode and Parse,
// and that a dating without one is written without the field.
func TestDatingDoubtRoundTrip(t *testing.T) {
	a, err := Parse("doubt.json", []byte(doubtfulJSON))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse("encoded.json", enc)
	if err != nil {
		t.Fatalf("Parse(Encode(a)): %v", err)
	}
	if !reflect.DeepEqual(back.Entities, a.Entities) {
		t.Errorf("the doubtful dating changed in the round trip:\n got %+v\nwant %+v", back.Entities[0].When, a.Entities[0].When)
	}
	plain, err := Encode(loadClaims(t))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(plain), `"doubt"`) {
		t.Errorf("a dating without a doubt is written with one:\n%s", plain)
	}
}

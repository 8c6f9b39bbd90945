package article

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var updateClaims = flag.Bool("update-claims", false, "rewrite the claims golden files")

// loadClaims loads the valid article with claims from testdata.
func loadClaims(t *testing.T) *Article {
	t.Helper()
	b, err := os.ReadFile("testdata/claims/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("valid.json", b)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestClaimsLoad checks that a file's claims load with their parties,
// stances, evidence resolved to the passages they quote, and datings.
func TestClaimsLoad(t *testing.T) {
	a := loadClaims(t)
	if got, want := len(a.Claims), 1; got != want {
		t.Fatalf("got %d claims, want %d", got, want)
	}
	c := a.Claims[0]
	if got, want := c.Status, Unverified; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if got, want := len(c.Parties), 2; got != want {
		t.Fatalf("got %d parties, want %d", got, want)
	}
	city, council := c.Parties[0], c.Parties[1]
	if city.Stance != Asserts || council.Stance != Silent {
		t.Errorf("stances = %q, %q; want asserts, silent", city.Stance, council.Stance)
	}
	evidence := map[string]Evidence{}
	for _, e := range a.Evidence {
		evidence[e.ID] = e
	}
	if len(city.Evidence) != 1 {
		t.Fatalf("city has %d pieces of evidence, want 1", len(city.Evidence))
	}
	ev, ok := evidence[city.Evidence[0]]
	if !ok {
		t.Fatalf("evidence id %q is not among the article's evidence %v", city.Evidence[0], a.Evidence)
	}
	if got, want := a.Text[ev.Start:ev.End], "Porto will plant 300 trees."; got != want {
		t.Errorf("evidence text = %q, want %q", got, want)
	}
	if got, want := strings.Join(ev.Claims, ","), "trees-planted"; got != want {
		t.Errorf("evidence claims = %q, want %q", got, want)
	}
	if len(c.Framing) != 1 || a.Text[evidence[c.Framing[0]].Start:evidence[c.Framing[0]].End] != "said" {
		t.Errorf("framing = %v, want the word \"said\"", c.Framing)
	}
	// Evidence ids follow the text: "said" comes before the quote.
	if a.Evidence[0].Start > a.Evidence[1].Start || a.Evidence[0].ID != "e1" {
		t.Errorf("evidence not numbered in text order: %+v", a.Evidence)
	}
	if a.Written == nil || !a.Written.From.Equal(time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("written = %+v, want 3 March 2025", a.Written)
	}
	if e, _ := a.Entity("monday"); e.When == nil || e.When.From.Format(dateLayout) != "2025-03-03" {
		t.Errorf("monday's dating = %+v", e.When)
	}
}

// TestClaimsSuggested checks the mark of a claim found automatically:
// absent, a claim a person wrote; true, one that no person has checked;
// kept through Encode and Parse.
func TestClaimsSuggested(t *testing.T) {
	b, err := os.ReadFile("testdata/claims/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, mark string
		want       bool
	}{
		{"absent", "", false},
		{"false", `"suggested": false,`, false},
		{"true", `"suggested": true,`, true},
	} {
		data := strings.Replace(string(b), `"id": "trees-planted",`, `"id": "trees-planted", `+tt.mark, 1)
		a, err := Parse(tt.name+".json", []byte(data))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := a.Claims[0].Suggested; got != tt.want {
			t.Errorf("%s: Suggested = %v, want %v", tt.name, got, tt.want)
		}
		enc, err := Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(enc), `"suggested": true`); got != tt.want {
			t.Errorf("%s: the encoded file carries the mark: %v, want %v", tt.name, got, tt.want)
		}
		back, err := Parse("encoded.json", enc)
		if err != nil {
			t.Fatalf("%s: Parse(Encode(a)): %v", tt.name, err)
		}
		if back.Claims[0].Suggested != tt.want {
			t.Errorf("%s: the mark did not survive Encode and Parse", tt.name)
		}
	}
}

// TestClaimsInvalid checks that each kind of mistake in a claim gives a
// clear error naming the claim, the party and what to fix.
func TestClaimsInvalid(t *testing.T) {
	files, err := filepath.Glob("testdata/claims/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if filepath.Base(f) == "valid.json" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(f, b)
			if err == nil {
				t.Fatal("Parse succeeded; want an error")
			}
			golden := strings.TrimSuffix(f, ".json") + ".golden"
			if *updateClaims {
				os.WriteFile(golden, []byte(err.Error()+"\n"), 0o644)
			}
			want, rerr := os.ReadFile(golden)
			if rerr != nil {
				t.Fatalf("%v (run with -update-claims)", rerr)
			}
			if got := err.Error() + "\n"; got != string(want) {
				t.Errorf("error text:\n got %s\nwant %s", got, want)
			}
		})
	}
}

// TestClaimsRoundTrip checks that claims, datings and evidence survive
// Encode and Parse.
func TestClaimsRoundTrip(t *testing.T) {
	a := loadClaims(t)
	enc, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse("encoded.json", enc)
	if err != nil {
		t.Fatalf("Parse(Encode(a)): %v", err)
	}
	if !reflect.DeepEqual(back.Claims, a.Claims) || !reflect.DeepEqual(back.Evidence, a.Evidence) {
		t.Errorf("claims changed in the round trip:\n got %+v %+v\nwant %+v %+v", back.Claims, back.Evidence, a.Claims, a.Evidence)
	}
	if !reflect.DeepEqual(back.Written, a.Written) || !reflect.DeepEqual(back.Entities, a.Entities) {
		t.Errorf("datings changed in the round trip")
	}
}

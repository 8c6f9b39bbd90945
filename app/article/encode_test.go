package article

import (
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestEncodeRoundTrip checks that an encoded article loads back the same,
// indented or compact, also when its text repeats so that only the
// positions tell the anchors apart, and past a character of more than one
// byte: mentions, quotes and loaded phrases, with a speaker and without.
func TestEncodeRoundTrip(t *testing.T) {
	indented, err := Encode(roundTripArticle())
	if err != nil {
		t.Fatal(err)
	}
	compact, err := EncodeCompact(roundTripArticle())
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(compact), "\n"); n != 1 || len(compact) >= len(indented) {
		t.Errorf("the compact encoding has %d lines and %d bytes, want 1 line and fewer than the indented %d", n, len(compact), len(indented))
	}
	for _, enc := range []struct {
		name string
		data []byte
	}{{"indented", indented}, {"compact", compact}} {
		t.Run(enc.name, func(t *testing.T) { checkRoundTrip(t, roundTripArticle(), enc.data) })
	}
}

// roundTripArticle is an article whose text repeats, with a character of
// three bytes before each of its anchors.
func roundTripArticle() *Article {
	text := "Zelenskyy’s aide met Putin.\nPutin answered."
	a := &Article{
		ID: "round", Title: "Round trip", Text: strings.Repeat(text+"\n", 3),
		Entities: []Entity{{ID: "putin", Name: "Vladimir Putin", Type: Person, Description: "President of Russia."}},
	}
	for i := 0; i < 3; i++ {
		base := i * (len(text) + 1)
		first := strings.Index(text, "Putin")
		second := strings.LastIndex(text, "Putin")
		a.Mentions = append(a.Mentions,
			Mention{Entity: "putin", Span: Span{base + first, base + first + 5}},
			Mention{Entity: "putin", Span: Span{base + second, base + second + 5}})
		a.Quotes = append(a.Quotes, QuoteSpan{Speaker: "putin", Span: Span{base + second + 6, base + second + 14}})
		speaker := ""
		if i == 1 {
			speaker = "putin"
		}
		a.Loaded = append(a.Loaded, LoadedPhrase{Speaker: speaker, Why: "“Answered” suggests the matter is settled.", Neutral: "replied",
			Span: Span{base + second + 6, base + second + 14}})
	}
	return a
}

// checkRoundTrip checks that b, an encoding of a, loads back as a.
func checkRoundTrip(t *testing.T, a *Article, b []byte) {
	t.Helper()
	got, err := Parse("round.json", b)
	if err != nil {
		t.Fatalf("Parse(Encode(a)): %v\n%s", err, b)
	}
	if len(got.Mentions) != len(a.Mentions) || len(got.Quotes) != len(a.Quotes) {
		t.Fatalf("got %d mentions and %d quotes, want %d and %d", len(got.Mentions), len(got.Quotes), len(a.Mentions), len(a.Quotes))
	}
	for i, m := range got.Mentions {
		if want := a.Mentions[i]; m.Span != want.Span || m.Entity != want.Entity {
			t.Errorf("mention %d = %+v, want %+v", i, m, want)
		}
	}
	for i, q := range got.Quotes {
		if want := a.Quotes[i]; q.Span != want.Span || q.Speaker != want.Speaker {
			t.Errorf("quote %d = %+v, want %+v", i, q, want)
		}
	}
	if len(got.Loaded) != len(a.Loaded) {
		t.Fatalf("got %d loaded phrases, want %d", len(got.Loaded), len(a.Loaded))
	}
	for i, l := range got.Loaded {
		want := a.Loaded[i]
		want.ID = "l" + strconv.Itoa(i+1)
		if l != want {
			t.Errorf("loaded phrase %d = %+v, want %+v", i, l, want)
		}
	}
	if got.Text != a.Text {
		t.Errorf("text changed in the round trip")
	}
}

// TestCheckMatchesParse checks that an article checked as its file holds
// it, without writing it out, as each edit is checked, comes out exactly
// as when the file is written and read back: for the default article,
// with its claims, evidence, loaded phrases and datings, and for the
// round-trip article, past characters of more than one byte.
func TestCheckMatchesParse(t *testing.T) {
	data, err := os.ReadFile("../library/articles/kursk.json")
	if err != nil {
		t.Fatal(err)
	}
	kursk, err := Parse("kursk.json", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []*Article{kursk, roundTripArticle()} {
		b, err := Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		read, err := Parse(a.ID+".json", b)
		if err != nil {
			t.Fatalf("%s: written and read back: %v", a.ID, err)
		}
		checked, err := check(a.ID+".json", fileOf(a))
		if err != nil {
			t.Fatalf("%s: checked as held: %v", a.ID, err)
		}
		if !reflect.DeepEqual(checked, read) {
			t.Errorf("%s: checked as its file holds it, the article differs from the one written and read back", a.ID)
		}
	}
}

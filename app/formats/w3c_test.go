package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with the file testdata/name, or rewrites the file
// with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the export (run go test -update if the change is meant):\n%s", path, firstDiff(got, want))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func defaultArticle(t testing.TB) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// articles loads every article the round trip is tested on.
func articles(t *testing.T) map[string]*article.Article {
	t.Helper()
	out := map[string]*article.Article{"kursk": defaultArticle(t)}
	for _, pattern := range []string{"../article/testdata/valid/*.json", "../article/testdata/loaded/*.json", "../article/testdata/claims/valid.json", "../exercise/testdata/articles/*.json"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := article.Parse(path, b)
			if err != nil {
				t.Fatal(err)
			}
			out[path] = a
		}
	}
	if len(out) < 8 {
		t.Fatalf("found %d articles, want at least 8", len(out))
	}
	return out
}

func TestW3CGolden(t *testing.T) {
	b, err := EncodeW3C(defaultArticle(t), "")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "kursk.w3c.jsonld", b)
}

func TestW3CRoundTrip(t *testing.T) {
	for name, a := range articles(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			for _, source := range []string{"", "https://school.example/articles/" + a.ID} {
				b, err := EncodeW3C(a, source)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ParseW3C(a, b)
				if err != nil {
					t.Fatalf("ParseW3C(EncodeW3C(a)): %v", err)
				}
				if !reflect.DeepEqual(got, a) {
					t.Errorf("ParseW3C(EncodeW3C(a)) differs from a:\n%s", describeDiff(got, a))
				}
			}
		})
	}
}

// describeDiff names the first part of two articles that differs.
func describeDiff(got, want *article.Article) string {
	var b strings.Builder
	check := func(name string, g, w any) {
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.Marshal(g)
			wj, _ := json.Marshal(w)
			b.WriteString(name + ":\n got: " + string(gj) + "\nwant: " + string(wj) + "\n")
		}
	}
	check("entities", got.Entities, want.Entities)
	check("mentions", got.Mentions, want.Mentions)
	check("quotes", got.Quotes, want.Quotes)
	check("loaded", got.Loaded, want.Loaded)
	check("claims", got.Claims, want.Claims)
	check("evidence", got.Evidence, want.Evidence)
	return b.String()
}

// TestW3CCodePoints checks that positions count code points, not bytes
// nor UTF-16 units, with accented letters, curly quotes and a character
// outside the Basic Multilingual Plane before the passages.
func TestW3CCodePoints(t *testing.T) {
	const text = "Ação 🎉 “Lima” said: “Olá, Porto.” Lima 😀 left."
	a := mustParse(t, `{
  "format": "news-explorer-article/1", "id": "cp", "title": "Code points",
  "text": `+quote(text)+`,
  "entities": [{ "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor." }],
  "mentions": [
    { "entity": "lima", "exact": "Lima", "prefix": "“" },
    { "entity": "lima", "exact": "Lima", "suffix": " 😀" }
  ],
  "quotes": [{ "speaker": "lima", "exact": "Olá, Porto." }]
}`)
	b, err := EncodeW3C(a, "")
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		First struct {
			Items []json.RawMessage
		}
	}
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	type passage struct {
		Target struct {
			Selector []struct {
				Type                  string
				Exact, Prefix, Suffix string
				Start, End            int
			}
		}
	}
	runes := []rune(text)
	type sel struct {
		exact      string
		start, end int
	}
	var got []sel
	for _, raw := range c.First.Items[1:] {
		var it passage
		if err := json.Unmarshal(raw, &it); err != nil {
			t.Fatal(err)
		}
		q, p := it.Target.Selector[0], it.Target.Selector[1]
		if q.Type != "TextQuoteSelector" || p.Type != "TextPositionSelector" {
			t.Fatalf("selectors are %s and %s", q.Type, p.Type)
		}
		if string(runes[p.Start:p.End]) != q.Exact {
			t.Errorf("code points %d–%d hold %q, not the exact text %q", p.Start, p.End, string(runes[p.Start:p.End]), q.Exact)
		}
		if !strings.HasSuffix(string(runes[:p.Start]), q.Prefix) || !strings.HasPrefix(string(runes[p.End:]), q.Suffix) {
			t.Errorf("prefix %q or suffix %q do not surround %q", q.Prefix, q.Suffix, q.Exact)
		}
		got = append(got, sel{q.Exact, p.Start, p.End})
	}
	want := []sel{{"Lima", 8, 12}, {"Lima", 34, 38}, {"Olá, Porto.", 21, 32}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("selectors = %v, want %v", got, want)
	}
	back, err := ParseW3C(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, a) {
		t.Errorf("round trip differs:\n%s", describeDiff(back, a))
	}
}

func TestContextChars(t *testing.T) {
	long := strings.Repeat("é", 40)
	a := mustParse(t, `{
  "format": "news-explorer-article/1", "id": "ctx", "title": "Context",
  "text": "`+long+` Lima `+long+`",
  "entities": [{ "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor." }],
  "mentions": [{ "entity": "lima", "exact": "Lima" }]
}`)
	b, err := EncodeW3C(a, "")
	if err != nil {
		t.Fatal(err)
	}
	want := `"prefix": "` + strings.Repeat("é", ContextChars-1) + ` "`
	if !bytes.Contains(b, []byte(want)) {
		t.Errorf("export has no prefix of %d code points:\n%s", ContextChars, b)
	}
}

func mustParse(t *testing.T, file string) *article.Article {
	t.Helper()
	a, err := article.Parse("test.json", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestW3CEditedText checks that a passage whose position no longer holds
// its exact text is found by its quote selector.
func TestW3CEditedText(t *testing.T) {
	before := mustParse(t, `{
  "format": "news-explorer-article/1", "id": "edit", "title": "Edited",
  "text": "Lima met Porto's mayor. Lima said: “Porto is ready.”",
  "entities": [
    { "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor." },
    { "id": "porto", "name": "Porto", "type": "place", "description": "City." }
  ],
  "mentions": [
    { "entity": "lima", "exact": "Lima", "start": 0 },
    { "entity": "lima", "exact": "Lima", "start": 24 },
    { "entity": "porto", "exact": "Porto", "start": 36 }
  ],
  "quotes": [{ "speaker": "lima", "exact": "Porto is ready." }]
}`)
	b, err := EncodeW3C(before, "")
	if err != nil {
		t.Fatal(err)
	}
	after := mustParse(t, `{
  "format": "news-explorer-article/1", "id": "edit", "title": "Edited",
  "text": "On Monday, Lima met Porto's mayor. Lima said: “Porto is ready.”",
  "entities": [{ "id": "x", "name": "X", "type": "person", "description": "Placeholder." }]
}`)
	got, err := ParseW3C(after, b)
	if err != nil {
		t.Fatal(err)
	}
	var spans []string
	for _, m := range got.Mentions {
		spans = append(spans, m.Entity+"@"+strconv.Itoa(article.Runes(got.Text, m.Start)))
	}
	for _, q := range got.Quotes {
		spans = append(spans, "said by "+q.Speaker+"@"+strconv.Itoa(article.Runes(got.Text, q.Start)))
	}
	want := "lima@11 lima@35 porto@47 said by lima@47"
	if s := strings.Join(spans, " "); s != want {
		t.Errorf("after the edit: %s, want %s", s, want)
	}
}

func TestW3CErrors(t *testing.T) {
	a := defaultArticle(t)
	b, err := EncodeW3C(a, "")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(string) string
		want string // a part of the error
	}{
		{"not JSON", func(string) string { return "{" }, "formats: w3c: malformed JSON at line 1, column 1: unexpected end of JSON input"},
		{"malformed on line 3", func(string) string { return "\n{\n  \"type\": ,\n}" }, "formats: w3c: malformed JSON at line 3, column 11: invalid character ','"},
		{"empty", func(string) string { return " \n" }, "formats: w3c: the file is empty"},
		{"other context", func(s string) string {
			return strings.Replace(s, AnnoContext, "https://schema.org", 1)
		}, `"@context" does not name http://www.w3.org/ns/anno.jsonld`},
		{"other type", func(s string) string {
			return strings.Replace(s, `"type": "AnnotationCollection"`, `"type": "Collection"`, 1)
		}, `the file's type is ["Collection"]`},
		{"linked page", func(s string) string {
			i := strings.Index(s, `"first": {`)
			return s[:i] + `"first": "urn:page1"}`
		}, "links to its first page"},
		{"position and quote both lost", func(s string) string {
			return strings.Replace(s, `"exact": "Vladimir Putin",`, `"exact": "Vladimir Poutine",`, 1)
		}, `annotation 39 ("urn:newsexplorer:article:kursk#annotation-m2"): its TextPositionSelector (18–32) holds "Vladimir Putin", not the exact text, and its TextQuoteSelector finds no single place: "Vladimir Poutine" is not in the text`},
		{"unknown entity", func(s string) string {
			return strings.Replace(s, `"id": "urn:newsexplorer:article:kursk#entity-gerasimov",
              "name": "Valery Gerasimov"
`, `"id": "urn:newsexplorer:article:kursk#entity-gerasimof",
              "name": "Valery Gerasimov"
`, 1)
		}, `the entity "urn:newsexplorer:article:kursk#entity-gerasimof" is not among the entities the file describes`},
		{"wrong tag", func(s string) string {
			return strings.Replace(s, `"value": "person"`, `"value": "place"`, 1)
		}, `("urn:newsexplorer:article:kursk#annotation-m2"): the passage is tagged "person" but its entity "putin" is a place`},
		{"no tag", func(s string) string {
			return strings.Replace(s, `"value": "quote"`, `"value": "citation"`, 1)
		}, "a passage is tagged with one of person"},
		{"other source", func(s string) string {
			return strings.Replace(s, `"source": "urn:newsexplorer:article:kursk",`, `"source": "urn:other",`, 1)
		}, `its target is "urn:other", another source than the article's`},
		{"model check", func(s string) string {
			return strings.Replace(s, `"schema:description": "President of Russia."`, `"schema:description": " "`, 1)
		}, `annotation 1 ("urn:newsexplorer:article:kursk#annotation-entity-putin"): entity 1 ("putin"): the entity needs a one-line description`},
		{"entity removed", func(s string) string {
			i := strings.Index(s, `"urn:newsexplorer:article:kursk#annotation-entity-north-korea"`)
			j := strings.Index(s, `"urn:newsexplorer:article:kursk#annotation-entity-pyongyang"`)
			return s[:i] + s[j:]
		}, "entity"},
		{"bad number", func(s string) string {
			return strings.Replace(s, `"start": 18,`, `"start": "18",`, 1)
		}, `selector: "start" is a string where a whole number is expected`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseW3C(a, []byte(tt.edit(string(b))))
			if err == nil {
				t.Fatal("no error")
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want ErrorList", err)
			}
			if got := err.Error(); !strings.Contains(got, tt.want) {
				t.Errorf("error = %s\nwant it to contain %s", got, tt.want)
			}
		})
	}
}

// TestW3CForms checks the shapes of JSON-LD the import accepts besides a
// collection: a page, a list and a single annotation, with single values
// where the export writes arrays.
func TestW3CForms(t *testing.T) {
	a := mustParse(t, `{
  "format": "news-explorer-article/1", "id": "forms", "title": "Forms",
  "text": "Ana Lima visited Porto.",
  "entities": [{ "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor." }],
  "mentions": [{ "entity": "lima", "exact": "Ana Lima" }]
}`)
	entity := `{"id": "e", "type": "Annotation", "motivation": "identifying", "target": "urn:a",
  "body": [{"type": "TextualBody", "purpose": "tagging", "value": "person"},
           {"type": "SpecificResource", "purpose": "identifying", "source": {"id": "urn:a#entity-lima", "name": "Ana Lima", "schema:description": "Mayor."}}]}`
	mention := `{"id": "m", "type": "Annotation", "motivation": "tagging",
  "target": {"source": "urn:a", "selector": {"type": "TextQuoteSelector", "exact": "Ana Lima"}},
  "body": [{"type": "TextualBody", "purpose": "tagging", "value": "person"}, {"type": "SpecificResource", "source": "urn:a#entity-lima"}]}`
	for name, file := range map[string]string{
		"page":  `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [` + entity + `,` + mention + `]}`,
		"list":  `[` + entity + `,` + mention + `]`,
		"https": `{"@context": ["https://www.w3.org/ns/anno.jsonld"], "type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [` + entity + `,` + mention + `]}}`,
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ParseW3C(a, []byte(file))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, a) {
				t.Errorf("differs:\n%s", describeDiff(got, a))
			}
		})
	}
}

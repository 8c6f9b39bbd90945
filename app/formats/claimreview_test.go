package formats

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

func TestClaimReviewGolden(t *testing.T) {
	b, err := EncodeClaimReview(defaultArticle(t), "")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "kursk.claimreview.jsonld", b)
}

// TestClaimReviewNoVerdict checks, on every article, that each claim has
// a ClaimReview whose rating is its status in words and holds no number,
// and that every statement appears as a Claim by its party.
func TestClaimReviewNoVerdict(t *testing.T) {
	for name, a := range articles(t) {
		b, err := EncodeClaimReview(a, "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var doc struct {
			Context string           `json:"@context"`
			Graph   []map[string]any `json:"@graph"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Context != SchemaContext {
			t.Errorf("%s: @context = %q", name, doc.Context)
		}
		for _, numeric := range []string{"ratingValue", "bestRating", "worstRating"} {
			if strings.Contains(string(b), numeric) {
				t.Errorf("%s: the export has a %s", name, numeric)
			}
		}
		reviews := map[string]map[string]any{}
		for _, n := range doc.Graph {
			if n["@type"] == "ClaimReview" {
				reviews[n["claimReviewed"].(string)] = n
			}
		}
		if len(reviews) != len(a.Claims) {
			t.Errorf("%s: %d reviews, want %d", name, len(reviews), len(a.Claims))
		}
		for _, c := range a.Claims {
			r, ok := reviews[c.Question]
			if !ok {
				t.Errorf("%s: no review of %q", name, c.Question)
				continue
			}
			rating := r["reviewRating"].(map[string]any)
			if got, want := rating["alternateName"], c.Status.Label(); got != want {
				t.Errorf("%s: %s rated %v, want %q", name, c.ID, got, want)
			}
			var statements []string
			for _, it := range r["itemReviewed"].([]any) {
				claim := it.(map[string]any)
				if claim["@type"] != "Claim" {
					t.Errorf("%s: %s reviews a %v", name, c.ID, claim["@type"])
				}
				if author, ok := claim["author"].(map[string]any); ok {
					statements = append(statements, author["name"].(string)+": "+claim["text"].(string))
				}
			}
			var want []string
			for _, p := range c.Parties {
				if p.Stance != article.Silent {
					want = append(want, p.Name+": "+p.Statement)
				}
			}
			if strings.Join(statements, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s: %s statements =\n%s\nwant\n%s", name, c.ID, strings.Join(statements, "\n"), strings.Join(want, "\n"))
			}
		}
	}
}

func TestStatusExplanation(t *testing.T) {
	for _, s := range article.Statuses {
		if StatusExplanation(s) == "" {
			t.Errorf("status %q has no explanation", s)
		}
	}
}

// withoutClaims is a copy of a with no claims and no evidence, parsed
// again as a file would be.
func withoutClaims(t testing.TB, a *article.Article) *article.Article {
	t.Helper()
	c := *a
	c.Claims, c.Evidence = nil, nil
	b, err := article.Encode(&c)
	if err != nil {
		t.Fatal(err)
	}
	base, err := article.Parse(a.ID+".json", b)
	if err != nil {
		t.Fatal(err)
	}
	return base
}

// TestClaimReviewRoundTrip checks that the claims of every article with
// claims survive EncodeClaimReview and ParseClaimReview onto the article
// without them, evidence passages and all.
func TestClaimReviewRoundTrip(t *testing.T) {
	tested := 0
	for name, a := range articles(t) {
		if len(a.Claims) == 0 {
			continue
		}
		tested++
		t.Run(filepath.Base(name), func(t *testing.T) {
			base := withoutClaims(t, a)
			for _, source := range []string{"", "https://school.example/articles/" + a.ID} {
				b, err := EncodeClaimReview(a, source)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ParseClaimReview(base, b)
				if err != nil {
					t.Fatalf("ParseClaimReview(EncodeClaimReview(a)): %v", err)
				}
				if !reflect.DeepEqual(got.Claims, a.Claims) || !reflect.DeepEqual(got.Evidence, a.Evidence) {
					t.Errorf("ParseClaimReview(EncodeClaimReview(a)) differs from a:\n%s", describeDiff(got, a))
				}
				if !reflect.DeepEqual(got, a) {
					t.Errorf("the article differs beyond its claims:\n%s", describeDiff(got, a))
				}
				// Onto the article with its claims, the import replaces them.
				again, err := ParseClaimReview(a, b)
				if err != nil || !reflect.DeepEqual(again, a) {
					t.Errorf("ParseClaimReview onto the article itself: %v\n%s", err, describeDiff(again, a))
				}
			}
		})
	}
	if tested < 3 {
		t.Errorf("%d articles with claims, want at least 3", tested)
	}
}

func TestClaimReviewErrors(t *testing.T) {
	a := defaultArticle(t)
	base := withoutClaims(t, a)
	b, err := EncodeClaimReview(a, "")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	tests := []struct {
		name string
		edit func(string) string
		want string // a part of the error
	}{
		{"not JSON", func(string) string { return "[" }, "formats: claimreview: malformed JSON at line 1, column 1"},
		{"another schema.org file", func(string) string { return `{"@context": "https://schema.org", "@type": "Thing", "name": "x"}` },
			"formats: claimreview: the file holds no ClaimReview and no NewsArticle, so it is not a claims file"},
		{"other context", func(s string) string {
			return strings.Replace(s, SchemaContext, AnnoContext, 1)
		}, `formats: claimreview: the file's "@context" does not name https://schema.org`},
		{"no claim id", func(s string) string {
			return strings.Replace(s, `"identifier": "`+a.Claims[0].ID+`",`, "", 1)
		}, `formats: claimreview: review 1 ("urn:newsexplorer:article:kursk#review-` + a.Claims[0].ID + `"): the Claim of its question has no identifier`},
		{"unknown status", func(s string) string {
			return strings.Replace(s, `"alternateName": "`+a.Claims[0].Status.Label()+`"`, `"alternateName": "False"`, 1)
		}, `review 1 ("` + a.Claims[0].ID + `"): its rating "False" is not a status`},
		{"unknown entity", func(s string) string {
			return strings.Replace(s, "#entity-putin", "#entity-poutine", 1)
		}, `"urn:newsexplorer:article:kursk#entity-poutine" is not the IRI of an entity of the article`},
		{"author differs", func(s string) string {
			return strings.Replace(s, `"name": "Vladimir Putin"`, `"name": "Vladimir Putin",
                "@id": "urn:newsexplorer:article:kursk#entity-kremlin"`, 1)
		}, `review 2 ("north-korean-troops"): the statement 1: its author differs from the party "russia" the review mentions`},
		{"no stance", func(s string) string {
			return strings.Replace(s, `"keywords": "`+string(a.Claims[0].Parties[0].Stance)+`"`, `"keywords": "says"`, 1)
		}, `its keywords name 0 stances`},
		{"passage moved", func(s string) string {
			return strings.Replace(s, `"position": `, `"position": 1`, 1)
		}, `review 1 ("kursk-retaken"): framing 1, "what he claimed was" at position 1166, is not a passage of the text; the text has it at 166`},
		{"bad position", func(s string) string {
			return strings.Replace(s, `"position": 166`, `"position": "166"`, 1)
		}, `"position" is a string where a whole number is expected`},
		{"model check", func(s string) string {
			return strings.Replace(s, `"name": "`+PartCheck+`",`, `"name": "Other",`, -1)
		}, `review 1 ("` + a.Claims[0].ID + `"): claim 1 ("` + a.Claims[0].ID + `"): give at least one thing a reader would check next`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseClaimReview(base, []byte(tt.edit(s)))
			if err == nil || got != nil {
				t.Fatalf("no error, or an article with it: %v", err)
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want ErrorList", err)
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) {
				t.Errorf("error = %s\nwant it to contain %s", msg, tt.want)
			}
		})
	}
	big := make([]byte, MaxSize+1)
	if _, err := ParseClaimReview(base, big); err == nil || !strings.Contains(err.Error(), "the most it may have is") {
		t.Errorf("a file over %d bytes: %v", MaxSize, err)
	}
}

// TestClaimReviewForms checks the shapes the import accepts besides the
// export's: a single ClaimReview, single values where the export writes
// arrays, statuses and kinds of source by name, parties only as authors.
func TestClaimReviewForms(t *testing.T) {
	a := mustParse(t, `{
  "format": "news-explorer-article/1", "id": "forms", "title": "Forms",
  "text": "Ana Lima said the bridge is safe. The council disagrees.",
  "entities": [{ "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor." },
               { "id": "council", "name": "The council", "type": "organization", "description": "The city council." }],
  "mentions": [{ "entity": "lima", "exact": "Ana Lima" }, { "entity": "council", "exact": "The council" }],
  "claims": [{ "id": "bridge", "question": "Is the bridge safe?", "status": "contested",
    "parties": [
      { "id": "lima", "name": "Ana Lima", "members": ["lima"], "stance": "asserts", "statement": "The bridge is safe.",
        "source": "interview", "channel": "an interview", "evidence": [{ "exact": "said the bridge is safe" }] },
      { "id": "council", "name": "The council", "members": ["council"], "stance": "silent" }],
    "checks": ["The inspection report."], "settle": "An engineer's inspection." }]
}`)
	file := `{"@context": "http://schema.org/", "@type": "ClaimReview",
  "itemReviewed": [{"@type": "Claim", "identifier": "bridge", "text": "Is the bridge safe?"},
    {"@type": "Claim", "text": "The bridge is safe.", "keywords": ["asserts"],
     "author": {"@type": "Person", "identifier": "lima", "name": "Ana Lima", "sameAs": "urn:x#entity-lima"},
     "citation": {"@type": "CreativeWork", "text": "said the bridge is safe", "position": 9},
     "firstAppearance": {"name": "an interview", "genre": "interview"}}],
  "mentions": {"@type": "Organization", "identifier": "council", "name": "The council", "member": "urn:x#entity-council"},
  "reviewRating": {"@type": "Rating", "alternateName": "contested"},
  "hasPart": [{"name": "Check next", "text": "The inspection report."}, {"name": "What could settle it", "text": "An engineer's inspection."}]}`
	got, err := ParseClaimReview(withoutClaims(t, a), []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	// The author comes after the parties the review mentions.
	a.Claims[0].Parties[0], a.Claims[0].Parties[1] = a.Claims[0].Parties[1], a.Claims[0].Parties[0]
	if !reflect.DeepEqual(got.Claims, a.Claims) || !reflect.DeepEqual(got.Evidence, a.Evidence) {
		t.Errorf("differs:\n%s", describeDiff(got, a))
	}
}

// TestImport checks that Import reads each format as its own parser does,
// and refuses, in words, a file of neither.
func TestImport(t *testing.T) {
	base := defaultArticle(t)
	for _, c := range []struct {
		file  string
		parse func(*article.Article, []byte) (*article.Article, error)
	}{
		{"testdata/kursk.w3c.jsonld", ParseW3C},
		{"testdata/kursk.claimreview.jsonld", ParseClaimReview},
	} {
		data, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := c.parse(base, data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Import(base, data)
		if err != nil {
			t.Errorf("Import(%s): %v", c.file, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Import(%s) differs from its own parser's reading:\n%s", c.file, describeDiff(got, want))
		}
	}
	if _, err := Import(base, []byte(`{"@context": "https://example.org/other"}`)); err == nil || !strings.Contains(err.Error(), "names neither the W3C Web Annotation context") {
		t.Errorf("Import of another kind of file: %v, want an error naming the two contexts", err)
	}
}

package formats

import (
	"encoding/json"
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

package formats

import (
	"encoding/json"
	"fmt"
	"strings"

	"newsexplorer/app/article"
)

// SchemaContext is the JSON-LD context of schema.org.
const SchemaContext = "https://schema.org"

// thing is a schema.org node. Only the fields set are written.
type thing struct {
	Type               string  `json:"@type,omitempty"`
	ID                 string  `json:"@id,omitempty"`
	Name               string  `json:"name,omitempty"`
	Headline           string  `json:"headline,omitempty"`
	Publisher          *thing  `json:"publisher,omitempty"`
	Text               string  `json:"text,omitempty"`
	Description        string  `json:"description,omitempty"`
	Genre              string  `json:"genre,omitempty"`
	Author             *thing  `json:"author,omitempty"`
	Member             []thing `json:"member,omitempty"`
	Appearance         *thing  `json:"appearance,omitempty"`
	FirstAppearance    *thing  `json:"firstAppearance,omitempty"`
	ClaimReviewed      string  `json:"claimReviewed,omitempty"`
	ItemReviewed       []thing `json:"itemReviewed,omitempty"`
	ReviewRating       *thing  `json:"reviewRating,omitempty"`
	ReviewBody         string  `json:"reviewBody,omitempty"`
	AlternateName      string  `json:"alternateName,omitempty"`
	RatingExplanation  string  `json:"ratingExplanation,omitempty"`
	InterpretedAsClaim []thing `json:"interpretedAsClaim,omitempty"`
}

// StatusExplanation says in one sentence what a claim's status means, and
// no more: it is the ClaimReview's ratingExplanation.
func StatusExplanation(s article.Status) string {
	switch s {
	case article.Contested:
		return "Parties in the article disagree."
	case article.Corroborated:
		return "Sources independent of the claimant confirm it, as the article reports."
	case article.Unverified:
		return "Asserted, with nothing in the article to confirm or deny it."
	case article.Characterization:
		return "A characterization or opinion, not a checkable fact."
	}
	return ""
}

// EncodeClaimReview writes the claims the article reports as schema.org
// JSON-LD: the article as a NewsArticle, and for each claim a ClaimReview
// whose claimReviewed is the question and whose itemReviewed are Claims:
// the question itself, then each party's statement with the party as its
// author. The review's rating is the claim's status in words
// (alternateName) with what it means (ratingExplanation), and never a
// number: the article supports no verdict beyond its status. source is the
// IRI that names the article, as for EncodeW3C; when it is empty,
// Source(a) is used.
func EncodeClaimReview(a *article.Article, source string) ([]byte, error) {
	if a == nil {
		return nil, fmt.Errorf("formats: claimreview: no article")
	}
	if source == "" {
		source = Source(a)
	}
	news := thing{Type: "NewsArticle", ID: source, Name: a.Title, Headline: a.Headline}
	if a.Outlet != "" {
		news.Publisher = &thing{Type: "Organization", Name: a.Outlet}
	}
	graph := []thing{news}
	appears := &thing{ID: source}
	for _, c := range a.Claims {
		question := thing{Type: "Claim", ID: claimIRI(source, c.ID), Text: c.Question, Appearance: appears}
		items := []thing{question}
		body := []string{"Status: " + c.Status.Label() + ". " + StatusExplanation(c.Status)}
		for _, p := range c.Parties {
			if p.Stance == article.Silent {
				body = append(body, p.Name+": "+strings.ToLower(p.Stance.Label())+".")
				continue
			}
			body = append(body, p.Name+" "+string(p.Stance)+": "+p.Statement)
			claim := thing{
				Type: "Claim", ID: claimIRI(source, c.ID+"/"+p.ID), Text: p.Statement,
				Description: "Stance on “" + c.Question + "”: " + string(p.Stance) + ".",
				Author:      party(a, p), Appearance: appears,
			}
			if p.Channel != "" {
				claim.FirstAppearance = &thing{Type: "CreativeWork", Name: p.Channel, Genre: p.Source.Label()}
			}
			items = append(items, claim)
			news.InterpretedAsClaim = append(news.InterpretedAsClaim, thing{ID: claim.ID})
		}
		if c.Settle != "" {
			body = append(body, "What could settle it: "+c.Settle)
		}
		graph = append(graph, thing{
			Type: "ClaimReview", ID: iri(source, "review-"+c.ID),
			ClaimReviewed: c.Question, ItemReviewed: items,
			ReviewRating: &thing{Type: "Rating", AlternateName: c.Status.Label(), RatingExplanation: StatusExplanation(c.Status)},
			ReviewBody:   strings.Join(body, "\n"),
		})
	}
	graph[0] = news
	doc := struct {
		Context string  `json:"@context"`
		Graph   []thing `json:"@graph"`
	}{SchemaContext, graph}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("formats: claimreview: %s: %w", a.ID, err)
	}
	return append(b, '\n'), nil
}

// party is the author of a party's statement: a Person when the party is
// one person, an Organization otherwise (an organization, a country, or
// several entities that speak together, listed as its members).
func party(a *article.Article, p article.Party) *thing {
	if len(p.Members) == 1 && a.TypeOf(p.Members[0]) == article.Person {
		return &thing{Type: "Person", Name: p.Name}
	}
	t := &thing{Type: "Organization", Name: p.Name}
	if len(p.Members) > 1 {
		for _, id := range p.Members {
			e, _ := a.Entity(id)
			kind := "Organization"
			if e.Type == article.Person {
				kind = "Person"
			}
			t.Member = append(t.Member, thing{Type: kind, Name: e.Name})
		}
	}
	return t
}

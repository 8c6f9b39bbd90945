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
	Identifier         string  `json:"identifier,omitempty"`
	Name               string  `json:"name,omitempty"`
	Headline           string  `json:"headline,omitempty"`
	Publisher          *thing  `json:"publisher,omitempty"`
	Text               string  `json:"text,omitempty"`
	Description        string  `json:"description,omitempty"`
	Genre              string  `json:"genre,omitempty"`
	Author             *thing  `json:"author,omitempty"`
	SameAs             string  `json:"sameAs,omitempty"`
	Member             []thing `json:"member,omitempty"`
	Keywords           string  `json:"keywords,omitempty"`
	Position           *int    `json:"position,omitempty"`
	IsPartOf           *thing  `json:"isPartOf,omitempty"`
	Citation           []thing `json:"citation,omitempty"`
	Appearance         *thing  `json:"appearance,omitempty"`
	FirstAppearance    *thing  `json:"firstAppearance,omitempty"`
	ClaimReviewed      string  `json:"claimReviewed,omitempty"`
	ItemReviewed       []thing `json:"itemReviewed,omitempty"`
	ReviewRating       *thing  `json:"reviewRating,omitempty"`
	ReviewBody         string  `json:"reviewBody,omitempty"`
	AlternateName      string  `json:"alternateName,omitempty"`
	RatingExplanation  string  `json:"ratingExplanation,omitempty"`
	Mentions           []thing `json:"mentions,omitempty"`
	HasPart            []thing `json:"hasPart,omitempty"`
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

// Names of the parts of a ClaimReview (hasPart) that hold what a reader
// would check next and what could settle the claim.
const (
	PartCheck  = "Check next"
	PartSettle = "What could settle it"
)

// EncodeClaimReview writes the claims the article reports as schema.org
// JSON-LD: the article as a NewsArticle, and for each claim a ClaimReview
// whose claimReviewed is the question and whose itemReviewed are Claims:
// the question itself, then each party's statement with the party as its
// author. The review's rating is the claim's status in words
// (alternateName) with what it means (ratingExplanation), and never a
// number: the article supports no verdict beyond its status. The review
// lists every party, in order, as mentions, and holds what to check next
// and what could settle the claim as parts; each passage a claim rests on
// is a citation with its exact text and its position in code points, so
// that ParseClaimReview reads the claims back. source is the IRI that
// names the article, as for EncodeW3C; when it is empty, Source(a) is used.
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
	cp := article.NewCodePoints(a.Text)
	spans := make(map[string]article.Span, len(a.Evidence))
	for _, ev := range a.Evidence {
		spans[ev.ID] = ev.Span
	}
	passages := func(ids []string) ([]thing, error) {
		var out []thing
		for _, id := range ids {
			s, ok := spans[id]
			start, ok1 := cp.ToRunes(s.Start)
			_, ok2 := cp.ToRunes(s.End)
			if !ok || !ok1 || !ok2 || s.Start >= s.End {
				return nil, fmt.Errorf("formats: claimreview: %s: evidence %q is not a passage of the text", a.ID, id)
			}
			out = append(out, thing{Type: "CreativeWork", IsPartOf: appears, Position: &start, Text: a.Text[s.Start:s.End]})
		}
		return out, nil
	}
	for _, c := range a.Claims {
		framing, err := passages(c.Framing)
		if err != nil {
			return nil, err
		}
		question := thing{Type: "Claim", ID: claimIRI(source, c.ID), Identifier: c.ID, Text: c.Question, Appearance: appears, Citation: framing}
		items := []thing{question}
		var mentions, parts []thing
		body := []string{"Status: " + c.Status.Label() + ". " + StatusExplanation(c.Status)}
		for _, p := range c.Parties {
			author := party(a, source, p)
			if p.Stance == article.Silent {
				author.Description = p.Stance.Label() + "."
				mentions = append(mentions, *author)
				body = append(body, p.Name+": "+strings.ToLower(p.Stance.Label())+".")
				continue
			}
			mentions = append(mentions, *author)
			body = append(body, p.Name+" "+string(p.Stance)+": "+p.Statement)
			evidence, err := passages(p.Evidence)
			if err != nil {
				return nil, err
			}
			claim := thing{
				Type: "Claim", ID: claimIRI(source, c.ID+"/"+p.ID), Text: p.Statement,
				Description: "Stance on “" + c.Question + "”: " + string(p.Stance) + ".",
				Keywords:    string(p.Stance),
				Author:      author, Appearance: appears, Citation: evidence,
				FirstAppearance: &thing{Type: "CreativeWork", Name: p.Channel, Genre: p.Source.Label()},
			}
			items = append(items, claim)
			news.InterpretedAsClaim = append(news.InterpretedAsClaim, thing{ID: claim.ID})
		}
		for _, check := range c.Checks {
			parts = append(parts, thing{Type: "CreativeWork", Name: PartCheck, Text: check})
			body = append(body, PartCheck+": "+check)
		}
		if c.Settle != "" {
			parts = append(parts, thing{Type: "CreativeWork", Name: PartSettle, Text: c.Settle})
			body = append(body, PartSettle+": "+c.Settle)
		}
		graph = append(graph, thing{
			Type: "ClaimReview", ID: iri(source, "review-"+c.ID),
			ClaimReviewed: c.Question, ItemReviewed: items,
			ReviewRating: &thing{Type: "Rating", AlternateName: c.Status.Label(), RatingExplanation: StatusExplanation(c.Status)},
			ReviewBody:   strings.Join(body, "\n"),
			Mentions:     mentions, HasPart: parts,
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

// party is a party of a claim, named by its id within the claim
// (identifier): a Person when it is one person, an Organization otherwise.
// A party of one entity is the same as (sameAs) the entity's IRI, as the
// W3C export names it; a party of several lists them as its members.
func party(a *article.Article, source string, p article.Party) *thing {
	kind := func(id string) string {
		if a.TypeOf(id) == article.Person {
			return "Person"
		}
		return "Organization"
	}
	if len(p.Members) == 1 {
		return &thing{Type: kind(p.Members[0]), Identifier: p.ID, Name: p.Name, SameAs: entityIRI(source, p.Members[0])}
	}
	t := &thing{Type: "Organization", Identifier: p.ID, Name: p.Name}
	for _, id := range p.Members {
		e, _ := a.Entity(id)
		t.Member = append(t.Member, thing{Type: kind(id), ID: entityIRI(source, id), Name: e.Name})
	}
	return t
}

package formats

import (
	"encoding/json"
	"fmt"

	"newsexplorer/app/article"
)

// AnnoContext is the JSON-LD context of the W3C Web Annotation vocabulary.
const AnnoContext = "http://www.w3.org/ns/anno.jsonld"

// ContextChars is how many code points of text a TextQuoteSelector's
// prefix and suffix hold (fewer at the ends of the text).
const ContextChars = 32

// The tags (TextualBody values with purpose "tagging") that say what a
// passage is, besides the entity types that tag mentions.
const (
	TagQuote    = "quote"
	TagLoaded   = "loaded-language"
	TagEvidence = "evidence"
)

// The motivations and purposes of the W3C vocabulary this package uses.
const (
	identifying  = "identifying"
	tagging      = "tagging"
	assessing    = "assessing"
	editing      = "editing"
	highlighting = "highlighting"
	linking      = "linking"
)

// collection is a W3C AnnotationCollection with its one page embedded.
type collection struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Total   int    `json:"total"`
	First   page   `json:"first"`
}

type page struct {
	ID         string       `json:"id"`
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []annotation `json:"items"`
}

type annotation struct {
	ID         string `json:"id"`
	Type       string `json:"type"`
	Motivation string `json:"motivation"`
	Body       []any  `json:"body"`
	// Target is the article's IRI (an entity annotation) or a target.
	Target any `json:"target"`
}

type target struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

type quoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

type positionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type textualBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
}

type specificBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Source  node   `json:"source"`
}

// node is an entity or a claim, named by its IRI.
type node struct {
	ID       string   `json:"id"`
	Name     string   `json:"name,omitempty"`
	Label    string   `json:"label,omitempty"`
	Nickname []string `json:"nickname,omitempty"`
	// Terms outside anno.jsonld, as compact IRIs with the prefixes it
	// defines.
	Description string `json:"schema:description,omitempty"`
	Temporal    string `json:"schema:temporalCoverage,omitempty"`
	Comment     string `json:"rdfs:comment,omitempty"`
	// Note is a dating's doubt: why the text's own words for the time
	// may be wrong.
	Note string `json:"skos:note,omitempty"`
}

// entityIRI names an entity of the article: source#entity-id.
func entityIRI(source, id string) string { return iri(source, "entity-"+id) }

// claimIRI names a claim of the article: source#claim-id.
func claimIRI(source, id string) string { return iri(source, "claim-"+id) }

func tag(v string) textualBody { return textualBody{"TextualBody", tagging, v} }

// EncodeW3C writes the article's annotations as a W3C Web Annotation
// AnnotationCollection in JSON-LD: an annotation for each entity, then
// one for each mention, quote, loaded phrase and evidence passage in text
// order. source is the IRI that names the article in every target; when
// it is empty, Source(a) is used.
func EncodeW3C(a *article.Article, source string) ([]byte, error) {
	if a == nil {
		return nil, fmt.Errorf("formats: w3c: no article")
	}
	if source == "" {
		source = Source(a)
	}
	cp := article.NewCodePoints(a.Text)
	var items []annotation
	var err error
	passage := func(id, motivation string, s article.Span, body ...any) {
		if err != nil {
			return
		}
		t, e := passageTarget(cp, source, s)
		if e != nil {
			err = fmt.Errorf("formats: w3c: %s %s: %w", a.ID, id, e)
			return
		}
		items = append(items, annotation{ID: iri(source, "annotation-"+id), Type: "Annotation", Motivation: motivation, Body: body, Target: t})
	}
	names := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		names[e.ID] = e.Name
		n := node{ID: entityIRI(source, e.ID), Name: e.Name, Nickname: e.Aliases, Description: e.Description}
		if e.When != nil {
			n.Temporal = dateInterval(e.When)
			n.Comment = e.When.Reasoning
			n.Note = e.When.Doubt
		}
		items = append(items, annotation{
			ID: iri(source, "annotation-entity-"+e.ID), Type: "Annotation", Motivation: identifying,
			Body:   []any{tag(string(e.Type)), specificBody{"SpecificResource", identifying, n}},
			Target: source,
		})
	}
	ref := func(purpose, id string) specificBody {
		return specificBody{"SpecificResource", purpose, node{ID: entityIRI(source, id), Name: names[id]}}
	}
	for _, m := range a.Mentions {
		passage(m.ID, tagging, m.Span, tag(string(a.TypeOf(m.Entity))), ref(identifying, m.Entity))
	}
	for _, q := range a.Quotes {
		passage(q.ID, tagging, q.Span, tag(TagQuote), ref(linking, q.Speaker))
	}
	for _, l := range a.Loaded {
		body := []any{tag(TagLoaded), textualBody{"TextualBody", assessing, l.Why}, textualBody{"TextualBody", editing, l.Neutral}}
		if l.Speaker != "" {
			body = append(body, ref(linking, l.Speaker))
		}
		passage(l.ID, assessing, l.Span, body...)
	}
	questions := make(map[string]string, len(a.Claims))
	for _, c := range a.Claims {
		questions[c.ID] = c.Question
	}
	for _, ev := range a.Evidence {
		body := []any{tag(TagEvidence)}
		for _, c := range ev.Claims {
			body = append(body, specificBody{"SpecificResource", linking, node{ID: claimIRI(source, c), Label: questions[c]}})
		}
		passage(ev.ID, highlighting, ev.Span, body...)
	}
	if err != nil {
		return nil, err
	}
	if items == nil {
		items = []annotation{}
	}
	c := collection{
		Context: AnnoContext, ID: iri(source, "annotations"), Type: "AnnotationCollection",
		Label: "Annotations of “" + a.Title + "”", Total: len(items),
		First: page{ID: iri(source, "annotations-page-1"), Type: "AnnotationPage", Items: items},
	}
	b, e := json.MarshalIndent(c, "", "  ")
	if e != nil {
		return nil, fmt.Errorf("formats: w3c: %s: %w", a.ID, e)
	}
	return append(b, '\n'), nil
}

// passageTarget selects a span of the text with a TextQuoteSelector and a
// TextPositionSelector in code points.
func passageTarget(cp *article.CodePoints, source string, s article.Span) (target, error) {
	start, ok1 := cp.ToRunes(s.Start)
	end, ok2 := cp.ToRunes(s.End)
	if !ok1 || !ok2 || start >= end {
		return target{}, fmt.Errorf("span %d–%d is not a passage of the text", s.Start, s.End)
	}
	before, _ := cp.ToBytes(max(start-ContextChars, 0))
	after, _ := cp.ToBytes(min(end+ContextChars, cp.Count()))
	text := cp.Text()
	return target{Source: source, Selector: []any{
		quoteSelector{Type: "TextQuoteSelector", Exact: text[s.Start:s.End], Prefix: text[before:s.Start], Suffix: text[s.End:after]},
		positionSelector{Type: "TextPositionSelector", Start: start, End: end},
	}}, nil
}

// dateLayout is how both exports write calendar dates.
const dateLayout = "2006-01-02"

// dateInterval writes a dating as an ISO 8601 date, or an interval of two
// dates.
func dateInterval(d *article.Dating) string {
	if d.To.Equal(d.From) {
		return d.From.Format(dateLayout)
	}
	return d.From.Format(dateLayout) + "/" + d.To.Format(dateLayout)
}

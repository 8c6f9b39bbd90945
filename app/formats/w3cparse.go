package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// MaxSize is the largest file ParseW3C and ParseClaimReview read.
const MaxSize = 8 << 20

type inAnnotation struct {
	ID     string `json:"id"`
	Type   strs   `json:"type"`
	Body   many   `json:"body"`
	Target many   `json:"target"`
}

type inTarget struct {
	ID       string          `json:"id"`
	Source   json.RawMessage `json:"source"`
	Selector many            `json:"selector"`
}

type inSelector struct {
	Type   strs    `json:"type"`
	Exact  *string `json:"exact"`
	Prefix string  `json:"prefix"`
	Suffix string  `json:"suffix"`
	Start  *int    `json:"start"`
	End    *int    `json:"end"`
}

type inBody struct {
	Type    strs            `json:"type"`
	Purpose strs            `json:"purpose"`
	Value   *string         `json:"value"`
	Source  json.RawMessage `json:"source"`
}

type inNode struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Nickname    strs   `json:"nickname"`
	Description string `json:"schema:description"`
	Temporal    string `json:"schema:temporalCoverage"`
	Comment     string `json:"rdfs:comment"`
	Note        string `json:"skos:note"`
}

// read is what one annotation says, once decoded.
type read struct {
	index     int
	id        string
	source    string
	selectors []inSelector
	tags      []string
	texts     map[string]string // textual bodies other than tags, by purpose
	resources []resource
}

type resource struct {
	purposes strs
	node     inNode
}

// ParseW3C reads W3C Web Annotation JSON-LD, as EncodeW3C writes it, onto
// base: it returns a copy of base whose entities, mentions, quotes and
// loaded phrases are the file's, and whose text, details, claims and
// evidence are base's. The file may be an AnnotationCollection with its
// first page embedded, an AnnotationPage, a single Annotation, or a JSON
// array of annotations.
//
// Each passage is found by its TextPositionSelector when the text there
// is its TextQuoteSelector's exact text; otherwise by the quote selector
// alone, with its prefix and suffix, then either, then none, as long as
// the text matches in exactly one place. Evidence annotations are read
// but not applied: the claims stay base's.
//
// On failure the error is an ErrorList that names each annotation with a
// problem and what is wrong.
func ParseW3C(base *article.Article, data []byte) (*article.Article, error) {
	fail := func(format string, args ...any) (*article.Article, error) {
		return nil, ErrorList{{Msg: fmt.Sprintf(format, args...)}}
	}
	if base == nil {
		return fail("no article to read the annotations onto")
	}
	if len(data) > MaxSize {
		return fail("the file is %d bytes; the most it may have is %d", len(data), MaxSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return fail("the file is not valid UTF-8 text")
	}
	raws, err := annotationsOf(data)
	if err != nil {
		return fail("%v", err)
	}
	p := importer{text: base.Text, cp: article.NewCodePoints(base.Text), entities: map[string]string{}, types: map[string]article.Type{}}
	var reads []read
	for i, raw := range raws {
		if r, ok := p.decode(i+1, raw); ok {
			reads = append(reads, r)
		}
	}
	// Entities first, as mentions and quotes refer to them wherever they
	// stand in the file.
	out := *base
	out.Entities, out.Mentions, out.Quotes, out.Loaded = nil, nil, nil, nil
	var entityAt, mentionAt, quoteAt, loadedAt []*read
	for i := range reads {
		if r := &reads[i]; r.selectors == nil {
			if e, ok := p.entity(r); ok {
				out.Entities = append(out.Entities, e)
				entityAt = append(entityAt, r)
			}
		}
	}
	for i := range reads {
		r := &reads[i]
		if r.selectors == nil {
			continue
		}
		p.passage(r, &out, &mentionAt, &quoteAt, &loadedAt)
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	b, err := article.Encode(&out)
	if err != nil {
		return fail("%v", err)
	}
	a, err := article.Parse(base.ID+".w3c", b)
	if err != nil {
		return nil, p.explain(err, map[string][]*read{"entity": entityAt, "mention": mentionAt, "quote": quoteAt, "loaded phrase": loadedAt})
	}
	return a, nil
}

// annotationsOf finds the annotations in a file.
func annotationsOf(data []byte) ([]json.RawMessage, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, errors.New("the file is empty")
	}
	if trimmed[0] == '[' {
		var list []json.RawMessage
		if err := json.Unmarshal(data, &list); err != nil {
			return nil, jsonProblemIn(data, err)
		}
		return list, nil
	}
	var top struct {
		Context many              `json:"@context"`
		Type    strs              `json:"type"`
		First   json.RawMessage   `json:"first"`
		Items   []json.RawMessage `json:"items"`
		Next    json.RawMessage   `json:"next"`
	}
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, jsonProblemIn(data, err)
	}
	if !hasAnnoContext(top.Context) {
		return nil, fmt.Errorf("the file's \"@context\" does not name %s", AnnoContext)
	}
	switch {
	case top.Type.has("AnnotationCollection"):
		if len(top.First) == 0 || bytes.Equal(top.First, []byte("null")) {
			return nil, nil
		}
		if top.First[0] != '{' {
			return nil, fmt.Errorf("the collection links to its first page (%s) but does not include it: include the page with its items", top.First)
		}
		var first struct {
			Items []json.RawMessage `json:"items"`
			Next  json.RawMessage   `json:"next"`
		}
		if err := json.Unmarshal(top.First, &first); err != nil {
			return nil, fmt.Errorf("the collection's first page: %v", jsonProblem(err))
		}
		if len(first.Next) > 0 && !bytes.Equal(first.Next, []byte("null")) {
			return nil, fmt.Errorf("the collection goes on past its first page: put every annotation in one page")
		}
		return first.Items, nil
	case top.Type.has("AnnotationPage"):
		if len(top.Next) > 0 && !bytes.Equal(top.Next, []byte("null")) {
			return nil, fmt.Errorf("the page links to a next page: put every annotation in one page")
		}
		return top.Items, nil
	case top.Type.has("Annotation"):
		return []json.RawMessage{data}, nil
	}
	return nil, fmt.Errorf("the file's type is %q: the explorer reads an AnnotationCollection, an AnnotationPage, an Annotation, or an array of annotations", []string(top.Type))
}

func hasAnnoContext(ctx many) bool {
	for _, c := range ctx {
		var s string
		if json.Unmarshal(c, &s) == nil && (s == AnnoContext || s == "https://www.w3.org/ns/anno.jsonld") {
			return true
		}
	}
	return false
}

// importer gathers what the annotations say and the problems found.
type importer struct {
	text     string
	cp       *article.CodePoints
	source   string                  // the article's IRI, from the first annotation
	entities map[string]string       // entity IRI → entity id
	types    map[string]article.Type // entity id → type
	errs     ErrorList
}

func (p *importer) add(r *read, format string, args ...any) {
	p.errs = append(p.errs, &Error{Index: r.index, ID: r.id, Msg: fmt.Sprintf(format, args...)})
}

// decode reads one annotation's target and bodies.
func (p *importer) decode(index int, raw json.RawMessage) (read, bool) {
	r := read{index: index, texts: map[string]string{}}
	var an inAnnotation
	if err := json.Unmarshal(raw, &an); err != nil {
		var probe struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(raw, &probe)
		r.id = probe.ID
		p.add(&r, "%v", jsonProblem(err))
		return r, false
	}
	r.id = an.ID
	if !an.Type.has("Annotation") {
		p.add(&r, "its type is %q, not \"Annotation\"", []string(an.Type))
		return r, false
	}
	if len(an.Target) != 1 {
		p.add(&r, "it has %d targets; the explorer reads annotations with one target, in the article", len(an.Target))
		return r, false
	}
	raw = an.Target[0]
	if len(raw) > 0 && raw[0] == '"' {
		_ = json.Unmarshal(raw, &r.source)
	} else {
		var t inTarget
		if err := json.Unmarshal(raw, &t); err != nil {
			p.add(&r, "target: %v", jsonProblem(err))
			return r, false
		}
		r.source = t.ID
		if len(t.Source) > 0 {
			r.source = iriOf(t.Source)
		}
		for _, s := range t.Selector {
			var sel inSelector
			if err := json.Unmarshal(s, &sel); err != nil {
				p.add(&r, "selector: %v", jsonProblem(err))
				return r, false
			}
			r.selectors = append(r.selectors, sel)
		}
	}
	switch {
	case r.source == "":
		p.add(&r, "its target names no source")
		return r, false
	case p.source == "":
		p.source = r.source
	case r.source != p.source:
		p.add(&r, "its target is %q, another source than the article's (%q) that the first annotation names", r.source, p.source)
		return r, false
	}
	for k, b := range an.Body {
		var body inBody
		if len(b) > 0 && b[0] == '"' { // an IRI
			var id string
			_ = json.Unmarshal(b, &id)
			r.resources = append(r.resources, resource{node: inNode{ID: id}})
			continue
		}
		if err := json.Unmarshal(b, &body); err != nil {
			p.add(&r, "body %d: %v", k+1, jsonProblem(err))
			return r, false
		}
		switch {
		case body.Value != nil && body.Purpose.has(tagging):
			r.tags = append(r.tags, *body.Value)
		case body.Value != nil:
			for _, purpose := range body.Purpose {
				r.texts[purpose] = *body.Value
			}
		case len(body.Source) > 0:
			var n inNode
			if body.Source[0] == '"' {
				_ = json.Unmarshal(body.Source, &n.ID)
			} else if err := json.Unmarshal(body.Source, &n); err != nil {
				p.add(&r, "body %d, source: %v", k+1, jsonProblem(err))
				return r, false
			}
			r.resources = append(r.resources, resource{purposes: body.Purpose, node: n})
		}
	}
	return r, true
}

// entity reads an annotation on the whole article: an entity it mentions.
func (p *importer) entity(r *read) (article.Entity, bool) {
	var types []article.Type
	for _, t := range r.tags {
		if t := article.Type(t); t.Valid() && t != article.Quote {
			types = append(types, t)
		}
	}
	if len(types) != 1 {
		p.add(r, "an annotation on the whole article describes an entity and is tagged with its type (one of person, organization, place, group, date, number, event); it has %d such tags", len(types))
		return article.Entity{}, false
	}
	n, ok := p.oneResource(r, identifying, "the entity")
	if !ok {
		return article.Entity{}, false
	}
	_, id, found := strings.Cut(n.ID, "#entity-")
	if !found || id == "" {
		p.add(r, "the entity's IRI %q does not end in #entity- and an id", n.ID)
		return article.Entity{}, false
	}
	if _, dup := p.entities[n.ID]; dup {
		p.add(r, "the entity %q is described twice", n.ID)
		return article.Entity{}, false
	}
	p.entities[n.ID] = id
	p.types[id] = types[0]
	e := article.Entity{ID: id, Name: n.Name, Type: types[0], Description: n.Description, Aliases: n.Nickname}
	if n.Temporal != "" {
		from, to, ok := parseInterval(n.Temporal)
		if !ok {
			p.add(r, "schema:temporalCoverage %q is not a date, or two dates joined by /, written YYYY-MM-DD", n.Temporal)
			return article.Entity{}, false
		}
		e.When = &article.Dating{From: from, To: to, Reasoning: n.Comment, Doubt: n.Note}
	}
	return e, true
}

func parseInterval(s string) (from, to time.Time, ok bool) {
	a, b, two := strings.Cut(s, "/")
	from, err := time.Parse(dateLayout, a)
	if err != nil {
		return from, to, false
	}
	if !two {
		return from, from, true
	}
	to, err = time.Parse(dateLayout, b)
	return from, to, err == nil
}

// oneResource finds the one resource body with the given purpose, or the
// only resource body when none has it.
func (p *importer) oneResource(r *read, purpose, what string) (inNode, bool) {
	var with []inNode
	for _, res := range r.resources {
		if res.purposes.has(purpose) {
			with = append(with, res.node)
		}
	}
	if len(with) == 0 && len(r.resources) == 1 {
		with = append(with, r.resources[0].node)
	}
	if len(with) != 1 {
		p.add(r, "%s should be one body, a SpecificResource with purpose %q; there are %d", what, purpose, len(with))
		return inNode{}, false
	}
	return with[0], true
}

// entityID finds the entity an annotation's resource body names.
func (p *importer) entityID(r *read, purpose, what string) (string, bool) {
	n, ok := p.oneResource(r, purpose, what)
	if !ok {
		return "", false
	}
	id, ok := p.entities[n.ID]
	if !ok {
		p.add(r, "%s %q is not among the entities the file describes", what, n.ID)
	}
	return id, ok
}

// passage reads an annotation on a passage of the text and adds it to a.
func (p *importer) passage(r *read, a *article.Article, mentionAt, quoteAt, loadedAt *[]*read) {
	var kinds []string
	for _, t := range r.tags {
		if tt := article.Type(t); tt.Valid() || t == TagLoaded || t == TagEvidence {
			kinds = append(kinds, t)
		}
	}
	if len(kinds) != 1 {
		p.add(r, "a passage is tagged with one of person, organization, place, group, date, number, event, quote, %s or %s; it has %d such tags (%s)", TagLoaded, TagEvidence, len(kinds), strings.Join(r.tags, ", "))
		return
	}
	span, ok := p.span(r)
	if !ok {
		return
	}
	switch k := kinds[0]; k {
	case TagEvidence:
		// The claims and their evidence stay the article's.
	case TagQuote:
		if speaker, ok := p.entityID(r, linking, "the speaker"); ok {
			a.Quotes = append(a.Quotes, article.QuoteSpan{Speaker: speaker, Span: span})
			*quoteAt = append(*quoteAt, r)
		}
	case TagLoaded:
		l := article.LoadedPhrase{Why: r.texts[assessing], Neutral: r.texts[editing], Span: span}
		if len(r.resources) > 0 {
			speaker, ok := p.entityID(r, linking, "the speaker")
			if !ok {
				return
			}
			l.Speaker = speaker
		}
		a.Loaded = append(a.Loaded, l)
		*loadedAt = append(*loadedAt, r)
	default:
		id, ok := p.entityID(r, identifying, "the entity")
		if !ok {
			return
		}
		if t := p.types[id]; string(t) != k {
			p.add(r, "the passage is tagged %q but its entity %q is %s", k, id, withArticle(string(t)))
			return
		}
		a.Mentions = append(a.Mentions, article.Mention{Entity: id, Span: span})
		*mentionAt = append(*mentionAt, r)
	}
}

// span finds the passage an annotation's selectors pick.
func (p *importer) span(r *read) (article.Span, bool) {
	var quote, pos *inSelector
	for i := range r.selectors {
		s := &r.selectors[i]
		switch {
		case s.Type.has("TextQuoteSelector") && quote == nil:
			quote = s
		case s.Type.has("TextPositionSelector") && pos == nil:
			pos = s
		}
	}
	if quote == nil && pos == nil {
		p.add(r, "its target has neither a TextQuoteSelector nor a TextPositionSelector")
		return article.Span{}, false
	}
	if quote != nil && quote.Exact == nil {
		p.add(r, "its TextQuoteSelector has no \"exact\"")
		return article.Span{}, false
	}
	var mismatch string
	if pos != nil {
		if pos.Start == nil || pos.End == nil {
			p.add(r, "its TextPositionSelector needs both \"start\" and \"end\"")
			return article.Span{}, false
		}
		start, ok1 := p.cp.ToBytes(*pos.Start)
		end, ok2 := p.cp.ToBytes(*pos.End)
		switch {
		case !ok1 || !ok2 || *pos.Start >= *pos.End:
			mismatch = fmt.Sprintf("its TextPositionSelector (%d–%d) is not a passage of a text of %d characters", *pos.Start, *pos.End, p.cp.Count())
		case quote == nil || p.text[start:end] == *quote.Exact:
			return article.Span{Start: start, End: end}, true
		default:
			mismatch = fmt.Sprintf("its TextPositionSelector (%d–%d) holds %s, not the exact text", *pos.Start, *pos.End, excerpt(p.text[start:end]))
		}
		if quote == nil {
			p.add(r, "%s", mismatch)
			return article.Span{}, false
		}
	}
	tries := []article.Anchor{
		{Exact: *quote.Exact, Prefix: quote.Prefix, Suffix: quote.Suffix},
		{Exact: *quote.Exact, Prefix: quote.Prefix},
		{Exact: *quote.Exact, Suffix: quote.Suffix},
		{Exact: *quote.Exact},
	}
	var first error
	for i, an := range tries {
		if i > 0 && an == tries[i-1] {
			continue
		}
		s, err := an.Resolve(p.text)
		if err == nil {
			return s, true
		}
		if first == nil {
			first = err
		}
	}
	if mismatch != "" {
		p.add(r, "%s, and its TextQuoteSelector finds no single place: %v", mismatch, first)
	} else {
		p.add(r, "its TextQuoteSelector finds no single place: %v", first)
	}
	return article.Span{}, false
}

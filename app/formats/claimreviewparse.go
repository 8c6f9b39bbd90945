package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// inThing is a schema.org node as ParseClaimReview reads it.
type inThing struct {
	Type            strs   `json:"@type"`
	ID              string `json:"@id"`
	Identifier      string `json:"identifier"`
	Name            string `json:"name"`
	Text            string `json:"text"`
	Genre           string `json:"genre"`
	Keywords        strs   `json:"keywords"`
	SameAs          strs   `json:"sameAs"`
	Member          many   `json:"member"`
	Position        *int   `json:"position"`
	Author          many   `json:"author"`
	FirstAppearance many   `json:"firstAppearance"`
	Citation        many   `json:"citation"`
	ClaimReviewed   string `json:"claimReviewed"`
	ItemReviewed    many   `json:"itemReviewed"`
	ReviewRating    many   `json:"reviewRating"`
	AlternateName   string `json:"alternateName"`
	Mentions        many   `json:"mentions"`
	HasPart         many   `json:"hasPart"`
	Context         many   `json:"@context"`
	Graph           *many  `json:"@graph"`
}

// ParseClaimReview reads schema.org Claim and ClaimReview JSON-LD, as
// EncodeClaimReview writes it, onto base: it returns a copy of base whose
// claims, and the evidence passages they rest on, are the file's, and
// whose text, details, entities, mentions, quotes and loaded phrases are
// base's. The file is a JSON-LD object with "@context" schema.org and its
// nodes under "@graph", or a single ClaimReview.
//
// Each ClaimReview is one claim: its id is the identifier of the Claim
// among itemReviewed that has no author, and its question that Claim's
// text; its status is its rating's alternateName. Its parties are its
// mentions, in order, each with its identifier and its entities (sameAs,
// or the @id of each member, IRI#entity-ID); a party with a Claim among
// itemReviewed, by the party as author, takes the Claim's stance
// (keywords), statement (text), channel (firstAppearance's name and, as
// genre, the kind of source) and evidence (citation); the others are
// silent. Each passage is a CreativeWork whose text is the exact passage
// and whose position is where it starts, in code points.
//
// On failure the error is an ErrorList that names each review with a
// problem and what is wrong.
func ParseClaimReview(base *article.Article, data []byte) (*article.Article, error) {
	fail := func(format string, args ...any) (*article.Article, error) {
		return nil, ErrorList{{Msg: fmt.Sprintf(format, args...), claims: true}}
	}
	if base == nil {
		return fail("no article to read the claims onto")
	}
	if len(data) > MaxSize {
		return fail("the file is %d bytes; the most it may have is %d", len(data), MaxSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return fail("the file is not valid UTF-8 text")
	}
	var top inThing
	if err := json.Unmarshal(data, &top); err != nil {
		return fail("%v", jsonProblemIn(data, err))
	}
	if !hasSchemaContext(top.Context) {
		return fail("the file's \"@context\" does not name %s", SchemaContext)
	}
	nodes := many{json.RawMessage(data)}
	if top.Graph != nil {
		nodes = *top.Graph
	}
	p := claimImporter{importer: importer{text: base.Text, cp: article.NewCodePoints(base.Text)}, base: base, spans: map[article.Span]string{}}
	var reviews []inThing
	for i, raw := range nodes {
		var n inThing
		if err := json.Unmarshal(raw, &n); err != nil {
			return fail("node %d of the graph: %v", i+1, jsonProblem(err))
		}
		switch {
		case n.Type.has("NewsArticle") && p.source == "":
			p.source = n.ID
		case n.Type.has("ClaimReview"):
			reviews = append(reviews, n)
		}
	}
	if len(reviews) == 0 && p.source == "" {
		// Not even the article the export always describes: some other
		// schema.org file, which must not wipe the article's claims.
		return fail("the file holds no ClaimReview and no NewsArticle, so it is not a claims file")
	}
	out := *base
	out.Claims, out.Evidence = nil, nil
	var at []*read
	for i, n := range reviews {
		r := &read{index: i + 1, id: n.ID}
		if c, ok := p.claim(r, n); ok {
			out.Claims = append(out.Claims, c)
			at = append(at, r)
		}
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	out.Evidence = p.evidence
	b, err := article.Encode(&out)
	if err != nil {
		return fail("%v", err)
	}
	a, err := article.Parse(base.ID+".claimreview", b)
	if err != nil {
		list, _ := p.explain(err, map[string][]*read{"claim": at}).(ErrorList)
		if len(list) == 0 {
			return fail("%v", err)
		}
		for _, e := range list {
			e.claims = true
		}
		return nil, list
	}
	return a, nil
}

func hasSchemaContext(ctx many) bool {
	for _, c := range ctx {
		var s string
		if json.Unmarshal(c, &s) == nil && strings.TrimSuffix(strings.Replace(s, "http:", "https:", 1), "/") == SchemaContext {
			return true
		}
	}
	return false
}

// claimImporter gathers the claims a file holds and the problems found.
type claimImporter struct {
	importer
	base     *article.Article
	spans    map[article.Span]string // passage → its id in evidence
	evidence []article.Evidence
}

func (p *claimImporter) add(r *read, format string, args ...any) {
	p.errs = append(p.errs, &Error{Index: r.index, ID: r.id, Msg: fmt.Sprintf(format, args...), claims: true})
}

// nodes decodes a list of nodes; what names the list in problems.
func (p *claimImporter) nodes(r *read, list many, what string) ([]inThing, bool) {
	out := make([]inThing, 0, len(list))
	for i, raw := range list {
		var n inThing
		if len(raw) > 0 && raw[0] == '"' { // an IRI
			_ = json.Unmarshal(raw, &n.ID)
		} else if err := json.Unmarshal(raw, &n); err != nil {
			p.add(r, "%s %d: %v", what, i+1, jsonProblem(err))
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// claim reads one ClaimReview.
func (p *claimImporter) claim(r *read, n inThing) (article.Claim, bool) {
	var c article.Claim
	items, ok := p.nodes(r, n.ItemReviewed, "itemReviewed")
	if !ok {
		return c, false
	}
	var question *inThing
	var statements []inThing
	for i := range items {
		switch {
		case len(items[i].Author) > 0:
			statements = append(statements, items[i])
		case question == nil:
			question = &items[i]
		default:
			p.add(r, "it reviews more than one Claim without an author; the question is the one Claim without an author")
			return c, false
		}
	}
	if question == nil {
		p.add(r, "none of its itemReviewed is a Claim without an author, whose identifier is the claim's id and whose text is the question")
		return c, false
	}
	c.ID, c.Question = question.Identifier, question.Text
	if c.ID == "" {
		p.add(r, "the Claim of its question has no identifier (the claim's id)")
		return c, false
	}
	r.id = c.ID
	if c.Question == "" {
		c.Question = n.ClaimReviewed
	}
	ratings, ok := p.nodes(r, n.ReviewRating, "reviewRating")
	if !ok {
		return c, false
	}
	if len(ratings) != 1 {
		p.add(r, "it has %d ratings; it needs one, whose alternateName is the claim's status", len(ratings))
		return c, false
	}
	if c.Status, ok = statusOf(ratings[0].AlternateName); !ok {
		p.add(r, "its rating %q is not a status: use one of %s", ratings[0].AlternateName, statusList())
		return c, false
	}
	if c.Framing, ok = p.passages(r, question.Citation, "framing"); !ok {
		return c, false
	}
	// The parties, in order: the review's mentions, then the authors of
	// statements it does not mention.
	mentions, ok := p.nodes(r, n.Mentions, "mentions")
	if !ok {
		return c, false
	}
	for i, m := range mentions {
		party, ok := p.party(r, m, fmt.Sprintf("party %d", i+1))
		if !ok {
			return c, false
		}
		c.Parties = append(c.Parties, party)
	}
	for i, s := range statements {
		where := fmt.Sprintf("the statement %d", i+1)
		authors, ok := p.nodes(r, s.Author, where+", author")
		if !ok {
			return c, false
		}
		if len(authors) != 1 {
			p.add(r, "%s has %d authors; it needs one, the party", where, len(authors))
			return c, false
		}
		author, ok := p.party(r, authors[0], where+", author")
		if !ok {
			return c, false
		}
		k := slices.IndexFunc(c.Parties, func(q article.Party) bool { return q.ID == author.ID })
		switch {
		case k < 0:
			c.Parties = append(c.Parties, author)
			k = len(c.Parties) - 1
		case c.Parties[k].Name != author.Name || !slices.Equal(c.Parties[k].Members, author.Members):
			p.add(r, "%s: its author differs from the party %q the review mentions, in its name or its entities", where, author.ID)
			return c, false
		}
		party := &c.Parties[k]
		where = fmt.Sprintf("%s, by the party %q", where, party.ID)
		if party.Stance != article.Silent {
			p.add(r, "%s: the party has another statement before it; a party has one statement per claim", where)
			return c, false
		}
		var stances []article.Stance
		for _, k := range s.Keywords {
			if st := article.Stance(k); st != article.Silent && slices.Contains(article.Stances, st) {
				stances = append(stances, st)
			}
		}
		if len(stances) != 1 {
			p.add(r, "%s: its keywords name %d stances; they name one, of asserts, disputes, corroborates, rejects", where, len(stances))
			return c, false
		}
		party.Stance, party.Statement = stances[0], s.Text
		channels, ok := p.nodes(r, s.FirstAppearance, where+", firstAppearance")
		if !ok {
			return c, false
		}
		if len(channels) != 1 {
			p.add(r, "%s has %d firstAppearance; it needs one, named by the channel, whose genre is the kind of source", where, len(channels))
			return c, false
		}
		party.Channel = channels[0].Name
		if party.Source, ok = sourceOf(channels[0].Genre); !ok {
			p.add(r, "%s: its channel's genre %q is not a kind of source: use one of %s", where, channels[0].Genre, sourceList())
			return c, false
		}
		if party.Evidence, ok = p.passages(r, s.Citation, where+", evidence"); !ok {
			return c, false
		}
	}
	parts, ok := p.nodes(r, n.HasPart, "hasPart")
	if !ok {
		return c, false
	}
	for _, part := range parts {
		switch part.Name {
		case PartCheck:
			c.Checks = append(c.Checks, part.Text)
		case PartSettle:
			if c.Settle != "" {
				p.add(r, "it has two parts named %q; a claim has one", PartSettle)
				return c, false
			}
			c.Settle = part.Text
		}
	}
	return c, true
}

// party reads a party: its id, name and entities. It is silent until a
// statement of the review names it as author.
func (p *claimImporter) party(r *read, n inThing, where string) (article.Party, bool) {
	party := article.Party{ID: n.Identifier, Name: n.Name, Stance: article.Silent}
	if party.ID == "" {
		p.add(r, "%s (%q) has no identifier (the party's id)", where, n.Name)
		return party, false
	}
	where = fmt.Sprintf("%s (%q)", where, party.ID)
	members, ok := p.nodes(r, n.Member, where+", member")
	if !ok {
		return party, false
	}
	iris := []string(n.SameAs)
	for _, m := range members {
		iris = append(iris, m.ID)
	}
	if len(iris) == 0 {
		p.add(r, "%s names no entity: give the entity's IRI (source#entity-ID) as sameAs, or each entity's as the @id of a member", where)
		return party, false
	}
	for _, iri := range iris {
		i := strings.LastIndex(iri, "#entity-")
		var id string
		if i >= 0 && (p.source == "" || iri[:i] == p.source) {
			id = iri[i+len("#entity-"):]
		}
		if _, ok := p.base.Entity(id); !ok || id == "" {
			p.add(r, "%s: %q is not the IRI of an entity of the article (%s#entity- and the id of one of its entities)", where, iri, p.source)
			return party, false
		}
		party.Members = append(party.Members, id)
	}
	return party, true
}

// passages reads the passages a claim or a party cites and returns the
// ids they have in p.evidence.
func (p *claimImporter) passages(r *read, list many, what string) ([]string, bool) {
	nodes, ok := p.nodes(r, list, what)
	if !ok {
		return nil, false
	}
	var ids []string
	for i, n := range nodes {
		s, ok := p.passage(n)
		if !ok {
			msg := fmt.Sprintf("%s %d, %s at %s, is not a passage of the text", what, i+1, excerpt(n.Text), position(n.Position))
			if s, err := (article.Anchor{Exact: n.Text}).Resolve(p.text); err == nil && n.Text != "" {
				msg += fmt.Sprintf("; the text has it at %d", mustRunes(p.cp, s.Start))
			}
			p.add(r, "%s", msg)
			return nil, false
		}
		id, seen := p.spans[s]
		if !seen {
			id = fmt.Sprintf("x%d", len(p.evidence)+1)
			p.spans[s] = id
			p.evidence = append(p.evidence, article.Evidence{ID: id, Span: s})
		}
		ids = append(ids, id)
	}
	return ids, true
}

// passage finds a passage by its position and its exact text.
func (p *claimImporter) passage(n inThing) (article.Span, bool) {
	if n.Position == nil || n.Text == "" {
		return article.Span{}, false
	}
	start, ok1 := p.cp.ToBytes(*n.Position)
	end, ok2 := p.cp.ToBytes(*n.Position + utf8.RuneCountInString(n.Text))
	if !ok1 || !ok2 || p.text[start:end] != n.Text {
		return article.Span{}, false
	}
	return article.Span{Start: start, End: end}, true
}

func position(n *int) string {
	if n == nil {
		return "no position"
	}
	return fmt.Sprintf("position %d", *n)
}

func mustRunes(cp *article.CodePoints, b int) int {
	n, _ := cp.ToRunes(b)
	return n
}

// statusOf reads a status from its label, or its name.
func statusOf(s string) (article.Status, bool) {
	for _, st := range article.Statuses {
		if s == st.Label() || s == string(st) {
			return st, true
		}
	}
	return "", false
}

// sourceOf reads a kind of source from its label, or its name.
func sourceOf(s string) (article.SourceKind, bool) {
	for _, k := range article.SourceKinds {
		if s == k.Label() || s == string(k) {
			return k, true
		}
	}
	return "", false
}

func statusList() string {
	var l []string
	for _, s := range article.Statuses {
		l = append(l, fmt.Sprintf("%q", s.Label()))
	}
	return strings.Join(l, ", ")
}

func sourceList() string {
	var l []string
	for _, k := range article.SourceKinds {
		l = append(l, fmt.Sprintf("%q", k.Label()))
	}
	return strings.Join(l, ", ")
}

package extract

import (
	"sort"

	"newsexplorer/app/article"
)

// The claim finder proposes the claims an article reports. It reads the
// article once it has its entities, mentions and quotes, and works in
// four steps, each linear in the text's length:
//
//  1. statements (statements.go): every direct quote and every reported
//     statement with its cue ("said that", "according to", "denied"),
//     its speaker (speakers.go: a name, a pronoun, "the company", "a
//     spokesperson for X"), its content, its stance from the cue, and its
//     channel and kind of source (channels.go); and every silence ("did
//     not respond to a request for comment");
//  2. matters (matters.go): statements on the same matter become one
//     claim, by an explicit pointer back ("disputed that", "the union's
//     figures"), the same quantity given different figures (figures.go),
//     or shared entities and key words (matterwords.go); each takes a
//     side there (sides.go), and a conflicting figure disputes;
//  3. parties: one per speaker and stance in each claim, and the silent
//     actors;
//  4. words (claimtext.go): a question, a status, what to check next and
//     what could settle it, in words that take no side.
//
// Every claim it proposes is marked Suggested: a teacher accepts, edits
// or rejects it in the editor.

// statement is one attributed statement: who said what, and how.
type statement struct {
	speaker string       // the speaker's entity id
	ev      article.Span // what was said: a quote, or the reported content
	stance  article.Stance
	quote   bool // the content is a direct quote
	goesOn  bool // a participle going on with the sentence's statement
	cueAt   int  // where its cue word starts, in bytes
	sent    int  // the sentence it stands in
	para    int  // the paragraph it stands in
	source  article.SourceKind
	channel string

	back     bool   // it points back at what another party said
	denial   bool   // its cue word denies: "denied", "disputed", "rejected"
	target   string // the entity whose words it answers, when named
	label    bool   // it rejects a label or a characterization
	judgment bool   // it is a label, a judgement or an intention

	words    map[string]bool // key words of its content
	entities map[string]bool // entities its content names, the speaker aside
	figures  []figure        // numbers in its content, with what they count

	claim int // the claim it joins
}

// figure is a number a statement gives, and the noun it counts.
type figure struct {
	value string // the number as written, lowercase
	noun  string // the stem of what it counts ("troop" for "troops")
	// period is the period a count is counted in ("/year" for "150,000
	// visitors a year"), or "": a rate and a count are not one quantity.
	period string
}

// silence is an actor that the article says gave no statement.
type silence struct {
	entity string
	sent   int
	words  map[string]bool
}

// matter is a claim being put together: its statements, in text order,
// and its silent actors.
type matter struct {
	sides    map[string]int // each speaker's side: assertSide or opposeSide
	stmts    []int
	silent   []string
	words    map[string]bool
	entities map[string]bool
	last     int // the paragraph of its latest statement
}

// findClaims returns the claims the article reports, as suggestions.
// toks are the tokens of its text, or nil to have them made.
func findClaims(a *article.Article, toks []token) []article.NewClaim {
	f := newClaimFinder(a, toks)
	f.findStatements()
	if len(f.stmts) == 0 {
		return nil
	}
	f.group()
	return f.claims()
}

// claims turns the matters found into claims with their parties and words.
func (f *claimFinder) claims() []article.NewClaim {
	var out []article.NewClaim
	for ci := range f.matters {
		c := &f.matters[ci]
		parties := f.parties(c)
		if len(parties) == 0 {
			continue
		}
		nc := article.NewClaim{Parties: parties, Suggested: true}
		nc.Status = f.status(c)
		nc.Question = f.question(c)
		nc.Checks = f.checks(c, nc.Status)
		nc.Settle = f.settle(c, nc.Status)
		out = append(out, nc)
	}
	return out
}

// parties makes one party per speaker and stance of a claim, in the
// order they first speak, then one per silent actor that does not speak
// in it.
func (f *claimFinder) parties(c *matter) []article.NewParty {
	type key struct {
		speaker string
		stance  article.Stance
	}
	index := map[key]int{}
	var out []article.NewParty
	speaks := map[string]bool{}
	for _, si := range c.stmts {
		s := &f.stmts[si]
		k := key{s.speaker, s.stance}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, article.NewParty{
				Name:    f.name(s.speaker),
				Members: []string{s.speaker},
				Stance:  s.stance,
				Source:  s.source,
				Channel: s.channel,
			})
			speaks[s.speaker] = true
		}
		p := &out[i]
		p.Evidence = append(p.Evidence, s.ev)
		if p.Source == article.NotStated && s.source != article.NotStated {
			p.Source, p.Channel = s.source, s.channel
		}
		if p.Statement == "" {
			p.Statement = f.statementLine(s)
		}
	}
	for _, e := range c.silent {
		if !speaks[e] {
			speaks[e] = true
			out = append(out, article.NewParty{Name: f.name(e), Members: []string{e}, Stance: article.Silent})
		}
	}
	for i := range out {
		sort.Slice(out[i].Evidence, func(x, y int) bool { return out[i].Evidence[x].Start < out[i].Evidence[y].Start })
	}
	return out
}

// name is an entity's name, or its id when it has none.
func (f *claimFinder) name(id string) string {
	if e, ok := f.a.Entity(id); ok && e.Name != "" {
		return e.Name
	}
	return id
}

// addClaims adds the claims found to the article. Should the claims
// together not pass the article's checks, which the finder means never
// to happen, each is tried alone and one that does not pass is left out:
// a suggestion is never worth losing the annotation.
func addClaims(a *article.Article, claims []article.NewClaim) {
	if len(claims) == 0 {
		return
	}
	if _, err := a.AddClaims(claims); err != nil && len(claims) <= 50 {
		for _, c := range claims {
			a.AddClaims([]article.NewClaim{c})
		}
	}
}

// maxClaimText is the longest text the annotator proposes claims for, in
// bytes: ten times a long news article. Past it, a text is a book or a
// dossier rather than an article; its claims would fill the article file
// past what the explorer reads, and finding them would hold the editor's
// page for seconds.
const maxClaimText = article.MaxFileSize / 32

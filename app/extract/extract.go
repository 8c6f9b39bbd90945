// Package extract annotates an article automatically: it finds the people,
// organizations, places, groups and nationalities, dates, numbers and named
// events a text mentions, links repeated mentions of one entity, and finds
// the direct quotes with their speakers. It is rule-based and uses only the
// standard library and small word lists compiled in, so the same code runs
// on the server and in the browser's WebAssembly, in time linear in the
// text's length.
//
// The output follows the annotation conventions in docs/article-format.md:
// titles stay out of names ("Russian President Vladimir Putin" is the group
// "Russian" and the person "Vladimir Putin"), nationality adjectives are
// groups, numbers keep their qualifier ("more than 11,000"), and a quote is
// the text between the quotation marks.
package extract

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// MaxText is the longest text Annotate accepts, in bytes: the largest
// article file the loader reads.
const MaxText = article.MaxFileSize

// mention is a span the extractor found, before it becomes an entity's
// mention.
type mention struct {
	start, end  int          // bytes
	typ         article.Type // its type
	key         string       // the entity it belongs to, before linking
	name        string       // the name it gives the entity
	tok, tokEnd int          // the tokens it covers
	strong      bool         // typed from a word list or a cue, not a guess
}

// quote is a direct quote found in the text.
type quote struct {
	start, end  int    // the text between the marks, trimmed
	open, close int    // token indices of the marks
	speaker     string // the key of the speaker's entity
}

// extractor holds the work on one text.
type extractor struct {
	text    string
	toks    []token
	found   []mention
	quotes  []quote
	lower   map[string]bool // words the text writes in lower case
	caps    map[string]bool // words the text writes with a capital inside a sentence
	names   []*name
	pending []pendingWord
	final   []mention // every mention, linked, in text order
	types   map[string]article.Type
	nouns   map[string][]nounRef // common nouns the text may call an organization by
	mostOrg *nounRef             // the organization the text names most, and where first

	// While quotes are attributed: the organization a sentence last
	// spoke as its subject ("The council said …", for a later "It
	// called …"), and the organization each role last spoke for ("a
	// spokesperson for the command", for a later "the spokesperson").
	speakingOrg string
	roleOrg     map[string]string
	// The person the text last gave each title ("Mayor Lena Kraus", "Lena
	// Kraus, the mayor") and each age ("Lena Kraus, 45,"), for a later
	// "the mayor said" or "the 45-year-old said".
	titled, aged map[string]string
	// mostPlace is the place the text names most, which "the regional
	// government" stands for.
	mostPlace string
}

// Annotate finds the entities, mentions and quotes in text and returns
// them as an article titled title. The article's id is made from the
// title. Its annotations pass the checks article.Parse makes: an Encode of
// it parses again. It fails only for an empty text, a text that is not
// UTF-8 or one longer than MaxText.
func Annotate(title, text string) (*article.Article, error) {
	switch {
	case strings.TrimSpace(text) == "":
		return nil, errors.New("extract: the text is empty")
	case len(text) > MaxText:
		return nil, fmt.Errorf("extract: the text is %d bytes; the most is %d", len(text), MaxText)
	case !utf8.ValidString(text):
		return nil, errors.New("extract: the text is not valid UTF-8")
	}
	title = strings.Join(strings.Fields(title), " ")
	titleIsOurs := false
	if title == "" {
		title, titleIsOurs = titleFrom(text), true
	}
	e := &extractor{text: text}
	e.run()
	a := e.article()
	a.ID = slug(title, "article")
	a.Title = title
	a.TitleIsOurs = titleIsOurs
	if len(text) <= maxClaimText {
		addClaims(a, findClaims(a, e.toks))
	}
	return a, nil
}

// File is Annotate followed by article.Encode: the annotation as an
// article file. It checks the file by parsing it again.
func File(title, text string) ([]byte, error) {
	a, err := Annotate(title, text)
	if err != nil {
		return nil, err
	}
	b, err := article.Encode(a)
	if err != nil {
		return nil, err
	}
	if _, err := article.Parse(a.ID+".json", b); err != nil {
		return nil, fmt.Errorf("extract: the annotation does not load: %w", err)
	}
	return b, nil
}

// titleFrom makes a title from the text's first words.
func titleFrom(text string) string {
	words := strings.Fields(text)
	if len(words) > 8 {
		words = append(words[:8], "…")
	}
	return strings.Join(words, " ")
}

func (e *extractor) run() {
	e.toks = tokenize(e.text)
	e.vocabulary()
	e.findQuotes()
	e.scanTimes()
	e.scanNames()
	e.link()
	e.attribute()
}

// vocabulary notes which words the text writes in lower case, and which it
// capitalizes inside a sentence, to tell a name at a sentence's start from
// an ordinary word.
func (e *extractor) vocabulary() {
	e.lower = make(map[string]bool)
	e.caps = make(map[string]bool)
	for _, t := range e.toks {
		if t.kind != word {
			continue
		}
		if t.capital {
			if !t.sentStart {
				e.caps[t.lower] = true
			}
		} else {
			e.lower[t.lower] = true
		}
	}
}

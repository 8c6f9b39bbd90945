// Package article is the explorer's model: an article's text, the entities
// it mentions, where it mentions them and the quotes it reports, with the
// loading and validation of article files. It imports only the standard
// library, so the server, the WebAssembly app and the command-line tools
// share it.
package article

import (
	"slices"
	"sort"
	"strconv"
)

// Type is the kind of a highlighted span.
type Type string

// The eight kinds of span a reader can switch on and off.
const (
	Person       Type = "person"
	Organization Type = "organization"
	Place        Type = "place"
	Group        Type = "group"
	Date         Type = "date"
	Number       Type = "number"
	Event        Type = "event"
	Quote        Type = "quote"
)

// Types lists every span type in the order the legend shows them.
var Types = []Type{Person, Organization, Place, Group, Date, Number, Event, Quote}

// Valid reports whether t is one of the eight span types.
func (t Type) Valid() bool { return slices.Contains(Types, t) }

// CanSpeak reports whether an entity of type t can say or claim
// something: a person, an organization, a group or a place (a country).
// Only such an entity is a quote's speaker or a member of a claim's party.
func (t Type) CanSpeak() bool {
	return t == Person || t == Organization || t == Group || t == Place
}

// Label is the type's name for readers, singular ("Person").
func (t Type) Label() string {
	switch t {
	case Person:
		return "Person"
	case Organization:
		return "Organization"
	case Place:
		return "Place"
	case Group:
		return "Group or nationality"
	case Date:
		return "Date or time"
	case Number:
		return "Number"
	case Event:
		return "Event"
	case Quote:
		return "Quote"
	}
	return string(t)
}

// Plural is the type's name for a heading over many ("People").
func (t Type) Plural() string {
	switch t {
	case Person:
		return "People"
	case Organization:
		return "Organizations"
	case Place:
		return "Places"
	case Group:
		return "Groups"
	case Date:
		return "Dates"
	case Number:
		return "Numbers"
	case Event:
		return "Events"
	case Quote:
		return "Quotes"
	}
	return string(t)
}

// Entity is someone or something the article mentions: a person, an
// organization, a place, a group, a date, a number or an event.
type Entity struct {
	// ID is the entity's identifier, unique in its article: lowercase
	// letters, digits and hyphens ("putin").
	ID string
	// Name is the canonical name ("Vladimir Putin").
	Name string
	// Type is one of the span types other than Quote.
	Type Type
	// Description is one line that tells a reader who or what this is.
	Description string
	// Aliases are the other names the article uses ("Putin").
	Aliases []string
	// When places a date entity on the calendar, where the text lets one
	// infer it; nil otherwise.
	When *Dating
}

// Span is a range of an article's text in byte offsets, Start inclusive and
// End exclusive.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether s contains o, or equals it.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Mention is one place where the article names an entity.
type Mention struct {
	// ID is unique in its article ("m12"); mentions are numbered in text
	// order from 1.
	ID string
	// Entity is the ID of the entity mentioned.
	Entity string
	// Span is where the mention stands in the text.
	Span
}

// QuoteSpan is a direct quote: the text between quotation marks, and who
// said it.
type QuoteSpan struct {
	// ID is unique in its article ("q3"); quotes are numbered in text
	// order from 1.
	ID string
	// Speaker is the ID of the entity the article attributes the quote to.
	Speaker string
	// Span is where the quote stands in the text.
	Span
}

// Article is a loaded, validated article with its annotations resolved to
// positions in its text.
type Article struct {
	// ID names the article in links ("kursk").
	ID string
	// Title is a short title. When TitleIsOurs is true it was written for
	// the explorer and is not the outlet's headline.
	Title       string
	TitleIsOurs bool
	// Headline, Outlet, Byline and Published are as the copy gives them;
	// empty when the copy does not state them.
	Headline, Outlet, Byline, Published string
	// Text is the article's text, paragraphs separated by newlines.
	Text string
	// Entities in the order the file lists them.
	Entities []Entity
	// Mentions in text order (by start, then longest first).
	Mentions []Mention
	// Quotes in text order.
	Quotes []QuoteSpan
	// Loaded are the passages in loaded language, in text order.
	Loaded []LoadedPhrase
	// Claims the article reports, in the order the file lists them.
	Claims []Claim
	// Evidence is every passage the claims rest on, in text order.
	Evidence []Evidence
	// Written is when the article was written, where the text lets one
	// infer it; nil otherwise.
	Written *Dating

	byID map[string]int
}

// Entity returns the entity with the given ID.
func (a *Article) Entity(id string) (Entity, bool) {
	if a.byID == nil { // an article built by hand, not by Parse
		for _, e := range a.Entities {
			if e.ID == id {
				return e, true
			}
		}
		return Entity{}, false
	}
	i, ok := a.byID[id]
	if !ok {
		return Entity{}, false
	}
	return a.Entities[i], true
}

// MentionsOf returns the mentions of one entity, in text order.
func (a *Article) MentionsOf(id string) []Mention {
	var out []Mention
	for _, m := range a.Mentions {
		if m.Entity == id {
			out = append(out, m)
		}
	}
	return out
}

// QuotesBy returns the quotes attributed to one entity, in text order.
func (a *Article) QuotesBy(id string) []QuoteSpan {
	var out []QuoteSpan
	for _, q := range a.Quotes {
		if q.Speaker == id {
			out = append(out, q)
		}
	}
	return out
}

// Counts returns how many spans of each type the article has.
func (a *Article) Counts() map[Type]int {
	c := make(map[Type]int, len(Types))
	for _, m := range a.Mentions {
		c[a.TypeOf(m.Entity)]++
	}
	c[Quote] = len(a.Quotes)
	return c
}

// TypeOf returns the type of the entity with the given ID, or "" if there is
// none.
func (a *Article) TypeOf(id string) Type {
	e, _ := a.Entity(id)
	return e.Type
}

// Paragraphs returns the spans of the text's non-empty lines.
func (a *Article) Paragraphs() []Span {
	return paragraphs(a.Text)
}

// ParagraphOf returns the number, from 1, of the paragraph that holds s
// whole, as printed pages number them; 0 if no paragraph does.
func (a *Article) ParagraphOf(s Span) int {
	for i, p := range a.Paragraphs() {
		if p.Contains(s) {
			return i + 1
		}
	}
	return 0
}

func paragraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if s := trimSpan(text, Span{start, i}); s.Len() > 0 {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	return out
}

// trimSpan trims ASCII white space from both ends of s.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isSpace(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpace(text[s.End-1]) {
		s.End--
	}
	return s
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// index rebuilds the lookup tables and puts mentions, quotes, loaded
// phrases and evidence in text order, numbering them; claims then refer to
// evidence by number.
func (a *Article) index() {
	a.byID = make(map[string]int, len(a.Entities))
	for i, e := range a.Entities {
		a.byID[e.ID] = i
	}
	sort.SliceStable(a.Mentions, func(i, j int) bool { return spanLess(a.Mentions[i].Span, a.Mentions[j].Span) })
	sort.SliceStable(a.Quotes, func(i, j int) bool { return spanLess(a.Quotes[i].Span, a.Quotes[j].Span) })
	for i := range a.Mentions {
		a.Mentions[i].ID = "m" + strconv.Itoa(i+1)
	}
	for i := range a.Quotes {
		a.Quotes[i].ID = "q" + strconv.Itoa(i+1)
	}
	sort.SliceStable(a.Loaded, func(i, j int) bool { return spanLess(a.Loaded[i].Span, a.Loaded[j].Span) })
	for i := range a.Loaded {
		a.Loaded[i].ID = "l" + strconv.Itoa(i+1)
	}
	sort.SliceStable(a.Evidence, func(i, j int) bool { return spanLess(a.Evidence[i].Span, a.Evidence[j].Span) })
	ids := make(map[string]string, len(a.Evidence))
	for i := range a.Evidence {
		a.Evidence[i].ID = "e" + strconv.Itoa(i+1)
		ids[spanKey(a.Evidence[i].Span)] = a.Evidence[i].ID
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		for k, key := range c.Framing {
			c.Framing[k] = ids[key]
		}
		for j := range c.Parties {
			for k, key := range c.Parties[j].Evidence {
				c.Parties[j].Evidence[k] = ids[key]
			}
		}
	}
}

// spanLess orders spans by start, and the longer first when they start
// together, so that a containing span comes before what it contains.
func spanLess(a, b Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End > b.End
}

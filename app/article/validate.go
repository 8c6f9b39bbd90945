package article

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxExcerpt is how much of an annotation's text an error message quotes.
const maxExcerpt = 40

// excerpt quotes s, cut to maxExcerpt characters, for an error message.
// Every mention and quote of a file gets one as it is checked, so it
// uses strconv rather than fmt.
func excerpt(s string) string {
	if utf8.RuneCountInString(s) <= maxExcerpt {
		return strconv.Quote(s)
	}
	r := []rune(s)
	return strconv.Quote(string(r[:maxExcerpt]) + "…")
}

// itemWhere names the n-th item of a list, with its text, for error
// messages: mention 3 ("Putin").
func itemWhere(noun string, n int, exact string) string {
	return noun + " " + strconv.Itoa(n) + " (" + excerpt(exact) + ")"
}

// build validates a decoded file and resolves its anchors.
func (p *parser) build(f *file, pos *positions) (*Article, error) {
	field := func(name string) int64 {
		if off, ok := pos.fields[name]; ok {
			return off
		}
		return -1
	}
	switch {
	case f.Format == "":
		p.add(-1, "", "missing \"format\": it should be %q", Format)
	case f.Format != Format:
		p.add(field("format"), "format", "%q is not a format this version reads (%q)", f.Format, Format)
	}
	switch {
	case f.ID == "":
		p.add(field("id"), "", "missing \"id\": name the article with lowercase letters, digits and single hyphens")
	case !validID(f.ID):
		p.add(field("id"), "id", "%q is not an id: use lowercase letters, digits and single hyphens", f.ID)
	}
	if strings.TrimSpace(f.Title) == "" {
		p.add(field("title"), "title", "the article needs a title")
	}
	if strings.TrimSpace(f.Text) == "" {
		p.add(field("text"), "text", "the article has no text")
	}

	a := &Article{
		ID: f.ID, Title: f.Title, TitleIsOurs: f.TitleIsOurs,
		Headline: f.Headline, Outlet: f.Outlet, Byline: f.Byline, Published: f.Published,
		Text: f.Text,
	}

	types := map[string]Type{}
	seen := map[string]bool{}
	for i, fe := range f.Entities {
		where := fmt.Sprintf("entity %d", i+1)
		if fe.ID != "" {
			where += fmt.Sprintf(" (%q)", fe.ID)
		}
		at := pos.entities[i]
		first := !seen[fe.ID]
		p.checkID(at, where, fe.ID, seen, "entity")
		if strings.TrimSpace(fe.Name) == "" {
			p.add(at, where, "the entity has no name")
		}
		switch {
		case fe.Type == "":
			p.add(at, where, "the entity has no type: use one of person, organization, place, group, date, number, event")
		case fe.Type == Quote:
			p.add(at, where, "type \"quote\" is for quotes, not entities; list quotes under \"quotes\"")
		case !fe.Type.Valid():
			p.add(at, where, "unknown type %q: use one of person, organization, place, group, date, number, event", fe.Type)
		}
		switch d := strings.TrimSpace(fe.Description); {
		case d == "":
			p.add(at, where, "the entity needs a one-line description")
		case strings.ContainsAny(d, "\n\r"):
			p.add(at, where, "the description must be one line")
		}
		for _, alias := range fe.Aliases {
			if strings.TrimSpace(alias) == "" {
				p.add(at, where, "an alias is empty")
			}
		}
		when := p.dating(at, where+", when", fe.When)
		if fe.When != nil && fe.Type != Date {
			p.add(at, where, "only a date entity can have \"when\"")
		}
		if fe.ID != "" && first {
			types[fe.ID] = fe.Type
		}
		a.Entities = append(a.Entities, Entity{ID: fe.ID, Name: fe.Name, Type: fe.Type, Description: fe.Description, Aliases: fe.Aliases, When: when})
	}

	var spans []labelled
	index := NewCodePoints(f.Text)
	resolve := func(at int64, where string, an Anchor) (Span, bool) {
		if f.Text == "" {
			return Span{}, false
		}
		s, err := an.resolve(index)
		if err != nil {
			p.add(at, where, "anchor %s: %v", an, err)
			return Span{}, false
		}
		if strings.ContainsRune(f.Text[s.Start:s.End], '\n') {
			p.add(at, where, "anchor %s runs across a paragraph break", an)
			return Span{}, false
		}
		return s, true
	}
	for i, fm := range f.Mentions {
		where := itemWhere("mention", i+1, fm.Exact)
		at := pos.mentions[i]
		if _, ok := types[fm.Entity]; !ok {
			p.add(at, where, "unknown entity id %q", fm.Entity)
		}
		if s, ok := resolve(at, where, fm.Anchor); ok {
			a.Mentions = append(a.Mentions, Mention{Entity: fm.Entity, Span: s})
			spans = append(spans, labelled{s, where, at, "mention"})
		}
	}
	for i, fq := range f.Quotes {
		where := itemWhere("quote", i+1, fq.Exact)
		at := pos.quotes[i]
		switch t, ok := types[fq.Speaker]; {
		case fq.Speaker == "":
			p.add(at, where, "the quote has no speaker")
		case !ok:
			p.add(at, where, "unknown speaker id %q", fq.Speaker)
		case !t.CanSpeak():
			p.add(at, where, "speaker %q is %s; a speaker is a person, an organization, a group or a place", fq.Speaker, withArticle(string(t)))
		}
		if s, ok := resolve(at, where, fq.Anchor); ok {
			a.Quotes = append(a.Quotes, QuoteSpan{Speaker: fq.Speaker, Span: s})
			spans = append(spans, labelled{s, where, at, "quote"})
		}
	}
	spans = append(spans, p.claims(f, pos, a, types, resolve)...)
	spans = append(spans, p.loaded(f, pos, a, types, resolve)...)
	a.Written = p.dating(field("written"), "written", f.Written)
	if f.Written != nil && f.Written.Doubt != nil {
		p.add(field("written"), "written", "\"doubt\" is for a time the text names in words that may be wrong; the article's own dating has no such words: say how uncertain it is in its reasoning")
		a.Written = nil
	}
	p.checkNesting(f.Text, spans)

	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool {
			if p.errs[i].Line != p.errs[j].Line {
				return p.errs[i].Line < p.errs[j].Line
			}
			return p.errs[i].Col < p.errs[j].Col
		})
		return nil, p.errs
	}
	a.index()
	return a, nil
}

// labelled is a resolved span with what an error message needs to name it.
type labelled struct {
	Span
	where string
	at    int64
	kind  string // mention, quote, evidence or loaded phrase
}

// checkNesting reports spans that overlap without one containing the
// other, and the same span annotated twice as the same kind. Evidence and
// a loaded phrase may be the very passage of a quote or a mention.
func (p *parser) checkNesting(text string, spans []labelled) {
	sort.SliceStable(spans, func(i, j int) bool { return spanLess(spans[i].Span, spans[j].Span) })
	var open []labelled
	for _, s := range spans {
		for len(open) > 0 && open[len(open)-1].End <= s.Start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			top := open[len(open)-1]
			switch {
			case top.Span == s.Span && top.kind == s.kind:
				p.add(s.at, s.where, "annotates the same text as %s", top.where)
				continue
			case top.End < s.End:
				p.add(s.at, s.where, "overlaps %s without nesting: %s and %s share only %s",
					top.where, excerpt(text[top.Start:top.End]), excerpt(text[s.Start:s.End]), excerpt(text[s.Start:top.End]))
				continue
			}
		}
		open = append(open, s)
	}
}

// withArticle puts "a" or "an" before a word.
func withArticle(w string) string {
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

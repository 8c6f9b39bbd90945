package extract

import (
	"sort"
	"strconv"
	"strings"

	"newsexplorer/app/article"
)

// descriptions say what each entity is, in one line.
var descriptions = map[article.Type]string{
	article.Person:       "A person the article names (found automatically).",
	article.Organization: "An organization the article names (found automatically).",
	article.Place:        "A place the article names (found automatically).",
	article.Group:        "A group or nationality the article names (found automatically).",
	article.Date:         "A date or time the article gives (found automatically).",
	article.Number:       "A number the article gives (found automatically).",
	article.Event:        "An event the article names (found automatically).",
}

// article turns the linked mentions and the quotes into an article:
// entities with ids, mentions and quotes with byte spans. Spans that would
// overlap without nesting, or repeat, are left out, so that the result
// passes the loader's checks.
func (e *extractor) article() *article.Article {
	a := &article.Article{Text: e.text}

	// Spans: quotes first in the nesting check, so that a mention that
	// would cross a quotation mark is the one left out.
	type span struct {
		start, end int
		quote      int // 1 + index in e.quotes, or 0
		mention    int // index in e.final
	}
	var spans []span
	for i, q := range e.quotes {
		if q.speaker != "" {
			spans = append(spans, span{q.start, q.end, i + 1, -1})
		}
	}
	for i, m := range e.final {
		if m.key == "" || m.typ == "" || m.start >= m.end || strings.ContainsRune(e.text[m.start:m.end], '\n') {
			continue
		}
		spans = append(spans, span{m.start, m.end, 0, i})
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		if spans[i].end != spans[j].end {
			return spans[i].end > spans[j].end
		}
		return spans[i].quote > spans[j].quote
	})
	var open []span
	var kept []span
	for _, s := range spans {
		for len(open) > 0 && open[len(open)-1].end <= s.start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			top := open[len(open)-1]
			if top.end < s.end {
				continue // would overlap without nesting
			}
			if top.start == s.start && top.end == s.end && (top.quote > 0) == (s.quote > 0) {
				continue // the same passage twice
			}
		}
		open = append(open, s)
		kept = append(kept, s)
	}

	// Entities, in order of first mention; ids from their names.
	ids := map[string]string{}
	used := map[string]bool{}
	index := map[string]int{}
	entity := func(key string, t article.Type, name string) string {
		if id, ok := ids[key]; ok {
			return id
		}
		id := slug(name, string(t))
		if used[id] {
			for n := 2; ; n++ {
				if c := id + "-" + strconv.Itoa(n); !used[c] {
					id = c
					break
				}
			}
		}
		used[id] = true
		ids[key] = id
		index[id] = len(a.Entities)
		a.Entities = append(a.Entities, article.Entity{ID: id, Name: name, Type: t, Description: descriptions[t]})
		return id
	}
	// The name of each entity: the longest form of a person's or an
	// organization's name, the first form of anything else.
	names := map[string]string{}
	types := map[string]article.Type{}
	for _, s := range kept {
		if s.quote > 0 {
			continue
		}
		m := e.final[s.mention]
		if m.typ == article.Person && m.name != "" && strings.HasPrefix(strings.ToLower(m.name), "the ") {
			continue // a descriptive mention does not name the person
		}
		text := e.text[m.start:m.end]
		if m.typ == article.Group && m.name != "" {
			text = m.name
		}
		if old, ok := names[m.key]; !ok || (m.typ == article.Person || m.typ == article.Organization) && len(text) > len(old) {
			names[m.key] = text
		}
		if _, ok := types[m.key]; !ok {
			types[m.key] = m.typ
		}
	}
	for _, s := range kept {
		if s.quote > 0 {
			continue
		}
		m := e.final[s.mention]
		name, ok := names[m.key]
		if !ok {
			name = e.text[m.start:m.end]
			types[m.key] = m.typ
		}
		id := entity(m.key, types[m.key], name)
		a.Mentions = append(a.Mentions, article.Mention{ID: "m" + strconv.Itoa(len(a.Mentions)+1), Entity: id, Span: article.Span{Start: m.start, End: m.end}})
		en := &a.Entities[index[id]]
		if alias := e.text[m.start:m.end]; alias != en.Name && !contains(en.Aliases, alias) {
			en.Aliases = append(en.Aliases, alias)
		}
	}
	for _, s := range kept {
		if s.quote == 0 {
			continue
		}
		q := e.quotes[s.quote-1]
		id, ok := ids[q.speaker]
		if !ok {
			continue // a speaker whose every mention was left out
		}
		if t := a.Entities[index[id]].Type; !canSpeak(t) {
			continue
		}
		a.Quotes = append(a.Quotes, article.QuoteSpan{ID: "q" + strconv.Itoa(len(a.Quotes)+1), Speaker: id, Span: article.Span{Start: q.start, End: q.end}})
	}
	return a
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// slug makes an id of lowercase letters, digits and single hyphens from
// s with article.Slug, at most 40 characters; fallback when nothing is
// left.
func slug(s, fallback string) string {
	id := article.Slug(s)
	if len(id) > 40 {
		id = strings.TrimRight(id[:40], "-")
	}
	if id == "" {
		return fallback
	}
	return id
}

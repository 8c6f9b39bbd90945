package article

import (
	"encoding/json"
	"fmt"
)

// Encode writes an article in the file format that Parse reads, indented
// for people to read. Each anchor is written as its exact text with its
// position in code points, so that it resolves at once however often the
// text repeats.
func Encode(a *Article) ([]byte, error) { return encode(a, true) }

// EncodeCompact is Encode without the indentation, for copies that only
// programs read, such as the one a browser keeps: it is smaller and
// quicker to write.
func EncodeCompact(a *Article) ([]byte, error) { return encode(a, false) }

func encode(a *Article, indent bool) ([]byte, error) {
	f := fileOf(a)
	out := struct {
		file
		Entities []fileEntity  `json:"entities"`
		Mentions []fileMention `json:"mentions"`
		Quotes   []fileQuote   `json:"quotes"`
		Claims   []fileClaim   `json:"claims,omitempty"`
		Loaded   []fileLoaded  `json:"loaded,omitempty"`
	}{*f, f.Entities, f.Mentions, f.Quotes, f.Claims, f.Loaded}
	var b []byte
	var err error
	if indent {
		b, err = json.MarshalIndent(out, "", "  ")
	} else {
		b, err = json.Marshal(out)
	}
	if err != nil {
		return nil, fmt.Errorf("article: encoding %q: %w", a.ID, err)
	}
	return append(b, '\n'), nil
}

// fileOf is the article as its file holds it, before it is written: each
// anchor its exact text with its position in code points.
func fileOf(a *Article) *file {
	f := &file{
		Format: Format, ID: a.ID, Title: a.Title, TitleIsOurs: a.TitleIsOurs,
		Headline: a.Headline, Outlet: a.Outlet, Byline: a.Byline, Published: a.Published,
		Text: a.Text, Written: encodeDating(a.Written),
		Entities: []fileEntity{},
		Mentions: []fileMention{},
		Quotes:   []fileQuote{},
	}
	for _, e := range a.Entities {
		f.Entities = append(f.Entities, fileEntity{ID: e.ID, Name: e.Name, Type: e.Type, Description: e.Description, Aliases: e.Aliases, When: encodeDating(e.When)})
	}
	runes := NewCodePoints(a.Text)
	anchor := func(s Span) Anchor {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			return Anchor{}
		}
		start, ok := runes.ToRunes(s.Start)
		if !ok {
			return Anchor{}
		}
		return Anchor{Exact: a.Text[s.Start:s.End], Start: &start}
	}
	for _, m := range a.Mentions {
		f.Mentions = append(f.Mentions, fileMention{Entity: m.Entity, Anchor: anchor(m.Span)})
	}
	for _, q := range a.Quotes {
		f.Quotes = append(f.Quotes, fileQuote{Speaker: q.Speaker, Anchor: anchor(q.Span)})
	}
	for _, l := range a.Loaded {
		f.Loaded = append(f.Loaded, fileLoaded{Anchor: anchor(l.Span), Speaker: l.Speaker, Why: l.Why, Neutral: l.Neutral})
	}
	evidence := make(map[string]Span, len(a.Evidence))
	for _, ev := range a.Evidence {
		evidence[ev.ID] = ev.Span
	}
	anchors := func(ids []string) []Anchor {
		var out []Anchor
		for _, id := range ids {
			out = append(out, anchor(evidence[id]))
		}
		return out
	}
	for _, c := range a.Claims {
		fc := fileClaim{ID: c.ID, Question: c.Question, Status: c.Status, Framing: anchors(c.Framing), Checks: c.Checks, Settle: c.Settle, Suggested: c.Suggested}
		for _, p := range c.Parties {
			fc.Parties = append(fc.Parties, fileParty{ID: p.ID, Name: p.Name, Members: p.Members, Stance: p.Stance,
				Statement: p.Statement, Source: p.Source, Channel: p.Channel, Evidence: anchors(p.Evidence)})
		}
		f.Claims = append(f.Claims, fc)
	}
	return f
}

func encodeDating(d *Dating) *fileDating {
	if d == nil {
		return nil
	}
	fd := &fileDating{From: d.From.Format(dateLayout), Reasoning: d.Reasoning}
	if d.Doubt != "" {
		doubt := d.Doubt
		fd.Doubt = &doubt
	}
	if !d.To.Equal(d.From) {
		fd.To = d.To.Format(dateLayout)
	}
	return fd
}

package article

import (
	"strings"
)

// LoadedPhrase is a passage in loaded language: words chosen to make a
// reader feel something about what they describe, or to pass judgement on
// it, rather than just to describe it ("neo-Nazi regime", "cruel and
// senseless war").
type LoadedPhrase struct {
	// ID is unique in its article ("l2"); loaded phrases are numbered in
	// text order from 1.
	ID string
	// Speaker is the ID of the entity whose words these are, or "" when
	// they are the article's own words.
	Speaker string
	// Why says, for a reader aged 12 to 18, what makes the phrase loaded.
	Why string
	// Neutral is a more neutral wording of the same thing.
	Neutral string
	// Span is where the phrase stands in the text.
	Span
}

// fileLoaded is a loaded phrase in the file format.
type fileLoaded struct {
	Anchor
	Speaker string `json:"speaker,omitempty"`
	Why     string `json:"why"`
	Neutral string `json:"neutral"`
}

// loadedFields are a loaded phrase's fields, for error messages.
const loadedFields = "exact, prefix, suffix, start, speaker, why, neutral"

// loaded validates the file's loaded phrases and resolves their anchors,
// adding them to the article. It returns their spans for the nesting
// check.
func (p *parser) loaded(f *file, pos *positions, a *Article, types map[string]Type, resolve func(int64, string, Anchor) (Span, bool)) []labelled {
	var spans []labelled
	for i, fl := range f.Loaded {
		where := itemWhere("loaded phrase", i+1, fl.Exact)
		at := pos.loaded[i]
		if fl.Speaker != "" {
			switch t, ok := types[fl.Speaker]; {
			case !ok:
				p.add(at, where, "unknown speaker id %q: name an entity, or leave \"speaker\" out when the words are the article's own", fl.Speaker)
			case t != Person && t != Organization && t != Group && t != Place:
				p.add(at, where, "speaker %q is %s; a speaker is a person, an organization, a group or a place", fl.Speaker, withArticle(string(t)))
			}
		}
		if strings.TrimSpace(fl.Why) == "" {
			p.add(at, where, "say what makes the phrase loaded (\"why\")")
		}
		switch n := strings.TrimSpace(fl.Neutral); {
		case n == "":
			p.add(at, where, "give a more neutral wording of the phrase (\"neutral\")")
		case strings.EqualFold(n, strings.TrimSpace(fl.Exact)):
			p.add(at, where, "the neutral wording is the phrase itself: give a more neutral one")
		}
		if s, ok := resolve(at, where, fl.Anchor); ok {
			a.Loaded = append(a.Loaded, LoadedPhrase{Speaker: fl.Speaker, Why: fl.Why, Neutral: fl.Neutral, Span: s})
			spans = append(spans, labelled{s, where, at, "loaded phrase"})
		}
	}
	return spans
}

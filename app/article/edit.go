package article

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The edits below are how a reader corrects an article's annotations,
// automatic or not: change what type of thing a mention names, and its
// name and description, link a mention to another entity, remove a
// mention or a quote, add one over a passage, and set who said a quote.
// Each edit is checked as a whole article file is: when the result would
// not be a valid article, the edit returns an error that says why and the
// article is left as it was. Mentions and quotes are then numbered again
// in text order, so their IDs can change after any edit.

// SetEntityType changes the type of the entity with the given ID, and so
// of every one of its mentions. A date keeps its dating only while it is
// a date.
func (a *Article) SetEntityType(id string, t Type) error {
	i, ok := a.entityIndex(id)
	switch {
	case !ok:
		return fmt.Errorf("article: no entity %q", id)
	case t == Quote || !t.Valid():
		return fmt.Errorf("article: %q is not a type an entity can have", t)
	}
	return a.edit(func(b *Article) {
		b.Entities[i].Type = t
		if t != Date {
			b.Entities[i].When = nil
		}
	})
}

// DetachMention makes a mention name an entity of its own, named by the
// mention's text and of the same type, for when one entity was given
// mentions of two different things. It returns the new entity's ID.
func (a *Article) DetachMention(id string) (string, error) {
	m, ok := a.mentionIndex(id)
	if !ok {
		return "", fmt.Errorf("article: no mention %q", id)
	}
	var created string
	err := a.edit(func(b *Article) {
		mention := b.Mentions[m]
		created = b.newEntity(b.Text[mention.Start:mention.End], b.TypeOf(mention.Entity))
		b.Mentions[m].Entity = created
		b.dropUnused(mention.Entity)
	})
	return created, err
}

// DescribeEntity changes the name and the description of the entity with
// the given ID, each with its white space made single: what its card and
// the claims show. Its ID, which the article's other parts refer to, stays.
func (a *Article) DescribeEntity(id, name, description string) error {
	i, ok := a.entityIndex(id)
	if !ok {
		return fmt.Errorf("article: no entity %q", id)
	}
	return a.edit(func(b *Article) {
		b.Entities[i].Name = strings.Join(strings.Fields(name), " ")
		b.Entities[i].Description = strings.Join(strings.Fields(description), " ")
	})
}

// LinkMention makes a mention name the entity with the given ID, for when
// one thing was given two entities ("Kim" and "Dana Kim"). The entity it
// named before goes when nothing else in the article refers to it.
func (a *Article) LinkMention(mention, entity string) error {
	m, ok := a.mentionIndex(mention)
	if !ok {
		return fmt.Errorf("article: no mention %q", mention)
	}
	if _, ok := a.entityIndex(entity); !ok {
		return fmt.Errorf("article: no entity %q", entity)
	}
	return a.edit(func(b *Article) {
		old := b.Mentions[m].Entity
		b.Mentions[m].Entity = entity
		b.dropUnused(old)
	})
}

// RemoveMention removes a mention, and its entity when nothing else in
// the article refers to it.
func (a *Article) RemoveMention(id string) error {
	m, ok := a.mentionIndex(id)
	if !ok {
		return fmt.Errorf("article: no mention %q", id)
	}
	return a.edit(func(b *Article) {
		entity := b.Mentions[m].Entity
		b.Mentions = append(b.Mentions[:m], b.Mentions[m+1:]...)
		b.dropUnused(entity)
	})
}

// RemoveQuote removes a quote.
func (a *Article) RemoveQuote(id string) error {
	for i, q := range a.Quotes {
		if q.ID == id {
			return a.edit(func(b *Article) {
				speaker := b.Quotes[i].Speaker
				b.Quotes = append(b.Quotes[:i], b.Quotes[i+1:]...)
				b.dropUnused(speaker)
			})
		}
	}
	return fmt.Errorf("article: no quote %q", id)
}

// AddMention adds a mention over the text between byte offsets start and
// end. With entity set, the mention names that entity; with entity empty,
// it names a new entity of type t called by the mention's text. It returns
// the ID of the entity named.
func (a *Article) AddMention(start, end int, t Type, entity string) (string, error) {
	s, err := a.passage(start, end)
	if err != nil {
		return "", err
	}
	if entity != "" {
		if _, ok := a.entityIndex(entity); !ok {
			return "", fmt.Errorf("article: no entity %q", entity)
		}
	} else if t == Quote || !t.Valid() {
		return "", fmt.Errorf("article: %q is not a type an entity can have", t)
	}
	for _, m := range a.Mentions {
		if m.Span == s {
			return "", fmt.Errorf("article: %q is already a mention", a.Text[s.Start:s.End])
		}
	}
	err = a.edit(func(b *Article) {
		if entity == "" {
			entity = b.newEntity(b.Text[s.Start:s.End], t)
		}
		b.Mentions = append(b.Mentions, Mention{Entity: entity, Span: s})
	})
	return entity, err
}

// AddQuote adds a quote over the text between byte offsets start and end,
// said by the entity speaker.
func (a *Article) AddQuote(start, end int, speaker string) error {
	s, err := a.passage(start, end)
	if err != nil {
		return err
	}
	for _, q := range a.Quotes {
		if q.Span == s {
			return fmt.Errorf("article: %q is already a quote", excerpt(a.Text[s.Start:s.End]))
		}
	}
	return a.edit(func(b *Article) {
		b.Quotes = append(b.Quotes, QuoteSpan{Speaker: speaker, Span: s})
	})
}

// SetSpeaker sets who said a quote: a person, an organization, a group or
// a place the article names.
func (a *Article) SetSpeaker(quote, speaker string) error {
	for i, q := range a.Quotes {
		if q.ID == quote {
			return a.edit(func(b *Article) {
				old := b.Quotes[i].Speaker
				b.Quotes[i].Speaker = speaker
				b.dropUnused(old)
			})
		}
	}
	return fmt.Errorf("article: no quote %q", quote)
}

// passage checks that start and end mark out a passage of the text that
// can be annotated: inside it, on character boundaries, and not only
// white space. It returns the passage without the white space at its ends.
func (a *Article) passage(start, end int) (Span, error) {
	if start < 0 || end > len(a.Text) || start >= end {
		return Span{}, fmt.Errorf("article: no passage from byte %d to byte %d in a text of %d bytes", start, end, len(a.Text))
	}
	if !utf8.RuneStart(a.Text[start]) || end < len(a.Text) && !utf8.RuneStart(a.Text[end]) {
		return Span{}, fmt.Errorf("article: bytes %d to %d cut a character in two", start, end)
	}
	s := trimSpan(a.Text, Span{start, end})
	if s.Len() == 0 {
		return Span{}, errors.New("article: the passage is only white space")
	}
	return s, nil
}

// edit applies change to a copy of the article, checks the copy as a
// whole article file is checked, and only then makes it the article.
func (a *Article) edit(change func(b *Article)) error {
	b := a.clone()
	change(b)
	checked, err := check(a.ID+".json", fileOf(b))
	if err != nil {
		var list ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			err = list[0]
		}
		var e *Error
		if errors.As(err, &e) {
			return fmt.Errorf("article: the change would make the article invalid: %s%s", whereOf(e), e.Msg)
		}
		return fmt.Errorf("article: the change would make the article invalid: %w", err)
	}
	*a = *checked
	return nil
}

func whereOf(e *Error) string {
	if e.Where == "" {
		return ""
	}
	return e.Where + ": "
}

// clone copies the article deeply enough for an edit: the lists an edit
// changes are copied, what no edit changes is shared.
func (a *Article) clone() *Article {
	b := *a
	b.Entities = append([]Entity(nil), a.Entities...)
	b.Mentions = append([]Mention(nil), a.Mentions...)
	b.Quotes = append([]QuoteSpan(nil), a.Quotes...)
	b.Claims = append([]Claim(nil), a.Claims...)
	b.Evidence = append([]Evidence(nil), a.Evidence...)
	b.byID = nil
	return &b
}

// newEntity adds an entity of type t named name, with an ID made from the
// name that no other entity has, and returns the ID.
func (a *Article) newEntity(name string, t Type) string {
	base := slug(name)
	id := base
	for n := 2; ; n++ {
		if _, taken := a.entityIndex(id); !taken {
			break
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
	a.Entities = append(a.Entities, Entity{ID: id, Name: strings.Join(strings.Fields(name), " "), Type: t, Description: Undescribed(t)})
	return id
}

// Undescribed is the description of an entity that was added with no
// description of its own: it says what the article does with it and that
// no more is known, rather than inventing anything.
func Undescribed(t Type) string {
	return t.Label() + " named in this article; not described yet."
}

// dropUnused removes the entity with the given ID when no mention, quote,
// claim or loaded phrase refers to it any more.
func (a *Article) dropUnused(id string) {
	for _, m := range a.Mentions {
		if m.Entity == id {
			return
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker == id {
			return
		}
	}
	for _, l := range a.Loaded {
		if l.Speaker == id {
			return
		}
	}
	for _, c := range a.Claims {
		for _, p := range c.Parties {
			for _, member := range p.Members {
				if member == id {
					return
				}
			}
		}
	}
	if i, ok := a.entityIndex(id); ok {
		a.Entities = append(a.Entities[:i], a.Entities[i+1:]...)
	}
}

func (a *Article) entityIndex(id string) (int, bool) {
	for i, e := range a.Entities {
		if e.ID == id {
			return i, true
		}
	}
	return 0, false
}

func (a *Article) mentionIndex(id string) (int, bool) {
	for i, m := range a.Mentions {
		if m.ID == id {
			return i, true
		}
	}
	return 0, false
}

// slug makes an entity ID from a name with Slug, or "entity" when nothing
// is left.
func slug(name string) string {
	if id := Slug(name); id != "" {
		return id
	}
	return "entity"
}

// Slug makes an ID from a name: lowercase letters and digits in words
// joined by hyphens, with the accents of Latin letters dropped ("Élysée
// Palace" is "elysee-palace", "Aistė Petrauskienė" is
// "aiste-petrauskiene"); "" when nothing is left.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(name) {
		part := string(r)
		if f, ok := unaccented[r]; ok {
			part = f
		} else if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			hyphen = true
			continue
		}
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteString(part)
	}
	return b.String()
}

// unaccented maps the accented lowercase Latin letters of names in news
// to their plain letters.
var unaccented = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'æ': "ae",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e", 'ė': "e",
	'ğ': "g", 'ģ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'į': "i",
	'ķ': "k", 'ł': "l", 'ļ': "l", 'ľ': "l", 'ñ': "n", 'ń': "n", 'ň': "n", 'ņ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ř': "r", 'ŕ': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ť': "t", 'ț': "t", 'þ': "th", 'ð': "d",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'ß': "ss",
}

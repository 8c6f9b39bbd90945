package article

import (
	"strings"
	"testing"
)

// editArticle is a small article to correct: two people, a place, one
// quote.
const editArticle = `{"format": "news-explorer-article/1", "id": "edit", "title": "Edit",
  "text": "Ana Lima met Rui Costa in Porto. \"We agree,\" Lima said. Costa left Porto on Monday.",
  "entities": [
    {"id": "ana-lima", "name": "Ana Lima", "type": "person", "description": "Mayor."},
    {"id": "rui-costa", "name": "Rui Costa", "type": "person", "description": "Minister."},
    {"id": "porto", "name": "Porto", "type": "person", "description": "A city."}
  ],
  "mentions": [
    {"entity": "ana-lima", "exact": "Ana Lima"},
    {"entity": "rui-costa", "exact": "Rui Costa"},
    {"entity": "porto", "exact": "Porto", "start": 26},
    {"entity": "ana-lima", "exact": "Lima", "prefix": "agree,\" "},
    {"entity": "rui-costa", "exact": "Costa", "prefix": "said. "},
    {"entity": "porto", "exact": "Porto", "prefix": "left "}
  ],
  "quotes": [{"speaker": "rui-costa", "exact": "We agree,"}]
}`

func loadEdit(t *testing.T) *Article {
	t.Helper()
	a, err := Parse("edit.json", []byte(editArticle))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// spanOf returns the byte offsets of the n-th (from 0) s in a's text.
func spanOf(t *testing.T, a *Article, s string, n int) (int, int) {
	t.Helper()
	from := 0
	for ; n >= 0; n-- {
		i := strings.Index(a.Text[from:], s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		from += i
		if n > 0 {
			from += len(s)
		}
	}
	return from, from + len(s)
}

// summary writes an article's annotations in one line: each mention as
// text=entity:type, then each quote as "text"<speaker.
func summary(a *Article) string {
	var parts []string
	for _, m := range a.Mentions {
		parts = append(parts, a.Text[m.Start:m.End]+"="+m.Entity+":"+string(a.TypeOf(m.Entity)))
	}
	for _, q := range a.Quotes {
		parts = append(parts, `"`+a.Text[q.Start:q.End]+`"<`+q.Speaker)
	}
	return strings.Join(parts, " ")
}

func TestEdits(t *testing.T) {
	tests := []struct {
		name string
		edit func(t *testing.T, a *Article) error
		want string
	}{
		{"set a type", func(t *testing.T, a *Article) error { return a.SetEntityType("porto", Place) },
			`Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:place Lima=ana-lima:person Costa=rui-costa:person Porto=porto:place "We agree,"<rui-costa`},
		{"detach a mention", func(t *testing.T, a *Article) error {
			id, err := a.DetachMention(a.Mentions[5].ID)
			if id != "porto-2" {
				t.Errorf("detached entity %q, want porto-2", id)
			}
			return err
		}, `Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto-2:person "We agree,"<rui-costa`},
		{"remove a mention", func(t *testing.T, a *Article) error { return a.RemoveMention(a.Mentions[3].ID) },
			`Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Costa=rui-costa:person Porto=porto:person "We agree,"<rui-costa`},
		{"remove a quote", func(t *testing.T, a *Article) error { return a.RemoveQuote(a.Quotes[0].ID) },
			`Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person`},
		{"add a mention of a new entity", func(t *testing.T, a *Article) error {
			start, end := spanOf(t, a, "Monday", 0)
			id, err := a.AddMention(start, end, Date, "")
			if id != "monday" {
				t.Errorf("new entity %q, want monday", id)
			}
			return err
		}, `Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person Monday=monday:date "We agree,"<rui-costa`},
		{"add a mention of a known entity, white space trimmed", func(t *testing.T, a *Article) error {
			start, end := spanOf(t, a, " met ", 0)
			_, err := a.AddMention(start, end, "", "ana-lima")
			return err
		}, `Ana Lima=ana-lima:person met=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person "We agree,"<rui-costa`},
		{"link a mention to another entity", func(t *testing.T, a *Article) error {
			// Porto's second mention, detached, then linked back: the
			// entity made for it goes with its last mention.
			id, err := a.DetachMention(a.Mentions[5].ID)
			if err != nil {
				return err
			}
			if err := a.LinkMention(a.Mentions[5].ID, "porto"); err != nil {
				return err
			}
			if _, ok := a.Entity(id); ok {
				t.Errorf("the entity %q, with no mention left, is still there", id)
			}
			return nil
		}, `Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person "We agree,"<rui-costa`},
		{"link a speaker's mention", func(t *testing.T, a *Article) error {
			// Rui Costa's mentions linked to Ana Lima: he stays, as the
			// quote's speaker.
			for _, i := range []int{1, 4} {
				if err := a.LinkMention(a.Mentions[i].ID, "ana-lima"); err != nil {
					return err
				}
			}
			if _, ok := a.Entity("rui-costa"); !ok {
				t.Error("the speaker's entity went with its mentions")
			}
			return nil
		}, `Ana Lima=ana-lima:person Rui Costa=ana-lima:person Porto=porto:person Lima=ana-lima:person Costa=ana-lima:person Porto=porto:person "We agree,"<rui-costa`},
		{"describe an entity", func(t *testing.T, a *Article) error {
			if err := a.DescribeEntity("porto", "  City of\tPorto ", " A city in\nPortugal. "); err != nil {
				return err
			}
			if e, _ := a.Entity("porto"); e.Name != "City of Porto" || e.Description != "A city in Portugal." {
				t.Errorf("entity %q, %q; want the name and description with single spaces", e.Name, e.Description)
			}
			return nil
		}, `Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person "We agree,"<rui-costa`},
		{"set a speaker", func(t *testing.T, a *Article) error { return a.SetSpeaker(a.Quotes[0].ID, "ana-lima") },
			`Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person "We agree,"<ana-lima`},
		{"add a quote", func(t *testing.T, a *Article) error {
			start, end := spanOf(t, a, "Costa left Porto", 0)
			return a.AddQuote(start, end, "ana-lima")
		}, `Ana Lima=ana-lima:person Rui Costa=rui-costa:person Porto=porto:person Lima=ana-lima:person Costa=rui-costa:person Porto=porto:person "We agree,"<rui-costa "Costa left Porto"<ana-lima`},
	}
	for _, tt := range tests {
		a := loadEdit(t)
		if err := tt.edit(t, a); err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := summary(a); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		// The result is a valid article file, as the library reads it.
		data, err := Encode(a)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if _, err := Parse("edited.json", data); err != nil {
			t.Errorf("%s: the edited article does not read back: %v", tt.name, err)
		}
	}
}

// TestEditsRefused checks that an edit that would break the article says
// why and changes nothing.
func TestEditsRefused(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *Article) error
		want string
	}{
		{"unknown entity", func(a *Article) error { return a.SetEntityType("nobody", Place) }, `no entity "nobody"`},
		{"quote is no entity type", func(a *Article) error { return a.SetEntityType("porto", Quote) }, `"quote" is not a type`},
		{"unknown mention", func(a *Article) error { return a.RemoveMention("m99") }, `no mention "m99"`},
		{"unknown quote", func(a *Article) error { return a.SetSpeaker("q9", "ana-lima") }, `no quote "q9"`},
		{"speaker who is not named", func(a *Article) error { return a.SetSpeaker(a.Quotes[0].ID, "nobody") }, `unknown speaker id "nobody"`},
		{"a date as speaker", func(a *Article) error {
			start, end := strings.Index(a.Text, "Monday"), strings.Index(a.Text, "Monday")+len("Monday")
			if _, err := a.AddMention(start, end, Date, ""); err != nil {
				return err
			}
			return a.SetSpeaker(a.Quotes[0].ID, "monday")
		}, `speaker "monday" is a date`},
		{"outside the text", func(a *Article) error { _, err := a.AddMention(10, 500, Place, ""); return err }, "no passage from byte 10 to byte 500"},
		{"empty", func(a *Article) error { _, err := a.AddMention(5, 5, Place, ""); return err }, "no passage from byte 5 to byte 5"},
		{"white space only", func(a *Article) error { _, err := a.AddMention(8, 9, Place, ""); return err }, "only white space"},
		{"partly overlapping", func(a *Article) error { _, err := a.AddMention(4, 13, Place, ""); return err }, "invalid"},
		{"same span twice", func(a *Article) error { _, err := a.AddMention(0, 8, Person, ""); return err }, `"Ana Lima" is already a mention`},
		{"a name of nothing", func(a *Article) error { return a.DescribeEntity("porto", " \t", "A city.") }, "the entity has no name"},
		{"no description", func(a *Article) error { return a.DescribeEntity("porto", "Porto", "") }, "one-line description"},
		{"describe no entity", func(a *Article) error { return a.DescribeEntity("nobody", "N", "D") }, `no entity "nobody"`},
		{"link no mention", func(a *Article) error { return a.LinkMention("m99", "porto") }, `no mention "m99"`},
		{"link to no entity", func(a *Article) error { return a.LinkMention(a.Mentions[0].ID, "nobody") }, `no entity "nobody"`},
	}
	for _, tt := range tests {
		a := loadEdit(t)
		before := summary(a)
		err := tt.edit(a)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
		if tt.name != "a date as speaker" && summary(a) != before {
			t.Errorf("%s: the refused edit changed the article:\n%s", tt.name, summary(a))
		}
	}
}

func TestEditCutCharacter(t *testing.T) {
	a, err := Parse("e.json", []byte(`{"format": "news-explorer-article/1", "id": "e", "title": "E", "text": "Évian and Zürich."}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AddMention(1, 6, Place, ""); err == nil || !strings.Contains(err.Error(), "cut a character") {
		t.Errorf("a passage starting inside É: error %v", err)
	}
	id, err := a.AddMention(0, len("Évian"), Place, "")
	if err != nil || id != "evian" {
		t.Errorf("AddMention(Évian) = %q, %v; want evian", id, err)
	}
}

func TestSlug(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Vladimir Putin", "vladimir-putin"},
		{"Élysée Palace", "elysee-palace"},
		{"  U.S.  ", "u-s"},
		{"Kyiv's mayor", "kyiv-s-mayor"},
		{"2025", "2025"},
		{"Aistė Petrauskienė", "aiste-petrauskiene"},
		{"Straße Œuvre", "strasse-oeuvre"},
		{"北京", "entity"},
		{"", "entity"},
	} {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

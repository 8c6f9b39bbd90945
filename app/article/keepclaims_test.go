package article

import (
	"fmt"
	"strings"
	"testing"
)

// keepText is the text of the articles KeepClaims is tested on.
const keepText = `Ana Lima met Rui Costa in Porto. \"We agree,\" Lima said. Costa left Porto on Monday.`

// The entities and mentions of those articles, as an annotator gives
// them, unless a case says otherwise.
const (
	keepEntities = `
    {"id": "ana-lima", "name": "Ana Lima", "type": "person", "description": "A person named in this article."},
    {"id": "rui-costa", "name": "Rui Costa", "type": "person", "description": "A person named in this article."},
    {"id": "porto", "name": "Porto", "type": "place", "description": "A place named in this article."}`
	keepMentions = `
    {"entity": "ana-lima", "exact": "Ana Lima"},
    {"entity": "rui-costa", "exact": "Rui Costa"},
    {"entity": "porto", "exact": "Porto", "start": 26},
    {"entity": "ana-lima", "exact": "Lima", "prefix": "agree,\" "},
    {"entity": "rui-costa", "exact": "Costa", "prefix": "said. "},
    {"entity": "porto", "exact": "Porto", "prefix": "left "}`
)

// keepArticle is an article of keepText with the given entities and
// mentions (the annotator's when empty) and claims.
func keepArticle(t *testing.T, entities, mentions string, claims ...string) *Article {
	t.Helper()
	if entities == "" {
		entities = keepEntities
	}
	if mentions == "" {
		mentions = keepMentions
	}
	data := fmt.Sprintf(`{"format": "news-explorer-article/1", "id": "keep", "title": "Keep", "text": "%s",
  "entities": [%s], "mentions": [%s], "quotes": [{"speaker": "rui-costa", "exact": "We agree,"}], "claims": [%s]}`,
		keepText, entities, mentions, strings.Join(claims, ","))
	a, err := Parse("keep.json", []byte(data))
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return a
}

// claimJSON is a claim of the file format; a person's unless suggested.
func claimJSON(id string, suggested bool, parties ...string) string {
	return fmt.Sprintf(`{"id": %q, "question": "Q %s?", "status": "unverified", "suggested": %v, "checks": ["Check."], "settle": "A record.", "parties": [%s]}`,
		id, id, suggested, strings.Join(parties, ","))
}

// partyJSON is a party of the file format with the given members, stance
// and evidence (exact passages of keepText); silent when it has none.
func partyJSON(id, members string, stance Stance, evidence ...string) string {
	if stance == Silent {
		return fmt.Sprintf(`{"id": %q, "name": %q, "members": [%q], "stance": "silent"}`, id, id, members)
	}
	var anchors []string
	for _, e := range evidence {
		anchors = append(anchors, fmt.Sprintf(`{"exact": %q}`, e))
	}
	return fmt.Sprintf(`{"id": %q, "name": %q, "members": [%q], "stance": %q, "statement": "Says so.", "source": "not-stated",
	  "channel": "the article names no channel", "evidence": [%s]}`, id, id, members, stance, strings.Join(anchors, ","))
}

// keptSummary writes the claims as claimSummary does, each with "?" after
// its ID while it is suggested.
func keptSummary(a *Article) string {
	lines := strings.Split(claimSummary(a), "\n")
	for i, c := range a.Claims {
		if c.Suggested {
			lines[i] = strings.Replace(lines[i], c.ID, c.ID+"?", 1)
		}
	}
	return strings.Join(lines, "\n")
}

func TestKeepClaims(t *testing.T) {
	met := claimJSON("met", false, partyJSON("lima", "ana-lima", Asserts, "Ana Lima met Rui Costa in Porto."))
	const metKept = `met unverified Q met? lima(asserts: ana-lima; "Ana Lima met Rui Costa in Porto.")`
	agree := claimJSON("agree", true, partyJSON("costa", "rui-costa", Asserts, "We agree,"), partyJSON("lima", "ana-lima", Silent))
	const agreeAdded = `agree? unverified Q agree? costa(asserts: rui-costa; "We agree,") lima(silent: ana-lima; )`
	tests := []struct {
		name string
		from *Article // the article open, as a person left it
		a    *Article // the same text annotated again
		want string   // the claims of a after KeepClaims
		// mentions, when given, are the mentions of a after it, as
		// summary writes them.
		mentions string
	}{
		{name: "nothing a person wrote",
			from: keepArticle(t, "", "", claimJSON("left", true, partyJSON("costa", "rui-costa", Asserts, "Costa left Porto on Monday."))),
			a:    keepArticle(t, "", "", agree),
			want: agreeAdded},
		{name: "kept, and the new suggestions after it",
			from: keepArticle(t, "", "", met),
			a:    keepArticle(t, "", "", agree),
			want: metKept + "\n" + agreeAdded},
		{name: "an accepted claim is kept, the suggestions of the open article are not",
			from: keepArticle(t, "", "", claimJSON("left", true, partyJSON("costa", "rui-costa", Asserts, "Costa left Porto on Monday.")), met),
			a:    keepArticle(t, "", ""),
			want: metKept},
		{name: "a suggestion on the same evidence is dropped",
			from: keepArticle(t, "", "", met),
			a:    keepArticle(t, "", "", claimJSON("claim-1", true, partyJSON("costa", "rui-costa", Disputes, "Ana Lima met Rui Costa in Porto."))),
			want: metKept},
		{name: "the same members and stance on overlapping evidence",
			from: keepArticle(t, "", "", met),
			a: keepArticle(t, "", "", claimJSON("claim-1", true,
				partyJSON("lima", "ana-lima", Asserts, "Ana Lima met Rui Costa"), partyJSON("costa", "rui-costa", Asserts, "We agree,"))),
			want: metKept},
		{name: "another stance on overlapping evidence stays",
			from: keepArticle(t, "", "", met),
			a:    keepArticle(t, "", "", claimJSON("claim-1", true, partyJSON("lima", "ana-lima", Disputes, "Ana Lima met Rui Costa"))),
			want: metKept + "\n" + `claim-1? unverified Q claim-1? lima(disputes: ana-lima; "Ana Lima met Rui Costa")`},
		{name: "the same members and stance elsewhere stay",
			from: keepArticle(t, "", "", met),
			a:    keepArticle(t, "", "", claimJSON("claim-1", true, partyJSON("lima", "ana-lima", Asserts, "Lima said"))),
			want: metKept + "\n" + `claim-1? unverified Q claim-1? lima(asserts: ana-lima; "Lima said")`},
		{name: "the same members by name",
			from: keepArticle(t, "", "", met),
			a: keepArticle(t, `{"id": "lima", "name": "Ana  Lima", "type": "person", "description": "A person."},
    {"id": "rui-costa", "name": "Rui Costa", "type": "person", "description": "A person."}`,
				`{"entity": "lima", "exact": "Ana Lima"}, {"entity": "rui-costa", "exact": "Rui Costa"}`,
				claimJSON("claim-1", true, partyJSON("lima", "lima", Asserts, "Ana Lima met Rui Costa"))),
			want: metKept,
			// The person's entity names the mention again, with the
			// mention the annotator did not find; the annotator's
			// entity, named by nothing else, goes.
			mentions: `Ana Lima=ana-lima:person Rui Costa=rui-costa:person Lima=ana-lima:person "We agree,"<rui-costa`},
		{name: "a suggestion under a kept claim's ID is renamed",
			from: keepArticle(t, "", "", met),
			a:    keepArticle(t, "", "", claimJSON("met", true, partyJSON("costa", "rui-costa", Asserts, "We agree,"))),
			want: metKept + "\n" + `met-2? unverified Q met? costa(asserts: rui-costa; "We agree,")`},
		{name: "a kept passage wins over a highlight it cuts across",
			from: keepArticle(t, "", `{"entity": "ana-lima", "exact": "Ana Lima"}`,
				claimJSON("met", false, partyJSON("lima", "ana-lima", Asserts, "met Rui"))),
			a:        keepArticle(t, "", ""),
			want:     `met unverified Q met? lima(asserts: ana-lima; "met Rui")`,
			mentions: `Ana Lima=ana-lima:person Porto=porto:place Lima=ana-lima:person Costa=rui-costa:person Porto=porto:place "We agree,"<rui-costa`},
		{name: "a suggestion across a kept passage is dropped",
			from: keepArticle(t, "", `{"entity": "ana-lima", "exact": "Ana Lima"}`,
				claimJSON("met", false, partyJSON("lima", "ana-lima", Asserts, "met Rui"))),
			a: keepArticle(t, "", `{"entity": "ana-lima", "exact": "Ana Lima"}`,
				claimJSON("claim-1", true, partyJSON("costa", "rui-costa", Asserts, "Rui Costa in Porto."))),
			want: `met unverified Q met? lima(asserts: ana-lima; "met Rui")`},
		{name: "the entities of kept claims as the person left them",
			from: keepArticle(t, `{"id": "mayor", "name": "Ana Lima", "type": "person", "description": "Mayor of Porto."},
    {"id": "rui-costa", "name": "Rui Costa", "type": "person", "description": "Minister."},
    {"id": "porto", "name": "Porto", "type": "organization", "description": "The football club."}`,
				`{"entity": "mayor", "exact": "Ana Lima"}, {"entity": "porto", "exact": "Porto", "start": 26}, {"entity": "mayor", "exact": "Lima", "prefix": "agree,\" "}`,
				claimJSON("met", false, partyJSON("lima", "mayor", Asserts, "Ana Lima met Rui Costa in Porto.")),
				claimJSON("club", false, partyJSON("club", "porto", Silent))),
			a:        keepArticle(t, "", ""),
			want:     `met unverified Q met? lima(asserts: mayor; "Ana Lima met Rui Costa in Porto.")` + "\n" + `club unverified Q club? club(silent: porto; )`,
			mentions: `Ana Lima=mayor:person Rui Costa=rui-costa:person Porto=porto:organization Lima=mayor:person Costa=rui-costa:person Porto=porto:organization "We agree,"<rui-costa`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			annotated, err := Encode(tt.a)
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.a.KeepClaims(tt.from); err != nil {
				t.Fatal(err)
			}
			if got := keptSummary(tt.a); got != tt.want {
				t.Errorf("claims:\n got %s\nwant %s", got, tt.want)
			}
			if tt.mentions != "" {
				if got := summary(tt.a); got != tt.mentions {
					t.Errorf("mentions:\n got %s\nwant %s", got, tt.mentions)
				}
			}
			// The article kept is an article file that reads back the
			// same, and annotating it again keeps it as it is.
			data, err := Encode(tt.a)
			if err != nil {
				t.Fatal(err)
			}
			back, err := Parse("keep.json", data)
			if err != nil {
				t.Fatalf("reading it back: %v", err)
			}
			if got := keptSummary(back); got != tt.want {
				t.Errorf("read back:\n got %s\nwant %s", got, tt.want)
			}
			again, err := Parse("keep.json", annotated)
			if err != nil {
				t.Fatal(err)
			}
			if err := again.KeepClaims(back); err != nil {
				t.Fatal(err)
			}
			if got := keptSummary(again); got != tt.want {
				t.Errorf("annotated again:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestKeepClaimsRefused checks that claims are kept only on the same
// text, and that a refusal leaves the article as it was.
func TestKeepClaimsRefused(t *testing.T) {
	a := keepArticle(t, "", "")
	other, err := Parse("other.json", []byte(`{"format": "news-explorer-article/1", "id": "other", "title": "Other", "text": "Another text.",
	  "entities": [{"id": "text", "name": "Another", "type": "group", "description": "A group."}],
	  "claims": [{"id": "c", "question": "Q?", "status": "unverified", "checks": ["x"], "settle": "y",
	    "parties": [{"id": "p", "name": "P", "members": ["text"], "stance": "silent"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	before := summary(a)
	if err := a.KeepClaims(other); err == nil || !strings.Contains(err.Error(), "other has another text") {
		t.Errorf("error %v, want one that says the text is another", err)
	}
	if summary(a) != before || len(a.Claims) != 0 {
		t.Errorf("the refusal changed the article: %s, %d claims", summary(a), len(a.Claims))
	}
	if err := a.KeepClaims(nil); err != nil {
		t.Errorf("keeping the claims of no article: %v", err)
	}
}

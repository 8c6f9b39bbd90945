package article

import (
	"strings"
	"testing"
)

// claimSummary writes an article's claims in one line each: the claim's
// id, status and question, then each party as id(stance: members;
// "evidence"…), then its framing, if any, as framing("passage"…).
func claimSummary(a *Article) string {
	evidence := map[string]string{}
	for _, e := range a.Evidence {
		evidence[e.ID] = a.Text[e.Start:e.End]
	}
	var lines []string
	for _, c := range a.Claims {
		var parties []string
		for _, p := range c.Parties {
			var ev []string
			for _, id := range p.Evidence {
				ev = append(ev, `"`+evidence[id]+`"`)
			}
			parties = append(parties, p.ID+"("+string(p.Stance)+": "+strings.Join(p.Members, ",")+"; "+strings.Join(ev, ",")+")")
		}
		line := c.ID + " " + string(c.Status) + " " + c.Question + " " + strings.Join(parties, " ")
		if len(c.Framing) > 0 {
			var framing []string
			for _, id := range c.Framing {
				framing = append(framing, `"`+evidence[id]+`"`)
			}
			line += " framing(" + strings.Join(framing, ",") + ")"
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// asserting is a party of the edit article that asserts, with the quote
// "We agree," as its evidence.
func asserting(t *testing.T, a *Article, name string, members ...string) NewParty {
	t.Helper()
	start, end := spanOf(t, a, "We agree,", 0)
	return NewParty{Name: name, Members: members, Stance: Asserts, Statement: "They agree.",
		Source: Interview, Channel: "an interview", Evidence: []Span{{start, end}}}
}

var agreeClaim = ClaimText{Question: "Do they agree?", Status: Unverified, Settle: "Minutes of the meeting", Checks: []string{"Who else was there?"}}

func TestAddClaim(t *testing.T) {
	a := loadEdit(t)
	party := asserting(t, a, "Rui Costa", "rui-costa")
	// A passage selected with the space before it is trimmed.
	start, end := spanOf(t, a, " Costa left Porto on Monday.", 0)
	party.Evidence = []Span{{start, end}}
	id, err := a.AddClaim(ClaimText{Question: "  Do they agree? ", Status: Unverified, Settle: "Minutes", Checks: []string{"", " Who else was there? "}}, party)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := id, "claim-1"; got != want {
		t.Errorf("id = %q, want %q", got, want)
	}
	if got, want := claimSummary(a), `claim-1 unverified Do they agree? rui-costa(asserts: rui-costa; "Costa left Porto on Monday.")`; got != want {
		t.Errorf("claims:\n got %s\nwant %s", got, want)
	}
	if got, want := strings.Join(a.Claims[0].Checks, "|"), "Who else was there?"; got != want {
		t.Errorf("checks = %q, want %q", got, want)
	}
	if got, want := a.Evidence[0].ID, "e1"; got != want {
		t.Errorf("evidence id = %q, want %q", got, want)
	}
	// The article as edited is an article file the loader reads back the
	// same.
	data, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("edit.json", data)
	if err != nil {
		t.Fatalf("reading the edited file back: %v", err)
	}
	if got, want := claimSummary(b), claimSummary(a); got != want {
		t.Errorf("read back:\n got %s\nwant %s", got, want)
	}
	// A second claim gets the next id.
	if id, err := a.AddClaim(agreeClaim, asserting(t, a, "Lima", "ana-lima")); err != nil || id != "claim-2" {
		t.Errorf("second claim: id %q, error %v; want claim-2", id, err)
	}
}

func TestAddClaimRefused(t *testing.T) {
	cases := []struct {
		name  string
		claim ClaimText
		party func(a *Article) NewParty
		want  string
	}{
		{"no question", ClaimText{Status: Unverified, Settle: "Minutes", Checks: []string{"x"}},
			func(a *Article) NewParty { return asserting(t, a, "Costa", "rui-costa") }, "the claim needs its question"},
		{"unknown status", ClaimText{Question: "Q?", Status: "true", Settle: "Minutes", Checks: []string{"x"}},
			func(a *Article) NewParty { return asserting(t, a, "Costa", "rui-costa") }, `unknown status "true"`},
		{"nothing to check", ClaimText{Question: "Q?", Status: Unverified, Settle: "Minutes", Checks: []string{" "}},
			func(a *Article) NewParty { return asserting(t, a, "Costa", "rui-costa") }, "give at least one thing a reader would check next"},
		{"no members", agreeClaim,
			func(a *Article) NewParty { return asserting(t, a, "Costa") }, "the party names no entity"},
		{"unknown member", agreeClaim,
			func(a *Article) NewParty { return asserting(t, a, "Costa", "nobody") }, `unknown entity id "nobody"`},
		{"no evidence", agreeClaim,
			func(a *Article) NewParty { p := asserting(t, a, "Costa", "rui-costa"); p.Evidence = nil; return p }, "a party that takes a stance needs evidence in the text"},
		{"silent with a statement", agreeClaim,
			func(a *Article) NewParty {
				return NewParty{Name: "Porto", Members: []string{"porto"}, Stance: Silent, Statement: "Nothing."}
			}, "a silent party has no statement"},
		{"evidence outside the text", agreeClaim,
			func(a *Article) NewParty {
				p := asserting(t, a, "Costa", "rui-costa")
				p.Evidence = []Span{{0, len(a.Text) + 5}}
				return p
			}, "evidence 1 of Costa: no passage from byte 0"},
		{"evidence only spaces", agreeClaim,
			func(a *Article) NewParty {
				p := asserting(t, a, "Costa", "rui-costa")
				i := strings.Index(a.Text, " ")
				p.Evidence = []Span{{i, i + 1}}
				return p
			}, "evidence 1 of Costa: the passage is only white space"},
		{"framing outside the text", ClaimText{Question: "Q?", Status: Unverified, Settle: "Minutes", Checks: []string{"x"}, Framing: []Span{{3, 2}}},
			func(a *Article) NewParty { return asserting(t, a, "Costa", "rui-costa") }, "framing 1 of the claim: no passage from byte 3"},
		{"framing across a highlight", ClaimText{Question: "Q?", Status: Unverified, Settle: "Minutes", Checks: []string{"x"}, Framing: []Span{{4, 12}}},
			func(a *Article) NewParty { return asserting(t, a, "Costa", "rui-costa") }, "framing 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := loadEdit(t)
			before := summary(a)
			_, err := a.AddClaim(c.claim, c.party(a))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one with %q", err, c.want)
			}
			if got := summary(a); got != before || len(a.Claims) != 0 || len(a.Evidence) != 0 {
				t.Errorf("refused edit changed the article: %s, %d claims", got, len(a.Claims))
			}
		})
	}
}

func TestClaimEdits(t *testing.T) {
	a := loadEdit(t)
	id, err := a.AddClaim(agreeClaim, asserting(t, a, "Costa", "rui-costa"))
	if err != nil {
		t.Fatal(err)
	}
	start, end := spanOf(t, a, "Costa left Porto on Monday.", 0)
	steps := []struct {
		name string
		edit func() error
		want string // the claims after the edit, or the error's words
	}{
		{"add a party", func() error {
			return a.AddParty(id, NewParty{Name: "Costa", Members: []string{"rui-costa", "porto"}, Stance: Disputes,
				Statement: "He left.", Source: MediaReport, Channel: "the report", Evidence: []Span{{start, end}}})
		}, `claim-1 unverified Do they agree? costa(asserts: rui-costa; "We agree,") costa-2(disputes: rui-costa,porto; "Costa left Porto on Monday.")`},
		{"a silent party", func() error {
			return a.AddParty(id, NewParty{Name: "Ana Lima", Members: []string{"ana-lima"}, Stance: Silent})
		}, `claim-1 unverified Do they agree? costa(asserts: rui-costa; "We agree,") costa-2(disputes: rui-costa,porto; "Costa left Porto on Monday.") ana-lima(silent: ana-lima; )`},
		{"to no claim", func() error { return a.AddParty("claim-9", NewParty{}) }, `no claim "claim-9"`},
		{"change a party", func() error {
			return a.SetParty(id, "costa-2", NewParty{Name: "Costa", Members: []string{"porto"}, Stance: Corroborates,
				Statement: "He left.", Source: MediaReport, Channel: "the report", Evidence: []Span{{start, end}, {0, 8}}})
		}, `claim-1 unverified Do they agree? costa(asserts: rui-costa; "We agree,") costa-2(corroborates: porto; "Ana Lima","Costa left Porto on Monday.") ana-lima(silent: ana-lima; )`},
		{"change it invalid", func() error {
			return a.SetParty(id, "costa-2", NewParty{Name: "Costa", Members: []string{"porto"}, Stance: Corroborates})
		}, `say in one line what the party says`},
		{"change no party", func() error { return a.SetParty(id, "nobody", NewParty{}) }, `claim "claim-1" has no party "nobody"`},
		{"set the claim", func() error {
			return a.SetClaim(id, ClaimText{Question: "Did they meet?", Status: Contested, Settle: "A photo", Checks: []string{"When?"}})
		}, `claim-1 contested Did they meet? costa(asserts: rui-costa; "We agree,") costa-2(corroborates: porto; "Ana Lima","Costa left Porto on Monday.") ana-lima(silent: ana-lima; )`},
		{"set it invalid", func() error { return a.SetClaim(id, ClaimText{Question: "Q", Status: Contested}) }, `say what kind of independent source could settle the claim`},
		// The framing may share a passage with a party's evidence; given
		// out of order, it is kept in text order.
		{"frame the claim", func() error {
			return a.SetClaim(id, ClaimText{Question: "Did they meet?", Status: Contested, Settle: "A photo", Checks: []string{"When?"},
				Framing: []Span{{start, end}, {0, 8}}})
		}, `claim-1 contested Did they meet? costa(asserts: rui-costa; "We agree,") costa-2(corroborates: porto; "Ana Lima","Costa left Porto on Monday.") ana-lima(silent: ana-lima; ) framing("Ana Lima","Costa left Porto on Monday.")`},
		{"frame it across a highlight", func() error {
			return a.SetClaim(id, ClaimText{Question: "Did they meet?", Status: Contested, Settle: "A photo", Checks: []string{"When?"},
				Framing: []Span{{4, 12}}})
		}, `framing 1`},
		{"frame it no more", func() error {
			return a.SetClaim(id, ClaimText{Question: "Did they meet?", Status: Contested, Settle: "A photo", Checks: []string{"When?"},
				Framing: []Span{{start, end}}})
		}, `claim-1 contested Did they meet? costa(asserts: rui-costa; "We agree,") costa-2(corroborates: porto; "Ana Lima","Costa left Porto on Monday.") ana-lima(silent: ana-lima; ) framing("Costa left Porto on Monday.")`},
		// A member of a party can say or claim something: made a date,
		// it is refused, as a quote's speaker is.
		{"a member made a date", func() error { return a.SetEntityType("porto", Date) },
			`member "porto" is a date; a party's members are people, organizations, groups or places`},
		{"remove a party", func() error { return a.RemoveParty(id, "costa") },
			`claim-1 contested Did they meet? costa-2(corroborates: porto; "Ana Lima","Costa left Porto on Monday.") ana-lima(silent: ana-lima; ) framing("Costa left Porto on Monday.")`},
		{"remove no party", func() error { return a.RemoveParty(id, "costa") }, `claim "claim-1" has no party "costa"`},
		{"remove another", func() error { return a.RemoveParty(id, "ana-lima") },
			`claim-1 contested Did they meet? costa-2(corroborates: porto; "Ana Lima","Costa left Porto on Monday.") framing("Costa left Porto on Monday.")`},
		{"remove the last party", func() error { return a.RemoveParty(id, "costa-2") }, "Costa is the claim's only party: remove the claim instead"},
		{"remove the claim", func() error { return a.RemoveClaim(id) }, ``},
		{"remove it again", func() error { return a.RemoveClaim(id) }, `no claim "claim-1"`},
	}
	for _, s := range steps {
		before := claimSummary(a)
		if err := s.edit(); err != nil {
			if !strings.Contains(err.Error(), s.want) {
				t.Errorf("%s: error %v, want one with %q", s.name, err, s.want)
			}
			if got := claimSummary(a); got != before {
				t.Errorf("%s: refused edit changed the claims to %s", s.name, got)
			}
			continue
		}
		if got := claimSummary(a); got != s.want {
			t.Errorf("%s:\n got %s\nwant %s", s.name, got, s.want)
		}
	}
	if got := len(a.Evidence); got != 0 {
		t.Errorf("%d evidence left with no claim", got)
	}
	// The entities named only as members go with their party; the others
	// stay.
	if got, want := summary(a), summary(loadEdit(t)); got != want {
		t.Errorf("mentions after removing the claim:\n got %s\nwant %s", got, want)
	}
}

// TestClaimEditKeepsCopies checks that a copy of the article taken before
// an edit, as the editor's history takes one, is left as it was.
func TestClaimEditKeepsCopies(t *testing.T) {
	a := loadEdit(t)
	id, err := a.AddClaim(agreeClaim, asserting(t, a, "Costa", "rui-costa"))
	if err != nil {
		t.Fatal(err)
	}
	copied := *a
	want := claimSummary(&copied)
	start, end := spanOf(t, a, "Porto", 1)
	edits := []func() error{
		func() error {
			return a.AddParty(id, NewParty{Name: "Porto", Members: []string{"porto"}, Stance: Disputes, Statement: "No.",
				Source: MediaReport, Channel: "a report", Evidence: []Span{{start, end}}})
		},
		func() error {
			return a.SetClaim(id, ClaimText{Question: "Other?", Status: Contested, Settle: "x", Checks: []string{"y"}})
		},
		func() error { return a.RemoveParty(id, "costa") },
		func() error { return a.RemoveClaim(id) },
	}
	for i, edit := range edits {
		if err := edit(); err != nil {
			t.Fatalf("edit %d: %v", i+1, err)
		}
		if got := claimSummary(&copied); got != want {
			t.Fatalf("after edit %d the copy is\n%s\nwant\n%s", i+1, got, want)
		}
	}
}

func TestPassages(t *testing.T) {
	a := loadEdit(t)
	p := asserting(t, a, "Costa", "rui-costa")
	start, end := spanOf(t, a, "Costa left Porto on Monday.", 0)
	p.Evidence = append(p.Evidence, Span{start, end})
	if _, err := a.AddClaim(agreeClaim, p); err != nil {
		t.Fatal(err)
	}
	party, ok := a.Party(a.Claims[0].ID, "costa")
	if !ok {
		t.Fatal(`Party: no party "costa" in the claim added`)
	}
	if _, ok := a.Party(a.Claims[0].ID, "nobody"); ok {
		t.Error(`Party: found a party "nobody"`)
	}
	var got []string
	for _, s := range a.Passages(party.Evidence) {
		got = append(got, a.Text[s.Start:s.End])
	}
	if want := []string{"We agree,", "Costa left Porto on Monday."}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Passages of the party's evidence = %q, want %q", got, want)
	}
}

// suggestedArticle is the edit article with three claims: two the
// annotator suggested, "agree" (Costa asserts, Lima silent) and "left",
// and one a person wrote, "met".
const suggestedArticle = `{"format": "news-explorer-article/1", "id": "edit", "title": "Edit",
  "text": "Ana Lima met Rui Costa in Porto. \"We agree,\" Lima said. Costa left Porto on Monday.",
  "entities": [
    {"id": "ana-lima", "name": "Ana Lima", "type": "person", "description": "Mayor."},
    {"id": "rui-costa", "name": "Rui Costa", "type": "person", "description": "Minister."},
    {"id": "porto", "name": "Porto", "type": "place", "description": "A city."}
  ],
  "mentions": [
    {"entity": "ana-lima", "exact": "Ana Lima"},
    {"entity": "rui-costa", "exact": "Rui Costa"},
    {"entity": "porto", "exact": "Porto", "start": 26},
    {"entity": "ana-lima", "exact": "Lima", "prefix": "agree,\" "},
    {"entity": "rui-costa", "exact": "Costa", "prefix": "said. "},
    {"entity": "porto", "exact": "Porto", "prefix": "left "}
  ],
  "quotes": [{"speaker": "rui-costa", "exact": "We agree,"}],
  "claims": [
    {"id": "agree", "question": "Do they agree?", "status": "unverified", "suggested": true, "checks": ["Ask them."], "settle": "Minutes",
     "parties": [
       {"id": "costa", "name": "Rui Costa", "members": ["rui-costa"], "stance": "asserts", "statement": "They agree.",
        "source": "interview", "channel": "told reporters", "evidence": [{"exact": "We agree,"}]},
       {"id": "lima", "name": "Ana Lima", "members": ["ana-lima"], "stance": "silent"}]},
    {"id": "left", "question": "Did Costa leave?", "status": "unverified", "suggested": true, "checks": ["Ask him."], "settle": "Travel records",
     "parties": [
       {"id": "costa", "name": "Rui Costa", "members": ["rui-costa"], "stance": "asserts", "statement": "He left.",
        "source": "not-stated", "channel": "the article names no channel", "evidence": [{"exact": "Costa left Porto on Monday."}]}]},
    {"id": "met", "question": "Did they meet?", "status": "unverified", "checks": ["Look for photos."], "settle": "Photos",
     "parties": [
       {"id": "lima", "name": "Ana Lima", "members": ["ana-lima"], "stance": "asserts", "statement": "They met.",
        "source": "media-report", "channel": "the report", "evidence": [{"exact": "Ana Lima met Rui Costa in Porto."}]}]}
  ]
}`

// marks writes each claim's ID, with "?" after those still suggested.
func marks(a *Article) string {
	var ids []string
	for _, c := range a.Claims {
		if c.Suggested {
			ids = append(ids, c.ID+"?")
		} else {
			ids = append(ids, c.ID)
		}
	}
	return strings.Join(ids, " ")
}

// TestSuggestionEdits checks how a person checks the claims the
// annotator suggested: AcceptClaim clears the mark, RejectClaim removes
// the claim with the evidence nothing else rests on, both refuse a claim
// a person wrote or accepted; and every other change to a suggested claim
// accepts it.
func TestSuggestionEdits(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(a *Article) error
		wantMarks string // the claims after the edit
		evidence  int    // how many passages the claims then rest on
		wantErr   string // the error's words, when the edit is refused
	}{
		{name: "as loaded", edit: func(a *Article) error { return nil }, wantMarks: "agree? left? met", evidence: 3},
		{name: "accept", edit: func(a *Article) error { return a.AcceptClaim("agree") }, wantMarks: "agree left? met", evidence: 3},
		{name: "accept a person's claim", edit: func(a *Article) error { return a.AcceptClaim("met") },
			wantErr: `claim "met" is no suggestion: a person wrote or accepted it`},
		{name: "accept no claim", edit: func(a *Article) error { return a.AcceptClaim("nobody") }, wantErr: `no claim "nobody"`},
		{name: "reject", edit: func(a *Article) error { return a.RejectClaim("left") }, wantMarks: "agree? met", evidence: 2},
		{name: "reject a person's claim", edit: func(a *Article) error { return a.RejectClaim("met") },
			wantErr: `claim "met" is no suggestion`},
		{name: "reject no claim", edit: func(a *Article) error { return a.RejectClaim("nobody") }, wantErr: `no claim "nobody"`},
		{name: "change what it asks", edit: func(a *Article) error {
			return a.SetClaim("left", ClaimText{Question: "Did Costa leave Porto?", Status: Unverified, Settle: "Travel records", Checks: []string{"Ask him."}})
		}, wantMarks: "agree? left met", evidence: 3},
		{name: "change it invalid", edit: func(a *Article) error { return a.SetClaim("left", ClaimText{Question: "Q", Status: Unverified}) },
			wantErr: "say what kind of independent source could settle the claim"},
		{name: "add a party", edit: func(a *Article) error {
			start, end := spanOf(t, a, "Lima said", 0)
			return a.AddParty("left", NewParty{Name: "Ana Lima", Members: []string{"ana-lima"}, Stance: Disputes,
				Statement: "She says.", Source: NotStated, Channel: "the article names no channel", Evidence: []Span{{start, end}}})
		}, wantMarks: "agree? left met", evidence: 4},
		{name: "change a party", edit: func(a *Article) error {
			p, _ := a.Party("agree", "costa")
			return a.SetParty("agree", "costa", NewParty{Name: p.Name, Members: p.Members, Stance: Corroborates,
				Statement: p.Statement, Source: p.Source, Channel: p.Channel, Evidence: a.Passages(p.Evidence)})
		}, wantMarks: "agree left? met", evidence: 3},
		{name: "remove a party", edit: func(a *Article) error { return a.RemoveParty("agree", "lima") }, wantMarks: "agree left? met", evidence: 3},
		{name: "remove a suggestion", edit: func(a *Article) error { return a.RemoveClaim("agree") }, wantMarks: "left? met", evidence: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("edit.json", []byte(suggestedArticle))
			if err != nil {
				t.Fatal(err)
			}
			before, beforeMarks := claimSummary(a), marks(a)
			err = tt.edit(a)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				if got := claimSummary(a); got != before || marks(a) != beforeMarks {
					t.Errorf("the refused edit changed the claims:\n%s\n%s", got, marks(a))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := marks(a); got != tt.wantMarks {
				t.Errorf("claims %q, want %q", got, tt.wantMarks)
			}
			if got := len(a.Evidence); got != tt.evidence {
				t.Errorf("%d passages of evidence, want %d", got, tt.evidence)
			}
			// The mark is in the file, and read back the same.
			data, err := Encode(a)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Parse("edit.json", data)
			if err != nil {
				t.Fatalf("reading the edited file back: %v", err)
			}
			if got := marks(b); got != tt.wantMarks {
				t.Errorf("read back: claims %q, want %q", got, tt.wantMarks)
			}
		})
	}
}

package editor

import (
	"reflect"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// fullParty is a claim form with everything a new claim and its party
// need.
func fullParty() claimForm {
	f := newClaimForm()
	f.question, f.settle, f.checks = "Q?", "Records", "One\nTwo"
	f.name, f.members, f.statement, f.source, f.channel = "Lima", []string{"lima"}, "Yes.", article.Interview, "radio"
	f.evidence = []article.Span{{Start: 0, End: 4}}
	return f
}

func TestClaimFormMissing(t *testing.T) {
	cases := []struct {
		name   string
		change func(f *claimForm)
		field  string // "" when nothing is missing
	}{
		{"complete", func(f *claimForm) {}, ""},
		{"no question", func(f *claimForm) { f.question = "  " }, "claim-question"},
		{"no settle", func(f *claimForm) { f.settle = "" }, "claim-settle"},
		{"no checks", func(f *claimForm) { f.checks = "\n" }, "claim-checks"},
		{"no name", func(f *claimForm) { f.name = "" }, "party-name"},
		{"no members", func(f *claimForm) { f.members = nil }, "party-members"},
		{"no statement", func(f *claimForm) { f.statement = " " }, "party-statement"},
		{"no source", func(f *claimForm) { f.source = "" }, "party-source"},
		{"no channel", func(f *claimForm) { f.channel = "" }, "party-channel"},
		{"no evidence", func(f *claimForm) { f.evidence = nil }, "party-evidence-add"},
		{"silent needs no statement", func(f *claimForm) {
			f.stance, f.statement, f.source, f.channel, f.evidence = article.Silent, "", "", "", nil
		}, ""},
		{"a party asks nothing of the claim", func(f *claimForm) { f.mode, f.question = formNewParty, "" }, ""},
		{"changing a claim asks nothing of a party", func(f *claimForm) { f.mode, f.name, f.members = formEditClaim, "", nil }, ""},
		{"changing a claim needs its question", func(f *claimForm) { f.mode, f.question = formEditClaim, "" }, "claim-question"},
		{"changing a party asks nothing of the claim", func(f *claimForm) { f.mode, f.question = formEditParty, "" }, ""},
		{"changing a party needs its members", func(f *claimForm) { f.mode, f.members = formEditParty, nil }, "party-members"},
	}
	for _, c := range cases {
		f := fullParty()
		c.change(&f)
		problem, field := f.missing()
		if field != c.field || (field == "") != (problem == "") {
			t.Errorf("%s: missing() = %q, %q; want the field %q", c.name, problem, field, c.field)
		}
	}
}

func TestClaimFormParty(t *testing.T) {
	f := fullParty()
	if got, want := f.party(), (article.NewParty{Name: "Lima", Members: []string{"lima"}, Stance: article.Asserts,
		Statement: "Yes.", Source: article.Interview, Channel: "radio", Evidence: []article.Span{{Start: 0, End: 4}}}); !reflect.DeepEqual(got, want) {
		t.Errorf("party() = %+v, want %+v", got, want)
	}
	// What was typed before the stance was made silent is left out.
	f.stance = article.Silent
	if got, want := f.party(), (article.NewParty{Name: "Lima", Members: []string{"lima"}, Stance: article.Silent}); !reflect.DeepEqual(got, want) {
		t.Errorf("silent party() = %+v, want %+v", got, want)
	}
	if got, want := f.claimText().Checks, []string{"One", "Two"}; !reflect.DeepEqual(got, want) {
		t.Errorf("checks = %q, want %q", got, want)
	}
}

func TestClaimFormEdits(t *testing.T) {
	f := newPartyForm("c1")
	steps := []struct {
		name string
		do   func()
		want []string
	}{
		{"tick", func() { f.toggleMember("a", true) }, []string{"a"}},
		{"tick another", func() { f.toggleMember("b", true) }, []string{"a", "b"}},
		{"tick again", func() { f.toggleMember("a", true) }, []string{"a", "b"}},
		{"untick", func() { f.toggleMember("a", false) }, []string{"b"}},
		{"untick one not ticked", func() { f.toggleMember("z", false) }, []string{"b"}},
	}
	for _, s := range steps {
		s.do()
		if !reflect.DeepEqual(f.members, s.want) {
			t.Errorf("%s: members %q, want %q", s.name, f.members, s.want)
		}
	}
	// Passages are kept once each, in text order, in their own list.
	s, earlier := article.Span{Start: 3, End: 9}, article.Span{Start: 1, End: 2}
	if got := []bool{f.addPassage(partyEvidence, s), f.addPassage(partyEvidence, s), f.addPassage(claimFraming, s), f.addPassage(claimFraming, earlier)}; !reflect.DeepEqual(got, []bool{true, false, true, true}) {
		t.Errorf("adding passages: %v, want [true false true true]", got)
	}
	if got, want := f.evidence, []article.Span{s}; !reflect.DeepEqual(got, want) {
		t.Errorf("evidence %v, want %v", got, want)
	}
	if got, want := f.framing, []article.Span{earlier, s}; !reflect.DeepEqual(got, want) {
		t.Errorf("framing %v, want %v", got, want)
	}
	if got := []bool{f.dropPassage(claimFraming, 2), f.dropPassage(claimFraming, -1), f.dropPassage(claimFraming, 0)}; !reflect.DeepEqual(got, []bool{false, false, true}) {
		t.Errorf("dropping passages 2, -1 and 0 of 2: %v, want [false false true]", got)
	}
	if got, want := f.framing, []article.Span{s}; !reflect.DeepEqual(got, want) {
		t.Errorf("framing after dropping the first %v, want %v", got, want)
	}
	// A form made to change a party is filled in with it.
	p := article.Party{ID: "lima", Name: "Lima", Members: []string{"lima"}, Stance: article.Disputes, Statement: "No.", Source: article.Interview, Channel: "radio", Evidence: []string{"e1"}}
	ev := []article.Span{{Start: 1, End: 2}}
	if got, want := editPartyForm("c1", p, ev), (claimForm{mode: formEditParty, claim: "c1", partyID: "lima", name: "Lima", members: []string{"lima"},
		stance: article.Disputes, statement: "No.", source: article.Interview, channel: "radio", evidence: ev}); !reflect.DeepEqual(got, want) {
		t.Errorf("editPartyForm = %+v, want %+v", got, want)
	}
	// A form made to change a claim is filled in with it.
	c := article.Claim{ID: "c1", Question: "Q?", Status: article.Contested, Settle: "S", Checks: []string{"a", "b"}, Framing: []string{"e2"}}
	framing := []article.Span{{Start: 5, End: 7}}
	got := editClaimForm(c, framing)
	if want := (claimForm{mode: formEditClaim, claim: "c1", question: "Q?", status: article.Contested, settle: "S", checks: "a\nb", framing: framing}); !reflect.DeepEqual(got, want) {
		t.Errorf("editClaimForm = %+v, want %+v", got, want)
	}
	if got, want := got.claimText(), (article.ClaimText{Question: "Q?", Status: article.Contested, Settle: "S", Checks: []string{"a", "b"}, Framing: framing}); !reflect.DeepEqual(got, want) {
		t.Errorf("claimText = %+v, want %+v", got, want)
	}
}

// problemArticle is a small article with a highlight and a quote, for the
// checks of passages.
func problemArticle(t *testing.T) *article.Article {
	t.Helper()
	a, err := article.Parse("edit.json", []byte(`{"format": "news-explorer-article/1", "id": "e", "title": "E",
  "text": "Ana Lima met Rui Costa. \"We agree,\" Lima said.\n\nCosta left on Monday.",
  "entities": [{"id": "ana-lima", "name": "Ana Lima", "type": "person", "description": "Mayor."}],
  "mentions": [{"entity": "ana-lima", "exact": "Ana Lima"}],
  "quotes": [{"speaker": "ana-lima", "exact": "We agree,"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// spanFrom is the passage of a's text from the first from to the first
// to that follows it.
func spanFrom(a *article.Article, from, to string) article.Span {
	i := strings.Index(a.Text, from)
	j := i + strings.Index(a.Text[i:], to)
	return article.Span{Start: i, End: j + len(to)}
}

func TestEvidenceProblem(t *testing.T) {
	a := problemArticle(t)
	span := func(from, to string) article.Span { return spanFrom(a, from, to) }
	cases := []struct {
		name string
		s    article.Span
		want string // the start of the problem, "" for none
	}{
		{"a sentence", span("Ana", "Costa."), ""},
		{"a highlight whole, and the words around it", span("met", "Costa."), ""},
		{"within a highlight", span("Lima", "Lima"), ""},
		{"the quote whole", span("\"We", "agree,\""), ""},
		{"across two paragraphs", span("Lima said", "Costa left"), "The selection runs from one paragraph into the next"},
		{"across a highlight", span("Lima met", "met"), "The selection cuts across the highlight “Ana Lima”"},
		{"across a quote", span("agree", "Lima said"), "The selection cuts across the quote “We agree,”"},
	}
	for _, c := range cases {
		if got := evidenceProblem(a, c.s); !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
			t.Errorf("%s: %q, want one starting %q", c.name, got, c.want)
		}
	}
}

// TestClaimFormStale checks what the form says when it is sent after the
// highlights were corrected under it: passages it took that the text no
// longer allows, and members whose last highlight went.
func TestClaimFormStale(t *testing.T) {
	a := problemArticle(t)
	across := spanFrom(a, "Lima met", "met") // cuts across the highlight “Ana Lima”
	fine := spanFrom(a, "Costa left", "Monday.")
	cases := []struct {
		name   string
		change func(f *claimForm)
		want   string // the start of the problem, "" for none
		field  string
	}{
		{"all allowed", func(f *claimForm) { f.evidence, f.framing = []article.Span{fine}, []article.Span{fine} }, "", ""},
		{"evidence across a highlight", func(f *claimForm) { f.evidence = []article.Span{fine, across} },
			"“Lima met”, in the party's evidence, now cuts across the highlight “Ana Lima”: remove it", "party-evidence-add"},
		{"framing across a highlight", func(f *claimForm) { f.framing = []article.Span{across} },
			"“Lima met”, in the article's framing of the claim, now cuts across the highlight “Ana Lima”", "claim-framing-add"},
		{"a silent party's evidence is not sent", func(f *claimForm) { f.evidence, f.stance = []article.Span{across}, article.Silent }, "", ""},
		{"a new party sends no framing", func(f *claimForm) { f.mode, f.framing = formNewParty, []article.Span{across} }, "", ""},
		{"a passage past the text", func(f *claimForm) { f.evidence = []article.Span{{Start: 3, End: len(a.Text) + 1}} },
			"A passage of the party's evidence is no longer in the text", "party-evidence-add"},
	}
	for _, c := range cases {
		f := fullParty()
		f.evidence = nil
		c.change(&f)
		problem, field := f.stale(a)
		if !strings.HasPrefix(problem, c.want) || (c.want == "") != (problem == "") || field != c.field {
			t.Errorf("%s: stale() = %q, %q; want one starting %q, %q", c.name, problem, field, c.want, c.field)
		}
	}

	f := fullParty()
	f.members = []string{"gone", "ana-lima", "also-gone"}
	kept := f.members
	f.keepKnownMembers(a)
	if got, want := f.members, []string{"ana-lima"}; !reflect.DeepEqual(got, want) {
		t.Errorf("members kept %q, want %q", got, want)
	}
	if got, want := kept, []string{"gone", "ana-lima", "also-gone"}; !reflect.DeepEqual(got, want) {
		t.Errorf("keepKnownMembers changed the form's earlier list to %q", got)
	}
	f.members = []string{"gone"}
	f.keepKnownMembers(a)
	if _, field := f.missing(); field != "party-members" {
		t.Errorf("with its only member gone, the form asks for %q, want party-members", field)
	}
}

// TestClaimFormStillFits checks which forms stay open over an undo or
// redo: one whose claim or party the step took away or changed closes.
func TestClaimFormStillFits(t *testing.T) {
	without := problemArticle(t)
	with := problemArticle(t)
	id, err := with.AddClaim(article.ClaimText{Question: "Q?", Status: article.Unverified, Settle: "S", Checks: []string{"c"}},
		article.NewParty{Name: "Lima", Members: []string{"ana-lima"}, Stance: article.Silent})
	if err != nil {
		t.Fatal(err)
	}
	changed := problemArticle(t)
	if _, err := changed.AddClaim(article.ClaimText{Question: "Another Q?", Status: article.Unverified, Settle: "S", Checks: []string{"c"}},
		article.NewParty{Name: "Lima", Members: []string{"ana-lima"}, Stance: article.Silent}); err != nil {
		t.Fatal(err)
	}
	c, _ := with.Claim(id)
	p, _ := with.Party(id, "lima")
	cases := []struct {
		name          string
		form          claimForm
		before, after *article.Article
		want          bool
	}{
		{"a new claim", newClaimForm(), with, without, true},
		{"a new party, its claim there", newPartyForm(id), with, with, true},
		{"a new party, its claim gone", newPartyForm(id), with, without, false},
		{"a claim's change, the claim as it was", editClaimForm(c, nil), with, with, true},
		{"a claim's change, the claim changed", editClaimForm(c, nil), with, changed, false},
		{"a claim's change, the claim gone", editClaimForm(c, nil), with, without, false},
		{"a party's change, the party as it was", editPartyForm(id, p, nil), with, with, true},
		{"a party's change, the party gone", editPartyForm(id, p, nil), with, without, false},
	}
	for _, tc := range cases {
		if got := tc.form.stillFits(tc.before, tc.after); got != tc.want {
			t.Errorf("%s: stillFits = %v, want %v", tc.name, got, tc.want)
		}
	}
}

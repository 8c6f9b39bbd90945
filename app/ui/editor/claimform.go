package editor

import (
	"reflect"
	"slices"
	"strings"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// formMode is what the editor's claim form does.
type formMode int

const (
	formClosed    formMode = iota
	formNewClaim           // a claim with its first party
	formNewParty           // a party of a claim
	formEditClaim          // what a claim asks, its status, settle and checks
	formEditParty          // a party of a claim, as it is
)

// claimForm is what a teacher has typed into the editor's claim form. It
// is kept as typed, and turned into the model's edits only when the form
// is sent.
type claimForm struct {
	mode    formMode
	claim   string // the claim a party is added to, or that is changed
	partyID string // the party that is changed

	question, settle, checks string // checks: one per line
	status                   article.Status
	framing                  []article.Span // the article's own words about the claim

	name, statement, channel string
	members                  []string
	stance                   article.Stance
	source                   article.SourceKind
	evidence                 []article.Span
}

// newClaimForm is the form for a new claim: its status starts as
// unverified and its first party as one that asserts.
func newClaimForm() claimForm {
	return claimForm{mode: formNewClaim, status: article.Unverified, stance: article.Asserts}
}

// newPartyForm is the form for a new party of the claim with the given ID.
func newPartyForm(claim string) claimForm {
	return claimForm{mode: formNewParty, claim: claim, stance: article.Asserts}
}

// editClaimForm is the form that changes claim c, filled in with it and
// with framing, the passages of its Framing.
func editClaimForm(c article.Claim, framing []article.Span) claimForm {
	return claimForm{mode: formEditClaim, claim: c.ID, question: c.Question, status: c.Status,
		settle: c.Settle, checks: strings.Join(c.Checks, "\n"), framing: framing}
}

// editPartyForm is the form that changes party p of the claim with the
// given ID, filled in with it and with evidence, its passages.
func editPartyForm(claim string, p article.Party, evidence []article.Span) claimForm {
	return claimForm{mode: formEditParty, claim: claim, partyID: p.ID, name: p.Name, members: slices.Clone(p.Members),
		stance: p.Stance, statement: p.Statement, source: p.Source, channel: p.Channel, evidence: evidence}
}

// asksClaim reports whether the form asks for the claim's own fields, and
// asksParty whether it asks for a party.
func (f claimForm) asksClaim() bool { return f.mode == formNewClaim || f.mode == formEditClaim }
func (f claimForm) asksParty() bool {
	return f.mode == formNewClaim || f.mode == formNewParty || f.mode == formEditParty
}

// silent reports whether the party has no statement in the article, so
// that the form leaves out what it says, how, and its evidence.
func (f claimForm) silent() bool { return f.stance == article.Silent }

// claimText is the claim as the form gives it, one check per line.
func (f claimForm) claimText() article.ClaimText {
	return article.ClaimText{Question: f.question, Status: f.status, Settle: f.settle, Checks: strings.Split(f.checks, "\n"), Framing: f.framing}
}

// party is the party as the form gives it; a silent party has no
// statement, source, channel or evidence, whatever was typed before its
// stance was chosen.
func (f claimForm) party() article.NewParty {
	p := article.NewParty{Name: f.name, Members: f.members, Stance: f.stance}
	if !f.silent() {
		p.Statement, p.Source, p.Channel, p.Evidence = f.statement, f.source, f.channel, f.evidence
	}
	return p
}

// toggleMember adds the entity to the party's members, or takes it out.
func (f *claimForm) toggleMember(id string, on bool) {
	i := slices.Index(f.members, id)
	switch {
	case on && i < 0:
		f.members = append(slices.Clone(f.members), id)
	case !on && i >= 0:
		f.members = slices.Delete(slices.Clone(f.members), i, i+1)
	}
}

// passageList names one of the form's lists of passages of the text: the
// party's evidence, or the claim's framing.
type passageList string

const (
	partyEvidence passageList = "evidence"
	claimFraming  passageList = "framing"
)

// passages is the form's list of the given name.
func (f *claimForm) passages(l passageList) *[]article.Span {
	if l == claimFraming {
		return &f.framing
	}
	return &f.evidence
}

// addPassage adds a passage to the list, unless it is there, in text
// order, the order in which the article numbers it when it refuses one.
func (f *claimForm) addPassage(l passageList, s article.Span) bool {
	list := f.passages(l)
	if slices.Contains(*list, s) {
		return false
	}
	i, _ := slices.BinarySearchFunc(*list, s, func(x, y article.Span) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	*list = slices.Insert(slices.Clone(*list), i, s)
	return true
}

// dropPassage takes the i-th passage out of the list, if there is one.
func (f *claimForm) dropPassage(l passageList, i int) bool {
	list := f.passages(l)
	if i < 0 || i >= len(*list) {
		return false
	}
	*list = slices.Delete(slices.Clone(*list), i, i+1)
	return true
}

// missing is the first thing the form lacks, in the reader's words, with
// the id of the field to fill in; "" when nothing is missing. The article
// checks the rest when the form is sent.
func (f claimForm) missing() (problem, field string) {
	if f.asksClaim() {
		switch {
		case strings.TrimSpace(f.question) == "":
			return "Write the question the claim answers.", "claim-question"
		case strings.TrimSpace(f.settle) == "":
			return "Say what kind of independent source could settle the claim.", "claim-settle"
		case strings.TrimSpace(f.checks) == "":
			return "Give at least one thing a reader would check next.", "claim-checks"
		}
	}
	if !f.asksParty() {
		return "", ""
	}
	switch {
	case strings.TrimSpace(f.name) == "":
		return "Name the party, as the claims panel will show it.", "party-name"
	case len(f.members) == 0:
		return "Tick who makes up the party: at least one of the people, organizations, groups or places listed.", "party-members"
	case f.silent():
		return "", ""
	case strings.TrimSpace(f.statement) == "":
		return "Say in one line what the party says.", "party-statement"
	case f.source == "":
		return "Choose the kind of source the party spoke through.", "party-source"
	case strings.TrimSpace(f.channel) == "":
		return "Say through which channel the party spoke.", "party-channel"
	case len(f.evidence) == 0:
		return "Select the words in the article where the party says it, then choose “Add the selected words”.", "party-evidence-add"
	}
	return "", ""
}

// evidenceProblem says, in the reader's words, why passage s of a cannot
// be a party's evidence or a claim's framing, or "" when it can: it must
// lie in one paragraph, and hold each highlight and other evidence it
// touches whole, or stay clear of it, as the article's checks require. It
// is asked when the words are taken, rather than when the form is sent.
func evidenceProblem(a *article.Article, s article.Span) string {
	problem, advice := passageProblem(a, s)
	if problem == "" {
		return ""
	}
	return "The selection " + problem + ": " + advice
}

// passageProblem is why passage s of a cannot be evidence, as the end of
// a sentence ("cuts across the highlight “Lima”"), with advice on what to
// select instead; "" when it can.
func passageProblem(a *article.Article, s article.Span) (problem, advice string) {
	inOne := false
	for _, p := range a.Paragraphs() {
		if p.Start <= s.Start && s.End <= p.End {
			inOne = true
			break
		}
	}
	if !inOne {
		return "runs from one paragraph into the next", "evidence is a passage within one paragraph."
	}
	cuts := func(o article.Span) bool {
		overlap := o.Start < s.End && s.Start < o.End
		nested := o.Start <= s.Start && s.End <= o.End || s.Start <= o.Start && o.End <= s.End
		return overlap && !nested
	}
	for _, m := range a.Mentions {
		if cuts(m.Span) {
			return "cuts across the highlight “" + a.Text[m.Start:m.End] + "”", "select it whole, or leave it out."
		}
	}
	for _, q := range a.Quotes {
		if cuts(q.Span) {
			return "cuts across the quote " + ui.ShortQuote(a.Text[q.Start:q.End], 40), "select it whole, or leave it out."
		}
	}
	for _, e := range a.Evidence {
		if cuts(e.Span) {
			return "cuts across other evidence, " + ui.ShortQuote(a.Text[e.Start:e.End], 40), "select it whole, or within it."
		}
	}
	return "", ""
}

// stillFits reports whether the form, filled in against article before,
// can stay open over after, the article an undo or redo brings: a new
// claim always can (what it names is checked when it is sent); a form for
// a claim or party only if that claim or party is in after as it was in
// before.
func (f claimForm) stillFits(before, after *article.Article) bool {
	switch f.mode {
	case formClosed, formNewClaim:
		return true
	case formNewParty:
		_, ok := after.Claim(f.claim)
		return ok
	case formEditParty:
		p, ok := before.Party(f.claim, f.partyID)
		q, still := after.Party(f.claim, f.partyID)
		return ok && still && reflect.DeepEqual(p, q)
	}
	c, ok := before.Claim(f.claim)
	d, still := after.Claim(f.claim)
	return ok && still && reflect.DeepEqual(c, d)
}

// keepKnownMembers drops from the party's members the entities that a is
// without: those whose last highlight was removed while the form was
// open.
func (f *claimForm) keepKnownMembers(a *article.Article) {
	f.members = slices.DeleteFunc(slices.Clone(f.members), func(id string) bool {
		_, ok := a.Entity(id)
		return !ok
	})
}

// stale is the first passage of the form that the highlights of a, as
// corrected since the passage was taken, no longer allow, in the
// reader's words, with the id of its list's Add button; "" when there is
// none.
func (f claimForm) stale(a *article.Article) (problem, field string) {
	var lists []passageList
	if f.asksClaim() {
		lists = append(lists, claimFraming)
	}
	if f.asksParty() && !f.silent() {
		lists = append(lists, partyEvidence)
	}
	for _, l := range lists {
		pf := passageFields[l]
		for _, s := range *f.passages(l) {
			if s.End > len(a.Text) {
				return "A passage of " + pf.of + " is no longer in the text: remove it, then select the words again.", pf.id + "-add"
			}
			if problem, _ := passageProblem(a, s); problem != "" {
				return ui.ShortQuote(a.Text[s.Start:s.End], 60) + ", in " + pf.of + ", now " + problem +
					": remove it, then select the words again.", pf.id + "-add"
			}
		}
	}
	return "", ""
}

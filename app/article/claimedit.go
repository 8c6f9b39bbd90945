package article

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The edits below are how a reader records the claims an article reports:
// add a claim with its first party, add a party to a claim, change what a
// claim asks and its status, change a party, and remove a party or a
// claim; and how a reader checks the claims the automatic annotator
// suggested: accept one, or reject it. As with the other edits, each is
// checked as a whole article file is, and a change that would make the
// article invalid is refused with the reason and leaves the article as it
// was. Evidence is dropped with the last claim or party that rests on it,
// and evidence is numbered again in text order after every edit.
//
// The edits are a person's: a claim they add is no suggestion, and a
// change to a suggested claim (what it asks, a party added, changed or
// removed) accepts it, as AcceptClaim does.

// NewParty is a party as a reader describes it: the fields of Party, as
// documented there, but its ID, which the article makes from the name,
// and with its evidence given as passages of the text, byte offsets as
// Span holds them. A silent party has no statement, source, channel or
// evidence.
type NewParty struct {
	Name      string
	Members   []string
	Stance    Stance
	Statement string
	Source    SourceKind
	Channel   string
	Evidence  []Span
}

// ClaimText is what a claim asks and what the article supports about it,
// apart from its parties.
type ClaimText struct {
	// Question is the contested question, as a reader would ask it.
	Question string
	// Status is what the article supports about the claim.
	Status Status
	// Settle says what kind of independent source could settle it.
	Settle string
	// Checks are what a reader would check next, one per item.
	Checks []string
	// Framing are the passages of the article's own wording about the
	// claim ("what he claimed was"), byte offsets as Span holds them; a
	// claim needs none.
	Framing []Span
}

// AddClaim adds a claim with its first party and returns the claim's ID.
func (a *Article) AddClaim(c ClaimText, first NewParty) (string, error) {
	c, err := a.framing(c)
	if err != nil {
		return "", err
	}
	first, err = a.passages(first)
	if err != nil {
		return "", err
	}
	id := a.newClaimID()
	err = a.edit(func(b *Article) {
		claim := Claim{ID: id}
		b.setText(&claim, c)
		b.Claims = append(b.Claims, claim)
		b.addParty(len(b.Claims)-1, first)
	})
	if err != nil {
		return "", err
	}
	return id, nil
}

// AddParty adds a party to the claim with the given ID.
func (a *Article) AddParty(claim string, p NewParty) error {
	i, ok := a.claimIndex(claim)
	if !ok {
		return fmt.Errorf("article: no claim %q", claim)
	}
	p, err := a.passages(p)
	if err != nil {
		return err
	}
	return a.edit(func(b *Article) {
		b.addParty(i, p)
		b.Claims[i].Suggested = false
	})
}

// SetClaim changes what the claim with the given ID asks, its status,
// what could settle it, what a reader would check next and the article's
// framing of it.
func (a *Article) SetClaim(claim string, c ClaimText) error {
	i, ok := a.claimIndex(claim)
	if !ok {
		return fmt.Errorf("article: no claim %q", claim)
	}
	c, err := a.framing(c)
	if err != nil {
		return err
	}
	return a.edit(func(b *Article) {
		b.setText(&b.Claims[i], c)
		b.Claims[i].Suggested = false
	})
}

// SetParty changes a party of a claim to p. The party keeps its ID; an
// entity that was one of its members and that nothing else refers to any
// more is removed.
func (a *Article) SetParty(claim, party string, p NewParty) error {
	i, j, err := a.partyIndex(claim, party)
	if err != nil {
		return err
	}
	p, err = a.passages(p)
	if err != nil {
		return err
	}
	return a.edit(func(b *Article) {
		c := &b.Claims[i]
		old := c.Parties[j].Members
		c.Parties = slices.Clone(c.Parties)
		c.Parties[j] = b.party(party, p)
		c.Suggested = false
		for _, m := range old {
			b.dropUnused(m)
		}
	})
}

// RemoveParty removes a party from a claim. A claim keeps at least one
// party: remove the claim instead.
func (a *Article) RemoveParty(claim, party string) error {
	i, j, err := a.partyIndex(claim, party)
	if err != nil {
		return err
	}
	if len(a.Claims[i].Parties) == 1 {
		return fmt.Errorf("article: %s is the claim's only party: remove the claim instead", a.Claims[i].Parties[j].Name)
	}
	return a.edit(func(b *Article) {
		c := &b.Claims[i]
		members := c.Parties[j].Members
		c.Parties = slices.Delete(slices.Clone(c.Parties), j, j+1)
		c.Suggested = false
		for _, m := range members {
			b.dropUnused(m)
		}
	})
}

// RemoveClaim removes a claim with its parties.
func (a *Article) RemoveClaim(claim string) error {
	i, ok := a.claimIndex(claim)
	if !ok {
		return fmt.Errorf("article: no claim %q", claim)
	}
	return a.edit(func(b *Article) {
		parties := b.Claims[i].Parties
		b.Claims = slices.Delete(b.Claims, i, i+1)
		for _, p := range parties {
			for _, m := range p.Members {
				b.dropUnused(m)
			}
		}
	})
}

// AcceptClaim accepts a claim the automatic annotator suggested: a person
// has checked it, so it loses its mark, and the pages no longer say it
// was found automatically. A claim a person wrote or accepted is refused.
func (a *Article) AcceptClaim(claim string) error {
	i, err := a.suggestion(claim)
	if err != nil {
		return err
	}
	return a.edit(func(b *Article) { b.Claims[i].Suggested = false })
}

// RejectClaim removes a claim the automatic annotator suggested, as
// RemoveClaim does: its parties go with it, and the evidence and the
// entities nothing else rests on. A claim a person wrote or accepted is
// refused: RemoveClaim removes it.
func (a *Article) RejectClaim(claim string) error {
	if _, err := a.suggestion(claim); err != nil {
		return err
	}
	return a.RemoveClaim(claim)
}

// suggestion finds a claim the annotator suggested and no person has
// checked yet: its index, or an error that says why it is not one.
func (a *Article) suggestion(claim string) (int, error) {
	i, ok := a.claimIndex(claim)
	switch {
	case !ok:
		return 0, fmt.Errorf("article: no claim %q", claim)
	case !a.Claims[i].Suggested:
		return 0, fmt.Errorf("article: claim %q is no suggestion: a person wrote or accepted it", claim)
	}
	return i, nil
}

// setText sets the claim's text, with the question, the settling source
// and each check trimmed, and empty checks left out, and its framing,
// checked by framing.
func (b *Article) setText(claim *Claim, c ClaimText) {
	claim.Question = strings.TrimSpace(c.Question)
	claim.Status = c.Status
	claim.Settle = strings.TrimSpace(c.Settle)
	claim.Checks = nil
	for _, check := range c.Checks {
		if check = strings.TrimSpace(check); check != "" {
			claim.Checks = append(claim.Checks, check)
		}
	}
	claim.Framing = nil
	for _, s := range c.Framing {
		claim.Framing = append(claim.Framing, b.evidenceKey(s))
	}
}

// passages checks the party's evidence as passages of the text and gives
// it back with each trimmed of the white space at its ends, in text
// order.
func (a *Article) passages(p NewParty) (NewParty, error) {
	spans, err := a.spans(p.Evidence, "evidence", "of "+p.Name)
	p.Evidence = spans
	return p, err
}

// framing checks the claim's framing as passages of the text, as passages
// checks a party's evidence.
func (a *Article) framing(c ClaimText) (ClaimText, error) {
	spans, err := a.spans(c.Framing, "framing", "of the claim")
	c.Framing = spans
	return c, err
}

// spans checks each span as a passage of the text, which a refusal names
// by its number and what, as "evidence 2 of Russia", and gives them back
// trimmed of the white space at their ends, in text order.
func (a *Article) spans(list []Span, what, of string) ([]Span, error) {
	spans := make([]Span, 0, len(list))
	for k, s := range list {
		t, err := a.passage(s.Start, s.End)
		if err != nil {
			return nil, fmt.Errorf("article: %s %d %s: %s", what, k+1, of, strings.TrimPrefix(err.Error(), "article: "))
		}
		spans = append(spans, t)
	}
	slices.SortFunc(spans, func(x, y Span) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	return spans, nil
}

// addParty adds p to the claim at index i, with an ID made from its name
// that no other party of the claim has.
func (b *Article) addParty(i int, p NewParty) {
	c := &b.Claims[i]
	base := slug(p.Name)
	id := base
	for n := 2; slices.ContainsFunc(c.Parties, func(q Party) bool { return q.ID == id }); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	c.Parties = append(slices.Clone(c.Parties), b.party(id, p))
}

// party is p as the party with the given ID, with its passages, checked
// by passages, as evidence.
func (b *Article) party(id string, p NewParty) Party {
	party := Party{ID: id, Name: strings.Join(strings.Fields(p.Name), " "), Members: slices.Clone(p.Members), Stance: p.Stance,
		Statement: strings.TrimSpace(p.Statement), Source: p.Source, Channel: strings.TrimSpace(p.Channel)}
	for _, s := range p.Evidence {
		party.Evidence = append(party.Evidence, b.evidenceKey(s))
	}
	return party
}

// evidenceKey adds passage s to the article's evidence, unless it is
// there, and returns the ID that names it until the check numbers the
// evidence.
func (b *Article) evidenceKey(s Span) string {
	key := spanKey(s)
	if !slices.ContainsFunc(b.Evidence, func(e Evidence) bool { return e.ID == key }) {
		b.Evidence = append(b.Evidence, Evidence{ID: key, Span: s})
	}
	return key
}

// Passages are the passages of the text that the evidence with the given
// IDs holds, as NewParty and ClaimText give them: a party's Evidence, or
// a claim's Framing.
func (a *Article) Passages(ids []string) []Span {
	var spans []Span
	for _, id := range ids {
		if i := slices.IndexFunc(a.Evidence, func(e Evidence) bool { return e.ID == id }); i >= 0 {
			spans = append(spans, a.Evidence[i].Span)
		}
	}
	return spans
}

// newClaimID is "claim-N" for the first N from 1 that no claim has.
func (a *Article) newClaimID() string {
	for n := 1; ; n++ {
		id := "claim-" + strconv.Itoa(n)
		if _, taken := a.claimIndex(id); !taken {
			return id
		}
	}
}

// Claim returns the claim with the given ID.
func (a *Article) Claim(id string) (Claim, bool) {
	if i, ok := a.claimIndex(id); ok {
		return a.Claims[i], true
	}
	return Claim{}, false
}

// Party returns the party with the given ID of the claim with the given
// ID.
func (a *Article) Party(claim, party string) (Party, bool) {
	i, j, err := a.partyIndex(claim, party)
	if err != nil {
		return Party{}, false
	}
	return a.Claims[i].Parties[j], true
}

// partyIndex finds a party: the index of its claim, and its index there.
func (a *Article) partyIndex(claim, party string) (int, int, error) {
	i, ok := a.claimIndex(claim)
	if !ok {
		return 0, 0, fmt.Errorf("article: no claim %q", claim)
	}
	j := slices.IndexFunc(a.Claims[i].Parties, func(p Party) bool { return p.ID == party })
	if j < 0 {
		return 0, 0, fmt.Errorf("article: claim %q has no party %q", claim, party)
	}
	return i, j, nil
}

func (a *Article) claimIndex(id string) (int, bool) {
	i := slices.IndexFunc(a.Claims, func(c Claim) bool { return c.ID == id })
	return i, i >= 0
}

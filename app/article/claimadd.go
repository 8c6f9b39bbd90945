package article

import (
	"fmt"
	"strconv"
)

// NewClaim is a whole claim as the automatic annotator proposes it, or as
// a tool writes it: its text, its parties in order, and whether it is a
// suggestion no person has checked yet.
type NewClaim struct {
	ClaimText
	Parties   []NewParty
	Suggested bool
}

// AddClaims adds claims, each with all its parties, in one edit checked
// as a whole article file is: either every claim is added, or none is and
// the reason is given. It returns the new claims' IDs, in order. Adding
// many claims at once costs one check, where AddClaim and AddParty cost
// one each.
func (a *Article) AddClaims(claims []NewClaim) ([]string, error) {
	if len(claims) == 0 {
		return nil, nil
	}
	for i := range claims {
		c := &claims[i]
		if len(c.Parties) == 0 {
			return nil, fmt.Errorf("article: new claim %d has no parties", i+1)
		}
		text, err := a.framing(c.ClaimText)
		if err != nil {
			return nil, fmt.Errorf("article: new claim %d: %w", i+1, err)
		}
		c.ClaimText = text
		parties := make([]NewParty, len(c.Parties))
		for j, p := range c.Parties {
			if parties[j], err = a.passages(p); err != nil {
				return nil, fmt.Errorf("article: new claim %d: %w", i+1, err)
			}
		}
		c.Parties = parties
	}
	var ids []string
	taken := make(map[string]bool, len(a.Claims))
	for _, c := range a.Claims {
		taken[c.ID] = true
	}
	n := 0
	err := a.edit(func(b *Article) {
		for _, c := range claims {
			id := ""
			for id == "" || taken[id] {
				n++
				id = "claim-" + strconv.Itoa(n)
			}
			taken[id] = true
			ids = append(ids, id)
			claim := Claim{ID: id, Suggested: c.Suggested}
			b.setText(&claim, c.ClaimText)
			b.Claims = append(b.Claims, claim)
			for _, p := range c.Parties {
				b.addParty(len(b.Claims)-1, p)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}

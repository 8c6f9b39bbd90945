package library

import (
	"strings"
	"testing"
	"time"

	"newsexplorer/app/article"
)

// claimByID returns the default article's claim with the given id.
func claimByID(a *article.Article, id string) (article.Claim, bool) {
	for _, c := range a.Claims {
		if c.ID == id {
			return c, true
		}
	}
	return article.Claim{}, false
}

// TestDefaultClaims checks each claim's status and every party's stance,
// the silent parties included: a reader must see whose voice is missing.
func TestDefaultClaims(t *testing.T) {
	a := loadDefault(t)
	tests := []struct {
		id      string
		status  article.Status
		parties map[string]article.Stance // party id → stance
	}{
		{
			id:     "kursk-retaken",
			status: article.Contested,
			parties: map[string]article.Stance{
				"russia":  article.Asserts,
				"ukraine": article.Disputes,
			},
		},
		{
			// The fighting alone: sources independent of Russia confirm it.
			id:     "north-korean-troops",
			status: article.Corroborated,
			parties: map[string]article.Stance{
				"russia":             article.Asserts,
				"south-korean-media": article.Corroborates,
				"united-states":      article.Corroborates,
				"north-korea":        article.Silent,
			},
		},
		{
			// The numbers rest on South Korean media alone.
			id:     "north-korean-troop-numbers",
			status: article.Unverified,
			parties: map[string]article.Stance{
				"south-korean-media": article.Asserts,
				"russia":             article.Silent,
				"north-korea":        article.Silent,
			},
		},
		{
			id:     "neo-nazi-label",
			status: article.Characterization,
			parties: map[string]article.Stance{
				"russia":  article.Asserts,
				"ukraine": article.Rejects,
			},
		},
		{
			// Trump's hedged "maybe he doesn't want to stop the war" is a
			// doubt he asserts, not a dispute of something said before;
			// and an intention is a characterization, not a checkable fact.
			id:     "putin-wants-peace",
			status: article.Characterization,
			parties: map[string]article.Stance{
				"united-states": article.Asserts,
				"russia":        article.Silent,
			},
		},
		{
			id:     "civilian-strikes",
			status: article.Unverified,
			parties: map[string]article.Stance{
				"united-states": article.Asserts,
				"russia":        article.Silent,
			},
		},
		{
			id:     "rome-meeting",
			status: article.Characterization,
			parties: map[string]article.Stance{
				"united-states": article.Asserts,
				"ukraine":       article.Silent,
			},
		},
		{
			id:     "us-mediation",
			status: article.Unverified,
			parties: map[string]article.Stance{
				"united-states": article.Asserts,
				"russia":        article.Silent,
				"ukraine":       article.Silent,
			},
		},
	}
	if got, want := len(a.Claims), len(tests); got != want {
		t.Errorf("%d claims, want %d: every claim is in the table", got, want)
	}
	for _, tt := range tests {
		c, ok := claimByID(a, tt.id)
		if !ok {
			t.Errorf("claim %q is missing", tt.id)
			continue
		}
		if got, want := c.Status, tt.status; got != want {
			t.Errorf("claim %q: status = %q, want %q", tt.id, got, want)
		}
		got := map[string]article.Stance{}
		for _, p := range c.Parties {
			got[p.ID] = p.Stance
		}
		for id, want := range tt.parties {
			if s, ok := got[id]; !ok {
				t.Errorf("claim %q: party %q is missing", tt.id, id)
			} else if s != want {
				t.Errorf("claim %q, party %q: stance = %q, want %q", tt.id, id, s, want)
			}
		}
		for id, s := range got {
			if _, ok := tt.parties[id]; !ok {
				t.Errorf("claim %q: unexpected party %q (stance %q)", tt.id, id, s)
			}
		}
	}
}

// TestDefaultClaimParties checks what the panel shows of every party: known
// entities as members, and for a party that takes a stance its statement,
// source, channel and evidence.
func TestDefaultClaimParties(t *testing.T) {
	a := loadDefault(t)
	if len(a.Claims) == 0 {
		t.Fatal("the default article has no claims")
	}
	evidence := map[string]bool{}
	for _, ev := range a.Evidence {
		evidence[ev.ID] = true
	}
	for _, c := range a.Claims {
		if len(c.Parties) < 2 {
			t.Errorf("claim %q has %d parties, want at least 2", c.ID, len(c.Parties))
		}
		for _, p := range c.Parties {
			where := c.ID + ", party " + p.ID
			if len(p.Members) == 0 {
				t.Errorf("%s: no members", where)
			}
			for _, m := range p.Members {
				if _, ok := a.Entity(m); !ok {
					t.Errorf("%s: member %q is not an entity of the article", where, m)
				}
			}
			for _, id := range p.Evidence {
				if !evidence[id] {
					t.Errorf("%s: evidence %q is not an evidence passage", where, id)
				}
			}
			if p.Stance == article.Silent {
				if len(p.Evidence) > 0 || p.Source != "" || p.Statement != "" {
					t.Errorf("%s: silent, yet has a statement, source or evidence", where)
				}
				continue
			}
			if len(p.Evidence) == 0 {
				t.Errorf("%s: stance %q without evidence", where, p.Stance)
			}
			if p.Source == "" || strings.TrimSpace(p.Channel) == "" {
				t.Errorf("%s: source = %q, channel = %q, want both", where, p.Source, p.Channel)
			}
			if strings.TrimSpace(p.Statement) == "" {
				t.Errorf("%s: no statement", where)
			}
		}
	}
}

// TestDefaultClaimFraming checks that the article's own framing words are
// evidence for the claim they frame.
func TestDefaultClaimFraming(t *testing.T) {
	a := loadDefault(t)
	tests := []struct {
		claim   string
		passage string
	}{
		{"kursk-retaken", "what he claimed was"},
		{"kursk-retaken", "disputed"},
		{"neo-nazi-label", "sought to reinforce the Kremlin's longstanding narrative"},
		{"neo-nazi-label", "echoing rhetoric"},
		{"north-korean-troops", "first public acknowledgment"},
	}
	for _, tt := range tests {
		if n := strings.Count(a.Text, tt.passage); n != 1 {
			t.Errorf("%q occurs %d times in the text, want once", tt.passage, n)
			continue
		}
		start := strings.Index(a.Text, tt.passage)
		span := article.Span{Start: start, End: start + len(tt.passage)}
		got := false
		for _, ev := range a.Evidence {
			if !ev.Contains(span) {
				continue
			}
			for _, c := range ev.Claims {
				if c == tt.claim {
					got = true
				}
			}
		}
		if !got {
			t.Errorf("%q lies in no evidence of claim %q", tt.passage, tt.claim)
		}
	}
}

// TestDefaultClaimsReadLaterally checks every claim says what to check next
// and what could settle it.
func TestDefaultClaimsReadLaterally(t *testing.T) {
	a := loadDefault(t)
	for _, c := range a.Claims {
		if strings.TrimSpace(c.Question) == "" {
			t.Errorf("claim %q has no question", c.ID)
		}
		if got := len(c.Checks); got < 2 || got > 4 {
			t.Errorf("claim %q has %d checks, want 2 to 4", c.ID, got)
		}
		for i, check := range c.Checks {
			if strings.TrimSpace(check) == "" {
				t.Errorf("claim %q: check %d is empty", c.ID, i+1)
			}
		}
		if strings.TrimSpace(c.Settle) == "" {
			t.Errorf("claim %q says nothing about what could settle it", c.ID)
		}
	}
}

// TestDefaultTimeline checks the datings: Saturday is 26 April 2025, the
// article has its own dating, and every range lies between 2024 and
// Victory Day 2025 with its reasoning.
func TestDefaultTimeline(t *testing.T) {
	a := loadDefault(t)
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}

	sat, ok := a.Entity("saturday")
	switch {
	case !ok:
		t.Errorf("no entity \"saturday\"")
	case sat.When == nil:
		t.Errorf("saturday has no dating")
	default:
		want := day("2025-04-26")
		if !sat.When.From.Equal(want) || !sat.When.To.Equal(want) {
			t.Errorf("saturday = %s to %s, want %s", sat.When.From.Format(time.DateOnly), sat.When.To.Format(time.DateOnly), want.Format(time.DateOnly))
		}
	}

	if a.Written == nil {
		t.Fatalf("the article has no \"written\" dating")
	}
	if sat.When != nil && a.Written.From.Before(sat.When.From) {
		t.Errorf("written from %s, before the Saturday it reports", a.Written.From.Format(time.DateOnly))
	}

	earliest, latest := day("2024-01-01"), day("2025-05-09")
	check := func(what string, d *article.Dating) {
		if d.From.Before(earliest) || d.To.After(latest) {
			t.Errorf("%s: %s to %s, want within %s to %s", what,
				d.From.Format(time.DateOnly), d.To.Format(time.DateOnly), earliest.Format(time.DateOnly), latest.Format(time.DateOnly))
		}
		if d.To.Before(d.From) {
			t.Errorf("%s: ends before it starts", what)
		}
		if strings.TrimSpace(d.Reasoning) == "" {
			t.Errorf("%s: no reasoning", what)
		}
	}
	check("written", a.Written)
	dated := 0
	for _, e := range a.Entities {
		if e.When == nil {
			continue
		}
		dated++
		if e.Type != article.Date {
			t.Errorf("entity %q is %s but has a dating", e.ID, e.Type)
		}
		check("entity "+e.ID, e.When)
	}
	if dated == 0 {
		t.Errorf("no date entity is dated")
	}
}

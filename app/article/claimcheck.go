package article

import (
	"fmt"
	"strings"
	"time"
)

// dateLayout is how the file writes calendar dates.
const dateLayout = "2006-01-02"

// dating checks and converts a file's dating.
func (p *parser) dating(at int64, where string, d *fileDating) *Dating {
	if d == nil {
		return nil
	}
	from, err := time.Parse(dateLayout, d.From)
	if err != nil {
		p.add(at, where, "\"from\" %q is not a date written YYYY-MM-DD", d.From)
		return nil
	}
	to := from
	if d.To != "" {
		if to, err = time.Parse(dateLayout, d.To); err != nil {
			p.add(at, where, "\"to\" %q is not a date written YYYY-MM-DD", d.To)
			return nil
		}
		if to.Before(from) {
			p.add(at, where, "\"to\" %s comes before \"from\" %s", d.To, d.From)
			return nil
		}
	}
	if strings.TrimSpace(d.Reasoning) == "" {
		p.add(at, where, "a dating needs its reasoning: say how the date follows from the text")
		return nil
	}
	doubt := ""
	if d.Doubt != nil {
		if doubt = *d.Doubt; strings.TrimSpace(doubt) == "" {
			p.add(at, where, "\"doubt\" is empty: say why the text's words for this time may be wrong, or leave the field out")
			return nil
		}
	}
	return &Dating{From: from, To: to, Reasoning: d.Reasoning, Doubt: doubt}
}

// claims validates the claims and resolves their evidence, adding it to
// the article. It returns the evidence spans for the nesting check.
func (p *parser) claims(f *file, pos *positions, a *Article, types map[string]Type, resolve func(int64, string, Anchor) (Span, bool)) []labelled {
	var spans []labelled
	bySpan := map[Span]int{} // index in a.Evidence
	evidence := func(at int64, where, claim string, an Anchor) (Span, bool) {
		s, ok := resolve(at, where, an)
		if !ok {
			return Span{}, false
		}
		i, seen := bySpan[s]
		if !seen {
			i = len(a.Evidence)
			bySpan[s] = i
			a.Evidence = append(a.Evidence, Evidence{Span: s})
			spans = append(spans, labelled{s, where, at, "evidence"})
		}
		e := &a.Evidence[i]
		if len(e.Claims) == 0 || e.Claims[len(e.Claims)-1] != claim {
			e.Claims = append(e.Claims, claim)
		}
		return s, true
	}

	ids := map[string]bool{}
	for i, fc := range f.Claims {
		at := pos.claims[i]
		where := fmt.Sprintf("claim %d", i+1)
		if fc.ID != "" {
			where += fmt.Sprintf(" (%q)", fc.ID)
		}
		p.checkID(at, where, fc.ID, ids, "claim")
		if strings.TrimSpace(fc.Question) == "" {
			p.add(at, where, "the claim needs its question")
		}
		if !fc.Status.valid() {
			p.add(at, where, "unknown status %q: use one of contested, corroborated, unverified, characterization", fc.Status)
		}
		if len(fc.Parties) == 0 {
			p.add(at, where, "the claim has no parties")
		}
		if strings.TrimSpace(fc.Settle) == "" {
			p.add(at, where, "say what kind of independent source could settle the claim (\"settle\")")
		}
		if len(fc.Checks) == 0 {
			p.add(at, where, "give at least one thing a reader would check next (\"checks\")")
		}
		c := Claim{ID: fc.ID, Question: fc.Question, Status: fc.Status, Checks: fc.Checks, Settle: fc.Settle, Suggested: fc.Suggested}
		parties := map[string]bool{}
		for j, fp := range fc.Parties {
			pw := fmt.Sprintf("%s, party %d", where, j+1)
			if fp.ID != "" {
				pw += fmt.Sprintf(" (%q)", fp.ID)
			}
			p.checkID(at, pw, fp.ID, parties, "party of this claim")
			if strings.TrimSpace(fp.Name) == "" {
				p.add(at, pw, "the party has no name")
			}
			if len(fp.Members) == 0 {
				p.add(at, pw, "the party names no entity: list the ids of its entities under \"members\"")
			}
			for _, m := range fp.Members {
				switch t, ok := types[m]; {
				case !ok:
					p.add(at, pw, "unknown entity id %q among the members", m)
				case !t.CanSpeak():
					p.add(at, pw, "member %q is %s; a party's members are people, organizations, groups or places", m, withArticle(string(t)))
				}
			}
			switch {
			case !fp.Stance.valid():
				p.add(at, pw, "unknown stance %q: use one of asserts, disputes, corroborates, rejects, silent", fp.Stance)
			case fp.Stance == Silent:
				if fp.Statement != "" || fp.Source != "" || fp.Channel != "" || len(fp.Evidence) > 0 {
					p.add(at, pw, "a silent party has no statement, source, channel or evidence in this article")
				}
			default:
				if strings.TrimSpace(fp.Statement) == "" {
					p.add(at, pw, "say in one line what the party says (\"statement\")")
				}
				if !fp.Source.valid() {
					p.add(at, pw, "unknown source %q: use one of %s", fp.Source, sourceKindList())
				}
				if strings.TrimSpace(fp.Channel) == "" {
					p.add(at, pw, "say through which channel the party spoke (\"channel\")")
				}
				if len(fp.Evidence) == 0 {
					p.add(at, pw, "a party that takes a stance needs evidence in the text")
				}
			}
			party := Party{ID: fp.ID, Name: fp.Name, Members: fp.Members, Stance: fp.Stance, Statement: fp.Statement, Source: fp.Source, Channel: fp.Channel}
			for k, an := range fp.Evidence {
				if s, ok := evidence(at, fmt.Sprintf("%s, evidence %d", pw, k+1), fc.ID, an); ok {
					party.Evidence = append(party.Evidence, spanKey(s))
				}
			}
			c.Parties = append(c.Parties, party)
		}
		for k, an := range fc.Framing {
			if s, ok := evidence(at, fmt.Sprintf("%s, framing %d", where, k+1), fc.ID, an); ok {
				c.Framing = append(c.Framing, spanKey(s))
			}
		}
		a.Claims = append(a.Claims, c)
	}
	return spans
}

// checkID reports an id that is malformed or already used by an earlier
// item of the same kind, and notes it as used.
func (p *parser) checkID(at int64, where, id string, seen map[string]bool, kind string) {
	switch {
	case !validID(id):
		p.add(at, where, "%q is not an id: use lowercase letters, digits and single hyphens", id)
	case seen[id]:
		p.add(at, where, "id %q is used by an earlier %s", id, kind)
	}
	seen[id] = true
}

// spanKey names an evidence span until index numbers the evidence.
func spanKey(s Span) string { return fmt.Sprintf("@%d:%d", s.Start, s.End) }

func sourceKindList() string {
	parts := make([]string, len(SourceKinds))
	for i, k := range SourceKinds {
		parts[i] = string(k)
	}
	return strings.Join(parts, ", ")
}

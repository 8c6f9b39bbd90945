package ui

import (
	"sort"
	"strings"

	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/article"
)

// claimsHTML renders the claims panel's content once, as one HTML string
// with a single root: the claims side by side and the timeline. Which
// claim is selected and which evidence is current change after that on the
// page itself (markClaim, markEvidence), so the string never changes.
//
// The hooks: data-claim and data-status on each claim, data-party and
// data-stance on each position, data-source on its channel, data-evidence
// on each control that shows a passage, data-date-entity on each time.
func claimsHTML(a *article.Article) string {
	var m markup
	m.open("div", "class", "claims-body")
	m.elem("h2", "Who claims what", "id", "claims-title")
	if len(a.Claims) == 0 {
		m.elem("p", "No competing claims are annotated for this article yet.", "class", "claims-empty")
	} else {
		m.elem("p", english.Plural(len(a.Claims), "claim", "")+
			" the article reports. Each shows every side the article names, what it says, through which channel and on what evidence. Activate a piece of evidence to see it in the article.",
			"class", "claims-hint")
		m.open("ol", "class", "claims")
		for _, c := range a.Claims {
			m.open("li")
			claimCard(&m, a, c)
			m.close("li")
		}
		m.close("ol")
	}
	timeline(&m, a)
	m.close("div")
	return m.String()
}

// claimCard writes one contested question with the position of every
// party the article names, its evidence, and what a reader could check
// next.
func claimCard(m *markup, a *article.Article, c article.Claim) {
	m.open("article", "id", "claim-"+c.ID, "class", "claim", "data-claim", c.ID, "data-status", string(c.Status),
		"tabindex", "-1", "aria-labelledby", "claim-title-"+c.ID)
	m.open("header", "class", "claim-head")
	m.elem("h3", c.Question, "id", "claim-title-"+c.ID)
	m.open("p", "class", "status", "data-status", string(c.Status)).
		elem("span", "Status: ", "class", "status-label").
		elem("strong", c.Status.Label()).
		close("p")
	m.close("header")
	m.open("ul", "class", "positions", "aria-label", "Positions")
	for _, p := range c.Parties {
		m.open("li")
		position(m, a, p)
		m.close("li")
	}
	m.close("ul")
	if len(c.Framing) > 0 {
		m.open("div", "class", "framing").elem("h4", "How the article frames it")
		evidenceList(m, a, c.Framing, "")
		m.close("div")
	}
	m.open("details", "class", "lateral").elem("summary", "Read laterally: what to check next").open("ul")
	for _, check := range c.Checks {
		m.elem("li", check)
	}
	m.close("ul").open("p").elem("strong", "What could settle it: ").text(c.Settle).close("p")
	m.close("details")
	m.close("article")
}

// position writes what one party says, through which channel and on what
// evidence, or that the article reports nothing from it.
func position(m *markup, a *article.Article, p article.Party) {
	members := make([]string, 0, len(p.Members))
	for _, id := range p.Members {
		if e, ok := a.Entity(id); ok {
			members = append(members, e.Name)
		}
	}
	m.open("div", "class", "position", "data-party", p.ID, "data-stance", string(p.Stance))
	m.open("div", "class", "position-head").
		elem("span", p.Name, "class", "party").
		elem("span", p.Stance.Label(), "class", "stance", "data-stance", string(p.Stance)).
		close("div")
	m.elem("p", strings.Join(members, ", "), "class", "members")
	if p.Stance == article.Silent {
		m.open("p", "class", "missing-voice").
			elem("strong", "Missing voice:").
			text(" " + p.Name + ". The article names it but reports no statement from it on this.").
			close("p")
	} else {
		m.elem("p", p.Statement, "class", "statement")
		m.open("p", "class", "channel").
			elem("span", p.Source.Label(), "class", "channel-kind", "data-source", string(p.Source)).
			text(" · " + p.Channel).
			close("p")
		evidenceList(m, a, p.Evidence, "Evidence")
	}
	m.close("div")
}

// evidenceList writes a list of controls, each showing a passage in the
// article.
func evidenceList(m *markup, a *article.Article, ids []string, label string) {
	if label != "" {
		m.open("ul", "class", "evidence-list", "aria-label", label)
	} else {
		m.open("ul", "class", "evidence-list")
	}
	for _, id := range ids {
		text := ""
		for _, ev := range a.Evidence {
			if ev.ID == id {
				text = a.Text[ev.Start:ev.End]
			}
		}
		m.open("li").
			open("button", "type", "button", "class", "evidence-link", "data-evidence", id, "aria-controls", id).
			elem("span", "Show in the article: ", "class", "sr-only").
			elem("q", excerpt(text, 110)).
			close("button").
			close("li")
	}
	m.close("ul")
}

// timeline places the times the article mentions on the calendar, against
// the article's own date where the text lets one infer it, and shows the
// reasoning.
func timeline(m *markup, a *article.Article) {
	var dated []article.Entity
	for _, e := range a.Entities {
		if e.Type == article.Date && e.When != nil {
			dated = append(dated, e)
		}
	}
	if len(dated) == 0 && a.Written == nil {
		m.open("section", "id", "timeline", "class", "timeline").
			elem("h3", "Timeline").
			elem("p", "The article gives no times that can be placed on a calendar.").
			close("section")
		return
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].When.From.Before(dated[j].When.From) })
	m.open("section", "id", "timeline", "class", "timeline", "aria-labelledby", "timeline-title")
	m.elem("h3", "Timeline", "id", "timeline-title")
	if a.Written != nil {
		m.open("p", "class", "written").
			elem("strong", "Written: ").
			text(dateRange(a.Written)+" (inferred). ").
			elem("span", a.Written.Reasoning, "class", "reasoning").
			close("p")
	}
	m.open("ol")
	for _, e := range dated {
		m.open("li", "data-date-entity", e.ID).
			open("p", "class", "when").elem("strong", e.Name).text(" — "+dateRange(e.When)+relative(e.When, a.Written)).close("p").
			elem("p", e.When.Reasoning, "class", "reasoning").
			close("li")
	}
	m.close("ol")
	m.close("section")
}

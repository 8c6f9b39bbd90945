package reader

import (
	"sort"
	"strings"

	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// claimsHTML renders the claims panel's content once, as one HTML string
// with a single root: the claims side by side and the timeline. Which
// claim is selected and which evidence is current change after that on the
// page itself (markClaim, markEvidence), so the string never changes.
//
// The hooks: data-claim and data-status on each claim, data-party and
// data-stance on each position, data-source on its channel, data-evidence
// on each control that shows a passage, data-date-entity on each time,
// data-suggested="true" on each claim the annotator suggested.
func claimsHTML(a *article.Article) string {
	var m ui.Markup
	m.Open("div", "class", "claims-body")
	m.Elem("h2", "Who claims what", "id", "claims-title")
	m.Raw(ui.LeanStart)
	if len(a.Claims) == 0 {
		m.Elem("p", "No competing claims are annotated for this article yet.", "class", "claims-empty")
	} else {
		m.Elem("p", english.Plural(len(a.Claims), "claim", "")+
			" the article reports. Each shows every side the article names, what it says, through which channel and on what evidence. Activate a piece of evidence to see it in the article.",
			"class", "claims-hint")
		m.Open("ol", "class", "claims")
		for _, c := range a.Claims {
			m.Open("li")
			claimCard(&m, a, c)
			m.Close("li")
		}
		m.Close("ol")
	}
	timeline(&m, a)
	m.Raw(ui.LeanEnd)
	m.Close("div")
	return m.String()
}

// claimCard writes one contested question with the position of every
// party the article names, its evidence, and what a reader could check
// next.
//
// A claim the annotator suggested carries data-suggested="true" and says,
// under its status, that it was found automatically and should be
// checked before it is taught; the card's description is that note.
func claimCard(m *ui.Markup, a *article.Article, c article.Claim) {
	attrs := []string{"id", "claim-" + c.ID, "class", "claim", "data-claim", c.ID, "data-status", string(c.Status),
		"tabindex", "-1", "aria-labelledby", "claim-title-" + c.ID}
	if c.Suggested {
		attrs = append(attrs, "data-suggested", "true", "aria-describedby", "claim-suggested-"+c.ID)
	}
	m.Open("article", attrs...)
	m.Open("header", "class", "claim-head")
	m.Elem("h3", c.Question, "id", "claim-title-"+c.ID)
	m.Open("p", "class", "status", "data-status", string(c.Status)).
		Elem("span", "Status: ", "class", "status-label").
		Elem("strong", c.Status.Label()).
		Close("p")
	if c.Suggested {
		m.Open("p", "class", "suggested-note", "id", "claim-suggested-"+c.ID).
			Elem("strong", ui.SuggestedLabel).
			Text(" — " + ui.SuggestedAdvice).
			Close("p")
	}
	m.Close("header")
	m.Open("ul", "class", "positions", "aria-label", "Positions")
	for _, p := range c.Parties {
		m.Open("li")
		position(m, a, p)
		m.Close("li")
	}
	m.Close("ul")
	if len(c.Framing) > 0 {
		m.Open("div", "class", "framing").Elem("h4", "How the article frames it")
		evidenceList(m, a, c.Framing, "")
		m.Close("div")
	}
	m.Open("details", "class", "lateral").Elem("summary", "Read laterally: what to check next").Open("ul")
	for _, check := range c.Checks {
		m.Elem("li", check)
	}
	m.Close("ul").Open("p").Elem("strong", "What could settle it: ").Text(c.Settle).Close("p")
	m.Close("details")
	m.Close("article")
}

// position writes what one party says, through which channel and on what
// evidence, or that the article reports nothing from it.
func position(m *ui.Markup, a *article.Article, p article.Party) {
	members := make([]string, 0, len(p.Members))
	for _, id := range p.Members {
		if e, ok := a.Entity(id); ok {
			members = append(members, e.Name)
		}
	}
	m.Open("div", "class", "position", "data-party", p.ID, "data-stance", string(p.Stance))
	m.Open("div", "class", "position-head").
		Elem("span", p.Name, "class", "party").
		Elem("span", p.Stance.Label(), "class", "stance", "data-stance", string(p.Stance)).
		Close("div")
	m.Elem("p", strings.Join(members, ", "), "class", "members")
	if p.Stance == article.Silent {
		m.Open("p", "class", "missing-voice").
			Elem("strong", "Missing voice:").
			Text(" " + p.Name + ". The article names it but reports no statement from it on this.").
			Close("p")
	} else {
		m.Elem("p", p.Statement, "class", "statement")
		m.Open("p", "class", "channel").
			Elem("span", p.Source.Label(), "class", "channel-kind", "data-source", string(p.Source)).
			Text(" · " + p.Channel).
			Close("p")
		evidenceList(m, a, p.Evidence, "Evidence")
	}
	m.Close("div")
}

// evidenceList writes a list of controls, each showing a passage in the
// article.
func evidenceList(m *ui.Markup, a *article.Article, ids []string, label string) {
	if label != "" {
		m.Open("ul", "class", "evidence-list", "aria-label", label)
	} else {
		m.Open("ul", "class", "evidence-list")
	}
	for _, id := range ids {
		text := ""
		for _, ev := range a.Evidence {
			if ev.ID == id {
				text = a.Text[ev.Start:ev.End]
			}
		}
		m.Open("li").
			Open("button", "type", "button", "class", "evidence-link", "data-evidence", id, "aria-controls", id).
			Elem("span", "Show in the article: ", "class", "sr-only").
			Elem("q", excerpt(text, 110)).
			Close("button").
			Close("li")
	}
	m.Close("ul")
}

// timeline places the times the article mentions on the calendar, against
// the article's own date where the text lets one infer it, and shows the
// reasoning. A dating whose words in the text are doubtful is marked so,
// with why, and not placed against the article's date: the middle of a
// range widened for a doubt is no time anyone reported.
func timeline(m *ui.Markup, a *article.Article) {
	var dated []article.Entity
	for _, e := range a.Entities {
		if e.Type == article.Date && e.When != nil {
			dated = append(dated, e)
		}
	}
	if len(dated) == 0 && a.Written == nil {
		m.Open("section", "id", "timeline", "class", "timeline").
			Elem("h3", "Timeline").
			Elem("p", "The article gives no times that can be placed on a calendar.").
			Close("section")
		return
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].When.From.Before(dated[j].When.From) })
	m.Open("section", "id", "timeline", "class", "timeline", "aria-labelledby", "timeline-title")
	m.Elem("h3", "Timeline", "id", "timeline-title")
	if a.Written != nil {
		m.Open("p", "class", "written").
			Elem("strong", "Written: ").
			Text(dateRange(a.Written)+" (inferred). ").
			Elem("span", a.Written.Reasoning, "class", "reasoning").
			Close("p")
	}
	m.Open("ol")
	for _, e := range dated {
		if e.When.Doubt == "" {
			m.Open("li", "data-date-entity", e.ID).
				Open("p", "class", "when").Elem("strong", e.Name).Text(" — " + dateRange(e.When) + relative(e.When, a.Written)).Close("p")
		} else {
			// A doubtful dating says so on its first line, and why on the
			// next, before its reasoning.
			m.Open("li", "data-date-entity", e.ID, "data-doubtful", "true").
				Open("p", "class", "when").Elem("strong", e.Name).Text(" — "+dateRange(e.When)+" ").Elem("span", "(doubtful)", "class", "doubt-mark").Close("p").
				Open("p", "class", "doubt").Elem("strong", "Why doubtful: ").Text(e.When.Doubt).Close("p")
		}
		m.Elem("p", e.When.Reasoning, "class", "reasoning").
			Close("li")
	}
	m.Close("ol")
	m.Close("section")
}

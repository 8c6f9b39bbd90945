package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// claimCard is one contested question with the position of every party
// the article names, its evidence, and what a reader could check next.
type claimCard struct {
	app.Compo

	// Art is the article; Claim the id of the claim shown.
	Art   *article.Article
	Claim string
	// Selected is true when the reader chose this claim.
	Selected bool
	// Current is the id of the evidence last shown in the article.
	Current string
}

func (c *claimCard) claim() article.Claim {
	for _, cl := range c.Art.Claims {
		if cl.ID == c.Claim {
			return cl
		}
	}
	return article.Claim{}
}

func (c *claimCard) Render() app.UI {
	cl := c.claim()
	card := app.Article().
		ID("claim-"+cl.ID).
		Class("claim").
		DataSet("claim", cl.ID).
		DataSet("status", string(cl.Status)).
		TabIndex(-1).
		Aria("labelledby", "claim-title-"+cl.ID)
	if c.Selected {
		card = card.Aria("current", "true")
	}
	var framing app.UI
	if len(cl.Framing) > 0 {
		framing = app.Div().Class("framing").Body(
			app.H4().Text("How the article frames it"),
			app.Ul().Class("evidence-list").Body(app.Range(cl.Framing).Slice(func(i int) app.UI {
				return app.Li().Body(c.evidence(cl.Framing[i]))
			})),
		)
	}
	return card.Body(
		app.Header().Class("claim-head").Body(
			app.H3().ID("claim-title-"+cl.ID).Text(cl.Question),
			app.P().Class("status").DataSet("status", string(cl.Status)).Body(
				app.Span().Class("status-label").Text("Status: "),
				app.Strong().Text(cl.Status.Label()),
			),
		),
		app.Ul().Class("positions").Aria("label", "Positions").Body(
			app.Range(cl.Parties).Slice(func(i int) app.UI { return app.Li().Body(c.position(cl.Parties[i])) }),
		),
		framing,
		app.Details().Class("lateral").Body(
			app.Summary().Text("Read laterally: what to check next"),
			app.Ul().Body(app.Range(cl.Checks).Slice(func(i int) app.UI { return app.Li().Text(cl.Checks[i]) })),
			app.P().Body(app.Strong().Text("What could settle it: "), app.Text(cl.Settle)),
		),
	)
}

func (c *claimCard) position(p article.Party) app.UI {
	members := make([]string, 0, len(p.Members))
	for _, id := range p.Members {
		if e, ok := c.Art.Entity(id); ok {
			members = append(members, e.Name)
		}
	}
	pos := app.Div().Class("position").DataSet("party", p.ID).DataSet("stance", string(p.Stance))
	head := app.Div().Class("position-head").Body(
		app.Span().Class("party").Text(p.Name),
		app.Span().Class("stance").DataSet("stance", string(p.Stance)).Text(p.Stance.Label()),
	)
	who := app.P().Class("members").Text(strings.Join(members, ", "))
	if p.Stance == article.Silent {
		return pos.Body(head, who,
			app.P().Class("missing-voice").Text("Missing voice: the article names "+p.Name+" but reports no statement from "+p.Name+" on this."),
		)
	}
	return pos.Body(
		head, who,
		app.P().Class("statement").Text(p.Statement),
		app.P().Class("channel").Body(
			app.Span().Class("channel-kind").DataSet("source", string(p.Source)).Text(p.Source.Label()),
			app.Text(" · "+p.Channel),
		),
		app.Ul().Class("evidence-list").Aria("label", "Evidence").Body(app.Range(p.Evidence).Slice(func(i int) app.UI {
			return app.Li().Body(c.evidence(p.Evidence[i]))
		})),
	)
}

// evidence is a button that shows a passage in the article.
func (c *claimCard) evidence(id string) app.UI {
	text := ""
	for _, ev := range c.Art.Evidence {
		if ev.ID == id {
			text = c.Art.Text[ev.Start:ev.End]
		}
	}
	b := app.Button().
		Type("button").
		Class("evidence-link").
		DataSet("evidence", id).
		Aria("controls", id).
		OnClick(func(ctx app.Context, e app.Event) {
			ctx.NewActionWithValue(actionEvidence, evidenceRef{Claim: c.Claim, Evidence: id})
		}).
		Body(
			app.Span().Class("sr-only").Text("Show in the article: "),
			app.Q().Text(excerpt(text, 110)),
		)
	if id == c.Current {
		b = b.Class("is-current")
	}
	return b
}

// evidenceRef names a piece of evidence and the claim it was chosen from.
type evidenceRef struct {
	Claim, Evidence string
}

// excerpt shortens s to at most n characters, at a word break.
func excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

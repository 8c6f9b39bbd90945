package reader

import (
	"strconv"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// entityCard tells who or what a mention refers to, or who said a quote,
// and steps through the entity's other mentions.
type entityCard struct {
	app.Compo

	// Type is the type of the activated span.
	Type article.Type
	// Name is the entity's name, or for a quote its speaker's.
	Name string
	// Description is the entity's one-line description (the speaker's
	// for a quote).
	Description string
	// Quote is the quoted text, for a quote.
	Quote string
	// Index is the position of the activated span among Total, from 1.
	Index, Total int
}

func (c *entityCard) Render() app.UI {
	noun := "mention"
	count := "Mentioned " + english.Plural(c.Total, "time", "") + " in this article."
	if c.Type == article.Quote {
		noun = "quote"
		count = english.Plural(c.Total, "quote", "") + " by " + c.Name + " in this article."
	}
	var quote app.UI
	if c.Type == article.Quote {
		quote = app.Blockquote().Class("card-quote").Text(c.Quote)
	}
	return app.Section().
		ID("card").
		Class("card").
		DataSet("card-type", string(c.Type)).
		Aria("labelledby", "card-title").
		OnKeyDown(c.onKeyDown).
		Body(
			app.Div().Class("card-top").Body(
				app.Span().Class("card-type").DataSet("entity-type-sample", string(c.Type)).Text(c.Type.Label()),
				app.Button().Class("card-close").Aria("label", "Close the card").OnClick(ui.Post(actionCloseCard, nil)).Text("×"),
			),
			app.H2().ID("card-title").TabIndex(-1).Text(c.title()),
			quote,
			app.P().Class("card-description").Text(c.Description),
			app.P().Class("card-count").Text(count),
			c.steps(noun),
		)
}

// steps are the card's place among the spans of its group, and the
// buttons that step through them, which a group of one has no use for.
func (c *entityCard) steps(noun string) app.UI {
	position := app.P().Class("card-position").Aria("live", "polite").Text(strconv.Itoa(c.Index) + " of " + strconv.Itoa(c.Total))
	if c.Total <= 1 {
		return app.Div().Class("card-steps").Body(position)
	}
	return app.Div().Class("card-steps").Body(
		// On a phone the noun is left for screen readers alone, so that
		// both buttons and the position fit on one row.
		app.Button().Class("card-prev").OnClick(ui.Post(actionStep, -1)).Body(
			app.Span().Aria("hidden", true).Text("← "),
			app.Text("Previous"),
			app.Span().Class("step-noun").Text(" "+noun),
		),
		position,
		app.Button().Class("card-next").OnClick(ui.Post(actionStep, +1)).Body(
			app.Text("Next"),
			app.Span().Class("step-noun").Text(" "+noun),
			app.Span().Aria("hidden", true).Text(" →"),
		),
	)
}

// title names what the card is about; a quote's names its speaker, so
// that the heading a screen reader lands on says more than "Quote".
func (c *entityCard) title() string {
	if c.Type == article.Quote {
		return "Quote by " + c.Name
	}
	return c.Name
}

func (c *entityCard) onKeyDown(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "Escape" {
		ctx.NewAction(actionCloseCard)
	}
}

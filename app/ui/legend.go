package ui

import (
	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// legend explains the highlights and switches them: one toggle per type
// with its count, plus "all" and "none". It is a form of submit buttons, so
// that without JavaScript each toggle still works by reloading the page
// with the new choice in the URL.
type legend struct {
	app.Compo

	// Counts is how many spans of each type the article has.
	Counts map[article.Type]int
	// Shown is which types are on.
	Shown shown
	// Action is the path of the reading view the form reloads without
	// JavaScript; "/" when empty.
	Action string
}

func (l *legend) Render() app.UI {
	action := l.Action
	if action == "" {
		action = "/"
	}
	return app.Form().Class("legend").Method("get").Action(action).Body(
		app.H2().ID("legend-title").Text("Highlights"),
		app.P().Class("legend-hint").Text("Switch a kind of highlight on or off. The address of the page keeps your choice, so you can share it."),
		app.Div().Class("legend-all").Body(
			l.bulk("all", "Show all", l.Shown == allShown, allShown),
			l.bulk("none", "Hide all", l.Shown == 0, 0),
		),
		app.Ul().Class("toggles").Aria("labelledby", "legend-title").Body(
			app.Range(article.Types).Slice(func(i int) app.UI {
				return app.Li().Body(l.toggle(article.Types[i]))
			}),
		),
	)
}

func (l *legend) toggle(t article.Type) app.UI {
	on := l.Shown.Has(t)
	n := l.Counts[t]
	return app.Button().
		Type("submit").
		Name(shownParam).
		Value(nonEmpty(l.Shown.Toggle(t).Value())).
		Class("toggle").
		DataSet("toggle", string(t)).
		DataSet("count", n).
		Aria("pressed", on).
		OnClick(l.onClick(string(t))).
		Body(
			app.Span().Class("swatch").DataSet("entity-type-sample", string(t)).Aria("hidden", true),
			app.Span().Class("toggle-name").Text(t.Plural()),
			app.Span().Class("toggle-count").Text(countLabel(t, n)),
			app.Span().Class("toggle-state").Text(onOff(on)),
		)
}

func (l *legend) bulk(value, label string, pressed bool, target shown) app.UI {
	return app.Button().
		Type("submit").
		Name(shownParam).
		Value(nonEmpty(target.Value())).
		Class("bulk").
		DataSet("toggle", value).
		Aria("pressed", pressed).
		OnClick(l.onClick(value)).
		Text(label)
}

func (l *legend) onClick(value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		ctx.NewActionWithValue(actionToggle, value)
	}
}

// nonEmpty spells "every type" for a form, which cannot send "no parameter".
func nonEmpty(v string) string {
	if v == "" {
		return "all"
	}
	return v
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}

// countLabel counts a type's spans: "12 mentions", or "1 quote".
func countLabel(t article.Type, n int) string {
	if t == article.Quote {
		return english.Plural(n, "quote", "")
	}
	return english.Plural(n, "mention", "")
}

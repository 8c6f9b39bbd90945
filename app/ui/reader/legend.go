package reader

import (
	"strconv"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// legend explains the highlights and switches them: one toggle per type
// with its count, plus "all" and "none". It is a form of submit buttons, so
// that without JavaScript each toggle still works by reloading the page
// with the new choice in the URL.
//
// On a phone the toggles would fill the first screen, so there the legend
// opens closed: its title, how many kinds are on, and a button that shows
// the toggles (the style sheet hides the button and the summary on wider
// screens, and the toggles are always shown there).
type legend struct {
	app.Compo

	open bool // the toggles are shown on a phone

	// width keeps the focus in the legend when the screen's width
	// crosses a phone's, as when a tablet is turned; narrow, when it
	// crosses a small screen's, where the labels switch is shown.
	width, narrow focusWatch

	// Counts is how many spans of each type the article has.
	Counts map[article.Type]int
	// Shown is which types are on.
	Shown shown
	// Labels is true when every label is shown on a small screen.
	Labels bool
	// Action is the path of the reading view the form reloads without
	// JavaScript; "/" when empty.
	Action string
}

func (l *legend) Render() app.UI {
	action := l.Action
	if action == "" {
		action = "/"
	}
	class := "legend"
	if l.open {
		class += " open"
	}
	return app.Form().Class(class).Method("get").Action(action).Body(
		app.H2().ID("legend-title").Text("Highlights"),
		app.P().ID("legend-summary").Class("legend-summary").Text(shownSummary(l.Shown)),
		ui.ScriptButton("Change", func(ctx app.Context, e app.Event) { l.open = !l.open }).
			Class("legend-more").
			Aria("describedby", "legend-summary").
			Aria("expanded", strconv.FormatBool(l.open)).
			Aria("controls", legendBodyID),
		app.Div().ID(legendBodyID).Class("legend-body").Body(
			app.P().Class("legend-hint").Body(
				app.Text("Switch a kind of highlight on or off. The address of the page keeps your choice, so you can share it. "),
				app.Span().ID(ui.MentionHelpID).Text("Click a highlight, or press Enter on it, to open its card."),
				app.Span().ID(ui.MentionNoHelpID).Hidden(true),
			),
			app.Div().Class("legend-all").Body(
				l.bulk("all", "Show all", l.Shown == allShown, allShown),
				l.bulk("none", "Hide all", l.Shown == 0, 0),
				l.labelsSwitch(),
			),
			app.Ul().Class("toggles").Aria("labelledby", "legend-title").Body(
				app.Range(article.Types).Slice(func(i int) app.UI {
					return app.Li().Body(l.toggle(article.Types[i]))
				}),
			),
		),
	)
}

// OnMount watches the width of the screen, so that the focus stays in the
// legend when the control that had it is hidden: Change on a wider screen,
// or a toggle on a phone whose legend is closed.
func (l *legend) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	form := app.Window().Get("document").Call("querySelector", "form.legend")
	l.width.start(phoneWidth, form, func(_ bool, was app.Value) { keepLegendFocus(was) })
	l.narrow.start(narrowWidth, form, func(_ bool, was app.Value) { keepLegendFocus(was) })
}

func (l *legend) OnDismount() {
	l.width.stop()
	l.narrow.stop()
}

// labelsSwitch shows every letter tag and § button, where a small screen
// shows only those that help (labels.go). The style sheet hides it on a
// wide screen, which always shows them all, and without scripts.
func (l *legend) labelsSwitch() app.UI {
	return ui.ScriptButton("Show labels", ui.Post(actionLabels, nil)).
		ID(labelsSwitchID).
		Class("bulk", "labels-switch").
		Aria("pressed", l.Labels)
}

// labelsSwitchID is the id of the "Show labels" switch, a stable hook.
const labelsSwitchID = "labels-switch"

// phoneWidth is the media query under which the legend opens closed; the
// same breakpoint is in web/style.css.
const phoneWidth = "(max-width: 39.99rem)"

// keepLegendFocus moves the focus, when it was on a control of the legend
// that is no longer shown, to the one that now stands for it: Change, or
// the first button of the toggles.
func keepLegendFocus(was app.Value) {
	if was.Call("getClientRects").Length() > 0 {
		return
	}
	doc := app.Window().Get("document")
	for _, sel := range []string{".legend-more", "#" + legendBodyID + " button"} {
		if el := doc.Call("querySelector", sel); el.Truthy() && el.Call("getClientRects").Length() > 0 {
			el.Call("focus", map[string]any{"preventScroll": true})
			return
		}
	}
}

// legendBodyID is the id of the part of the legend that a phone shows
// only when asked: the hint, "Show all", "Hide all" and the toggles.
const legendBodyID = "legend-body"

// shownSummary says how many kinds of highlight are on, for the legend
// when its toggles are not shown.
func shownSummary(s shown) string {
	on := 0
	for _, t := range article.Types {
		if s.Has(t) {
			on++
		}
	}
	switch on {
	case len(article.Types):
		return "All " + strconv.Itoa(on) + " kinds on"
	case 0:
		return "All kinds off"
	}
	return strconv.Itoa(on) + " of " + strconv.Itoa(len(article.Types)) + " kinds on"
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

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// articleText is the article's highlighted text. Its fields do not change
// after the first render, so a re-render of the reader leaves the text's
// DOM alone; toggles switch classes on its container directly.
type articleText struct {
	app.Compo

	// HTML is the highlighted text from articleHTML.
	HTML string
	// Hidden is the class list for the types that are off, set on the
	// server's render only.
	Hidden string
}

func (t *articleText) Render() app.UI {
	class := "article"
	if t.Hidden != "" {
		class += " " + t.Hidden
	}
	return app.Div().
		ID(articleID).
		Class(class).
		Aria("label", "Article text").
		Attr("role", "region").
		OnClick(t.onClick).
		OnKeyDown(t.onKeyDown).
		Body(app.Raw(t.HTML))
}

// onClick opens the card of the mention or quote that was clicked: one
// handler for the whole text rather than one per span.
func (t *articleText) onClick(ctx app.Context, e app.Event) {
	activate(ctx, e)
}

// fromText is a passage that claims rest on, activated in the article,
// and whether it was activated on its own rather than through a mention
// inside it, which opens that mention's card.
type fromText struct {
	Evidence string
	Alone    bool
}

// activate opens the card of the mention or quote an event happened on,
// and selects the claim the passage is evidence for. It reports whether
// there was anything to activate.
func activate(ctx app.Context, e app.Event) bool {
	span, ev := spanFromEvent(e), evidenceFromEvent(e)
	if span != "" {
		ctx.NewActionWithValue(actionOpen, span)
	}
	if ev != "" {
		// A mention inside the passage opens its card at the top of the
		// panel; the panel then stays on the card rather than scrolling
		// away to the claim, which is still selected.
		ctx.NewActionWithValue(actionFromText, fromText{Evidence: ev, Alone: span == ""})
	}
	return span != "" || ev != ""
}

func (t *articleText) onKeyDown(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter", " ":
		if activate(ctx, e) {
			e.PreventDefault()
		}
	case "Escape":
		ctx.NewAction(actionCloseCard)
	}
}

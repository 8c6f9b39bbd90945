package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// articleText is the article's highlighted text. Its fields do not change
// after the first render, so a re-render of the reader leaves the text's
// DOM alone; toggles switch classes on its container directly.
type articleText struct {
	app.Compo

	// HTML is the highlighted text from readerArticleHTML.
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

// onClick opens the card of the mention or quote that was clicked, or
// shows the claim of the passage whose button was: one handler for the
// whole text rather than one per span.
func (t *articleText) onClick(ctx app.Context, e app.Event) {
	activate(ctx, e)
}

// activate shows the claim of the passage whose button an event happened
// on, or else opens the card of the mention or quote it happened on. It
// reports whether there was anything to activate.
func activate(ctx app.Context, e app.Event) bool {
	if ev := closestAttr(e, "button[data-passage]", "data-passage"); ev != "" {
		ctx.NewActionWithValue(actionFromText, ev)
		return true
	}
	if span := spanFromEvent(e); span != "" {
		ctx.NewActionWithValue(actionOpen, span)
		return true
	}
	return false
}

func (t *articleText) onKeyDown(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter", " ":
		// A passage's button is activated by the browser, as a click.
		if e.Get("target").Get("tagName").String() != "BUTTON" && activate(ctx, e) {
			e.PreventDefault()
		}
	case "Escape":
		ctx.NewAction(actionCloseCard)
	}
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// SelectableText is an article's text where the reader selects passages:
// beside the exercises, and in the editor. Its HTML does not change after
// the first render, so the text's DOM, and the selection in it, survive
// every update of the page.
//
// Besides the mouse and touch, it can be selected by keyboard: Tab to the
// text, then the arrow keys select word by word, Shift and an arrow
// extends the selection, Up and Down go by sentence. Escape posts the
// text's EscapeAction, such as going back to the exercise that showed a
// passage.
type SelectableText struct {
	app.Compo

	// Art is the article; HTML its text, whose paragraphs hold exactly
	// the article's paragraphs (plainArticleHTML, ArticleHTML).
	Art  *article.Article
	HTML string
	// ID is the text's element id; HelpID the id of the element that
	// says how to select by keyboard.
	ID, HelpID string
	// EscapeAction, if set, is the action that Escape posts in the text.
	EscapeAction string

	words   []textWord
	wordsOf string // the text words were found in
	cursor  wordCursor
	said    string // what the keyboard selection holds, read out
}

func (t *SelectableText) Render() app.UI {
	return app.Div().Class("classroom-text").Body(
		app.Div().
			ID(t.ID).
			Class("article", "selectable-article", t.ID).
			Attr("role", "region").
			Aria("label", "Article text").
			Aria("describedby", t.HelpID).
			TabIndex(0).
			OnKeyDown(t.onKeyDown).
			OnMouseDown(t.onPointer).
			Body(app.Raw(t.HTML)),
		app.P().Class("selection-status").Aria("live", "polite").Text(t.said),
	)
}

// onPointer clears what the status says of the keyboard's selection when
// the mouse or a finger starts another: it would speak of words no longer
// selected.
func (t *SelectableText) onPointer(ctx app.Context, e app.Event) {
	if t.said == "" {
		ctx.PreventUpdate()
		return
	}
	t.said = ""
}

func (t *SelectableText) onKeyDown(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	if key == "Escape" {
		if t.EscapeAction != "" {
			ctx.NewAction(t.EscapeAction)
		}
		return
	}
	if e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
		return
	}
	if t.Art == nil {
		return
	}
	if t.words == nil || t.wordsOf != t.Art.Text {
		// The first key, or the editor opened another article: the
		// words, and any selection made in the old text, start afresh.
		t.words, t.wordsOf = textWords(t.Art.Text, t.Art.Paragraphs()), t.Art.Text
		t.cursor, t.said = noWords, ""
	}
	// Start from a selection made by mouse or touch, if there is one.
	if s, ok := ReadSelection(t.Art, t.ID); ok {
		if cur, ok := t.cursor.span(t.words); !ok || cur != s {
			t.cursor = cursorFor(t.words, s)
		}
	}
	next, handled := t.cursor.move(t.words, key, e.Get("shiftKey").Bool())
	if !handled {
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	t.cursor = next
	s, ok := next.span(t.words)
	if !ok {
		return
	}
	anchor, focus := t.words[next.Anchor], t.words[next.Focus]
	if next.Focus >= next.Anchor {
		selectSpan(t.Art, t.ID, anchor.Start, focus.End)
	} else {
		selectSpan(t.Art, t.ID, anchor.End, focus.Start)
	}
	t.said = "Selected: " + ShortQuote(t.Art.Text[s.Start:s.End], 120)
}

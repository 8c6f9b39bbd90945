package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// classroomText is the article's text beside the exercises, where the
// student reads and selects passages. Its HTML does not change after the
// first render, so the text's DOM, and the student's selection in it,
// survive every update of the page.
//
// Besides the mouse and touch, it can be selected by keyboard: Tab to the
// text, then the arrow keys select word by word, Shift and an arrow
// extends the selection, Up and Down go by sentence. Escape goes back to
// the exercise that showed a passage.
type classroomText struct {
	app.Compo

	// Art is the article; HTML its text from plainArticleHTML.
	Art  *article.Article
	HTML string

	words  []textWord
	cursor wordCursor
	said   string // what the keyboard selection holds, read out
}

func (t *classroomText) Render() app.UI {
	return app.Div().Class("classroom-text").Body(
		app.Div().
			ID(classroomArticleID).
			Class("article", "classroom-article").
			Attr("role", "region").
			Aria("label", "Article text").
			Aria("describedby", "select-help").
			TabIndex(0).
			OnKeyDown(t.onKeyDown).
			Body(app.Raw(t.HTML)),
		app.P().Class("selection-status").Aria("live", "polite").Text(t.said),
	)
}

func (t *classroomText) onKeyDown(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	if key == "Escape" {
		ctx.NewAction(actionBackToExercise)
		return
	}
	if e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
		return
	}
	if t.words == nil && t.Art != nil {
		t.words = textWords(t.Art.Text, t.Art.Paragraphs())
	}
	// Start from a selection made by mouse or touch, if there is one.
	if s, ok := readSelection(t.Art); ok {
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
		selectSpan(t.Art, anchor.Start, focus.End)
	} else {
		selectSpan(t.Art, anchor.End, focus.Start)
	}
	t.said = "Selected: " + quoteShort(t.Art.Text[s.Start:s.End], 120)
}

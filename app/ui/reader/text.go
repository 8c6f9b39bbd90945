package reader

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
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
	// AllLabels shows every label on a small screen (labels.go), set on
	// the server's render only.
	AllLabels bool
}

func (t *articleText) Render() app.UI {
	class, html := "article", t.HTML
	if t.Hidden != "" {
		class += " " + t.Hidden
		html = hideMarks(html, t.Hidden)
	}
	if t.AllLabels {
		class += " " + allLabelsClass
	}
	return app.Div().
		ID(articleID).
		Class(class).
		Aria("label", "Article text").
		Attr("role", "region").
		OnClick(t.onClick).
		OnKeyDown(t.onKeyDown).
		Body(app.Raw(html))
}

// hideMarks gives the highlights of the types that hidden (a class list,
// "hide-person hide-date") switches off what setShown gives them in the
// browser: no stop for Tab, and no description of what activating them
// does, in the server's page too, before or without JavaScript.
// It relies on the opening tags as openTag writes them.
func hideMarks(html, hidden string) string {
	const open = `<mark tabindex="0" aria-describedby="` + ui.MentionHelpID + `" id="`
	off := map[string]bool{}
	for _, c := range strings.Fields(hidden) {
		if t, ok := strings.CutPrefix(c, "hide-"); ok {
			off[t] = true
		}
	}
	var b strings.Builder
	b.Grow(len(html))
	for {
		i := strings.Index(html, open)
		if i < 0 {
			b.WriteString(html)
			return b.String()
		}
		end := strings.IndexByte(html[i:], '>')
		if end < 0 {
			b.WriteString(html)
			return b.String()
		}
		tag := html[i : i+end+1]
		b.WriteString(html[:i])
		if off[attrIn(tag, "data-entity-type")] {
			tag = `<mark tabindex="-1" aria-describedby="` + ui.MentionNoHelpID + `" id="` + tag[len(open):]
		}
		b.WriteString(tag)
		html = html[i+end+1:]
	}
}

// attrIn is the value of the attribute name in a start tag written with
// double quotes, as the explorer's markup writes them.
func attrIn(tag, name string) string {
	_, v, ok := strings.Cut(tag, " "+name+`="`)
	if !ok {
		return ""
	}
	v, _, _ = strings.Cut(v, `"`)
	return v
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
	if span := ui.SpanFromEvent(e); span != "" {
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

// readerArticleHTML is ui.ArticleHTML for the reading view: each passage that
// claims rest on ends in a small button that shows its claim in the panel,
// so that the passage is reached and activated deliberately, by keyboard
// or touch, and a tap on its words does nothing.
func readerArticleHTML(a *article.Article) string {
	return ui.ParagraphsHTML(a, ui.TextMarks(a, func(ev article.Evidence) string { return passageButton(a, ev) }), 3)
}

// passageButton is the button at the end of a passage that claims rest
// on, which shows the passage's claim in the panel. It has no text of its
// own (its mark comes from the style sheet), so that the article's text,
// and offsets in it, are the same with and without it; its title names
// the claims, both as its accessible name and as the tooltip a mouse
// shows, once for both, and says of a claim the annotator suggested that
// it was found automatically.
func passageButton(a *article.Article, ev article.Evidence) string {
	var questions []string
	for _, id := range ev.Claims {
		for _, c := range a.Claims {
			if c.ID == id && c.Suggested {
				questions = append(questions, c.Question+" ("+strings.ToLower(ui.SuggestedLabel)+")")
			} else if c.ID == id {
				questions = append(questions, c.Question)
			}
		}
	}
	label := "Show the claim: "
	if len(questions) > 1 {
		label = "Show the claims, one each time: "
	}
	label = ui.AttrValue(label + strings.Join(questions, "; "))
	return `<button type="button" class="passage-button" data-passage="` + ev.ID +
		`" title="` + label + `"></button>`
}

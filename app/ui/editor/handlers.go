package editor

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/ui"
)

// setDraft makes a the article being corrected, with no changes to undo.
func (ed *view) setDraft(a *article.Article) {
	ed.show(a)
	ed.hist.clear()
}

// replace makes a the article being corrected in place of the one open,
// if any, which Undo brings back with its corrections: annotating again or
// opening a file never throws away a teacher's work. It returns what to
// add to the status to say so.
func (ed *view) replace(a *article.Article, what string) string {
	if ed.draft == nil {
		ed.setDraft(a)
		return ""
	}
	ed.hist.record(ed.state(), what)
	ed.show(a)
	return " Undo brings back the article open before, as it was."
}

// show makes a the article being corrected, shown with nothing selected.
func (ed *view) show(a *article.Article) {
	ed.draft, ed.html = a, ui.ArticleHTML(a)
	ed.selected, ed.quote = article.Span{}, false
	ed.form = claimForm{}
}

// keep saves the article in the browser, or says why it could not.
func (ed *view) keep() {
	if ed.keepOff {
		ed.status += " It is not kept in this browser, which still holds an earlier article that could not be read."
		return
	}
	if err := saveDraft(ui.BrowserStore{}, ed.draft); err != nil {
		ed.status += " It could not be kept in this browser: " + strings.TrimRight(err.Error(), ".") + ". Download the file to keep your changes."
	}
}

// change applies an edit; after it the article is shown again and kept,
// and what was done, or why it could not be, is said.
func (ed *view) change(done string, edit func() error) {
	ed.problem = ""
	// An edit replaces the article's lists rather than changing them, so
	// a copy of the article as it was keeps it as it was.
	copied := *ed.draft
	before := ed.state()
	before.art = &copied
	if err := edit(); err != nil {
		ed.problem = strings.TrimPrefix(err.Error(), "article: ")
		ed.status = ""
		return
	}
	ed.hist.record(before, done)
	ed.html = ui.ArticleHTML(ed.draft)
	ed.status = done
	ed.keep()
}

func (ed *view) selectedMention() (article.Mention, bool) {
	if ed.draft == nil || ed.quote || ed.selected.Len() == 0 {
		return article.Mention{}, false
	}
	for _, m := range ed.draft.Mentions {
		if m.Span == ed.selected {
			return m, true
		}
	}
	return article.Mention{}, false
}

// dropGoneSelection unselects the highlight selected when the article
// shown no longer has it. Its panel goes with it: the focus, if it was in
// the panel, goes to the text, where the keys still work.
func (ed *view) dropGoneSelection() {
	_, mention := ed.selectedMention()
	_, quote := ed.selectedQuote()
	if mention || quote {
		return
	}
	ed.selected = article.Span{}
	if focusWithin("editor-selected") {
		ui.FocusElement(editorArticleID)
	}
}

func (ed *view) selectedQuote() (article.QuoteSpan, bool) {
	if ed.draft == nil || !ed.quote || ed.selected.Len() == 0 {
		return article.QuoteSpan{}, false
	}
	for _, q := range ed.draft.Quotes {
		if q.Span == ed.selected {
			return q, true
		}
	}
	return article.QuoteSpan{}, false
}

// markSelected marks, in the text, the highlight being corrected as the
// current one and every mention of its entity as selected, as the reader
// marks those of an open card, so that the text shows which one the
// panel speaks of. It runs once the text is in the page, after each
// change, which rebuilds the text's marks.
func (ed *view) markSelected(ctx app.Context) {
	var group []string
	current := ""
	if m, ok := ed.selectedMention(); ok {
		current = m.ID
		// An entity named thousands of times, as in a long article, is
		// outlined at the mention alone: marking every one would hold the
		// page after each change, and outline most of the text.
		if others := ed.draft.MentionsOf(m.Entity); len(others) <= maxMarkedMentions {
			for _, other := range others {
				group = append(group, other.ID)
			}
		}
	} else if q, ok := ed.selectedQuote(); ok {
		current, group = q.ID, []string{q.ID}
	}
	ui.MarkSelectionIn(editorArticleID, group, current)
}

// maxMarkedMentions is the most mentions of the entity being corrected
// that markSelected outlines.
const maxMarkedMentions = 200

// onTextClick selects the highlight clicked in the text.
func (ed *view) onTextClick(ctx app.Context, e app.Event) {
	if id := ui.SpanFromEvent(e); id != "" {
		ed.selectSpan(ctx, id)
	}
}

// onTextKey selects the highlight Enter or Space is pressed on. Enter on
// the text itself, with words selected, goes on to the choice of what
// they are, past every highlight in between.
func (ed *view) onTextKey(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	switch key {
	case "Enter", " ":
		if id := ui.SpanFromEvent(e); id != "" {
			e.PreventDefault()
			ed.selectSpan(ctx, id)
			return
		}
		if key == "Enter" && e.Get("target").Get("id").String() == editorArticleID {
			if _, ok := ui.ReadSelection(ed.draft, editorArticleID); ok {
				e.PreventDefault()
				ui.FocusInView("add-type")
			}
		}
	}
}

// selectSpan makes the mention or quote with the given id the one being
// corrected, and moves the focus to its panel.
func (ed *view) selectSpan(ctx app.Context, id string) {
	for _, m := range ed.draft.Mentions {
		if m.ID == id {
			ed.selected, ed.quote = m.Span, false
		}
	}
	for _, q := range ed.draft.Quotes {
		if q.ID == id {
			ed.selected, ed.quote = q.Span, true
		}
	}
	ed.problem = ""
	ctx.Defer(ed.markSelected)
	ctx.Defer(func(app.Context) { focusSelectedPanel() })
}

// focusSelectedPanel moves the focus to the heading of the selected
// highlight's panel and brings the whole panel into view, or its top when
// it is taller than the screen: below 1024 pixels the panel is under the
// whole text, and its heading alone at the screen's edge hid its choices.
func focusSelectedPanel() {
	ui.FocusElement("editor-selected-title")
	ui.RevealElement("editor-selected")
}

// The handlers below act on the highlight selected when they run, never
// on one captured when the panel was built: go-app keeps an element's
// first handler when the same element shows another highlight.

// onSetType sets the type named by the button's data-set-type for the
// selected mention's entity.
func (ed *view) onSetType(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	m, ok := ed.selectedMention()
	button := e.Get("target").Call("closest", "[data-set-type]")
	if !ok || !button.Truthy() {
		return
	}
	t := article.Type(button.Call("getAttribute", "data-set-type").String())
	ed.change("Changed to "+strings.ToLower(t.Label())+".", func() error { return ed.draft.SetEntityType(m.Entity, t) })
}

func (ed *view) onDetach(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	if m, ok := ed.selectedMention(); ok {
		ed.change("This mention now names something of its own.", func() error {
			_, err := ed.draft.DetachMention(m.ID)
			return err
		})
	}
}

// onDescribe saves the name and description typed for the selected
// mention's entity.
func (ed *view) onDescribe(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	m, ok := ed.selectedMention()
	if !ok || !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	name := doc.Call("getElementById", "entity-name").Get("value").String()
	description := doc.Call("getElementById", "entity-description").Get("value").String()
	switch {
	case strings.TrimSpace(name) == "":
		ed.problem, ed.status = "Give the name, as its card and the claims will show it.", ""
		ui.FocusElement("entity-name")
		return
	case strings.TrimSpace(description) == "":
		ed.problem, ed.status = "Give a one-line description for its card.", ""
		ui.FocusElement("entity-description")
		return
	}
	if e, _ := ed.draft.Entity(m.Entity); strings.Join(strings.Fields(name), " ") == e.Name &&
		strings.Join(strings.Fields(description), " ") == e.Description {
		ed.problem, ed.status = "", "Nothing changed: the name and description are as they were."
		return
	}
	ed.change("Saved the name and description of "+strings.Join(strings.Fields(name), " ")+".", func() error {
		return ed.draft.DescribeEntity(m.Entity, name, description)
	})
}

// onLink makes the selected mention name the entity chosen.
func (ed *view) onLink(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	m, ok := ed.selectedMention()
	if !ok || !app.IsClient {
		return
	}
	id := app.Window().Get("document").Call("getElementById", "mention-entity").Get("value").String()
	target, known := ed.draft.Entity(id)
	if !known {
		ed.problem, ed.status = "Choose what this mention names, then “Link it”.", ""
		ui.FocusElement("mention-entity")
		return
	}
	ed.change("This mention now names "+target.Name+".", func() error { return ed.draft.LinkMention(m.ID, id) })
}

func (ed *view) onRemoveMention(ctx app.Context, e app.Event) {
	if m, ok := ed.selectedMention(); ok {
		ed.change("Highlight removed.", func() error { return ed.draft.RemoveMention(m.ID) })
		ed.afterRemove()
	}
}

func (ed *view) onRemoveQuote(ctx app.Context, e app.Event) {
	if q, ok := ed.selectedQuote(); ok {
		ed.change("Quote removed.", func() error { return ed.draft.RemoveQuote(q.ID) })
		ed.afterRemove()
	}
}

// afterRemove clears the selection once its highlight is gone and moves
// the focus to the text, where the next one is.
func (ed *view) afterRemove() {
	if _, ok := ed.selectedMention(); ok {
		return
	}
	if _, ok := ed.selectedQuote(); ok {
		return
	}
	ed.selected = article.Span{}
	ui.FocusElement(editorArticleID)
}

func (ed *view) onSetSpeaker(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	q, ok := ed.selectedQuote()
	speaker := e.Get("target").Get("value").String()
	if !ok || speaker == "" {
		return
	}
	name := speaker
	if en, ok := ed.draft.Entity(speaker); ok {
		name = en.Name
	}
	ed.change("Said by "+name+".", func() error { return ed.draft.SetSpeaker(q.ID, speaker) })
}

// onAdd makes the words selected in the text a mention or a quote. The
// selection loses the punctuation and quotation marks at its ends, which
// selecting word by word takes in. A refused addition leaves the
// highlight being corrected, and its panel, as they were.
func (ed *view) onAdd(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	s, ok := ed.kept.read(ed.draft)
	if !ok {
		ed.problem, ed.status = "Select some words in the article's text first.", ""
		return
	}
	quote := ed.addType == article.Quote
	s = selectionCore(ed.draft.Text, s, quote)
	if s.Len() == 0 {
		ed.problem, ed.status = "The selection holds no words, only spaces or punctuation.", ""
		return
	}
	words := ui.ShortQuote(ed.draft.Text[s.Start:s.End], 60)
	if quote {
		if ed.addSpeaker == "" {
			ed.problem, ed.status = "Choose who said the quote first.", ""
			return
		}
		ed.change("Added the quote "+words+".", func() error { return ed.draft.AddQuote(s.Start, s.End, ed.addSpeaker) })
	} else {
		ed.change("Added "+words+" as "+strings.ToLower(ed.addType.Label())+".", func() error {
			_, err := ed.draft.AddMention(s.Start, s.End, ed.addType, "")
			return err
		})
	}
	if ed.problem != "" {
		return
	}
	ed.selected, ed.quote = s, quote
	ctx.Defer(func(app.Context) { focusSelectedPanel() })
}

// onSelectedKey closes the selected highlight's panel with Escape, as the
// reader's card closes, and gives the focus back to the highlight in the
// text.
func (ed *view) onSelectedKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" {
		ctx.PreventUpdate()
		return
	}
	id := e.Get("currentTarget").Call("getAttribute", "data-selected").String()
	ed.selected, ed.quote = article.Span{}, false
	// At once: the update takes the panel, and a deferred function of
	// it with it.
	ed.markSelected(ctx)
	ui.FocusInView(id)
}

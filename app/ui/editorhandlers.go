package ui

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/formats"
)

// setDraft makes a the article being corrected, with no changes to undo.
func (ed *editor) setDraft(a *article.Article) {
	ed.show(a)
	ed.hist.clear()
}

// replace makes a the article being corrected in place of the one open,
// if any, which Undo brings back with its corrections: annotating again or
// opening a file never throws away a teacher's work. It returns what to
// add to the status to say so.
func (ed *editor) replace(a *article.Article, what string) string {
	if ed.draft == nil {
		ed.setDraft(a)
		return ""
	}
	ed.hist.record(ed.state(), what)
	ed.show(a)
	return " Undo brings back the article open before, as it was."
}

// show makes a the article being corrected, shown with nothing selected.
func (ed *editor) show(a *article.Article) {
	ed.draft, ed.html = a, articleHTML(a)
	ed.selected, ed.quote = article.Span{}, false
	ed.form = claimForm{}
}

// onOpen reads the article file chosen.
func (ed *editor) onOpen(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	ed.status = "Reading " + name + "…"
	readFile(file, article.MaxFileSize, "an article file", func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) { ed.opened(ctx, name, data, err) })
	})
}

// onAnnotate annotates the pasted text in the page. The text is only ever
// text: the article shows it escaped, never as HTML.
func (ed *editor) onAnnotate(ctx app.Context, e app.Event) {
	ed.problem, ed.fileErrors = "", nil
	if strings.TrimSpace(ed.pasteText) == "" {
		ed.problem = "Paste the article's text first."
		return
	}
	if ed.annotate == nil {
		ed.problem = "This page cannot annotate text: the editor was built without the annotator."
		return
	}
	title, text := ed.pasteTitle, ed.pasteText
	next := ed.stepper(ctx)
	next("Annotating…", func(ctx app.Context) {
		a, err := ed.annotate(title, text)
		if err != nil {
			ed.status, ed.problem = "", strings.TrimPrefix(err.Error(), "extract: ")
			return
		}
		next("Annotated "+strconv.Itoa(len(a.Mentions))+" highlights; showing them…", func(ctx app.Context) {
			undo := ed.replace(a, "Annotated the pasted text.")
			next("Keeping the article in this browser…", func(ctx app.Context) {
				ed.status = "Annotated: " + english.Plural(len(a.Mentions), "highlight", "") + " and " + english.Plural(len(a.Quotes), "quote", "") + " found. Check them, then correct what is wrong." + undo
				ed.keep()
			})
		})
	})
}

// stepper returns how to run long work in steps: each step runs after the
// page has shown the status of the one before, so that a long article
// holds the page a moment at a time and the reader sees where it is.
func (ed *editor) stepper(ctx app.Context) func(status string, step func(ctx app.Context)) {
	return func(status string, step func(ctx app.Context)) {
		ed.status = status
		// Once go-app has put the status in the page and the browser has
		// painted it: a fixed pause could end first on a slow tablet, and
		// the status would never show.
		ctx.Defer(func(ctx app.Context) { afterPaint(ctx, step) })
	}
}

// opened takes a file read: its article is opened, in steps, or why not
// is listed.
func (ed *editor) opened(ctx app.Context, name string, data []byte, err error) {
	ed.fileErrors, ed.problem = nil, ""
	next := ed.stepper(ctx)
	next("Checking "+name+"…", func(ctx app.Context) {
		var a *article.Article
		if err == nil {
			a, err = article.Parse(name, data)
		}
		if err != nil {
			var list article.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					ed.fileErrors = append(ed.fileErrors, e.Error())
				}
			} else {
				ed.fileErrors = []string{name + ": " + err.Error()}
			}
			if hint := fileKindHint(name, data); hint != "" {
				ed.fileErrors = append(ed.fileErrors, hint)
			}
			ed.status = name + " could not be opened."
			return
		}
		next("Showing "+name+"…", func(ctx app.Context) {
			undo := ed.replace(a, "Opened "+name+".")
			next("Keeping the article in this browser…", func(ctx app.Context) {
				ed.status = "Opened " + name + "." + undo
				ed.keep()
			})
		})
	})
}

// keep saves the article in the browser, or says why it could not.
func (ed *editor) keep() {
	if ed.keepOff {
		ed.status += " It is not kept in this browser, which still holds an earlier article that could not be read."
		return
	}
	if err := saveDraft(browserStore{}, ed.draft); err != nil {
		ed.status += " It could not be kept in this browser: " + strings.TrimRight(err.Error(), ".") + ". Download the file to keep your changes."
	}
}

// change applies an edit; after it the article is shown again and kept,
// and what was done, or why it could not be, is said.
func (ed *editor) change(done string, edit func() error) {
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
	ed.html = articleHTML(ed.draft)
	ed.status = done
	ed.keep()
}

func (ed *editor) selectedMention() (article.Mention, bool) {
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
func (ed *editor) dropGoneSelection() {
	_, mention := ed.selectedMention()
	_, quote := ed.selectedQuote()
	if mention || quote {
		return
	}
	ed.selected = article.Span{}
	if focusWithin("editor-selected") {
		focusElement(editorArticleID)
	}
}

func (ed *editor) selectedQuote() (article.QuoteSpan, bool) {
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
func (ed *editor) markSelected(ctx app.Context) {
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
	markSelectionIn(editorArticleID, group, current)
}

// maxMarkedMentions is the most mentions of the entity being corrected
// that markSelected outlines.
const maxMarkedMentions = 200

// onTextClick selects the highlight clicked in the text.
func (ed *editor) onTextClick(ctx app.Context, e app.Event) {
	if id := spanFromEvent(e); id != "" {
		ed.selectSpan(ctx, id)
	}
}

// onTextKey selects the highlight Enter or Space is pressed on. Enter on
// the text itself, with words selected, goes on to the choice of what
// they are, past every highlight in between.
func (ed *editor) onTextKey(ctx app.Context, e app.Event) {
	key := e.Get("key").String()
	switch key {
	case "Enter", " ":
		if id := spanFromEvent(e); id != "" {
			e.PreventDefault()
			ed.selectSpan(ctx, id)
			return
		}
		if key == "Enter" && e.Get("target").Get("id").String() == editorArticleID {
			if _, ok := readSelection(ed.draft, editorArticleID); ok {
				e.PreventDefault()
				focusInView("add-type")
			}
		}
	}
}

// selectSpan makes the mention or quote with the given id the one being
// corrected, and moves the focus to its panel.
func (ed *editor) selectSpan(ctx app.Context, id string) {
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
	focusElement("editor-selected-title")
	revealElement("editor-selected")
}

// The handlers below act on the highlight selected when they run, never
// on one captured when the panel was built: go-app keeps an element's
// first handler when the same element shows another highlight.

// onSetType sets the type named by the button's data-set-type for the
// selected mention's entity.
func (ed *editor) onSetType(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	m, ok := ed.selectedMention()
	button := e.Get("target").Call("closest", "[data-set-type]")
	if !ok || !button.Truthy() {
		return
	}
	t := article.Type(button.Call("getAttribute", "data-set-type").String())
	ed.change("Changed to "+strings.ToLower(t.Label())+".", func() error { return ed.draft.SetEntityType(m.Entity, t) })
}

func (ed *editor) onDetach(ctx app.Context, e app.Event) {
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
func (ed *editor) onDescribe(ctx app.Context, e app.Event) {
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
		focusElement("entity-name")
		return
	case strings.TrimSpace(description) == "":
		ed.problem, ed.status = "Give a one-line description for its card.", ""
		focusElement("entity-description")
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
func (ed *editor) onLink(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	m, ok := ed.selectedMention()
	if !ok || !app.IsClient {
		return
	}
	id := app.Window().Get("document").Call("getElementById", "mention-entity").Get("value").String()
	target, known := ed.draft.Entity(id)
	if !known {
		ed.problem, ed.status = "Choose what this mention names, then “Link it”.", ""
		focusElement("mention-entity")
		return
	}
	ed.change("This mention now names "+target.Name+".", func() error { return ed.draft.LinkMention(m.ID, id) })
}

func (ed *editor) onRemoveMention(ctx app.Context, e app.Event) {
	if m, ok := ed.selectedMention(); ok {
		ed.change("Highlight removed.", func() error { return ed.draft.RemoveMention(m.ID) })
		ed.afterRemove()
	}
}

func (ed *editor) onRemoveQuote(ctx app.Context, e app.Event) {
	if q, ok := ed.selectedQuote(); ok {
		ed.change("Quote removed.", func() error { return ed.draft.RemoveQuote(q.ID) })
		ed.afterRemove()
	}
}

// afterRemove clears the selection once its highlight is gone and moves
// the focus to the text, where the next one is.
func (ed *editor) afterRemove() {
	if _, ok := ed.selectedMention(); ok {
		return
	}
	if _, ok := ed.selectedQuote(); ok {
		return
	}
	ed.selected = article.Span{}
	focusElement(editorArticleID)
}

func (ed *editor) onSetSpeaker(ctx app.Context, e app.Event) {
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
func (ed *editor) onAdd(ctx app.Context, e app.Event) {
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
	words := quoteShort(ed.draft.Text[s.Start:s.End], 60)
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

// onDownload saves the corrected article as the file the button's
// data-download names: the article file, its highlights as W3C Web
// Annotations, or its claims as schema.org ClaimReview.
func (ed *editor) onDownload(ctx app.Context, e app.Event) {
	button := e.Get("target").Call("closest", "[data-download]")
	if !button.Truthy() || ed.draft == nil {
		return
	}
	a := ed.draft
	var (
		data       []byte
		err        error
		name, mime = a.ID + ".json", "application/json"
	)
	switch button.Call("getAttribute", "data-download").String() {
	case "w3c":
		data, err = formats.EncodeW3C(a, formats.Source(a))
		name, mime = a.ID+".annotations.jsonld", "application/ld+json"
	case "schema":
		data, err = formats.EncodeClaimReview(a, formats.Source(a))
		name, mime = a.ID+".claims.jsonld", "application/ld+json"
	default:
		data, err = article.Encode(a)
		// Downloaded all the same: nothing is lost, and the reader is told.
		ed.problem = fileTooLarge(name, len(data))
	}
	if err != nil {
		ed.problem = err.Error()
		return
	}
	downloadFile(name, mime, string(data))
	ed.status = "Downloaded " + name + "."
}

// fileKindHint says what a file that is not an article file seems to be,
// and where it goes instead, or "" when it looks like one.
func fileKindHint(name string, data []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(t) == 0:
		return ""
	case t[0] == '[':
		return name + " is a JSON list, not an article file, which is one JSON object, starting with “{”."
	case t[0] != '{':
		return name + " does not start with “{”, so it is not an article file but perhaps plain text: to annotate plain text, paste it into “Article text” above."
	case bytes.Contains(t, []byte(`"@context"`)):
		return name + " is JSON-LD, as annotations and claims are written: open the article first, then choose the file under “Import W3C Web Annotations or schema.org ClaimReview”."
	}
	return ""
}

// fileTooLarge says that an article file of n bytes is more than the
// explorer reads, or "" when it is not.
func fileTooLarge(name string, n int) string {
	if n <= article.MaxFileSize {
		return ""
	}
	return name + " is " + humanize.Bytes(uint64(n)) + ", more than the " + humanize.Bytes(article.MaxFileSize) +
		" the explorer reads, so the library and newsexplorer validate will refuse it. It is downloaded all the same, so nothing is lost; to make it fit, remove highlights or split the article."
}

// onImport reads W3C Web Annotations (highlights and quotes), or schema.org
// ClaimReview (claims), onto the open article, telling them apart by their
// JSON-LD context.
func (ed *editor) onImport(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if !files.Truthy() || files.Length() == 0 || ed.draft == nil {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	readFile(file, article.MaxFileSize, "an annotations file", func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			ed.problem = ""
			if err == nil {
				var a *article.Article
				if a, err = formats.Import(ed.draft, data); err == nil {
					ed.hist.record(ed.state(), "Imported the annotations of "+name+".")
					ed.show(a)
					ed.status = "Imported the annotations of " + name + "."
					ed.keep()
					return
				}
			}
			ed.status, ed.problem = "", name+": "+strings.TrimPrefix(err.Error(), "formats: ")
		})
	})
}

func (ed *editor) onAskClose(ctx app.Context, e app.Event) {
	ed.confirming = true
	ctx.Defer(func(app.Context) { focusElement("keep-article") })
}

// onQuestionKey answers the close question's keys: Escape keeps the
// article, and Tab and Shift+Tab go round its two buttons.
func (ed *editor) onQuestionKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Escape":
		e.PreventDefault()
		ed.onKeep(ctx, e)
	case "Tab":
		at := app.Window().Get("document").Get("activeElement").Get("id").String()
		back := e.Get("shiftKey").Bool()
		switch {
		case !back && at == "keep-article":
			e.PreventDefault()
			focusElement("close-confirm")
		case back && at == "close-confirm":
			e.PreventDefault()
			focusElement("keep-article")
		}
	}
}

func (ed *editor) onKeep(ctx app.Context, e app.Event) {
	ed.confirming = false
	// At once: the question, and this button, go with the update, and
	// go-app drops the deferred functions of elements no longer there.
	focusElement("close-article")
}

// onClose closes the article and forgets the copy kept in the browser.
func (ed *editor) onClose(ctx app.Context, e app.Event) {
	ed.confirming = false
	ed.draft, ed.html, ed.selected = nil, "", article.Span{}
	ed.hist.clear()
	if !ed.keepOff {
		browserStore{}.Remove(draftKey)
	}
	ed.status = "Article closed."
	// At once, as in onKeep: the file field is there before and after.
	focusElement("article-file")
}

// state is the editor's article and the highlight selected in it, as
// undo and redo keep them.
func (ed *editor) state() state {
	return state{art: ed.draft, selected: ed.selected, quote: ed.quote}
}

// onUndo undoes the latest change, and onRedo redoes the latest change
// undone. The article is shown and kept as it then is, with the highlight
// that was selected then selected again.
func (ed *editor) onUndo(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	ed.keepClaimFocus(ctx)
	ed.travel(ed.hist.back, "Undone: ", "There is nothing to undo.")
}

func (ed *editor) onRedo(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	ed.keepClaimFocus(ctx)
	ed.travel(ed.hist.forward, "Redone: ", "There is nothing to redo.")
}

func (ed *editor) travel(step func(current state) (state, string, bool), done, none string) {
	if ed.draft == nil {
		return
	}
	s, what, ok := step(ed.state())
	ed.problem = ""
	if !ok {
		ed.status = none
		return
	}
	keepForm := ed.form.stillFits(ed.draft, s.art)
	ed.draft, ed.html = s.art, articleHTML(s.art)
	ed.selected, ed.quote = s.selected, s.quote
	ed.status = done + what
	ed.keep()
	ed.dropGoneSelection()
	// An open claim form stays open with what was typed, unless the undo
	// or redo took away, or changed, the claim or party it is for: sent
	// then, it would redo the change undone, or name a claim or party no
	// longer there.
	if ed.form.mode != formClosed && !keepForm {
		ed.form = claimForm{}
		ed.status += " The claim form was for what this changed, so it is closed."
	}
}

// onSelectedKey closes the selected highlight's panel with Escape, as the
// reader's card closes, and gives the focus back to the highlight in the
// text.
func (ed *editor) onSelectedKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" {
		ctx.PreventUpdate()
		return
	}
	id := e.Get("currentTarget").Call("getAttribute", "data-selected").String()
	ed.selected, ed.quote = article.Span{}, false
	// At once: the update takes the panel, and a deferred function of
	// it with it.
	ed.markSelected(ctx)
	focusInView(id)
}

// textEntry matches the fields where Ctrl+Z undoes typing: those the
// editor's keys leave alone.
const textEntry = `textarea, [contenteditable], input:not([type="file"], [type="button"], [type="submit"], [type="checkbox"], [type="radio"])`

// onHistoryKey undoes with Ctrl+Z (Command+Z on a Mac) and redoes with
// Ctrl+Shift+Z or Ctrl+Y, except in a text field, which undoes its own
// typing, and in the claim form.
func (ed *editor) onHistoryKey(ctx app.Context, e app.Event) {
	if !e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	// In a text field the keys undo its own typing; elsewhere in the
	// claim form, on a box or a choice, they would undo a change to the
	// article that the teacher is not thinking of.
	if e.Get("target").Call("closest", textEntry+", #claim-form").Truthy() {
		return
	}
	switch key := strings.ToLower(e.Get("key").String()); {
	case key == "z" && !e.Get("shiftKey").Bool():
		e.PreventDefault()
		ed.onUndo(ctx, e)
	case key == "z" || key == "y":
		e.PreventDefault()
		ed.onRedo(ctx, e)
	}
}

package editor

import (
	"strconv"
	"strings"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// The parts of the editor's page, each built from its state.

// savedNotice says what went wrong with the article kept in the browser,
// until dismissed.
func (ed *view) savedNotice() app.UI {
	if ed.notice == "" {
		return nil
	}
	return app.Div().Class("saved-notice").Attr("role", "alert").DataSet("saved-notice", "draft").Body(
		app.P().Text(ed.notice),
		app.Button().Type("button").OnClick(func(ctx app.Context, e app.Event) { ed.notice = ""; ui.AfterDismiss() }).Text("Dismiss"),
	)
}

// opener is where a file is opened, with why the last one could not be.
func (ed *view) opener() app.UI {
	var errs app.UI
	if len(ed.fileErrors) > 0 {
		errs = app.Div().Class("file-problems").DataSet("file-error", "article").Body(
			app.P().Body(app.Strong().Text("This file is not an article file the explorer can read:")),
			app.Ul().Body(app.Range(ed.fileErrors).Slice(func(i int) app.UI { return app.Li().Text(ed.fileErrors[i]) })),
		)
	}
	return app.Section().Class("editor-open").Aria("labelledby", "editor-open-title").Body(
		app.H2().ID("editor-open-title").Text("Paste an article, or open an article file"),
		app.Div().Class("field").Body(
			app.Label().For("paste-title").Text("Title"),
			app.Input().Type("text").ID("paste-title").Value(ed.pasteTitle).
				OnInput(func(ctx app.Context, e app.Event) { ed.pasteTitle = e.Get("target").Get("value").String() }),
		),
		app.Div().Class("field").Body(
			app.Label().For("paste-text").Text("Article text"),
			app.Textarea().ID("paste-text").Rows(8).Aria("describedby", "paste-text-help").Text(ed.pasteText).
				OnInput(func(ctx app.Context, e app.Event) { ed.pasteText = e.Get("target").Get("value").String() }),
			app.P().ID("paste-text-help").Class("field-help").Text("Paste the article as plain text, one paragraph per line. It is annotated in this browser, with no network: people, organizations, places, groups, dates, numbers, events and quotes with their speakers. Then correct what it got wrong."),
		),
		app.Button().Type("button").DataSet("annotate", "paste").OnClick(ed.onAnnotate).Text("Annotate"),
		app.Div().Class("file-field").Body(
			app.Label().For("article-file").Text("Article file (JSON)"),
			app.Input().Type("file").ID("article-file").Accept(".json,application/json").
				Aria("describedby", "article-file-help").OnChange(ed.onOpen),
			app.P().ID("article-file-help").Class("field-help").Text("An article file of the explorer's format, such as one downloaded from this page. Opening a file replaces the article being corrected."),
		),
		errs,
	)
}

// workspace is the article being corrected beside what can be done with
// it, or nothing when no article is open.
func (ed *view) workspace() app.UI {
	if ed.draft == nil {
		return app.P().Class("editor-empty").Text("No article is open yet.")
	}
	a := ed.draft
	return app.Section().Class("editor-work").Aria("labelledby", "editor-title").DataSet("draft", a.ID).OnKeyDown(ed.onHistoryKey).Body(
		app.H2().ID("editor-title").Text(a.Title),
		app.P().Class("stats").Text(english.Plural(len(a.Entities), "entity", "entities")+" · "+
			english.Plural(len(a.Mentions), "mention", "")+" · "+english.Plural(len(a.Quotes), "quote", "")),
		ed.tools(),
		ed.historyButtons(),
		app.Div().Class("editor-layout").Body(
			app.Div().Class("editor-text").OnClick(ed.onTextClick).OnKeyDown(ed.onTextKey).Body(
				app.P().ID("editor-help").Class("field-help").Body(
					app.Span().ID(ui.MentionHelpID).Text("Activate a highlight to correct it."),
					app.Span().ID(ui.MentionNoHelpID).Hidden(true),
					app.Text(" To add one, select words: with the mouse, by touch, or Tab to the text and use Shift and the arrow keys."),
				),
				&ui.SelectableText{Art: a, HTML: ed.html, ID: editorArticleID, HelpID: "editor-help"},
			),
			app.Div().Class("editor-side").Body(
				// The panel of the highlight selected has a slot of its
				// own, so that its coming and going leaves the add panel,
				// and the focus in it, in place.
				app.Div().Class("selected-slot").Body(ed.selectedPanel()),
				ed.addPanel(),
				ed.claimsPanel(),
			),
		),
	)
}

// historyButtons undo and redo the changes. Each names, to screen readers
// and as its tooltip, the change it would undo or redo. With nothing to
// undo or redo a button is marked unavailable but keeps the focus, which
// a disabled button would drop.
func (ed *view) historyButtons() app.UI {
	undo, redo := ed.hist.next()
	return app.Div().Class("editor-history").Body(
		historyButton("editor-undo", "Undo", "Control+Z", undo, ed.onUndo),
		historyButton("editor-redo", "Redo", "Control+Shift+Z Control+Y", redo, ed.onRedo),
	)
}

// historyButton is the Undo or the Redo button: label, its keys, and what
// it would undo or redo, "" for nothing.
func historyButton(id, label, keys, what string, handler app.EventHandler) app.UI {
	b := app.Button().Type("button").ID(id).Aria("keyshortcuts", keys).
		Aria("disabled", strconv.FormatBool(what == "")).OnClick(handler)
	if what == "" {
		return b.Text(label)
	}
	return b.Title(label+": "+what).Body(app.Text(label), app.Span().Class("sr-only").Text(": "+what))
}

func (ed *view) problemText() app.UI {
	if ed.problem == "" {
		return nil
	}
	return app.P().ID(problemTextID).DataSet("editor-problem", "shown").Text(ed.problem)
}

// problemTextID is the id of the text of the problem shown, which the
// claim form's field it is about refers to.
const problemTextID = "editor-problem-text"

// tools download the corrected file in the open formats, import W3C Web
// Annotations, and close the article, asking first.
func (ed *view) tools() app.UI {
	actions := app.Div().Class("editor-tools").Body(
		app.Button().Type("button").DataSet("download", "article").OnClick(ed.onDownload).Text("Download the article file"),
		app.Button().Type("button").DataSet("download", "w3c").OnClick(ed.onDownload).Text("Download the highlights as W3C Web Annotations"),
		app.Button().Type("button").DataSet("download", "schema").OnClick(ed.onDownload).Text("Download the claims as schema.org ClaimReview"),
		app.Button().Type("button").DataSet("share", "link").OnClick(ed.onShare).Text("Share as a link"),
		app.Button().Type("button").ID("close-article").Aria("expanded", strconv.FormatBool(ed.confirming)).
			Aria("controls", "close-question").OnClick(ed.onAskClose).Text("Close this article…"),
	)
	// The question has a slot of its own, so that asking leaves the
	// buttons, and the focus on them, in place.
	question := app.Div().Class("confirm-slot")
	if ed.confirming {
		// A question in the page, as Start over asks in the exercises:
		// it holds the focus until answered, and Escape keeps the article.
		question = app.Div().Class("confirm-slot confirm").DataSet("confirm", "close-article").Body(
			app.Div().ID("close-question").Attr("role", "alertdialog").
				Aria("labelledby", "close-question-title").Aria("describedby", "close-question-text").
				OnKeyDown(ed.onQuestionKey).Body(
				app.P().ID("close-question-title").Class("confirm-title").Text("Close this article?"),
				app.P().ID("close-question-text").Text("The changes you have not downloaded are lost."),
				app.Button().Type("button").ID("close-confirm").Class("danger").OnClick(ed.onClose).Text("Close it"),
				app.Button().Type("button").ID("keep-article").OnClick(ed.onKeep).Text("Keep it open"),
			),
		)
	}
	return app.Div().Class("editor-tools-block").Body(
		actions,
		question,
		ed.sharePanel(),
		app.Div().Class("file-field").Body(
			app.Label().For("w3c-file").Text("Import W3C Web Annotations or schema.org ClaimReview"),
			app.Input().Type("file").ID("w3c-file").Accept(".jsonld,.json,application/ld+json").
				Aria("describedby", "w3c-file-help").OnChange(ed.onImport),
			app.P().ID("w3c-file-help").Class("field-help").Text("Files of this article's text, as the downloads above write them: W3C annotations replace its highlights and quotes, schema.org ClaimReview its claims."),
		),
	)
}

// selectedPanel corrects the highlight activated in the text.
func (ed *view) selectedPanel() app.UI {
	a := ed.draft
	if m, ok := ed.selectedMention(); ok {
		e, _ := a.Entity(m.Entity)
		n := len(a.MentionsOf(e.ID))
		types := make([]app.UI, 0, len(article.Types))
		for _, t := range article.Types {
			if t == article.Quote {
				continue
			}
			types = append(types, app.Button().Type("button").Class("type-choice").
				DataSet("set-type", string(t)).Aria("pressed", strconv.FormatBool(e.Type == t)).
				OnClick(ed.onSetType).Text(t.Label()))
		}
		var detach app.UI
		if n > 1 {
			detach = app.Button().Type("button").DataSet("edit", "detach").OnClick(ed.onDetach).
				Text("This one names something else")
		}
		return app.Section().ID("editor-selected").Class("editor-panel").Aria("labelledby", "editor-selected-title").
			DataSet("selected", m.ID).OnKeyDown(ed.onSelectedKey).Body(
			app.H3().ID("editor-selected-title").TabIndex(-1).Text("“"+a.Text[m.Start:m.End]+"”"),
			app.P().Text("Names "+e.Name+", "+strings.ToLower(e.Type.Label())+", mentioned "+english.Plural(n, "time", "")+"."),
			app.P().Class("field-label").Text("What "+e.Name+" is, for all "+english.Plural(n, "mention", "")+":"),
			app.Div().Class("type-choices").Attr("role", "group").Aria("label", "Type of "+e.Name).Body(types...),
			app.Div().Class("field").Body(
				app.Label().For("entity-name").Text("Name, as its card and the claims show it"),
				app.Input().Type("text").ID("entity-name").Value(e.Name).DataSet("given", e.Name),
			),
			app.Div().Class("field").Body(
				app.Label().For("entity-description").Text("Description, one line for its card"),
				app.Textarea().ID("entity-description").Rows(2).Text(e.Description).DataSet("given", e.Description),
			),
			app.Button().Type("button").DataSet("edit", "describe").OnClick(ed.onDescribe).Text("Save the name and description"),
			ed.linkField(e),
			app.Div().Class("editor-actions").Body(
				detach,
				app.Button().Type("button").DataSet("edit", "remove").OnClick(ed.onRemoveMention).Text("Remove this highlight"),
			),
		)
	}
	if q, ok := ed.selectedQuote(); ok {
		return app.Section().ID("editor-selected").Class("editor-panel").Aria("labelledby", "editor-selected-title").
			DataSet("selected", q.ID).OnKeyDown(ed.onSelectedKey).Body(
			app.H3().ID("editor-selected-title").TabIndex(-1).Text("Quote: "+ui.ShortQuote(a.Text[q.Start:q.End], 80)),
			app.Label().For("quote-speaker").Text("Said by"),
			ed.speakerSelect("quote-speaker", q.Speaker, ed.onSetSpeaker),
			app.Div().Class("editor-actions").Body(
				app.Button().Type("button").DataSet("edit", "remove").OnClick(ed.onRemoveQuote).Text("Remove this quote"),
			),
		)
	}
	return nil
}

// linkField lets the selected mention name another of the article's
// entities than e, for one thing the annotator made two of.
func (ed *view) linkField(e article.Entity) app.UI {
	options := []app.UI{app.Option().Value("").Selected(true).Text("Choose what it names")}
	for _, o := range ed.draft.Entities {
		if o.ID != e.ID {
			options = append(options, app.Option().Value(o.ID).Text(o.Name+" ("+strings.ToLower(o.Type.Label())+")"))
		}
	}
	if len(options) == 1 {
		return nil
	}
	return app.Div().Class("field").Body(
		app.Label().For("mention-entity").Text("Or this mention names"),
		app.Select().ID("mention-entity").Body(options...),
		app.Button().Type("button").DataSet("edit", "link").OnClick(ed.onLink).Text("Link it"),
	)
}

// addPanel makes the words selected in the text a mention or a quote.
func (ed *view) addPanel() app.UI {
	options := make([]app.UI, 0, len(article.Types))
	for _, t := range article.Types {
		label := t.Label()
		if t == article.Quote {
			label = "A quote"
		}
		options = append(options, app.Option().Value(string(t)).Selected(ed.addType == t).Text(label))
	}
	var speaker app.UI
	if ed.addType == article.Quote {
		speaker = app.Div().Class("field").Body(
			app.Label().For("add-speaker").Text("Said by"),
			ed.speakerSelect("add-speaker", ed.addSpeaker, func(ctx app.Context, e app.Event) {
				ed.addSpeaker = e.Get("target").Get("value").String()
			}),
		)
	}
	return app.Section().Class("editor-panel editor-add").Aria("labelledby", "editor-add-title").Body(
		app.H3().ID("editor-add-title").Text("Add a highlight"),
		app.Div().Class("field").Body(
			app.Label().For("add-type").Text("The selected words are"),
			app.Select().ID("add-type").OnChange(func(ctx app.Context, e app.Event) {
				ed.addType = article.Type(e.Get("target").Get("value").String())
			}).Body(options...),
		),
		speaker,
		app.Button().Type("button").DataSet("edit", "add").OnClick(ed.onAdd).Text("Add"),
	)
}

// speakerSelect lists who can say a quote: the people, organizations,
// groups and places the article names.
func (ed *view) speakerSelect(id, current string, onChange app.EventHandler) app.UI {
	options := []app.UI{app.Option().Value("").Selected(current == "").Text("Choose who said it")}
	for _, e := range ed.draft.Entities {
		switch e.Type {
		case article.Person, article.Organization, article.Group, article.Place:
			options = append(options, app.Option().Value(e.ID).Selected(e.ID == current).Text(e.Name+" ("+strings.ToLower(e.Type.Label())+")"))
		}
	}
	return app.Select().ID(id).OnChange(onChange).Body(options...)
}

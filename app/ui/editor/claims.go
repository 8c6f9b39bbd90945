package editor

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// claimsPanel lists the claims the article reports, each with its parties,
// and holds the form that adds a claim or a party, or changes a claim.
// Its buttons are served by one handler on the panel, which stays on the
// page while forms and claims come and go, so that the focus can follow.
func (ed *view) claimsPanel() app.UI {
	a := ed.draft
	return app.Section().ID("editor-claims").Class("editor-panel editor-claims").Aria("labelledby", "editor-claims-title").
		OnClick(ed.onClaimsClick).Body(
		app.H3().ID("editor-claims-title").TabIndex(-1).Text("Claims: "+english.Plural(len(a.Claims), "claim", "")),
		app.P().Class("field-help").Text("The questions the article reports competing answers to, and who says what on each, as the claims panel beside the article shows them."),
		suggestionsHelp(a),
		app.If(len(a.Claims) > 0, func() app.UI {
			return app.Ol().Class("claim-list").Body(app.Range(a.Claims).Slice(func(i int) app.UI { return ed.claimCard(a.Claims[i]) }))
		}),
		app.Div().Class("claim-form-slot").Body(ed.claimFormUI()),
		// Always there, so that the focus can come back to it at once.
		app.Button().Type("button").ID("claim-new").DataSet("claim-action", "new").
			Aria("expanded", strconv.FormatBool(ed.form.mode == formNewClaim)).Text("Add a claim"),
	)
}

// claimHeadingID is the id of the heading of the claim with the given ID.
func claimHeadingID(claim string) string { return "editor-claim-" + claim }

// claimFormUI is the open claim form, or nothing.
func (ed *view) claimFormUI() app.UI {
	f := ed.form
	if f.mode == formClosed {
		return nil
	}
	title, send := "New claim", "Add the claim"
	switch f.mode {
	case formNewParty:
		title, send = "New party for: "+ed.claimQuestion(f.claim), "Add the party"
	case formEditClaim:
		title, send = "Change: "+ed.claimQuestion(f.claim), "Save the claim"
	case formEditParty:
		title, send = "Change the party "+f.name+" of: "+ed.claimQuestion(f.claim), "Save the party"
	}
	var claim, party app.UI
	if f.asksClaim() {
		statuses := make([]app.UI, 0, len(article.Statuses))
		for _, s := range article.Statuses {
			statuses = append(statuses, app.Option().Value(string(s)).Selected(f.status == s).Text(s.Label()))
		}
		claim = app.Div().Body(
			ed.textField("claim-question", "Question the claim answers", f.question, "Did Russia retake the whole Kursk region?"),
			app.Div().Class("field").Body(
				app.Label().For("claim-status").Text("What the article supports"),
				app.Select().ID("claim-status").DataSet("form-field", "status").OnChange(ed.onFormInput).Body(statuses...),
			),
			ed.textField("claim-settle", "What independent source could settle it", f.settle, "Satellite images of the region"),
			app.Div().Class("field").Body(
				app.Label().For("claim-checks").Text("What a reader would check next, one per line"),
				app.Textarea().ID("claim-checks").Rows(3).DataSet("form-field", "checks").OnInput(ed.onFormInput).
					Aria("invalid", ed.invalidAttr("claim-checks")).Aria("describedby", ed.problemFor("claim-checks")).Text(f.checks),
			),
			ed.passagesField(claimFraming),
		)
	}
	if f.asksParty() {
		party = ed.partyFields()
	}
	// The form is answered in the page, by the panel's click handler: the
	// browser's Enter in a field clicks its first button, which sends it.
	return app.Form().ID("claim-form").Class("claim-form").Aria("labelledby", "claim-form-title").
		DataSet("in-page", "true").OnKeyDown(ed.onFormKey).Body(
		app.H4().ID("claim-form-title").Text(title),
		claim,
		party,
		app.Div().Class("editor-actions").Body(
			app.Button().Type("submit").DataSet("claim-action", "send").Text(send),
			app.Button().Type("button").DataSet("claim-action", "cancel").Text("Cancel"),
		),
	)
}

// partyFields ask who the party is, its stance, and, unless it is
// silent, what it says, through which channel, and where in the text.
func (ed *view) partyFields() app.UI {
	f, a := ed.form, ed.draft
	stances := make([]app.UI, 0, len(article.Stances))
	for _, s := range article.Stances {
		stances = append(stances, app.Option().Value(string(s)).Selected(f.stance == s).Text(s.Label()))
	}
	var members []app.UI
	for _, e := range a.Entities {
		if !e.Type.CanSpeak() {
			continue
		}
		id := "party-member-" + e.ID
		members = append(members, app.Div().Class("member-choice").Body(
			app.Input().Type("checkbox").ID(id).Value(e.ID).DataSet("form-field", "member").
				Checked(slices.Contains(f.members, e.ID)).OnChange(ed.onFormInput),
			app.Label().For(id).Text(e.Name+" ("+strings.ToLower(e.Type.Label())+")"),
		))
	}
	var said app.UI
	if !f.silent() {
		sources := []app.UI{app.Option().Value("").Selected(f.source == "").Text("Choose the kind of source")}
		for _, k := range article.SourceKinds {
			sources = append(sources, app.Option().Value(string(k)).Selected(f.source == k).Text(k.Label()))
		}
		said = app.Div().Body(
			ed.textField("party-statement", "What the party says, in one line of neutral words", f.statement, ""),
			app.Div().Class("field").Body(
				app.Label().For("party-source").Text("Kind of source"),
				app.Select().ID("party-source").DataSet("form-field", "source").OnChange(ed.onFormInput).
					Aria("invalid", ed.invalidAttr("party-source")).Aria("describedby", ed.problemFor("party-source")).Body(sources...),
			),
			ed.textField("party-channel", "Channel", f.channel, "a post on Telegram"),
			ed.passagesField(partyEvidence),
		)
	}
	return app.FieldSet().Class("party-fields").Body(
		app.Legend().Text("Party"),
		ed.textField("party-name", "Name, as the panel shows it", f.name, "Russia"),
		app.FieldSet().ID("party-members").Class("member-choices").TabIndex(-1).
			Aria("invalid", ed.invalidAttr("party-members")).Aria("describedby", ed.problemFor("party-members")).Body(
			app.Legend().Text("Who makes up the party"),
			app.Div().Class("member-list").Body(members...),
		),
		app.Div().Class("field").Body(
			app.Label().For("party-stance").Text("Stance"),
			app.Select().ID("party-stance").DataSet("form-field", "stance").OnChange(ed.onFormInput).Body(stances...),
		),
		said,
	)
}

// passageField is how the form names one of its lists of passages: the
// ids of its elements, its label, its help, and how a passage in it is
// spoken of.
type passageField struct {
	id, label, help, of string
}

// passageFields are the form's two lists of passages: the party's
// evidence, which a party that speaks needs, and the claim's framing,
// which a claim may go without.
var passageFields = map[passageList]passageField{
	partyEvidence: {id: "party-evidence", label: "Where the article reports it",
		help: "Select the words in the article's text first, as for a highlight.", of: "the party's evidence"},
	claimFraming: {id: "claim-framing", label: "How the article frames it in its own words (if it does)",
		help: "Select the article's own words about the claim, such as “what he claimed was”, then add them.", of: "the article's framing of the claim"},
}

// passagesField lists the passages of the form's list l, and takes the
// words selected in the text as one more.
func (ed *view) passagesField(l passageList) app.UI {
	f, a, pf := ed.form, ed.draft, passageFields[l]
	passages := *f.passages(l)
	var list app.UI = app.P().ID(pf.id + "-none").Class("field-help").Text("None yet.")
	if len(passages) > 0 {
		list = app.Ul().Class("evidence-list").Aria("labelledby", pf.id+"-title").Body(app.Range(passages).Slice(func(i int) app.UI {
			s := passages[i]
			words := ui.ShortQuote(a.Text[s.Start:s.End], 80)
			return app.Li().Body(
				app.Text(words+" "),
				app.Button().Type("button").Class("party-remove").DataSet("claim-action", "drop-passage").
					DataSet("list", string(l)).DataSet("index", strconv.Itoa(i)).
					Aria("label", "Remove "+words+" from "+pf.of).Text("Remove"),
			)
		}))
	}
	return app.Div().Class("field").Body(
		app.P().Class("field-label").ID(pf.id+"-title").Text(pf.label),
		list,
		app.Button().Type("button").ID(pf.id+"-add").DataSet("claim-action", "take-passage").DataSet("list", string(l)).
			Aria("describedby", pf.id+"-title "+pf.id+"-help").Text("Add the selected words"),
		app.P().ID(pf.id+"-help").Class("field-help").Text(pf.help),
	)
}

// textField is a labelled one-line text input that reports its input to
// handler; example, when given, is shown as a placeholder.
func (ed *view) textField(id, label, value, example string) app.UI {
	input := app.Input().Type("text").ID(id).DataSet("form-field", strings.TrimPrefix(strings.TrimPrefix(id, "claim-"), "party-")).
		Value(value).OnInput(ed.onFormInput).Aria("invalid", ed.invalidAttr(id)).Aria("describedby", ed.problemFor(id))
	if example != "" {
		input = input.Placeholder("e.g. " + example)
	}
	return app.Div().Class("field").Body(app.Label().For(id).Text(label), input)
}

// invalidAttr is aria-invalid for the claim form's field with the given
// id: "true" when the problem shown is what it lacks, else "" (no
// attribute); problemFor the id of the problem's text then, for the
// field's aria-describedby.
func (ed *view) invalidAttr(id string) string {
	if ed.invalid == id && ed.problem != "" {
		return "true"
	}
	return ""
}

func (ed *view) problemFor(id string) string {
	if ed.invalid == id && ed.problem != "" {
		return problemTextID
	}
	return ""
}

// claimQuestion is the question of the claim with the given ID.
func (ed *view) claimQuestion(id string) string {
	if c, ok := ed.draft.Claim(id); ok {
		return c.Question
	}
	return id
}

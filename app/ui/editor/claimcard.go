package editor

import (
	"strings"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// claimCard is one claim: its question and status, its parties, each
// with its stance and the passages it rests on, and what can be done with
// it. It carries the hooks of the reader's claims panel: data-claim on the
// card, data-party and data-stance on each party, data-evidence on each
// control that shows a passage in the text. A claim the annotator
// suggested also carries data-suggested="true", says it was found
// automatically, and has the two controls that check it: Accept
// (data-accept) and Reject (data-reject).
func (ed *view) claimCard(c article.Claim) app.UI {
	heading := claimHeadingID(c.ID)
	card := app.Li().Class("claim-entry").DataSet("claim", c.ID)
	title := app.H4().ID(heading).TabIndex(-1).Text(c.Question)
	var suggestion app.UI
	if c.Suggested {
		// The heading, where the focus goes after a change, is
		// described by the note.
		card = card.DataSet("suggested", "true")
		title = title.Aria("describedby", suggestedNoteID(c.ID))
		suggestion = app.Div().Class("suggestion").Body(
			app.P().ID(suggestedNoteID(c.ID)).Class("suggested-note").Body(
				app.Strong().Text(ui.SuggestedLabel),
				app.Text(" — "+ui.SuggestedAdvice+" Accept it as it is, change what is wrong (which accepts it), or reject it."),
			),
			app.Div().Class("editor-actions suggestion-actions").Body(
				app.Button().Type("button").DataSet("claim-action", "accept").DataSet("accept", c.ID).DataSet("claim", c.ID).
					Aria("describedby", heading).Text("Accept"),
				app.Button().Type("button").DataSet("claim-action", "reject").DataSet("reject", c.ID).DataSet("claim", c.ID).
					Aria("describedby", heading).Text("Reject"),
			),
		)
	}
	var framing app.UI
	if len(c.Framing) > 0 {
		framing = app.Div().Class("claim-framing").Body(
			app.P().ID("editor-framing-"+c.ID).Class("field-label").Text("How the article frames it"),
			ed.evidenceButtons(c.Framing, "editor-framing-"+c.ID),
		)
	}
	return card.Body(
		title,
		app.P().Class("claim-meta").Text(c.Status.Label()+". Could be settled by: "+c.Settle),
		suggestion,
		app.Ul().Class("party-list").Aria("label", "Parties").Body(app.Range(c.Parties).Slice(func(j int) app.UI {
			return ed.partyEntry(c, c.Parties[j])
		})),
		framing,
		app.Div().Class("editor-actions").Body(
			app.Button().Type("button").DataSet("claim-action", "add-party").DataSet("claim", c.ID).
				Aria("describedby", heading).Text("Add a party"),
			app.Button().Type("button").DataSet("claim-action", "edit").DataSet("claim", c.ID).
				Aria("describedby", heading).Text("Change the question…"),
			app.Button().Type("button").DataSet("claim-action", "remove").DataSet("claim", c.ID).
				Aria("describedby", heading).Text("Remove this claim"),
		),
	)
}

// partyEntry is one party of claim c: who it is, its stance and what it
// says, the passages it rests on, and the buttons that change or remove
// it.
func (ed *view) partyEntry(c article.Claim, p article.Party) app.UI {
	var members []string
	for _, m := range p.Members {
		if e, ok := ed.draft.Entity(m); ok {
			members = append(members, e.Name)
		}
	}
	said := p.Stance.Label()
	if p.Stance != article.Silent {
		said += ": " + p.Statement + " (" + p.Source.Label() + ", " + p.Channel + ")"
	}
	var evidence app.UI
	if len(p.Evidence) > 0 {
		evidence = ed.evidenceButtons(p.Evidence, "")
	}
	heading := claimHeadingID(c.ID)
	return app.Li().Class("party-entry").DataSet("party", p.ID).DataSet("stance", string(p.Stance)).Body(
		app.Strong().Text(p.Name),
		app.Text(" ("+strings.Join(members, ", ")+") · "+said+" "),
		app.Button().Type("button").Class("party-remove").
			DataSet("claim-action", "edit-party").DataSet("claim", c.ID).DataSet("party", p.ID).
			Aria("label", "Change the party "+p.Name).Aria("describedby", heading).Text("Change"),
		app.Text(" "),
		app.Button().Type("button").Class("party-remove").
			DataSet("claim-action", "remove-party").DataSet("claim", c.ID).DataSet("party", p.ID).
			Aria("label", "Remove the party "+p.Name).Aria("describedby", heading).Text("Remove"),
		evidence,
	)
}

// evidenceButtons lists passages of the text, each as a control that
// shows it there, as the reader's panel does; labelledBy, when given, is
// the id of what names the list, which is otherwise "Evidence".
func (ed *view) evidenceButtons(ids []string, labelledBy string) app.UI {
	list := app.Ul().Class("claim-evidence")
	if labelledBy != "" {
		list = list.Aria("labelledby", labelledBy)
	} else {
		list = list.Aria("label", "Evidence")
	}
	return list.Body(app.Range(ids).Slice(func(i int) app.UI {
		id := ids[i]
		words := ""
		if s := ed.draft.Passages([]string{id}); len(s) == 1 {
			words = ui.ShortQuote(ed.draft.Text[s[0].Start:s[0].End], 110)
		}
		return app.Li().Body(
			app.Button().Type("button").Class("evidence-link").DataSet("claim-action", "show-evidence").
				DataSet("evidence", id).Aria("controls", id).Body(
				app.Span().Class("sr-only").Text("Show in the text: "),
				app.Text(words),
			),
		)
	}))
}

// suggestedNoteID is the id of the note on a claim the annotator
// suggested.
func suggestedNoteID(claim string) string { return "editor-suggested-" + claim }

// suggestionsHelp says how many of the article's claims the annotator
// suggested and what to do with them, or nothing when there are none.
func suggestionsHelp(a *article.Article) app.UI {
	n := 0
	for _, c := range a.Claims {
		if c.Suggested {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return app.P().Class("field-help suggestions-help").Text(english.Plural(n, "claim was", "claims were") +
		" found automatically. Check each against the text, then accept it, change it or reject it; until then, the pages say it was found automatically.")
}

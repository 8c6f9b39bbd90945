package editor

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// onFormInput keeps what is typed or chosen in the claim form's field
// named by the element's data-form-field.
func (ed *view) onFormInput(ctx app.Context, e app.Event) {
	// What the form lacked is being given: the message about it goes.
	ed.problem, ed.invalid = "", ""
	target := e.Get("target")
	value := target.Get("value").String()
	f := &ed.form
	switch target.Call("getAttribute", "data-form-field").String() {
	case "question":
		f.question = value
	case "status":
		f.status = article.Status(value)
	case "settle":
		f.settle = value
	case "checks":
		f.checks = value
	case "name":
		f.name = value
	case "member":
		f.toggleMember(value, target.Get("checked").Bool())
	case "stance":
		f.stance = article.Stance(value)
	case "statement":
		f.statement = value
	case "source":
		f.source = article.SourceKind(value)
	case "channel":
		f.channel = value
	}
}

// onClaimsClick serves every button of the claims panel, named by its
// data-claim-action, with the claim, party or evidence it acts on in its
// other data attributes.
func (ed *view) onClaimsClick(ctx app.Context, e app.Event) {
	ctx.Defer(ed.markSelected)
	button := e.Get("target").Call("closest", "[data-claim-action]")
	if !button.Truthy() || ed.draft == nil {
		return
	}
	data := func(name string) string {
		v := button.Call("getAttribute", "data-"+name)
		if !v.Truthy() {
			return ""
		}
		return v.String()
	}
	claim := data("claim")
	switch data("claim-action") {
	case "new":
		if ed.form.mode == formNewClaim {
			ui.FocusInView("claim-question") // open already, with what was typed
			return
		}
		ed.openForm(ctx, newClaimForm(), "claim-question")
	case "add-party":
		ed.openForm(ctx, newPartyForm(claim), "party-name")
	case "edit":
		if c, ok := ed.draft.Claim(claim); ok {
			ed.openForm(ctx, editClaimForm(c, ed.draft.Passages(c.Framing)), "claim-question")
		}
	case "edit-party":
		if p, ok := ed.draft.Party(claim, data("party")); ok {
			ed.openForm(ctx, editPartyForm(claim, p, ed.draft.Passages(p.Evidence)), "party-name")
		}
	case "cancel":
		ed.closeForm(ctx, "Nothing changed.")
	case "take-passage":
		ed.takePassage(passageList(data("list")))
	case "drop-passage":
		l := passageList(data("list"))
		pf, ok := passageFields[l]
		if i, err := strconv.Atoi(data("index")); ok && err == nil && ed.form.dropPassage(l, i) {
			ed.status, ed.problem = "Removed the passage from "+pf.of+".", ""
			ui.FocusElement(pf.id + "-add")
		}
	case "send":
		ed.sendForm(ctx)
	case "accept":
		ed.acceptClaim(claim)
	case "reject":
		ed.rejectClaim(ctx, claim)
	case "show-evidence":
		showEvidence(data("evidence"))
		ctx.PreventUpdate()
	case "remove":
		name := ed.claimQuestion(claim)
		ed.change("Removed the claim “"+name+"”.", func() error { return ed.draft.RemoveClaim(claim) })
		if ed.problem == "" {
			if ed.form.claim == claim {
				ed.form = claimForm{}
			}
			ui.FocusInView("editor-claims-title")
		}
	case "remove-party":
		name := data("party")
		if p, ok := ed.draft.Party(claim, name); ok {
			name = p.Name
		}
		accepts := ed.acceptsNote(claim)
		ed.change("Removed the party "+name+"."+accepts, func() error { return ed.draft.RemoveParty(claim, data("party")) })
		if ed.problem == "" {
			ui.FocusInView(claimHeadingID(claim))
		}
	}
}

// onFormKey closes the claim form with Escape, as Cancel does.
func (ed *view) onFormKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" {
		ctx.PreventUpdate()
		return
	}
	ed.closeForm(ctx, "Nothing changed.")
}

// openForm opens the claim form as f, with the focus on its field first.
func (ed *view) openForm(ctx app.Context, f claimForm, first string) {
	ed.form, ed.problem, ed.invalid = f, "", ""
	ctx.Defer(func(app.Context) { ui.FocusInView(first) })
}

// closeForm closes the claim form, says what was done, and gives the
// focus back to where the form was opened from.
func (ed *view) closeForm(ctx app.Context, done string) {
	back := "claim-new"
	if ed.form.claim != "" {
		back = claimHeadingID(ed.form.claim)
	}
	ed.form, ed.problem, ed.status, ed.invalid = claimForm{}, "", done, ""
	// At once when the element is there already: a deferred function of
	// the form, which the update removes, would not run (Escape).
	if app.IsClient && app.Window().GetElementByID(back).Truthy() {
		ui.FocusInView(back)
		return
	}
	ctx.Defer(func(app.Context) { ui.FocusInView(back) })
}

// takePassage adds the words selected in the text to the form's list l:
// the party's evidence, or the claim's framing.
func (ed *view) takePassage(l passageList) {
	pf, known := passageFields[l]
	if !known {
		return
	}
	s, ok := ed.kept.read(ed.draft)
	if !ok {
		ed.problem, ed.status = "Select the words in the article's text first, then choose “Add the selected words”.", ""
		return
	}
	s = selectionCore(ed.draft.Text, s, true)
	if problem := evidenceProblem(ed.draft, s); problem != "" || s.Len() == 0 {
		if problem == "" {
			problem = "The selection holds no words, only spaces or punctuation."
		}
		ed.problem, ed.status = problem, ""
		return
	}
	words := ui.ShortQuote(ed.draft.Text[s.Start:s.End], 60)
	ed.problem = ""
	if !ed.form.addPassage(l, s) {
		ed.status = words + " is already " + pf.of + "."
		return
	}
	ed.status = "Added " + words + " to " + pf.of + "."
}

// sendForm makes the change the claim form asks for. What the form lacks,
// or why the article refuses the change, is said, and the form stays
// open with what was typed.
func (ed *view) sendForm(ctx app.Context) {
	ed.form.keepKnownMembers(ed.draft)
	f := ed.form
	problem, field := f.missing()
	if problem == "" {
		problem, field = f.stale(ed.draft)
	}
	if problem != "" {
		ed.problem, ed.status, ed.invalid = problem, "", field
		ctx.Defer(func(app.Context) { ui.FocusInView(field) })
		return
	}
	claim := f.claim
	accepts := ed.acceptsNote(claim)
	switch f.mode {
	case formNewClaim:
		ed.change("Added the claim “"+f.question+"”.", func() error {
			id, err := ed.draft.AddClaim(f.claimText(), f.party())
			claim = id
			return err
		})
	case formNewParty:
		ed.change("Added the party "+f.name+"."+accepts, func() error { return ed.draft.AddParty(claim, f.party()) })
	case formEditClaim:
		ed.change("Changed the claim."+accepts, func() error { return ed.draft.SetClaim(claim, f.claimText()) })
	case formEditParty:
		ed.change("Changed the party "+f.name+"."+accepts, func() error { return ed.draft.SetParty(claim, f.partyID, f.party()) })
	}
	if ed.problem != "" {
		return
	}
	ed.form.claim = claim
	ed.closeForm(ctx, ed.status)
}

func (ed *view) hasClaim(id string) bool {
	_, ok := ed.draft.Claim(id)
	return ok
}

// keepClaimFocus keeps the focus, when it is in the claims panel, from
// falling to the page as an undo or redo takes away the control that had
// it: it goes to the heading of its claim, or of the panel, in view. A
// claim that the undo or redo brings back takes the focus from the
// panel's heading, where removing it left the focus, or from the heading
// of the claim after it, where rejecting it left the focus.
func (ed *view) keepClaimFocus(ctx app.Context) {
	if !app.IsClient || !focusWithin("editor-claims") {
		return
	}
	doc := app.Window().Get("document")
	claim := ""
	if entry := doc.Get("activeElement").Call("closest", "[data-claim]"); entry.Truthy() {
		claim = entry.Call("getAttribute", "data-claim").String()
	}
	// On the panel's heading or a claim's, where removing or rejecting a
	// claim leaves the focus.
	onHeading := strings.HasPrefix(doc.Get("activeElement").Get("id").String(), "editor-claim")
	had := map[string]bool{}
	for _, c := range ed.draft.Claims {
		had[c.ID] = true
	}
	ctx.Defer(func(app.Context) {
		active := doc.Get("activeElement")
		if onHeading {
			for _, c := range ed.draft.Claims {
				if !had[c.ID] {
					ui.FocusInView(claimHeadingID(c.ID))
					return
				}
			}
		}
		if active.Truthy() && !active.Equal(doc.Get("body")) && active.Get("isConnected").Bool() {
			return
		}
		if claim != "" && ed.hasClaim(claim) {
			ui.FocusInView(claimHeadingID(claim))
			return
		}
		ui.FocusInView("editor-claims-title")
	})
}

package reader

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// group returns the spans that belong with span id, in text order: every
// mention of the same entity, or every quote by the same speaker.
func (r *view) group(id string) []string {
	var out []string
	for _, m := range r.art.Mentions {
		if m.ID == id {
			for _, o := range r.art.MentionsOf(m.Entity) {
				out = append(out, o.ID)
			}
			return out
		}
	}
	for _, q := range r.art.Quotes {
		if q.ID == id {
			for _, o := range r.art.QuotesBy(q.Speaker) {
				out = append(out, o.ID)
			}
			return out
		}
	}
	return nil
}

// card builds the card for the selected span.
func (r *view) card() app.UI {
	group := r.group(r.selected)
	index := 0
	for i, id := range group {
		if id == r.selected {
			index = i + 1
		}
	}
	c := &entityCard{Index: index, Total: len(group)}
	for _, m := range r.art.Mentions {
		if m.ID == r.selected {
			e, _ := r.art.Entity(m.Entity)
			c.Type, c.Name, c.Description = e.Type, e.Name, e.Description
			return c
		}
	}
	for _, q := range r.art.Quotes {
		if q.ID == r.selected {
			e, _ := r.art.Entity(q.Speaker)
			c.Type, c.Name, c.Description = article.Quote, e.Name, e.Description
			c.Quote = r.art.Text[q.Start:q.End]
			return c
		}
	}
	return nil
}

// onOpen opens the card of a mention or quote and marks its group in the
// text. The focus moves to the card, so that its buttons are the next
// stops for the keyboard.
func (r *view) onOpen(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	if !r.need() {
		return
	}
	group := r.group(id)
	if group == nil {
		return
	}
	r.selected = id
	markSelection(group, id)
	ctx.Defer(func(app.Context) {
		// The card opens at the top of the panel, which may have been
		// scrolled down to a claim. On a phone it is a sheet over the
		// bottom of the screen: the span moves up clear of it.
		ui.RevealElement("card")
		if narrowScreen() {
			revealSpan(id)
		}
		ui.FocusElement("card-title")
	})
}

// onStep moves the card to the previous or next span of its group,
// wrapping around at the ends.
func (r *view) onStep(ctx app.Context, a app.Action) {
	step, _ := a.Value.(int)
	if !r.need() {
		return
	}
	group := r.group(r.selected)
	if len(group) == 0 {
		return
	}
	i := 0
	for j, id := range group {
		if id == r.selected {
			i = j
		}
	}
	i = (i + step + len(group)) % len(group)
	r.selected = group[i]
	markSelection(group, r.selected)
	scrollToSpan(r.selected)
}

// onClose closes the card, clears the marks and returns the focus to the
// span the card was about.
func (r *view) onClose(ctx app.Context, a app.Action) {
	if r.selected == "" {
		return
	}
	last := r.selected
	r.selected = ""
	markSelection(nil, "")
	// The span may have scrolled out of view while the card was open,
	// or be the evidence shown from the panel since.
	ui.FocusInView(last)
}

// onEvidence shows a piece of evidence chosen in the panel: the article
// scrolls to it and marks it current, and the focus moves there.
func (r *view) onEvidence(ctx app.Context, a app.Action) {
	ref, _ := a.Value.(evidenceRef)
	if !r.need() || !r.hasEvidence(ref.Evidence) {
		return
	}
	r.claim, r.evidence = ref.Claim, ref.Evidence
	r.switchView(viewArticle)
	markEvidence(ref.Evidence)
	markClaim(r.claim, r.evidence)
	ctx.Defer(func(app.Context) {
		scrollToSpan(ref.Evidence)
		ui.FocusElement(ref.Evidence)
	})
}

// onFromText shows the claim of a passage whose button was activated in
// the article: the claim is selected and the passage marked, a narrow
// screen switches to the claims, and the claim comes into view with the
// focus on it, from where its evidence links lead back.
func (r *view) onFromText(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	if !r.need() {
		return
	}
	for _, ev := range r.art.Evidence {
		if ev.ID == id && len(ev.Claims) > 0 {
			// A passage that several claims rest on shows them in turn,
			// one each time its button is activated.
			next := 0
			if r.evidence == ev.ID {
				if i := slices.Index(ev.Claims, r.claim); i >= 0 {
					next = (i + 1) % len(ev.Claims)
				}
			}
			r.claim, r.evidence = ev.Claims[next], ev.ID
			r.switchView(viewClaims)
			markEvidence(ev.ID)
			markClaim(r.claim, r.evidence)
			claim := "claim-" + r.claim
			// The claim's top, with its question and status, comes
			// under the tabs: centred, a claim taller than the screen
			// showed only its middle. It comes once the claims are laid
			// out, and at once: a smooth scroll aimed before the page took
			// its new height.
			ctx.Defer(func(ctx app.Context) {
				ui.FocusElement(claim)
				ui.AfterPaint(ctx, func(app.Context) { ui.ScrollNow(claim, "start") })
			})
			return
		}
	}
}

// followFocus shows, once the screen has narrowed to one view at a time,
// the view that holds the element that had the focus, and gives the
// element the focus back: the claims, when a control of the claims panel
// had it, rather than leaving the focus on a hidden control.
func (r *view) followFocus(ctx app.Context, focused app.Value) {
	v := viewArticle
	if focused.Call("closest", ".claims-panel").Truthy() {
		v = viewClaims
	} else if !focused.Call("closest", ".reading").Truthy() {
		return
	}
	if v != r.view {
		r.switchView(v)
	}
	ctx.Defer(func(app.Context) { focused.Call("focus") })
}

func (r *view) hasEvidence(id string) bool {
	for _, ev := range r.art.Evidence {
		if ev.ID == id {
			return true
		}
	}
	return false
}

// onView switches the narrow screen's view from its tabs. Each view comes
// back where the reader left it; a view not seen yet opens at its top.
func (r *view) onView(ctx app.Context, a app.Action) {
	v, _ := a.Value.(string)
	if (v != viewArticle && v != viewClaims) || v == r.view {
		return
	}
	r.switchView(v)
	y, ok := r.scrolls[v]
	ctx.Defer(func(app.Context) { restoreScroll(y, ok) })
}

// onSkip follows a skip link: the view that holds the part linked to is
// shown, on a narrow screen, and the part takes the focus.
func (r *view) onSkip(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	if id == claimsID {
		r.switchView(viewClaims)
	} else {
		r.switchView(viewArticle)
	}
	focusWhenShown(ctx, id, 10)
}

// focusWhenShown moves the focus to the element with the given id once
// the browser has painted it: a hidden element cannot take the focus, and
// go-app paints an update in a frame of its own. It tries again after
// each of up to tries frames.
func focusWhenShown(ctx app.Context, id string, tries int) {
	ui.AfterPaint(ctx, func(ctx app.Context) {
		ui.FocusTarget(id)
		el := app.Window().GetElementByID(id)
		if el.Truthy() && el.Equal(app.Window().Get("document").Get("activeElement")) {
			ui.RevealElement(id)
			return
		}
		if tries > 1 {
			focusWhenShown(ctx, id, tries-1)
		}
	})
}

// onMainKey closes the open card with Escape wherever the focus is in
// the page's main part, leaving the focus where it is; the card and the
// article's text close it themselves, with the focus back on the mention.
func (r *view) onMainKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" || r.selected == "" ||
		e.Get("target").Call("closest", "#card, #"+articleID).Truthy() {
		ctx.PreventUpdate()
		return
	}
	r.selected = ""
	markSelection(nil, "")
}

// switchView shows view v on a narrow screen, keeping where the view it
// leaves was scrolled to. There a card open over the article closes,
// since its mentions leave the screen with the article; a wide screen
// shows both views, and the card stays.
func (r *view) switchView(v string) {
	if v == r.view {
		return
	}
	if r.scrolls == nil {
		r.scrolls = map[string]float64{}
	}
	r.scrolls[r.view] = scrollY()
	r.view = v
	if r.selected != "" && narrowScreen() {
		r.selected = ""
		markSelection(nil, "")
	}
}

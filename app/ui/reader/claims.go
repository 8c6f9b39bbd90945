package reader

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// claimsID is the id of the claims panel, which the skip link to the
// claims goes to.
const claimsID = "claims"

// claimsPanel compares the competing claims the article reports, side by
// side, and places the times it mentions on a timeline. Its content is
// built once by claimsHTML; one handler on the panel serves every evidence
// control in it.
type claimsPanel struct {
	app.Compo

	// HTML is the panel's content from claimsHTML.
	HTML string
}

func (p *claimsPanel) Render() app.UI {
	return app.Section().
		ID(claimsID).
		Class("claims-panel").
		Aria("labelledby", "claims-title").
		OnClick(p.onClick).
		Body(app.Raw(p.HTML))
}

// onClick shows the passage of the evidence control that was activated,
// with the claim it belongs to. A button's click also comes from the
// keyboard (Enter and Space), so this serves both.
func (p *claimsPanel) onClick(ctx app.Context, e app.Event) {
	ev := closestAttr(e, "button[data-evidence]", "data-evidence")
	if ev == "" {
		return
	}
	ctx.NewActionWithValue(actionEvidence, evidenceRef{Claim: closestAttr(e, "[data-claim]", "data-claim"), Evidence: ev})
}

// evidenceRef names a piece of evidence and the claim it was chosen from.
type evidenceRef struct {
	Claim, Evidence string
}

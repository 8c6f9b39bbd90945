//go:build !js

package engines

import (
	"fmt"

	"newsexplorer/app/article"
	"newsexplorer/app/webtest"
)

// selectedClaimJS is the id of the claim the panel shows as selected.
const selectedClaimJS = `(document.querySelector('[data-claim][aria-current="true"]') || {dataset: {}}).dataset.claim || ""`

// checkEvidence follows evidence from the panel to the article, by a
// click, and from a passage's button in the article to its claim, by the
// keyboard and by a click, as Chromium's TestEvidenceLinksBothWays does.
func checkEvidence(p *page, base string, a *article.Article) {
	p.open(base, "/")
	// Panel to text, for the last piece of evidence, which is far down.
	claim, ev := webtest.LastEvidence(a)
	if ev == "" {
		p.fatalf("no claim of the default article has evidence")
	}
	p.click("showing evidence from the panel", fmt.Sprintf(`[data-claim="%s"] [data-evidence="%s"]`, claim, ev))
	p.waitFor("the passage to be current", fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-current") === "true"`, ev))
	p.waitFor("the passage to come into view", webtest.InViewJS(ev))
	if got := evalAs[string](p, `document.activeElement.id`); got != ev {
		p.errorf("the focus is on %q after showing evidence, want the passage %q", got, ev)
	}
	if got := evalAs[string](p, selectedClaimJS); got != claim {
		p.errorf("the panel selects claim %q, want %q", got, claim)
	}

	// Text to panel, by the keyboard: a passage another claim rests on.
	other, ok := webtest.EvidenceOfAnother(a, claim)
	if !ok {
		p.fatalf("every passage of the default article is evidence for claim %s: the step needs one that another claim rests on", claim)
	}
	button := func(id string) string { return fmt.Sprintf(`#article button[data-passage="%s"]`, id) }
	p.eval(fmt.Sprintf(`document.querySelector(%q).focus(), true`, button(other.ID)), new(bool))
	p.press("Enter on the passage's button", keyEnter)
	p.waitFor("its claim to be selected", fmt.Sprintf(`%s === %q && document.querySelectorAll('[data-claim][aria-current="true"]').length === 1`, selectedClaimJS, other.Claims[0]))
	p.waitFor("the focus on the claim", fmt.Sprintf(`document.activeElement.id === "claim-%s"`, other.Claims[0]))

	// And by a click on the first passage's button.
	var first article.Evidence
	for _, e := range a.Evidence {
		if e.ID == ev {
			first = e
		}
	}
	p.click("clicking a passage's button", button(ev))
	p.waitFor("the passage's claim to be selected", fmt.Sprintf(`%s === %q`, selectedClaimJS, first.Claims[0]))
}

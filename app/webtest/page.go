//go:build !js

package webtest

import (
	"fmt"

	"newsexplorer/app/article"
)

// ClassroomState is what the exercises page shows of the answers, as
// ClassroomStateJS reads it.
type ClassroomState struct {
	Score    string            `json:"score"`
	Answered string            `json:"answered"`
	Feedback map[string]string `json:"feedback"` // exercise id → data-feedback
	Chosen   map[string]string `json:"chosen"`   // exercise id → data-choice of the chosen button
}

// ClassroomStateJS reads the exercises page's answers: the score, what is
// answered, each exercise's feedback and the choice it shows chosen.
const ClassroomStateJS = `(() => {
	const s = document.querySelector("[data-score]");
	const out = {score: s ? s.dataset.score : "", answered: s ? s.dataset.answered : "", feedback: {}, chosen: {}};
	for (const e of document.querySelectorAll("[data-exercise]")) {
		const f = e.querySelector("[data-feedback]");
		if (f) out.feedback[e.dataset.exercise] = f.dataset.feedback;
		const c = e.querySelector("[data-chosen]");
		if (c) out.chosen[e.dataset.exercise] = c.dataset.choice;
	}
	return out;
})()`

// OnOff counts the marks of a type that show a highlight and those that
// do not, as HighlightedJS reads them.
type OnOff struct{ On, Off int }

// HighlightedJS reports, per type, how many marks of the type show a
// highlight (a background colour) and how many do not.
const HighlightedJS = `(() => {
	const out = {};
	for (const m of document.querySelectorAll("#article mark")) {
		const t = m.dataset.entityType;
		out[t] = out[t] || {on: 0, off: 0};
		const bg = getComputedStyle(m).backgroundColor;
		if (bg === "rgba(0, 0, 0, 0)" || bg === "transparent") out[t].off++; else out[t].on++;
	}
	return out;
})()`

// LastEvidence returns the last passage of evidence the article's claims
// give, far down the panel, and the claim it belongs to; "" when no claim
// has evidence.
func LastEvidence(a *article.Article) (claim, evidence string) {
	for _, c := range a.Claims {
		for _, p := range c.Parties {
			for _, id := range p.Evidence {
				claim, evidence = c.ID, id
			}
		}
	}
	return claim, evidence
}

// EvidenceOfAnother returns a passage of evidence that a claim other than
// claim rests on, and whether there is one.
func EvidenceOfAnother(a *article.Article, claim string) (article.Evidence, bool) {
	for _, e := range a.Evidence {
		if e.Claims[0] != claim {
			return e, true
		}
	}
	return article.Evidence{}, false
}

// InViewJS is a script that tells whether the element with the id is
// wholly in the window's view.
func InViewJS(id string) string {
	return fmt.Sprintf(`(() => { const r = document.getElementById(%q).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, id)
}

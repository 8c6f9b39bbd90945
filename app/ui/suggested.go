package ui

// The note on a claim the automatic annotator suggested and no person has
// checked yet, as every page that shows the claim words it: how the claim
// was found, and what to do before teaching with it. It takes no side on
// whether the claim holds.
const (
	// SuggestedLabel names how the claim was found.
	SuggestedLabel = "Found automatically"
	// SuggestedAdvice follows the label, after a dash.
	SuggestedAdvice = "check it before you teach with it."
)

// SuggestedNote is the whole note, in one line.
const SuggestedNote = SuggestedLabel + " — " + SuggestedAdvice

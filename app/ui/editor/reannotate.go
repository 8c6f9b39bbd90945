package editor

import (
	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/article"
)

// keepPersonClaims keeps, in a, the text just annotated, the claims a
// person wrote or accepted in open, the article open, when open has the
// same text: annotating again never overwrites or repeats them, whichever
// way the article open came (pasted and annotated, opened from a file, or
// kept in this browser). The suggestions of a that repeat one are left
// out, and so are those of open, which a's replace. With another text, or
// no article open, a is left as it is: Undo brings the article open back.
//
// It returns what to add to the status about it, "" when nothing was
// kept, or why the claims could not be kept, in which case a is as it was
// and the article open should stay open.
func keepPersonClaims(open, a *article.Article) (said string, err error) {
	if open == nil || open.Text != a.Text {
		return "", nil
	}
	kept := 0
	for _, c := range open.Claims {
		if !c.Suggested {
			kept++
		}
	}
	if kept == 0 {
		return "", nil
	}
	suggested := len(a.Claims)
	if err := a.KeepClaims(open); err != nil {
		return "", err
	}
	said = " The claim you wrote or accepted is kept as it was."
	if kept > 1 {
		said = " The " + english.Plural(kept, "claim", "") + " you wrote or accepted are kept as they were."
	}
	if left := suggested - (len(a.Claims) - kept); left > 0 {
		said += " " + english.Plural(left, "suggestion", "") + " that repeated " + english.PluralWord(kept, "it", "them") + " " +
			english.PluralWord(left, "is", "are") + " left out."
	}
	return said, nil
}

// annotatedSummary says what the annotator found in a: its highlights,
// its quotes, and the claims it suggests, when there are any.
func annotatedSummary(a *article.Article) string {
	found := []string{english.Plural(len(a.Mentions), "highlight", ""), english.Plural(len(a.Quotes), "quote", "")}
	suggested := 0
	for _, c := range a.Claims {
		if c.Suggested {
			suggested++
		}
	}
	if suggested > 0 {
		found = append(found, english.Plural(suggested, "suggested claim", ""))
	}
	return "Annotated: " + english.WordSeries(found, "and") + " found."
}

package exercises

import (
	"strconv"

	"github.com/dustin/go-humanize"
	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// scoreBoard shows how many exercises the student has answered correctly,
// and how many are left. It updates as each answer is given, and is read
// out politely by screen readers.
//
// Its element carries data-score="<correct>/<total>" and
// data-answered="<answered>", for tests and tools.
type scoreBoard struct {
	app.Compo

	// Correct, Answered and Total count the exercises answered right, the
	// exercises answered, and all the exercises.
	Correct, Answered, Total int
}

func (s *scoreBoard) Render() app.UI {
	return app.P().
		ID("score").
		Class("score").
		Attr("role", "status").
		Aria("live", "polite").
		DataSet("score", strconv.Itoa(s.Correct)+"/"+strconv.Itoa(s.Total)).
		DataSet("answered", strconv.Itoa(s.Answered)).
		Body(
			app.Strong().Text(scoreText(s.Correct, s.Total)),
			app.Text(" · "+leftText(s.Answered, s.Total)),
		)
}

// scoreText says how many exercises are answered correctly: "7 of 40
// exercises answered correctly".
func scoreText(correct, total int) string {
	return humanize.Comma(int64(correct)) + " of " + humanize.Comma(int64(total)) + " " + english.PluralWord(total, "exercise", "") + " answered correctly"
}

// leftText says how many exercises are answered and how many remain.
func leftText(answered, total int) string {
	switch {
	case answered == 0:
		return "none answered yet"
	case answered >= total:
		return "all answered"
	}
	return humanize.Comma(int64(answered)) + " answered, " + humanize.Comma(int64(total-answered)) + " to go"
}

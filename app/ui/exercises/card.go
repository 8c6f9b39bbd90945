package exercises

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// Action names the exercise cards post and the classroom handles.
const (
	actionChoose         = "exercise-choose"    // value: exerciseChoice
	actionUseSelection   = "exercise-selection" // value: exercise id
	actionHint           = "exercise-hint"      // value: exercise id
	actionRetry          = "exercise-retry"     // value: exercise id
	actionShowPassage    = "exercise-show"      // value: passageRef
	actionBackToExercise = "exercise-back"      // no value
)

// exerciseChoice is a choice picked in an exercise.
type exerciseChoice struct {
	Exercise, Choice string
}

// passageRef asks to show a passage of the article for an exercise.
type passageRef struct {
	// Number is the exercise's number on the page; Span the id of the
	// passage's span ("q3", "e4", "m12").
	Number int
	Span   string
	// From is the id of the button that asked, where the focus returns.
	From string
	// Exercise is the id of a find-the-evidence exercise that sent the
	// student to the text to select its passage (Span is then empty):
	// the bar above the text answers it with the selection.
	Exercise string
}

// exerciseCard is one exercise: its kind, prompt and choices (or, to find
// evidence, the button that answers with the selection in the article), a
// hint on request, and once answered the feedback, with a link to the
// place in the text and a way to try again.
//
// Hooks: data-exercise="<id>" and data-exercise-kind="<kind>" on the card,
// data-choice="<choice id>" on each choice button, data-use-selection on
// the selection button, and data-feedback="right" or "wrong" on the
// feedback.
type exerciseCard struct {
	app.Compo

	// Ex is the exercise; Number its place on the page, from 1.
	Ex     exercise.Exercise
	Number int
	// Answered reports whether Answer holds the student's latest answer,
	// and Result is what checking it says.
	Answered bool
	Answer   exercise.Answer
	Result   exercise.Result
	// Selected is the text of the passage answered, for FindEvidence.
	Selected string
	// HintShown shows the hint; Retrying hides the feedback of an answer
	// so that the student can answer again.
	HintShown bool
	Retrying  bool
	// Note is a problem with an attempt that is not an answer (nothing
	// selected), shown until the next attempt.
	Note string
	// Paragraph is the number, from 1, of the paragraph that holds a
	// quote's exercise's quote, which the printed page says in place of
	// the button that finds it; 0 for other kinds.
	Paragraph int
}

// cardID is the element id of part of an exercise's card.
func cardID(n int, part string) string {
	return "exercise-" + strconv.Itoa(n) + part
}

// CompoID makes go-app replace a card, rather than update it, when the
// list puts another exercise in its place (an assignment link chooses
// the exercises once the page has opened): go-app keeps an element's
// first handler, which names the exercise it answers.
func (c *exerciseCard) CompoID() string { return c.Ex.ID }

func (c *exerciseCard) Render() app.UI {
	n, e := c.Number, c.Ex
	showFeedback := c.Answered && !c.Retrying
	return app.Article().
		ID(cardID(n, "")).
		Class("exercise").
		DataSet("exercise", e.ID).
		DataSet("exercise-kind", string(e.Kind)).
		Aria("labelledby", cardID(n, "-title")).
		Body(
			app.H4().ID(cardID(n, "-title")).Class("exercise-title").Body(
				app.Span().Class("exercise-number").Text("Exercise "+strconv.Itoa(n)),
				app.Span().Class("exercise-kind").Text(e.Kind.Label()),
			),
			app.P().ID(cardID(n, "-prompt")).Class("exercise-prompt").Text(e.Prompt),
			c.quoteLink(),
			c.answerControls(showFeedback),
			c.hint(),
			// A note is read out as it appears; the feedback is not, as
			// it takes the focus, which reads it once.
			app.Div().Class("note-live").Aria("live", "polite").Body(c.note()),
			app.If(showFeedback, func() app.UI { return c.feedback() }),
		)
}

// quoteLink shows, for a quote's exercise, where the quote is: the prompt
// may show it from the start, since it names no speaker. On paper, where
// there is no button, the paragraph's number says it.
func (c *exerciseCard) quoteLink() app.UI {
	if c.Ex.Kind != exercise.WhoSaidIt || c.Ex.Link == "" {
		return nil
	}
	var where app.UI
	if c.Paragraph > 0 {
		where = app.P().Class("print-only", "where").Text("(paragraph " + strconv.Itoa(c.Paragraph) + ")")
	}
	return app.Div().Class("quote-link").Body(
		where,
		c.showButton("-quote", "Find the quote in the article"),
	)
}

// answerControls are the choices, or the button that answers with the
// selection. Once answered they are disabled until the student tries
// again, and the choice picked says so in words.
func (c *exerciseCard) answerControls(answered bool) app.UI {
	n, e := c.Number, c.Ex
	if e.Kind == exercise.FindEvidence {
		use := ui.ScriptButton("Use my selection", ui.Post(actionUseSelection, e.ID)).
			ID(cardID(n, "-use")).
			Class("choice", "use-selection").
			DataSet("use-selection", e.ID)
		if answered {
			// Set only when true: go-app writes disabled="false" into the
			// server's HTML, which browsers read as disabled.
			use = use.Disabled(true)
		}
		var goTo app.UI
		if !answered {
			// On a phone the text is many screens above: the button
			// takes the student there, with the focus on the text, and
			// the bar above it answers from there.
			ref := passageRef{Number: n, From: cardID(n, "-goto"), Exercise: e.ID}
			goTo = ui.ScriptButton("Go to the article", ui.Post(actionShowPassage, ref)).
				ID(cardID(n, "-goto")).
				Class("show-passage", "go-to-text").
				DataSet("go-to-text", e.ID).
				Aria("controls", classroomArticleID)
		}
		var writeIn app.UI
		if !answered {
			writeIn = app.P().Class("print-only", "write-in").Body(
				app.Text("Underline the passage in the article, and write its paragraph number: "),
				app.Span().Class("blank").Aria("hidden", "true"),
			)
		}
		return app.Div().Class("choices", "choices-selection").Body(
			app.P().Class("how-to").Text("Select the passage in the article, with the mouse, by touch or by keyboard, then:"),
			use,
			goTo,
			writeIn,
		)
	}
	buttons := make([]app.UI, 0, len(e.Choices))
	for i, ch := range e.Choices {
		chosen := c.Answered && c.Answer.Choice == ch.ID
		b := app.Button().
			Type("button").
			ID(cardID(n, "-choice-"+strconv.Itoa(i+1))).
			Class("choice").
			DataSet("choice", ch.ID).
			OnClick(ui.Post(actionChoose, exerciseChoice{Exercise: e.ID, Choice: ch.ID}))
		if answered {
			b = b.Disabled(true)
		}
		if chosen && answered {
			b = b.DataSet("chosen", "true").Body(
				app.Text(ch.Label),
				app.Span().Class("chosen-tag").Text(" (your answer)"),
			)
		} else {
			b = b.Text(ch.Label)
		}
		buttons = append(buttons, b)
	}
	return app.Div().Class("choices").Attr("role", "group").Aria("labelledby", cardID(n, "-prompt")).Body(buttons...)
}

// hint is the hint, behind a button.
func (c *exerciseCard) hint() app.UI {
	n, id := c.Number, c.Ex.ID
	if c.Ex.Hint == "" {
		return nil
	}
	label := "Show a hint"
	text := app.P().ID(cardID(n, "-hint")).Class("hint-text").Body(
		app.Strong().Text("Hint: "),
		app.Text(c.Ex.Hint),
	)
	if c.HintShown {
		label = "Hide the hint"
	} else {
		text = text.Hidden(true)
	}
	return app.Div().Class("hint").Body(
		ui.ScriptButton(label, ui.Post(actionHint, id)).
			ID(cardID(n, "-hint-button")).
			Class("hint-button").
			Aria("expanded", strconv.FormatBool(c.HintShown)).
			Aria("controls", cardID(n, "-hint")),
		text,
	)
}

// note says why an attempt was not taken as an answer, or, while trying
// again, that the earlier answer still counts.
func (c *exerciseCard) note() app.UI {
	switch {
	case c.Note != "":
		return app.P().Class("exercise-note").Text(c.Note)
	case c.Answered && c.Retrying:
		return app.P().Class("exercise-note").Text("Your earlier answer counts until you give a new one.")
	}
	return nil
}

// feedback says whether the answer is right, in words and not only by
// colour, why, and where the text shows it.
func (c *exerciseCard) feedback() app.UI {
	n, e, r := c.Number, c.Ex, c.Result
	verdict, value, mark, again := "Not right yet.", "wrong", "✗", "Try again"
	if r.Correct {
		// "Try again" under a right answer reads as if it were wrong.
		verdict, value, mark, again = "Right!", "right", "✓", "Answer again"
	}
	var yours app.UI
	switch {
	case c.Selected != "":
		yours = app.P().Class("your-answer").Text("Your selection: " + ui.ShortQuote(c.Selected, 160))
	case c.Answer.Choice != "":
		if ch, ok := e.Choice(c.Answer.Choice); ok {
			yours = app.P().Class("your-answer").Text("Your answer: " + ch.Label)
		}
	}
	tries := ""
	if c.Answer.Tries > 1 {
		tries = " (try " + strconv.Itoa(c.Answer.Tries) + ")"
	}
	var explain app.UI
	if r.Correct {
		explain = app.Div().Class("explanation").Body(
			app.P().Text(strings.TrimPrefix(r.Feedback, "Right. ")),
			c.passageButton(),
		)
	} else {
		explain = app.Div().Class("explanation").Body(
			app.P().Text(r.Feedback),
			app.Details().Class("answer-reveal").Body(
				app.Summary().Text("Show the answer and why"),
				app.P().Text(e.Explanation),
				c.passageButton(),
			),
		)
	}
	// A group named by its verdict: a screen reader says "Right!" or
	// "Not right yet." as the feedback takes the focus.
	return app.Div().
		ID(cardID(n, "-feedback")).
		Class("feedback", "feedback-"+value).
		DataSet("feedback", value).
		Attr("role", "group").
		Aria("labelledby", cardID(n, "-verdict")).
		TabIndex(-1).
		Body(
			app.P().ID(cardID(n, "-verdict")).Class("verdict").Body(
				app.Span().Class("verdict-mark").Aria("hidden", "true").Text(mark+" "),
				app.Text(verdict+tries),
			),
			yours,
			explain,
			ui.ScriptButton(again, ui.Post(actionRetry, e.ID)).
				ID(cardID(n, "-retry")).
				Class("retry"),
		)
}

// passageButton links the explanation to its place in the text.
func (c *exerciseCard) passageButton() app.UI {
	if c.Ex.Link == "" {
		return nil
	}
	return c.showButton("-show", "Show in the article")
}

func (c *exerciseCard) showButton(part, label string) app.UI {
	ref := passageRef{Number: c.Number, Span: c.Ex.Link, From: cardID(c.Number, part)}
	return ui.ScriptButton(label, ui.Post(actionShowPassage, ref)).
		ID(cardID(c.Number, part)).
		Class("show-passage").
		DataSet("show-passage", c.Ex.Link).
		Aria("controls", passageID(c.Ex.Link))
}

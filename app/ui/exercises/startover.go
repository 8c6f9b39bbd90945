package exercises

import (
	"strconv"

	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// Actions of the "Start over" confirmation, handled by the classroom.
const (
	actionStartOver   = "start-over"         // no value: ask
	actionConfirmed   = "start-over-confirm" // no value: clear the answers
	actionCancelClear = "start-over-cancel"  // no value: keep them
)

// Element ids of the "Start over" button and the confirmation's buttons,
// between which the focus moves.
const (
	startOverID    = "start-over"
	startCancelID  = "start-over-cancel"
	startConfirmID = "start-over-confirm"
	startKeepID    = "start-over-keep"
)

// startOver is the "Start over" button and, once pressed, the question
// that asks before the answers are cleared: in the page, with Cancel, the
// focus on Cancel, and Escape to cancel.
type startOver struct {
	app.Compo

	// Asking shows the question; Answered is how many answers it would
	// clear. Unreadable says that saved answers which could not be read,
	// nor set aside, are still saved where starting over saves: the
	// question then says they will be lost and offers to download them
	// as they are.
	Asking     bool
	Answered   int
	Unreadable bool
}

func (s *startOver) Render() app.UI {
	button := ui.ScriptButton("Start over…", ui.Post(actionStartOver, nil)).
		ID(startOverID).
		Class("start-over").
		Aria("expanded", strconv.FormatBool(s.Asking)).
		Aria("controls", "start-over-question")
	if !s.Asking {
		return app.Div().Class("start-over-box").Body(button)
	}
	return app.Div().Class("start-over-box").Body(
		button,
		app.Div().
			ID("start-over-question").
			Class("confirm").
			Attr("role", "alertdialog").
			Aria("labelledby", "start-over-title").
			Aria("describedby", "start-over-text").
			DataSet("confirm", "start-over").
			OnKeyDown(func(ctx app.Context, e app.Event) {
				switch e.Get("key").String() {
				case "Escape":
					e.PreventDefault()
					ctx.NewAction(actionCancelClear)
				case "Tab":
					// The question holds the focus until it is answered:
					// Tab goes round its buttons.
					at := app.Window().Get("document").Get("activeElement").Get("id").String()
					first, last := startConfirmID, startCancelID
					if s.Unreadable {
						first = startKeepID
					}
					back := e.Get("shiftKey").Bool()
					if (!back && at == last) || (back && at == first) {
						e.PreventDefault()
						to := first
						if back {
							to = last
						}
						ui.FocusInView(to)
					}
				}
			}).
			Body(
				app.P().ID("start-over-title").Class("confirm-title").Text("Clear your answers and start over?"),
				app.P().ID("start-over-text").Text(clearText(s.Answered, s.Unreadable)),
				app.Div().Class("confirm-buttons").Body(
					app.If(s.Unreadable, func() app.UI {
						return ui.ScriptButton("Download them as they are", ui.Post(actionDownload, downloadUnreadable)).
							ID(startKeepID).DataSet("confirm-action", "keep")
					}),
					ui.ScriptButton("Clear my answers", ui.Post(actionConfirmed, nil)).
						ID(startConfirmID).Class("danger").DataSet("confirm-action", "clear"),
					ui.ScriptButton("Cancel", ui.Post(actionCancelClear, nil)).
						ID(startCancelID).DataSet("confirm-action", "cancel"),
				),
			),
	)
}

// clearText says what starting over clears: the answers given, and saved
// answers that could not be read when unreadable is set.
func clearText(answered int, unreadable bool) string {
	if unreadable {
		return "Your saved answers could not be read, and they are still saved in this browser. Starting over saves over them, and they are lost. Download them as they are first if you or your teacher may want them."
	}
	switch answered {
	case 0:
		return "You have not answered any exercise yet, so there is nothing to lose."
	case 1:
		return "Your answer to 1 exercise will be deleted from this browser. Download your answers first if you want to keep them."
	}
	return "Your answers to " + humanize.Comma(int64(answered)) + " exercises will be deleted from this browser. Download your answers first if you want to keep them."
}

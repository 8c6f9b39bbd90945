package exercises

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// load restores the saved answers, or reports why they cannot be read.
func (c *view) load() {
	if c.linkErr != nil {
		return // no exercises to answer
	}
	p, err := loadProgress(c.store, c.saveKey(), c.art)
	p.Assignment = c.assignment
	c.progress = p
	c.reset()
	var unreadable *ui.UnreadableError
	switch {
	case errors.As(err, &unreadable) && unreadable.AsideErr != nil:
		c.noSave = true
		c.notice = "Your earlier answers on this page could not be read, perhaps because they were damaged, and new answers are not saved over them. " +
			"Start over… offers to download them, for your teacher, before it clears them. Details for your teacher: " + err.Error() + "."
	case err != nil:
		c.notice = "Your earlier answers on this page could not be read, perhaps because they were damaged, so the exercises start afresh: answer them again. " +
			"Nothing is deleted: they are kept in this browser for your teacher to look at. Details for your teacher: " + err.Error() + "."
	}
}

// watchOtherTabs keeps the answers in step with the same exercises open
// in another tab or window of this browser: when that one saves, this one
// takes its answers, so that neither overwrites what the other saved.
// Answers that cannot be read are left to the page that loads them.
func (c *view) watchOtherTabs(ctx app.Context) {
	c.otherTabs.Listen(ctx, func(ctx app.Context, ch ui.StorageChange) {
		if c.art == nil || c.noSave || (!ch.Cleared && ch.Key != c.saveKey()) {
			return
		}
		if ch.Cleared || ch.Removed {
			c.progress = c.newProgress()
			return
		}
		if p, err := exercise.ParseProgress("saved answers", []byte(ch.Value), c.art); err == nil {
			p.Assignment = c.assignment
			c.progress = p
		}
	})
}

// save saves the answers, and says so when the browser refuses.
func (c *view) save() {
	if c.noSave || c.linkErr != nil {
		return
	}
	if err := saveProgress(c.store, c.saveKey(), c.progress); err != nil {
		c.notice = "Your answers count on this page but could not be saved in this browser: " + err.Error() + ". Download them to keep them."
	}
}

// exercise returns the exercise with the given id.
func (c *view) exercise(id string) (int, exercise.Exercise, bool) {
	for i, e := range c.exercises {
		if e.ID == id {
			return i + 1, e, true
		}
	}
	return 0, exercise.Exercise{}, false
}

// answered records that an exercise was answered: its feedback replaces
// any earlier state, is saved, and takes the focus.
func (c *view) answered(ctx app.Context, n int, id string) {
	delete(c.retry, id)
	delete(c.notes, id)
	c.save()
	ctx.Defer(func(app.Context) { ui.FocusInView(cardID(n, "-feedback")) })
}

func (c *view) onChoose(ctx app.Context, a app.Action) {
	v, _ := a.Value.(exerciseChoice)
	n, e, ok := c.exercise(v.Exercise)
	if !ok {
		return
	}
	if _, ok := e.Choice(v.Choice); !ok {
		return
	}
	c.progress.RecordChoice(e, v.Choice, time.Now())
	c.answered(ctx, n, e.ID)
}

func (c *view) onUseSelection(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	n, e, ok := c.exercise(id)
	if !ok {
		return
	}
	sel, ok := ui.ReadSelection(c.art, classroomArticleID)
	if !ok && c.hasSel && time.Since(c.selLost) < selKept {
		sel, ok = c.lastSel, true
	}
	// A selection answers once: the next answer needs a selection of
	// its own, so the copy kept for touch browsers is dropped, and the
	// selection in the page, which desktop browsers keep after a click,
	// is cleared once it has answered.
	c.hasSel = false
	if !ok {
		c.notes[id] = "Nothing is selected in the article yet: select the passage there first, then press “Use my selection”."
		return
	}
	before := c.progress.Answers[id].Selection
	r := c.progress.RecordSelection(e, c.art, sel.Start, sel.End, time.Now())
	if after := c.progress.Answers[id].Selection; after == nil || after == before {
		c.notes[id] = r.Feedback // not a passage of the text: nothing recorded
		return
	}
	ui.ClearSelection()
	if c.finding == id {
		// Answered from the bar above the text: the bar has done its
		// work, and the feedback, in the exercise, takes the focus.
		c.showing, c.backTo, c.finding = 0, "", ""
	}
	c.answered(ctx, n, id)
}

func (c *view) onHint(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	c.hints[id] = !c.hints[id]
}

func (c *view) onRetry(ctx app.Context, a app.Action) {
	id, _ := a.Value.(string)
	n, e, ok := c.exercise(id)
	if !ok {
		return
	}
	c.retry[id] = true
	delete(c.notes, id)
	first := cardID(n, "-choice-1")
	if e.Kind == exercise.FindEvidence {
		first = cardID(n, "-use")
	}
	ctx.Defer(func(app.Context) { ui.FocusInView(first) })
}

// onShowPassage scrolls the article to a passage, marks it and moves the
// focus there; Escape or the "Back" button return to the exercise. With
// no passage, for a find-the-evidence exercise, it goes to the start of
// the text, where the bar above it answers with the selection.
func (c *view) onShowPassage(ctx app.Context, a app.Action) {
	ref, _ := a.Value.(passageRef)
	if _, _, ok := c.exercise(ref.Exercise); ref.Span == "" && !ok {
		return
	}
	c.backTo, c.showing, c.finding = ref.From, ref.Number, ref.Exercise
	ctx.Defer(func(app.Context) {
		showPassage(ref.Span)
		if ref.Span == "" {
			// To find the evidence: the text from its start, with the
			// focus on it, ready for the arrow keys.
			ui.ScrollNow("classroom-article-title", "start")
			ui.FocusElement(classroomArticleID)
		}
	})
}

func (c *view) onBack(ctx app.Context, a app.Action) {
	if c.backTo == "" {
		return
	}
	to := c.backTo
	// A note on an attempt from the bar above the text goes with it.
	delete(c.notes, c.finding)
	c.showing, c.backTo, c.finding = 0, "", ""
	showPassage("")
	// Once the page has taken its new height, and at once rather than
	// smoothly: a smooth scroll aims where the button was before the
	// page got shorter, and leaves it off the screen on a phone.
	ctx.Defer(func(ctx app.Context) {
		ui.AfterPaint(ctx, func(app.Context) {
			ui.FocusElement(to)
			ui.ScrollNow(to, "center")
		})
	})
}

func (c *view) onStudentName(ctx app.Context, a app.Action) {
	name, _ := a.Value.(string)
	c.progress.Student = cleanName(name)
	c.save()
	ctx.PreventUpdate() // the field shows the name already
}

func (c *view) onDownload(ctx app.Context, a app.Action) {
	switch format, _ := a.Value.(string); format {
	case "csv":
		ui.DownloadFile(exercise.FileName(c.fileStem(), c.progress.Student, "csv"), "text/csv;charset=utf-8", string(c.progress.CSV(c.exercises, c.art.Text)))
	case "json":
		ui.DownloadFile(exercise.FileName(c.fileStem(), c.progress.Student, "json"), "application/json", string(c.progress.Encode()))
	case downloadUnreadable:
		// The saved answers that could not be read, byte for byte, so
		// that nothing of them is lost when the student starts over.
		if raw, ok := c.store.Get(c.saveKey()); ok {
			ui.DownloadFile(exercise.FileName(c.fileStem(), "unreadable", "txt"), "text/plain;charset=utf-8", raw)
		}
	}
}

func (c *view) onStartOver(ctx app.Context, a app.Action) {
	c.asking = !c.asking
	if c.asking {
		ctx.Defer(func(ctx app.Context) {
			// The whole question comes into view, which on a phone may
			// open below the screen's edge, and Cancel takes the focus;
			// once painted, the question is brought into view again, as
			// the page may have moved under it in the meantime.
			ui.RevealElement("start-over-question")
			ui.FocusElement(startCancelID)
			ui.AfterPaint(ctx, func(app.Context) { ui.RevealElement("start-over-question") })
		})
	}
}

func (c *view) onCancelClear(ctx app.Context, a app.Action) {
	c.asking = false
	ctx.Defer(func(app.Context) { ui.FocusElement(startOverID) })
}

// onConfirmed clears the answers, keeping the student's name. Saved
// answers that could not be read nor set aside are saved over now, and
// the notice about them goes.
func (c *view) onConfirmed(ctx app.Context, a app.Action) {
	if c.noSave {
		c.notice = ""
	}
	student := c.progress.Student
	c.progress = c.newProgress()
	c.progress.Student = student
	c.reset()
	c.asking, c.noSave, c.showing, c.backTo = false, false, 0, ""
	c.save()
	ctx.Defer(func(app.Context) { ui.FocusElement(startOverID) })
}

// selKept is how long after the selection in the article went away
// "Use my selection" still takes it: long enough for the tap on the
// button that cleared it, too short for a selection the reader let go of
// on purpose.
const selKept = 1500 * time.Millisecond

// watchSelection remembers the last passage selected in the article, for
// browsers (on touch screens) that clear the selection when a button is
// pressed, and when it went away.
func (c *view) watchSelection() {
	if !app.IsClient || c.art == nil {
		return
	}
	c.onSelChange = app.FuncOf(func(app.Value, []app.Value) any {
		if s, ok := ui.ReadSelection(c.art, classroomArticleID); ok {
			c.lastSel, c.hasSel, c.selLost = s, true, time.Time{}
		} else if c.hasSel && c.selLost.IsZero() {
			c.selLost = time.Now()
		}
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "selectionchange", c.onSelChange)
}

// showPassage marks a passage of the classroom's article as shown,
// scrolls to it and focuses it; "" clears the mark.
func showPassage(span string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	old := doc.Call("querySelectorAll", "#"+classroomArticleID+" [data-shown]")
	for i := 0; i < old.Length(); i++ {
		old.Index(i).Call("removeAttribute", "data-shown")
	}
	if span == "" {
		return
	}
	el := doc.Call("getElementById", passageID(span))
	if !el.Truthy() {
		return
	}
	el.Call("setAttribute", "data-shown", "true")
	el.Call("setAttribute", "tabindex", "-1")
	el.Call("scrollIntoView", map[string]any{"block": "center"})
	el.Call("focus", map[string]any{"preventScroll": true})
}

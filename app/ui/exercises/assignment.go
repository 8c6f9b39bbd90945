package exercises

import (
	"strconv"
	"strings"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// An assignment link (exercise.ParseAssignmentLink) shows a teacher's
// choice of the exercises, in the teacher's order, and keeps the answers
// given for it apart from the others, recorded with the assignment.

// choose picks the exercises the address's query asks for: all, or an
// assignment's; or none, with why, when its link was cut or changed.
func (c *view) choose(rawQuery string) {
	if c.art == nil {
		return
	}
	c.assignment, c.missing, c.linkErr = nil, nil, nil
	c.exercises = c.all
	l, found, err := exercise.ParseAssignmentLink(rawQuery)
	switch {
	case !found:
	case err != nil:
		c.linkErr, c.exercises = err, nil
	default:
		given, rec, missing := l.Resolve(c.all)
		c.exercises, c.assignment, c.missing = given, &rec, missing
	}
}

// saveKey is where the answers on this page are kept: one key per article
// (or shared article) and assignment.
func (c *view) saveKey() string {
	id := c.art.ID
	if c.pages.Shared {
		id = "shared-" + c.pages.Key
	}
	if c.assignment != nil {
		id += "@" + c.assignment.ID
	}
	return progressKey(id)
}

// newProgress is empty progress for the page's article and assignment.
func (c *view) newProgress() *exercise.Progress {
	p := exercise.NewProgress(c.art.ID)
	p.Assignment = c.assignment
	return p
}

// fileStem starts the names of the files downloaded: the article's id,
// and the assignment's title or id.
func (c *view) fileStem() string {
	switch {
	case c.assignment == nil:
		return c.art.ID
	case c.assignment.Title != "":
		return c.art.ID + " " + c.assignment.Title
	}
	return c.art.ID + " " + c.assignment.ID
}

// assignmentHead says which assignment the page shows, when it is due,
// and which of its exercises the article no longer has.
//
// Hooks: data-assignment="<id>" on it, data-assignment-missing on the
// list of exercises left out.
func (c *view) assignmentHead() app.UI {
	as := c.assignment
	if as == nil {
		return nil
	}
	title := "Assignment"
	if as.Title != "" {
		title += ": " + as.Title
	}
	facts := english.Plural(len(c.exercises), "exercise", "") + " chosen by your teacher, of the article's " + strconv.Itoa(len(c.all))
	if due := as.DueText(); due != "" {
		facts = due + " · " + facts
	}
	var missing app.UI
	if len(c.missing) > 0 {
		var named []string
		for _, id := range c.missing {
			named = append(named, exercise.DescribeID(id))
		}
		missing = app.P().Class("assignment-missing").Attr("role", "note").DataSet("assignment-missing", strconv.Itoa(len(c.missing))).Text(
			english.Plural(len(c.missing), "exercise", "") + " of this assignment " + english.PluralWord(len(c.missing), "is", "are") +
				" no longer in the article, which has changed since the link was made, so " + english.PluralWord(len(c.missing), "it is", "they are") +
				" left out: " + strings.Join(named, "; ") + ".")
	}
	return app.Div().Class("assignment-head").DataSet("assignment", as.ID).Body(
		app.P().Class("assignment-title").Body(app.Strong().Text(title)),
		app.P().Class("assignment-facts").Text(facts+"."),
		missing,
	)
}

// linkErrorPage says that the assignment link was cut or changed, and
// offers all the article's exercises instead.
func (c *view) linkErrorPage() app.UI {
	msg := c.linkErr.Error()
	if le, ok := c.linkErr.(*exercise.LinkError); ok {
		msg = le.Msg
	}
	return app.Div().Class("page").Body(
		ui.NewMasthead(c.pages.Classroom, c.pages),
		app.Main().ID("main").Class("classroom load-error").Body(
			app.H1().ID("classroom-title").Text("Exercises: "+c.art.Title),
			app.P().Attr("role", "alert").DataSet("link-error", "assignment").Text(msg),
			app.P().Body(
				app.A().Href(c.pages.Classroom).Text("Open all the exercises of this article instead"),
				app.Text(" (your answers there are kept apart from the assignment's)."),
			),
		),
	)
}

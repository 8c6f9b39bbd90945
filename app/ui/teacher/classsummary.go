package teacher

import (
	"fmt"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// filesInputID is the id of the input where the teacher chooses the
// students' files.
const filesInputID = "class-files"

// classSummary lets a teacher choose the files the students exported and
// shows how the class did. The files are read in the browser; nothing is
// sent anywhere.
type classSummary struct {
	app.Compo

	// Art is the article the exercises are about.
	Art *article.Article
	// Exercises are the article's exercises, as Generate makes them.
	Exercises []exercise.Exercise

	batch   int  // counts the choices made, so a late read of an older choice is ignored
	reading int  // files of the latest choice still being read
	loaded  bool // a choice has been read
	results classResults
}

func (c *classSummary) Render() app.UI {
	return app.Section().ID(summaryID).Class("class-summary").Aria("labelledby", summaryID+"-title").Body(
		app.H2().ID(summaryID+"-title").Text("Class summary"),
		app.P().Text("Ask each student for the file from “Download my answers” (CSV or JSON), then choose them all here. The files are read in this browser: nothing is uploaded."),
		app.Div().Class("file-field").Body(
			app.Label().For(filesInputID).Text("Students' answer files"),
			app.Input().
				Type("file").
				ID(filesInputID).
				Name("files").
				Multiple(true).
				Accept(".csv,.json").
				Aria("describedby", filesInputID+"-help").
				OnChange(c.onChange),
			app.P().ID(filesInputID+"-help").Class("help").Text("Choose several files at once. Choosing again replaces the summary."),
		),
		app.P().Class("summary-status").Attr("role", "status").Text(c.status()),
		&fileProblems{Problems: c.results.Problems},
		c.tables(),
	)
}

// status says what the last choice gave.
func (c *classSummary) status() string {
	switch {
	case c.reading > 0:
		return "Reading " + english.Plural(c.reading, "file", "") + "…"
	case !c.loaded:
		return "No files chosen yet."
	}
	counted, bad := len(c.results.Files), len(c.results.Problems)
	msg := fmt.Sprintf("Read %s: %s counted", english.Plural(counted+bad, "file", ""), english.Plural(counted, "student", ""))
	if bad > 0 {
		msg += fmt.Sprintf(", %s not counted (see below)", english.Plural(bad, "file", ""))
	}
	return msg + "."
}

func (c *classSummary) tables() app.UI {
	if !c.loaded || c.reading > 0 || len(c.results.Files) == 0 {
		return nil
	}
	return app.Raw(summaryTablesHTML(c.results))
}

// onChange reads the files chosen, then sums them up.
func (c *classSummary) onChange(ctx app.Context, e app.Event) {
	list := e.Get("target").Get("files")
	if !list.Truthy() || list.Length() == 0 {
		return
	}
	c.batch++
	batch, n := c.batch, list.Length()
	files := make([]studentFile, n)
	c.reading, c.loaded = n, false
	for i := 0; i < n; i++ {
		file := list.Index(i)
		files[i].Name = file.Get("name").String()
		ui.ReadFile(file, exercise.MaxProgressSize, "a progress file", func(data []byte, err error) {
			ctx.Dispatch(func(ctx app.Context) {
				if batch != c.batch {
					return
				}
				files[i].Data, files[i].Err = data, err
				if c.reading--; c.reading == 0 {
					c.results = readClass(c.Art, c.Exercises, files)
					c.loaded = true
				}
			})
		})
	}
}

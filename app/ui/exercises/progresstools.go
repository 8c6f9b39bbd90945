package exercises

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// Actions of the progress tools, handled by the classroom.
const (
	actionStudentName = "student-name" // value: the name typed
	actionDownload    = "download"     // value: "csv", "json" or downloadUnreadable
)

// downloadUnreadable, as the value of actionDownload, downloads the saved
// answers that could not be read, exactly as they are saved.
const downloadUnreadable = "unreadable"

// progressTools let the student give a name, saved with the answers, and
// download the answers as a file for the teacher, as CSV or JSON.
//
// Hooks: data-download="csv" and data-download="json" on the download
// buttons.
type progressTools struct {
	app.Compo

	// Student is the name saved with the answers.
	Student string

	// shown is the name the field shows: Student, until the student types
	// in it. From then on the field keeps what is typed, rather than
	// follow Student: go-app runs the handler of a keystroke after the
	// page may have rendered again, and a field set then to the name
	// saved so far would lose the keys typed since.
	shown string
	typed bool
}

func (p *progressTools) Render() app.UI {
	if !p.typed {
		p.shown = p.Student
	}
	download := func(format, label string) app.UI {
		return ui.ScriptButton(label, ui.Post(actionDownload, format)).Class("download").DataSet("download", format)
	}
	return app.Div().Class("progress-tools").Body(
		app.Div().Class("student-name").Body(
			app.Label().For("student-name").Text("Your name (optional)"),
			app.Input().
				Type("text").
				ID("student-name").
				Name("student").
				Attr("autocomplete", "name").
				MaxLength(exercise.MaxStudentName).
				Aria("describedby", "student-name-help").
				DataSet("saved", "as typed").
				Value(p.shown).
				// Saved at every keystroke, so that a reload while the
				// field has the focus keeps the name; nothing else on the
				// page shows it, so the page is not rendered again.
				OnInput(func(ctx app.Context, e app.Event) {
					ctx.PreventUpdate()
					p.typed = true
					ctx.NewActionWithValue(actionStudentName, e.Get("target").Get("value").String())
				}),
			app.P().ID("student-name-help").Class("field-help").Text("Saved with your answers in this browser and in the files you download."),
		),
		app.Div().Class("downloads").Attr("role", "group").Aria("labelledby", "downloads-label").Body(
			app.Span().ID("downloads-label").Class("downloads-label").Text("Download my answers:"),
			download("csv", "CSV (spreadsheet)"),
			download("json", "JSON"),
		),
	)
}

// cleanName makes a typed name one the progress file accepts: control and
// text-direction characters removed, spaces at the ends trimmed, at most
// exercise.MaxStudentName characters; blank is no name.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r), 0x202A <= r && r <= 0x202E, 0x2066 <= r && r <= 0x2069:
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	for utf8.RuneCountInString(s) > exercise.MaxStudentName {
		_, size := utf8.DecodeLastRuneInString(s)
		s = strings.TrimSpace(s[:len(s)-size])
	}
	return s
}

package teacher

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fileProblems lists the files of a class that were not counted, each by
// name with where and what the problem is.
type fileProblems struct {
	app.Compo

	// Problems are the files not counted, in the order chosen.
	Problems []fileProblem
}

func (f *fileProblems) Render() app.UI {
	if len(f.Problems) == 0 {
		return app.Div().Class("file-problems").Hidden(true)
	}
	return app.Div().Class("file-problems").Attr("role", "alert").Body(
		app.H3().Text("Files not counted"),
		app.Ul().Body(
			app.Range(f.Problems).Slice(func(i int) app.UI {
				p := f.Problems[i]
				return app.Li().DataSet("file-error", p.File).Body(
					app.Strong().Class("file-name").Text(p.File),
					app.Text(": "+p.String()),
				)
			}),
		),
	)
}

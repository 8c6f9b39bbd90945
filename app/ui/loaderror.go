package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// LoadErrorPage is the page shown at path current, one of the pages of
// an article, when the article's data could not be read: what could not
// be opened, what is missing because of it, what to do, and the error
// itself.
func LoadErrorPage(current string, pages ArticlePaths, heading, missing string, err error) app.UI {
	return app.Div().Class("page").Body(
		NewMasthead(current, pages),
		app.Main().ID("main").Class("load-error").Body(
			app.H1().Text(heading),
			app.P().Text("The explorer could not read the article's data, so "+missing+". Reload the page; if the problem stays, the article file needs fixing."),
			app.Pre().Class("error-detail").Text(errorText(err)),
		),
	)
}

func errorText(err error) string {
	if err == nil {
		return "no article was given"
	}
	return err.Error()
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// LoadErrorPage is the page shown at path current, one of the pages of
// an article, when the article's data could not be read: what could not
// be opened, what is missing because of it, what to do, and the error
// itself.
//
// For a shared article whose link was cut or changed, it says so and what
// to do, in place of the technical detail.
func LoadErrorPage(current string, pages ArticlePaths, heading, missing string, err error) app.UI {
	if e, ok := SharedError(err); ok {
		return app.Div().Class("page").Body(
			NewMasthead(current, pages),
			app.Main().ID("main").Class("load-error").Body(
				app.H1().Text(heading),
				app.P().Attr("role", "alert").DataSet("link-error", "shared").Text(e.Msg),
			),
		)
	}
	what := "The explorer could not read the article's data, so " + missing + ". Reload the page; if the problem stays, the article file needs fixing."
	if pages.Shared {
		what = "The article in this link is not an article file the explorer can read, so " + missing + ". Ask for a new link, or for the article file: the editor (Your article) says what to correct in it."
	}
	return app.Div().Class("page").Body(
		NewMasthead(current, pages),
		app.Main().ID("main").Class("load-error").Body(
			app.H1().Text(heading),
			app.P().Text(what),
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

package teacher

import (
	"errors"
	"strconv"

	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/qr"
	"newsexplorer/app/share"

	"newsexplorer/app/ui"
)

// assignLinkID is the id of the field that holds the assignment link.
const assignLinkID = "assign-link"

// assignmentURL is the link to the exercises of the article of pages p
// that carries an assignment's query: for a shared article, with the
// article in its fragment.
func assignmentURL(origin string, p ui.ArticlePaths, query string) string {
	if p.Shared {
		return share.Link(origin, share.Path+"/classroom", p.Token, query)
	}
	return origin + p.Classroom + "?" + query
}

// assignLink shows the assignment link: in a field to copy from, with a
// button that copies it, a link to try it, and its QR code.
type assignLink struct {
	app.Compo

	// Link is the link, or "" with Problem saying why there is none.
	Link, Problem string
	// Copied says what the last copy did.
	Copied string
	// OnCopy copies the link.
	OnCopy func(ctx app.Context, link string)
}

func (l *assignLink) Render() app.UI {
	if l.Link == "" {
		return app.Div().Class("assign-link").Body(app.P().Class("assign-problem").Attr("role", "status").Text(l.Problem))
	}
	var try app.UI
	if app.IsClient {
		// Only the browser knows the address the page is served at,
		// which the link is made for; the server's page has none.
		try = app.A().Href(l.Link).Target("_blank").Rel("noopener").Text("Try it")
	}
	return app.Div().Class("assign-link").Body(
		app.Label().For(assignLinkID).Text("Link for your students"),
		app.Div().Class("assign-link-row").Body(
			app.Input().Type("text").ID(assignLinkID).ReadOnly(true).Value(l.Link).DataSet("assignment-link", "value").
				Aria("describedby", "assign-link-help").OnFocus(func(ctx app.Context, e app.Event) { e.Get("target").Call("select") }),
			ui.ScriptButton("Copy the link", func(ctx app.Context, e app.Event) { l.OnCopy(ctx, l.Link) }).DataSet("copy", "assignment"),
			try,
		),
		app.P().ID("assign-link-help").Class("field-help").Text(strconv.Itoa(len(l.Link))+" characters. It opens the exercises chosen, in this order, and students' files record the assignment."),
		app.P().Class("assign-copied").Attr("role", "status").Text(l.Copied),
		qrFigure(l.Link),
	)
}

// qrFigure draws the link's QR code, at error correction level M, or L
// when M cannot hold it; or says why it cannot be drawn.
func qrFigure(link string) app.UI {
	code, err := qr.Encode([]byte(link), qr.M)
	if errors.Is(err, qr.ErrTooLong) {
		code, err = qr.Encode([]byte(link), qr.L)
	}
	if err != nil {
		return app.P().Class("assign-qr-none").DataSet("qr", "none").Text(
			"This link is too long for a QR code (" + humanize.Comma(int64(len(link))) + " characters; a QR code holds at most " +
				humanize.Comma(int64(qr.Capacity(qr.MaxVersion, qr.L))) + "), so give it by copying. A link to a shared article carries the whole article; one served from a site is short.")
	}
	return app.Figure().Class("assign-qr").DataSet("qr", strconv.Itoa(code.Version)).Body(
		app.Raw(code.SVG("QR code of the assignment link")),
		app.FigCaption().Text("Show this on the projector: students scan it with a tablet's or phone's camera to open the exercises."),
	)
}

package editor

import (
	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/share"

	"newsexplorer/app/ui"
)

// Share makes a link that carries the whole article file, compressed by
// the browser (ui.Compress) and framed by package share, in the link's
// fragment: no server ever sees it. The link opens the article's reading
// view, and from there its exercises and teacher's view.

// shareLinkID is the id of the field that holds the shared link.
const shareLinkID = "share-link"

// shared is the last link Share made, for the article it was made of.
type shared struct {
	of      *article.Article // the draft the link carries; the link is gone once the draft changes
	link    string
	tooLong int // the link's length, when over share.MaxLink
	copied  string
	problem string
}

// onShare makes the link of the article open.
func (ed *view) onShare(ctx app.Context, e app.Event) {
	a := ed.draft
	if a == nil {
		return
	}
	data, err := article.EncodeCompact(a)
	if err != nil {
		ed.share = shared{of: a, problem: "The article could not be written as a file to share: " + err.Error()}
		return
	}
	ed.status = "Making the link…"
	origin := app.Window().Get("location").Get("origin").String()
	ctx.Async(func() {
		compressed, err := ui.Compress(data)
		ctx.Dispatch(func(ctx app.Context) {
			ed.status = ""
			if err != nil {
				ed.share = shared{of: a, problem: "The link could not be made: " + err.Error() + ". Download the article file and hand that out instead."}
				return
			}
			link := share.Link(origin, share.Path, share.Token(compressed), "")
			if len(link) > share.MaxLink {
				ed.share = shared{of: a, tooLong: len(link)}
				return
			}
			ed.share = shared{of: a, link: link}
			ed.status = "Made a link that carries the article."
			ctx.Defer(func(app.Context) { ui.FocusElement(shareLinkID) })
		})
	})
}

// sharePanel shows the link Share made, with a button that copies it; or
// why there is none.
//
// Hook: data-share-link="value" on the field that holds the link.
func (ed *view) sharePanel() app.UI {
	s := ed.share
	if s.of == nil || s.of != ed.draft {
		return nil
	}
	switch {
	case s.problem != "":
		return app.Div().Class("share-panel").Body(app.P().Attr("role", "alert").Text(s.problem))
	case s.tooLong > 0:
		return app.Div().Class("share-panel share-too-long").DataSet("share-too-long", "true").Body(
			app.P().Attr("role", "alert").Text("This article makes a link of "+humanize.Comma(int64(s.tooLong))+" characters, more than the "+
				humanize.Comma(share.MaxLink)+" that mail and messages safely carry, so no link is offered. Download the article file instead, and hand that out: students open it in the editor, or a site serves it in its library."),
			app.Button().Type("button").DataSet("download", "article").OnClick(ed.onDownload).Text("Download the article file"),
		)
	}
	return app.Div().Class("share-panel").Body(
		app.Label().For(shareLinkID).Text("Link to this article"),
		app.Textarea().ID(shareLinkID).ReadOnly(true).Rows(3).DataSet("share-link", "value").
			Aria("describedby", "share-link-help").Text(s.link).
			OnFocus(func(ctx app.Context, e app.Event) { e.Get("target").Call("select") }),
		app.P().ID("share-link-help").Class("field-help").Text("The link carries the whole article, "+humanize.Comma(int64(len(s.link)))+
			" characters, after its “#”, which browsers never send to a server. It opens the article, its exercises and its teacher's view, and works offline once opened. Changes made after this are not in it: press Share again."),
		app.Div().Class("share-actions").Body(
			ui.ScriptButton("Copy the link", ed.onCopyShare).DataSet("copy", "share"),
			app.A().Href(s.link).Target("_blank").Rel("noopener").Text("Open it"),
		),
		app.P().Class("share-copied").Attr("role", "status").Text(s.copied),
	)
}

func (ed *view) onCopyShare(ctx app.Context, e app.Event) {
	ui.CopyText(ctx, ed.share.link, shareLinkID, func(ok bool) {
		ed.share.copied = "Copied the link."
		if !ok {
			ed.share.copied = "This browser did not let the page copy the link: it is selected in the field, so copy it from there (Ctrl+C, or ⌘+C)."
		}
	})
}

package editor

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/formats"
	"newsexplorer/app/ui"
)

// onOpen reads the article file chosen.
func (ed *view) onOpen(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	ed.status = "Reading " + name + "…"
	ui.ReadFile(file, article.MaxFileSize, "an article file", func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) { ed.opened(ctx, name, data, err) })
	})
}

// onAnnotate annotates the pasted text in the page. The text is only ever
// text: the article shows it escaped, never as HTML. When the article
// open has the same text, the claims a person wrote or accepted in it are
// kept (keepPersonClaims).
func (ed *view) onAnnotate(ctx app.Context, e app.Event) {
	ed.problem, ed.fileErrors = "", nil
	if strings.TrimSpace(ed.pasteText) == "" {
		ed.problem = "Paste the article's text first."
		return
	}
	if ed.annotate == nil {
		ed.problem = "This page cannot annotate text: the editor was built without the annotator."
		return
	}
	title, text := ed.pasteTitle, ed.pasteText
	next := ed.stepper(ctx)
	next("Annotating…", func(ctx app.Context) {
		a, err := ed.annotate(title, text)
		if err != nil {
			ed.status, ed.problem = "", strings.TrimPrefix(err.Error(), "extract: ")
			return
		}
		next("Annotated "+strconv.Itoa(len(a.Mentions))+" highlights; showing them…", func(ctx app.Context) {
			kept, err := keepPersonClaims(ed.draft, a)
			if err != nil {
				ed.status, ed.problem = "", "The text is annotated, but the claims you wrote or accepted could not be kept in it, so the article open stays as it was: "+
					strings.TrimPrefix(err.Error(), "article: ")
				return
			}
			undo := ed.replace(a, "Annotated the pasted text.")
			next("Keeping the article in this browser…", func(ctx app.Context) {
				ed.status = annotatedSummary(a) + " Check them, then correct what is wrong." + kept + undo
				ed.keep()
			})
		})
	})
}

// stepper returns how to run long work in steps: each step runs after the
// page has shown the status of the one before, so that a long article
// holds the page a moment at a time and the reader sees where it is.
func (ed *view) stepper(ctx app.Context) func(status string, step func(ctx app.Context)) {
	return func(status string, step func(ctx app.Context)) {
		ed.status = status
		// Once go-app has put the status in the page and the browser has
		// painted it: a fixed pause could end first on a slow tablet, and
		// the status would never show.
		ctx.Defer(func(ctx app.Context) { ui.AfterPaint(ctx, step) })
	}
}

// opened takes a file read: its article is opened, in steps, or why not
// is listed.
func (ed *view) opened(ctx app.Context, name string, data []byte, err error) {
	ed.fileErrors, ed.problem = nil, ""
	next := ed.stepper(ctx)
	next("Checking "+name+"…", func(ctx app.Context) {
		var a *article.Article
		if err == nil {
			a, err = article.Parse(name, data)
		}
		if err != nil {
			var list article.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					ed.fileErrors = append(ed.fileErrors, e.Error())
				}
			} else {
				ed.fileErrors = []string{name + ": " + err.Error()}
			}
			if hint := fileKindHint(name, data); hint != "" {
				ed.fileErrors = append(ed.fileErrors, hint)
			}
			ed.status = name + " could not be opened."
			return
		}
		next("Showing "+name+"…", func(ctx app.Context) {
			undo := ed.replace(a, "Opened "+name+".")
			next("Keeping the article in this browser…", func(ctx app.Context) {
				ed.status = "Opened " + name + "." + undo
				ed.keep()
			})
		})
	})
}

// onDownload saves the corrected article as the file the button's
// data-download names: the article file, its highlights as W3C Web
// Annotations, or its claims as schema.org ClaimReview.
func (ed *view) onDownload(ctx app.Context, e app.Event) {
	button := e.Get("target").Call("closest", "[data-download]")
	if !button.Truthy() || ed.draft == nil {
		return
	}
	a := ed.draft
	var (
		data       []byte
		err        error
		name, mime = a.ID + ".json", "application/json"
	)
	switch button.Call("getAttribute", "data-download").String() {
	case "w3c":
		data, err = formats.EncodeW3C(a, formats.Source(a))
		name, mime = a.ID+".annotations.jsonld", "application/ld+json"
	case "schema":
		data, err = formats.EncodeClaimReview(a, formats.Source(a))
		name, mime = a.ID+".claims.jsonld", "application/ld+json"
	default:
		data, err = article.Encode(a)
		// Downloaded all the same: nothing is lost, and the reader is told.
		ed.problem = fileTooLarge(name, len(data))
	}
	if err != nil {
		ed.problem = err.Error()
		return
	}
	ui.DownloadFile(name, mime, string(data))
	ed.status = "Downloaded " + name + "."
}

// fileKindHint says what a file that is not an article file seems to be,
// and where it goes instead, or "" when it looks like one.
func fileKindHint(name string, data []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(t) == 0:
		return ""
	case t[0] == '[':
		return name + " is a JSON list, not an article file, which is one JSON object, starting with “{”."
	case t[0] != '{':
		return name + " does not start with “{”, so it is not an article file but perhaps plain text: to annotate plain text, paste it into “Article text” above."
	case bytes.Contains(t, []byte(`"@context"`)):
		return name + " is JSON-LD, as annotations and claims are written: open the article first, then choose the file under “Import W3C Web Annotations or schema.org ClaimReview”."
	}
	return ""
}

// fileTooLarge says that an article file of n bytes is more than the
// explorer reads, or "" when it is not.
func fileTooLarge(name string, n int) string {
	if n <= article.MaxFileSize {
		return ""
	}
	return name + " is " + humanize.Bytes(uint64(n)) + ", more than the " + humanize.Bytes(article.MaxFileSize) +
		" the explorer reads, so the library and newsexplorer validate will refuse it. It is downloaded all the same, so nothing is lost; to make it fit, remove highlights or split the article."
}

// onImport reads W3C Web Annotations (highlights and quotes), or schema.org
// ClaimReview (claims), onto the open article, telling them apart by their
// JSON-LD context.
func (ed *view) onImport(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if !files.Truthy() || files.Length() == 0 || ed.draft == nil {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	ui.ReadFile(file, article.MaxFileSize, "an annotations file", func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			ed.problem = ""
			if err == nil {
				var a *article.Article
				if a, err = formats.Import(ed.draft, data); err == nil {
					ed.hist.record(ed.state(), "Imported the annotations of "+name+".")
					ed.show(a)
					ed.status = "Imported the annotations of " + name + "."
					ed.keep()
					return
				}
			}
			ed.status, ed.problem = "", name+": "+strings.TrimPrefix(err.Error(), "formats: ")
		})
	})
}

func (ed *view) onAskClose(ctx app.Context, e app.Event) {
	ed.confirming = true
	ctx.Defer(func(app.Context) { ui.FocusElement("keep-article") })
}

// onQuestionKey answers the close question's keys: Escape keeps the
// article, and Tab and Shift+Tab go round its two buttons.
func (ed *view) onQuestionKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Escape":
		e.PreventDefault()
		ed.onKeep(ctx, e)
	case "Tab":
		at := app.Window().Get("document").Get("activeElement").Get("id").String()
		back := e.Get("shiftKey").Bool()
		switch {
		case !back && at == "keep-article":
			e.PreventDefault()
			ui.FocusElement("close-confirm")
		case back && at == "close-confirm":
			e.PreventDefault()
			ui.FocusElement("keep-article")
		}
	}
}

func (ed *view) onKeep(ctx app.Context, e app.Event) {
	ed.confirming = false
	// At once: the question, and this button, go with the update, and
	// go-app drops the deferred functions of elements no longer there.
	ui.FocusElement("close-article")
}

// onClose closes the article and forgets the copy kept in the browser.
func (ed *view) onClose(ctx app.Context, e app.Event) {
	ed.confirming = false
	ed.draft, ed.html, ed.selected = nil, "", article.Span{}
	ed.hist.clear()
	if !ed.keepOff {
		ui.BrowserStore{}.Remove(draftKey)
	}
	ed.status = "Article closed."
	// At once, as in onKeep: the file field is there before and after.
	ui.FocusElement("article-file")
}

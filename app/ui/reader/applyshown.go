package reader

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// applyShown sets the hide-<type> classes on the article's container to
// match s. go-app never sets these classes, so it never overwrites them.
// The marks of a type switched off then leave the order of Tab, and come
// back when it is switched on, once the change is painted and a few
// hundred marks at a time, so that a very long article neither delays
// the toggle's paint nor holds the page.
func (r *view) applyShown(ctx app.Context) {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(articleID)
	if !el.Truthy() {
		return
	}
	list := el.Get("classList")
	for _, t := range article.Types {
		list.Call("toggle", "hide-"+string(t), !r.shown.Has(t))
	}
	if r.tabbable != r.shown && !r.tabStopsDue {
		r.tabStopsDue = true
		ui.AfterPaint(ctx, r.setTabStops)
	}
}

// tabStopsPerTask is how many marks setTabStops changes in one task.
const tabStopsPerTask = 300

// setTabStops makes the marks of the types shown stops for Tab, and the
// others not (setShown), tabStopsPerTask marks at a time; it runs again in a task of
// its own until every mark is right, following the toggles made since.
func (r *view) setTabStops(ctx app.Context) {
	el := app.Window().GetElementByID(articleID)
	if !el.Truthy() {
		r.tabStopsDue = false
		return
	}
	left := tabStopsPerTask
	for _, t := range article.Types {
		if r.shown.Has(t) == r.tabbable.Has(t) {
			continue
		}
		from := "0"
		if r.shown.Has(t) {
			from = "-1"
		}
		marks := el.Call("querySelectorAll", `mark[data-entity-type="`+string(t)+`"][tabindex="`+from+`"]`)
		n := marks.Length()
		for i := 0; i < n && i < left; i++ {
			setShown(marks.Index(i), r.shown.Has(t))
		}
		if n > left {
			break
		}
		left -= n
		r.tabbable = r.tabbable.Toggle(t)
	}
	if r.tabbable == r.shown {
		r.tabStopsDue = false
		return
	}
	ui.InTask(ctx, r.setTabStops)
}

// setShown makes a highlight one that Tab stops at and that says what
// activating it does; or, for a type switched off, neither. Its title,
// what it marks, stays: taking it away and back would restyle every
// highlight of the type at the next toggle (browsers style elements by
// their title), which costs more than a frame on a long article.
func setShown(m app.Value, shown bool) {
	if shown {
		m.Call("setAttribute", "tabindex", "0")
		m.Call("setAttribute", "aria-describedby", ui.MentionHelpID)
		return
	}
	m.Call("setAttribute", "tabindex", "-1")
	m.Call("setAttribute", "aria-describedby", ui.MentionNoHelpID)
}

package ui

import (
	"sort"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// timeline places the times the article mentions on the calendar, against
// the article's own date where the text lets one infer it, and shows the
// reasoning.
type timeline struct {
	app.Compo

	// Art is the article shown.
	Art *article.Article
}

func (t *timeline) Render() app.UI {
	a := t.Art
	var dated []article.Entity
	for _, e := range a.Entities {
		if e.Type == article.Date && e.When != nil {
			dated = append(dated, e)
		}
	}
	if len(dated) == 0 && a.Written == nil {
		return app.Section().ID("timeline").Class("timeline").Body(
			app.H3().Text("Timeline"),
			app.P().Text("The article gives no times that can be placed on a calendar."),
		)
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].When.From.Before(dated[j].When.From) })
	var written app.UI
	if a.Written != nil {
		written = app.P().Class("written").Body(
			app.Strong().Text("Written: "), app.Text(dateRange(a.Written)+" (inferred). "),
			app.Span().Class("reasoning").Text(a.Written.Reasoning),
		)
	}
	return app.Section().ID("timeline").Class("timeline").Aria("labelledby", "timeline-title").Body(
		app.H3().ID("timeline-title").Text("Timeline"),
		written,
		app.Ol().Body(app.Range(dated).Slice(func(i int) app.UI {
			e := dated[i]
			return app.Li().DataSet("date-entity", e.ID).Body(
				app.P().Class("when").Body(
					app.Strong().Text(e.Name),
					app.Text(" — "+dateRange(e.When)+relative(e.When, a.Written)),
				),
				app.P().Class("reasoning").Text(e.When.Reasoning),
			)
		})),
	)
}

// dateRange writes a dating as "Saturday 26 April 2025" or "January to
// February 2025".
func dateRange(d *article.Dating) string {
	if d.From.Equal(d.To) {
		return d.From.Format("Monday 2 January 2006")
	}
	if d.From.Year() == d.To.Year() && d.From.Day() == 1 && d.To.AddDate(0, 0, 1).Day() == 1 {
		if d.From.Month() == d.To.Month() {
			return d.From.Format("January 2006")
		}
		return d.From.Format("January") + " to " + d.To.Format("January 2006")
	}
	return d.From.Format("2 January 2006") + " to " + d.To.Format("2 January 2006")
}

// relative says how long before or after the article's date a time is,
// with go-humanize: " (2 weeks before the article)".
func relative(d, written *article.Dating) string {
	if written == nil || (d.From.Equal(written.From) && d.To.Equal(written.To)) {
		if written != nil {
			return " (the day of the article)"
		}
		return ""
	}
	mid := d.From.Add(d.To.Sub(d.From) / 2)
	s := humanize.RelTime(mid, written.From, "before the article", "after the article")
	return " (" + strings.TrimSpace(s) + ")"
}

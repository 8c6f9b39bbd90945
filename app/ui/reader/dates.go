package reader

import (
	"strings"

	"github.com/dustin/go-humanize"

	"newsexplorer/app/article"
)

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

package ui

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestMastheadMarksCurrentPage checks that the navigation links every
// section and marks, on each page, that page's link and no other.
func TestMastheadMarksCurrentPage(t *testing.T) {
	for _, path := range []string{"/", ClassroomPath, TeacherPath, EditorPath} {
		tags, _ := goappTags(t, app.HTMLString(newMasthead(path)))
		var hrefs, current []string
		for _, tg := range tags {
			if tg.name != "a" || tg.attrs["class"] == "brand" {
				continue
			}
			hrefs = append(hrefs, tg.attrs["href"])
			if tg.attrs["aria-current"] == "page" {
				current = append(current, tg.attrs["href"])
			}
		}
		if got, want := len(hrefs), 4; got != want {
			t.Errorf("%s: %d section links %v, want %d", path, got, hrefs, want)
		}
		if len(current) != 1 || current[0] != path {
			t.Errorf("%s: links marked current %v, want only %s", path, current, path)
		}
	}
}

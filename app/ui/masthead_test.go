package ui

import (
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestMastheadMarksCurrentPage checks that the navigation links the
// library and every page of the article shown, and marks, on each page,
// that page's link and no other.
func TestMastheadMarksCurrentPage(t *testing.T) {
	tests := []struct {
		current string
		pages   articlePaths
		want    []string
	}{
		{"/", defaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{ClassroomPath, defaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{TeacherPath, defaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{LibraryPath, defaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{EditorPath, defaultPaths(""), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{"/articles/porto", libraryPaths("porto"), []string{LibraryPath, "/articles/porto", "/articles/porto/classroom", "/articles/porto/teacher", EditorPath}},
		{"/articles/porto/teacher", libraryPaths("porto"), []string{LibraryPath, "/articles/porto", "/articles/porto/classroom", "/articles/porto/teacher", EditorPath}},
	}
	for _, tt := range tests {
		tags, _ := goappTags(t, app.HTMLString(newMasthead(tt.current, tt.pages)))
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
		if !slices.Equal(hrefs, tt.want) {
			t.Errorf("%s: section links %v, want %v", tt.current, hrefs, tt.want)
		}
		if len(current) != 1 || current[0] != tt.current {
			t.Errorf("%s: links marked current %v, want only %s", tt.current, current, tt.current)
		}
	}
}

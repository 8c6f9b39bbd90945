package ui

import (
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui/uitest"
)

// TestMastheadMarksCurrentPage checks that the navigation links the
// library and every page of the article shown, and marks, on each page,
// that page's link and no other.
func TestMastheadMarksCurrentPage(t *testing.T) {
	tests := []struct {
		current string
		pages   ArticlePaths
		want    []string
	}{
		{"/", DefaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{ClassroomPath, DefaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{TeacherPath, DefaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{LibraryPath, DefaultPaths("kursk"), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{EditorPath, DefaultPaths(""), []string{LibraryPath, "/", ClassroomPath, TeacherPath, EditorPath}},
		{"/articles/porto", LibraryPaths("porto"), []string{LibraryPath, "/articles/porto", "/articles/porto/classroom", "/articles/porto/teacher", EditorPath}},
		{"/articles/porto/teacher", LibraryPaths("porto"), []string{LibraryPath, "/articles/porto", "/articles/porto/classroom", "/articles/porto/teacher", EditorPath}},
	}
	for _, tt := range tests {
		tags, _ := uitest.GoappTags(t, app.HTMLString(NewMasthead(tt.current, tt.pages)))
		var hrefs, current []string
		for _, tg := range tags {
			if tg.Name != "a" || tg.Attrs["class"] == "brand" {
				continue
			}
			hrefs = append(hrefs, tg.Attrs["href"])
			if tg.Attrs["aria-current"] == "page" {
				current = append(current, tg.Attrs["href"])
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

package teacher

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestTeacherRoute checks that the teacher's view is a route of its own,
// which the server pre-renders and the service worker stores.
func TestTeacherRoute(t *testing.T) {
	cat := ui.Catalog{Default: "kursk", Entries: []ui.Entry{{ID: "kursk"}}}
	if !slices.Contains(ui.Paths(cat), ui.TeacherPath) {
		t.Errorf("Paths() = %v, want it to list %s", ui.Paths(cat), ui.TeacherPath)
	}
	if ui.TeacherPath != "/classroom/teacher" {
		t.Errorf("ui.TeacherPath = %q, want /classroom/teacher", ui.TeacherPath)
	}
}

// TestTeacherPage checks that the page holds what a teacher needs: the
// print buttons, the labelled file chooser, the answer key and the
// worksheet, and links to each.
func TestTeacherPage(t *testing.T) {
	a := uitest.DefaultArticle(t)
	html := uitest.Render(t, newView(a, nil))
	tags, _ := uitest.GoappTags(t, html)
	text := uitest.TextContent(html)
	for _, want := range []string{"Teacher's view", "Print worksheet", "Print answer key", "Class summary", "Answer key", "Worksheet preview", "nothing is uploaded"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q", want)
		}
	}
	for _, mode := range []string{printWorksheet, printKey} {
		if b := uitest.FindTags(tags, "button", "data-print-mode", mode); len(b) != 1 || b[0].Attrs["type"] != "button" {
			t.Errorf("print button %q: got %v, want one <button type=button>", mode, b)
		}
	}
	inputs := uitest.FindTags(tags, "input", "type", "file")
	if len(inputs) != 1 {
		t.Fatalf("%d file inputs, want 1", len(inputs))
	}
	in := inputs[0]
	if in.Attrs["accept"] != ".csv,.json" || !in.Bare["multiple"] || in.Attrs["id"] != filesInputID {
		t.Errorf("file input %s: want id=%s, multiple and accept=.csv,.json", in.Src, filesInputID)
	}
	if labels := uitest.FindTags(tags, "label", "for", filesInputID); len(labels) != 1 {
		t.Errorf("%d labels for the file input, want 1", len(labels))
	}
	for _, id := range []string{summaryID, keyID, worksheetID} {
		if len(uitest.FindTags(tags, "section", "id", id)) != 1 {
			t.Errorf("no section #%s", id)
		}
		if len(uitest.FindTags(tags, "a", "href", "#"+id)) != 1 {
			t.Errorf("no link to #%s", id)
		}
	}
	if n, want := len(uitest.Chunks(t, html, "data-exercise")), 2*len(exercise.Generate(a)); n != want {
		t.Errorf("%d elements with data-exercise, want %d (each exercise in the key and the worksheet)", n, want)
	}
}

// TestTeacherLoadError checks that the teacher's view of an article that
// could not be read says why, and shows no key.
func TestTeacherLoadError(t *testing.T) {
	html := uitest.Render(t, newView(nil, errors.New("the page's article data: malformed JSON")))
	text := uitest.TextContent(html)
	for _, want := range []string{"This article could not be opened", "malformed JSON"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(html, "data-exercise") || strings.Contains(html, `type="file"`) {
		t.Errorf("the load-error page shows the teacher's tools")
	}
}

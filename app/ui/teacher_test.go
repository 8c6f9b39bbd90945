package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/library"
)

// defaultArticle loads the article that ships with the explorer.
func defaultArticle(t *testing.T) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// itemChunk is the HTML of one element carrying a hook, up to the next
// element carrying the same hook.
type itemChunk struct {
	tag  tag
	html string
}

// chunks cuts go-app's HTML at each start tag that has the attribute
// attr, in document order.
func chunks(t *testing.T, s, attr string) []itemChunk {
	t.Helper()
	tags, _ := goappTags(t, s)
	var out []itemChunk
	pos := 0
	for _, tg := range tags {
		if _, ok := tg.attrs[attr]; !ok {
			continue
		}
		i := strings.Index(s[pos:], tg.src)
		if i < 0 {
			t.Fatalf("tag %s not found after %d", tg.src, pos)
		}
		pos += i
		if n := len(out); n > 0 {
			out[n-1].html = s[strings.Index(s, out[n-1].tag.src):pos]
		}
		out = append(out, itemChunk{tag: tg})
		pos += len(tg.src)
	}
	if n := len(out); n > 0 {
		out[n-1].html = s[strings.Index(s, out[n-1].tag.src):]
	}
	return out
}

// TestTeacherRoute checks that the teacher's view is a route of its own,
// which the server pre-renders and the service worker stores.
func TestTeacherRoute(t *testing.T) {
	cat := Catalog{Default: "kursk", Entries: []Entry{{ID: "kursk"}}}
	if !slices.Contains(Paths(cat), TeacherPath) {
		t.Errorf("Paths() = %v, want it to list %s", Paths(cat), TeacherPath)
	}
	if TeacherPath != "/classroom/teacher" {
		t.Errorf("TeacherPath = %q, want /classroom/teacher", TeacherPath)
	}
}

// TestTeacherPage checks that the page holds what a teacher needs: the
// print buttons, the labelled file chooser, the answer key and the
// worksheet, and links to each.
func TestTeacherPage(t *testing.T) {
	a := defaultArticle(t)
	html := render(t, newTeacher(a, nil))
	tags, _ := goappTags(t, html)
	text := textContent(html)
	for _, want := range []string{"Teacher's view", "Print worksheet", "Print answer key", "Class summary", "Answer key", "Worksheet preview", "nothing is uploaded"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q", want)
		}
	}
	for _, mode := range []string{printWorksheet, printKey} {
		if b := findTags(tags, "button", "data-print-mode", mode); len(b) != 1 || b[0].attrs["type"] != "button" {
			t.Errorf("print button %q: got %v, want one <button type=button>", mode, b)
		}
	}
	inputs := findTags(tags, "input", "type", "file")
	if len(inputs) != 1 {
		t.Fatalf("%d file inputs, want 1", len(inputs))
	}
	in := inputs[0]
	if in.attrs["accept"] != ".csv,.json" || !in.bare["multiple"] || in.attrs["id"] != filesInputID {
		t.Errorf("file input %s: want id=%s, multiple and accept=.csv,.json", in.src, filesInputID)
	}
	if labels := findTags(tags, "label", "for", filesInputID); len(labels) != 1 {
		t.Errorf("%d labels for the file input, want 1", len(labels))
	}
	for _, id := range []string{summaryID, keyID, worksheetID} {
		if len(findTags(tags, "section", "id", id)) != 1 {
			t.Errorf("no section #%s", id)
		}
		if len(findTags(tags, "a", "href", "#"+id)) != 1 {
			t.Errorf("no link to #%s", id)
		}
	}
	if n, want := len(chunks(t, html, "data-exercise")), 2*len(exercise.Generate(a)); n != want {
		t.Errorf("%d elements with data-exercise, want %d (each exercise in the key and the worksheet)", n, want)
	}
}

// TestTeacherLoadError checks that the teacher's view of an article that
// could not be read says why, and shows no key.
func TestTeacherLoadError(t *testing.T) {
	html := render(t, newTeacher(nil, errors.New("the page's article data: malformed JSON")))
	text := textContent(html)
	for _, want := range []string{"This article could not be opened", "malformed JSON"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(html, "data-exercise") || strings.Contains(html, `type="file"`) {
		t.Errorf("the load-error page shows the teacher's tools")
	}
}

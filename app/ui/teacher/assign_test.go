package teacher

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestAssignChoice checks the link the teacher's choice makes: all by
// default, whole kinds by kind, and exercises one by one otherwise, in
// the article's order; and that the link opens the article's exercises.
func TestAssignChoice(t *testing.T) {
	exercises := exercise.Generate(uitest.DefaultArticle(t))
	ofKind := func(kinds ...exercise.Kind) map[string]bool {
		left := map[string]bool{}
		for _, e := range exercises {
			keep := false
			for _, k := range kinds {
				keep = keep || e.Kind == k
			}
			if !keep {
				left[e.ID] = true
			}
		}
		return left
	}
	some := ofKind(exercise.WhenWritten)
	delete(some, "who-said-it/q3")
	tests := []struct {
		name  string
		left  map[string]bool
		kinds string
		ids   string
	}{
		{"all", map[string]bool{}, "", ""},
		{"two kinds", ofKind(exercise.WhenWritten, exercise.WhoSaidIt), "who-said-it when-written", ""},
		{"one by one", some, "", "who-said-it/q3 when-written/kursk"},
	}
	for _, tt := range tests {
		b := &assignBuilder{Exercises: exercises, left: tt.left, title: "Week 3"}
		l := b.choice()
		var kinds []string
		for _, k := range l.Kinds {
			kinds = append(kinds, string(k))
		}
		if strings.Join(kinds, " ") != tt.kinds || strings.Join(l.IDs, " ") != tt.ids || l.Title != "Week 3" {
			t.Errorf("%s: kinds %v, ids %v, title %q; want %q and %q", tt.name, kinds, l.IDs, l.Title, tt.kinds, tt.ids)
		}
	}
	if got := assignmentURL("https://s.example", ui.LibraryPaths("porto"), "assign=1&check=x"); got != "https://s.example/articles/porto/classroom?assign=1&check=x" {
		t.Errorf("assignmentURL = %q", got)
	}
	shared := ui.SharedPaths("1.4.0123456789ab.AAAA")
	if got := assignmentURL("", shared, "assign=1&check=x"); got != "/shared/classroom?id=0123456789ab&assign=1&check=x#share=1.4.0123456789ab.AAAA" {
		t.Errorf("assignmentURL of a shared article = %q", got)
	}
}

// TestAssignBuilder checks the teacher's part of the page: a checkbox
// for each exercise with data-assign and one for each kind, all checked
// at first, the fields for a title and a due date, and the link with its
// QR code.
func TestAssignBuilder(t *testing.T) {
	exercises := exercise.Generate(uitest.DefaultArticle(t))
	html := uitest.Render(t, &assignBuilder{Exercises: exercises, Pages: ui.DefaultPaths("kursk")})
	tags, _ := uitest.GoappTags(t, html)
	boxes := uitest.FindTags(tags, "input", "type", "checkbox")
	assign, kinds := 0, 0
	for _, b := range boxes {
		if !b.Bare["checked"] {
			t.Errorf("checkbox %s is not checked", b.Src)
		}
		if _, ok := b.Attrs["data-assign"]; ok {
			assign++
		}
		if _, ok := b.Attrs["data-assign-kind"]; ok {
			kinds++
		}
		if len(uitest.FindTags(tags, "label", "for", b.Attrs["id"])) != 1 {
			t.Errorf("checkbox %s has no label", b.Src)
		}
	}
	if assign != len(exercises) || kinds != len(exercise.Kinds) {
		t.Errorf("%d exercise and %d kind checkboxes, want %d and %d", assign, kinds, len(exercises), len(exercise.Kinds))
	}
	links := uitest.FindTags(tags, "input", "data-assignment-link", "value")
	if len(links) != 1 || !strings.HasPrefix(links[0].Attrs["value"], "/classroom?assign=1&check=") {
		t.Errorf("the link field: %v, want one holding /classroom?assign=1&check=…", links)
	}
	for _, want := range []string{`id="assign-title"`, `type="date"`, "<svg", "QR code of the assignment link"} {
		if !strings.Contains(html, want) {
			t.Errorf("the builder lacks %s", want)
		}
	}
}

// TestClassGroups checks that files from different assignments are
// summed up apart, each on its own exercises, and said to come from
// different assignments; and that one student's files of two assignments
// are two files, not a copy.
func TestClassGroups(t *testing.T) {
	a := uitest.DefaultArticle(t)
	exercises := exercise.Generate(a)
	at := time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC)
	progress := func(student string, as *exercise.Assignment) []byte {
		p := exercise.NewProgress(a.ID)
		p.Student, p.Assignment = student, as
		for _, e := range exercises[:2] {
			p.RecordChoice(e, e.Answer, at)
		}
		return p.Encode()
	}
	week1 := &exercise.Assignment{ID: "0000000a", Title: "Week 1", Due: "2025-05-09", Exercises: []string{exercises[0].ID, exercises[1].ID}}
	week2 := &exercise.Assignment{ID: "0000000b", Exercises: []string{exercises[1].ID, exercises[0].ID, exercises[2].ID}}
	r := readClass(a, exercises, []studentFile{
		{Name: "ana-week1.json", Data: progress("Ana", week1)},
		{Name: "bea.json", Data: progress("Bea", nil)},
		{Name: "ana-week2.json", Data: progress("Ana", week2)},
		{Name: "rui-week1.json", Data: progress("Rui", week1)},
	})
	if len(r.Problems) != 0 || len(r.Groups) != 3 {
		t.Fatalf("%d groups, problems %+v; want 3 groups and no problem", len(r.Groups), r.Problems)
	}
	want := []struct {
		files     string
		exercises int
	}{{"ana-week1.json rui-week1.json", 2}, {"bea.json", len(exercises)}, {"ana-week2.json", 3}}
	for i, g := range r.Groups {
		if got := strings.Join(g.Files, " "); got != want[i].files || len(g.Summary.Exercises) != want[i].exercises {
			t.Errorf("group %d: files %q on %d exercises, want %q on %d", i, got, len(g.Summary.Exercises), want[i].files, want[i].exercises)
		}
	}
	if r.Groups[2].Summary.Exercises[0].Exercise != exercises[1].ID {
		t.Errorf("week 2 is not summed up in its own order")
	}
	text := uitest.TextContent(summaryTablesHTML(r))
	for _, s := range []string{
		"These files come from 3 different assignments (“Week 1”, no assignment, the assignment 0000000b)",
		"Assignment “Week 1”: 2 exercises, due Friday 9 May 2025 · 2 students",
		"Files given for no assignment: all " + strconv.Itoa(len(exercises)) + " exercises · 1 student",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("the summary does not say %q:\n%.600s", s, text)
		}
	}
	one := readClass(a, exercises, []studentFile{{Name: "ana.json", Data: progress("Ana", week1)}})
	if out := summaryTablesHTML(one); strings.Contains(out, "data-summary-mixed") || !strings.Contains(out, `data-summary-assignment="0000000a"`) {
		t.Errorf("one assignment's files: %.300s", out)
	}
}

package teacher

import (
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui/uitest"
)

// sampleClass reads a class of two valid files and one corrupt one.
func sampleClass(t *testing.T) ([]exercise.Exercise, classResults) {
	t.Helper()
	a := uitest.DefaultArticle(t)
	exercises := exercise.Generate(a)
	return exercises, readClass(a, exercises, []studentFile{
		{Name: "ana.json", Data: readSample(t, "sample.json")},
		{Name: "corrupt.json", Data: []byte("{not json")},
		{Name: "bea.csv", Data: sampleCSVOf(t, "Bea")},
	})
}

// TestSummaryTables checks the class summary's two tables: headers with
// their scope, a row per student with the score, a row per exercise with
// how many answered it and how many got it right, and student names shown
// as text, never as markup.
func TestSummaryTables(t *testing.T) {
	exercises, results := sampleClass(t)
	out := summaryTablesHTML(results)
	tags, _ := uitest.GoappTags(t, out)
	for _, tg := range tags {
		if tg.Name == "th" && tg.Attrs["scope"] != "col" && tg.Attrs["scope"] != "row" {
			t.Errorf("header %s has no scope", tg.Src)
		}
	}
	if n := len(uitest.FindTags(tags, "table", "data-summary", "students")); n != 1 {
		t.Errorf("%d student tables, want 1", n)
	}
	if n := len(uitest.FindTags(tags, "table", "data-summary", "exercises")); n != 1 {
		t.Errorf("%d exercise tables, want 1", n)
	}
	if strings.Contains(out, "<b>") || !strings.Contains(out, "&lt;b&gt;") {
		t.Errorf("a student's name is not shown as text")
	}

	total := strconv.Itoa(len(exercises))
	students := uitest.Chunks(t, out, "data-summary-student")
	// The last student row runs on into the exercise table; cut it there.
	if n := len(students); n > 0 {
		students[n-1].HTML, _, _ = strings.Cut(students[n-1].HTML, "</table>")
	}
	wantStudents := []struct{ file, text string }{
		{"ana.json", `Ana <b>"Silva"</b> & Co ana.json 5 of ` + total + " 4 of " + total + " " + strconv.Itoa(400/len(exercises)) + "%"},
		{"bea.csv", "Bea bea.csv 5 of " + total + " 4 of " + total},
	}
	if len(students) != len(wantStudents) {
		t.Fatalf("%d student rows, want %d", len(students), len(wantStudents))
	}
	for i, w := range wantStudents {
		if got := students[i].Tag.Attrs["data-summary-student"]; got != w.file {
			t.Errorf("student row %d is %q, want %q", i, got, w.file)
		}
		if got := uitest.TextContent(students[i].HTML); !strings.HasPrefix(got, w.text) {
			t.Errorf("student row %d reads %q, want it to begin %q", i, got, w.text)
		}
	}

	rows := uitest.Chunks(t, out, "data-summary-exercise")
	if len(rows) != len(exercises) {
		t.Fatalf("%d exercise rows, want %d", len(rows), len(exercises))
	}
	wantRows := map[string]string{
		"who-said-it/q2":                    "2 of 2 2 of 2 2 of 2",
		"who-said-it/q10":                   "2 of 2 0 of 2 0 of 2",
		"claim-or-fact/north-korean-troops": "2 of 2 2 of 2 0 of 2",
		"who-said-it/q1":                    "0 of 2 0 of 2 0 of 2",
	}
	for i, r := range rows {
		id := r.Tag.Attrs["data-summary-exercise"]
		if id != exercises[i].ID {
			t.Errorf("exercise row %d is %q, want %q", i, id, exercises[i].ID)
		}
		text := uitest.TextContent(r.HTML)
		if !strings.HasPrefix(text, strconv.Itoa(i+1)+". "+exercises[i].Kind.Label()) {
			t.Errorf("exercise row %s reads %q, want it to begin with its number and kind", id, text)
		}
		if want, ok := wantRows[id]; ok && !strings.Contains(text, want) {
			t.Errorf("exercise row %s reads %q, want it to contain %q", id, text, want)
		}
	}
}

// TestClassSummaryStatus checks what the summary says before, during and
// after reading, and that a file not counted is listed by name with its
// problem.
func TestClassSummaryStatus(t *testing.T) {
	exercises, results := sampleClass(t)
	tests := []struct {
		name     string
		c        classSummary
		want     []string
		errors   int
		hasTable bool
	}{
		{"nothing chosen", classSummary{}, []string{"No files chosen yet."}, 0, false},
		{"reading", classSummary{reading: 3}, []string{"Reading 3 files…"}, 0, false},
		{"read", classSummary{loaded: true, results: results},
			[]string{"Read 3 files: 2 students counted, 1 file not counted (see below).", "Files not counted corrupt.json", ": malformed JSON at line 1, column 2"}, 1, true},
		{"all good", classSummary{loaded: true, results: classResults{Files: results.Files, Groups: results.Groups}},
			[]string{"Read 2 files: 2 students counted."}, 0, true},
	}
	for _, tt := range tests {
		c := tt.c
		c.Exercises = exercises
		out := app.HTMLString(&c)
		text := uitest.TextContent(out)
		for _, want := range tt.want {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the summary does not say %q:\n%s", tt.name, want, text)
			}
		}
		if n := strings.Count(out, "data-file-error="); n != tt.errors {
			t.Errorf("%s: %d file errors, want %d", tt.name, n, tt.errors)
		}
		if tt.errors > 0 && !strings.Contains(out, `data-file-error="corrupt.json"`) {
			t.Errorf("%s: the file error does not name corrupt.json", tt.name)
		}
		if got := strings.Contains(out, "data-summary="); got != tt.hasTable {
			t.Errorf("%s: summary table shown = %v, want %v", tt.name, got, tt.hasTable)
		}
	}
}

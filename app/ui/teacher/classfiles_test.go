package teacher

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui/uitest"
)

// TestFileKind checks that a file is read as JSON or CSV by its name's
// extension, or by its content when the name says neither.
func TestFileKind(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"ana.json", `{"format":"x"}`, fileJSON},
		{"ana.JSON", "exercise,kind", fileJSON},
		{"ana.csv", "exercise,kind", fileCSV},
		{"Ana Silva.Csv", `{"format":"x"}`, fileCSV},
		{"ana", `{"format":"x"}`, fileJSON},
		{"ana.txt", "\xef\xbb\xbf  \n {", fileJSON},
		{"ana", "exercise,kind,prompt", fileCSV},
		{"ana.json.bak", "", fileCSV},
		{"answers.json.csv", `{}`, fileCSV},
	}
	for _, tt := range tests {
		if got := fileKind(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("fileKind(%q, %q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

// readSample reads one of the exercise package's sample progress files.
func readSample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../exercise/testdata/progress/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sampleCSVOf is the exercise package's sample CSV file, of the same
// answers as its sample JSON file, as another student's: the CSV names
// the student on every row.
func sampleCSVOf(t *testing.T, student string) []byte {
	t.Helper()
	return bytes.ReplaceAll(readSample(t, "sample.csv"), []byte(`"Ana <b>""Silva""</b> & Co"`), []byte(student))
}

// TestReadClass checks a class read from several files: the valid ones,
// JSON and CSV, are counted; a corrupt one, one for another article and
// one the browser could not read are each reported by name with where and
// what, and do not stop the others.
func TestReadClass(t *testing.T) {
	a := uitest.DefaultArticle(t)
	exercises := exercise.Generate(a)
	files := []studentFile{
		{Name: "ana.json", Data: readSample(t, "sample.json")},
		{Name: "broken.json", Data: []byte(`{"format": "news-explorer-progress/1", "article": "kursk", "answers": [`)},
		{Name: "Bea Costa.csv", Data: sampleCSVOf(t, "Bea Costa")},
		{Name: "other.json", Data: []byte(`{"format": "news-explorer-progress/1", "article": "porto", "answers": []}`)},
		{Name: "bad-row.csv", Data: []byte("exercise,kind,prompt,answer,correct,tries,answered_at\nwho-said-it/q2,source-kind,x,Valery Gerasimov,yes,1,2025-05-02T09:15:00Z\n")},
		{Name: "gone.json", Err: errors.New("the browser could not read the file")},
		// The same student's file chosen twice counts once.
		{Name: "ana (copy).json", Data: readSample(t, "sample.json")},
	}
	got := readClass(a, exercises, files)

	if want := []string{"ana.json", "Bea Costa.csv"}; strings.Join(got.Files, "|") != strings.Join(want, "|") {
		t.Errorf("files counted %q, want %q", got.Files, want)
	}
	wantProblems := []struct{ file, where, msg string }{
		{"broken.json", "", "ends too early"},
		{"other.json", `field "article"`, "another article"},
		{"bad-row.csv", `line 2, answer "who-said-it/q2"`, `kind "source-kind"`},
		{"gone.json", "", "could not read"},
		{"ana (copy).json", "", `the same student (Ana <b>"Silva"</b> & Co) with the same answers as ana.json`},
	}
	if len(got.Problems) != len(wantProblems) {
		t.Fatalf("problems %+v, want %d", got.Problems, len(wantProblems))
	}
	for i, w := range wantProblems {
		p := got.Problems[i]
		if p.File != w.file || p.Where != w.where || !strings.Contains(p.Msg, w.msg) {
			t.Errorf("problem %d = %+v, want file %q, where %q, a message with %q", i, p, w.file, w.where, w.msg)
		}
	}

	sum := got.Groups[0].Summary
	if len(sum.Students) != 2 || len(sum.Exercises) != len(exercises) {
		t.Fatalf("summary of %d students and %d exercises, want 2 and %d", len(sum.Students), len(sum.Exercises), len(exercises))
	}
	students := []exercise.StudentSummary{
		{Student: `Ana <b>"Silva"</b> & Co`, Correct: 4, Answered: 5, Total: len(exercises)},
		{Student: "Bea Costa", Correct: 4, Answered: 5, Total: len(exercises)},
	}
	for i, want := range students {
		if sum.Students[i] != want {
			t.Errorf("student %d = %+v, want %+v", i, sum.Students[i], want)
		}
	}
	byID := map[string]exercise.ExerciseSummary{}
	for _, es := range sum.Exercises {
		byID[es.Exercise] = es
	}
	tests := []struct {
		id                       string
		answered, correct, first int
	}{
		{"who-said-it/q2", 2, 2, 2},
		{"who-said-it/q10", 2, 0, 0},
		{"claim-or-fact/north-korean-troops", 2, 2, 0},
		{"find-evidence/kursk-retaken/ukraine", 2, 2, 2},
		{"who-said-it/q1", 0, 0, 0},
	}
	for _, tt := range tests {
		es := byID[tt.id]
		if es.Answered != tt.answered || es.Correct != tt.correct || es.FirstTry != tt.first {
			t.Errorf("%s: answered %d, right %d, first try %d; want %d, %d, %d", tt.id, es.Answered, es.Correct, es.FirstTry, tt.answered, tt.correct, tt.first)
		}
	}
}

// TestReadClassNone checks that a choice of only bad files counts no one
// and reports them all.
func TestReadClassNone(t *testing.T) {
	a := uitest.DefaultArticle(t)
	got := readClass(a, exercise.Generate(a), []studentFile{{Name: "empty.csv", Data: nil}, {Name: "x.json", Data: []byte("[]")}})
	if len(got.Files) != 0 || len(got.Groups) != 0 || len(got.Problems) != 2 {
		t.Errorf("got %+v, want no file counted and 2 problems", got)
	}
}

// TestReadClassCSVAndJSON reads the CSV and the JSON one student
// downloaded, in either order: one student, under the JSON's name.
func TestReadClassCSVAndJSON(t *testing.T) {
	a := uitest.DefaultArticle(t)
	exercises := exercise.Generate(a)
	p, err := exercise.ParseProgress("sample.json", readSample(t, "sample.json"), a)
	if err != nil {
		t.Fatal(err)
	}
	csvFile := studentFile{Name: exercise.FileName(a.ID, p.Student, "csv"), Data: p.CSV(exercises, a.Text)}
	jsonFile := studentFile{Name: exercise.FileName(a.ID, p.Student, "json"), Data: p.Encode()}
	for _, files := range [][]studentFile{{csvFile, jsonFile}, {jsonFile, csvFile}} {
		got := readClass(a, exercises, files)
		if len(got.Files) != 1 || got.Files[0] != files[0].Name {
			t.Errorf("%s then %s: counted %q, want the first alone", files[0].Name, files[1].Name, got.Files)
		}
		if len(got.Groups) != 1 || len(got.Groups[0].Summary.Students) != 1 || got.Groups[0].Summary.Students[0].Student != p.Student {
			t.Errorf("%s then %s: students %+v, want %q once", files[0].Name, files[1].Name, got.Groups, p.Student)
		}
		if len(got.Problems) != 1 || got.Problems[0].File != files[1].Name || !strings.Contains(got.Problems[0].Msg, "the same student") {
			t.Errorf("%s then %s: problems %+v, want the second named as the same student", files[0].Name, files[1].Name, got.Problems)
		}
	}
	// The CSV downloaded before the last answer, and the JSON after it:
	// both count, and the teacher is told which looks earlier.
	earlier := *p
	earlier.Answers = map[string]exercise.Answer{}
	dropped := ""
	for id, ans := range p.Answers {
		if dropped == "" {
			dropped = id
			continue
		}
		earlier.Answers[id] = ans
	}
	before := studentFile{Name: exercise.FileName(a.ID, p.Student, "csv"), Data: earlier.CSV(exercises, a.Text)}
	for _, c := range []struct {
		files []studentFile
		which string
	}{{[]studentFile{before, jsonFile}, "a later copy"}, {[]studentFile{jsonFile, before}, "an earlier copy"}} {
		got := readClass(a, exercises, c.files)
		if len(got.Files) != 2 || len(got.Problems) != 1 || got.Problems[0].File != c.files[1].Name ||
			!strings.Contains(got.Problems[0].Msg, "answers like "+c.which+" of its answers: both are counted") {
			t.Errorf("%s then %s: counted %q, problems %+v; want both counted and the second named as %s", c.files[0].Name, c.files[1].Name, got.Files, got.Problems, c.which)
		}
	}
	// Another student's CSV, with other answers, still counts.
	other := *p
	other.Answers = nil
	files := []studentFile{jsonFile, {Name: exercise.FileName(a.ID, p.Student, "csv"), Data: other.CSV(exercises, a.Text)}}
	if got := readClass(a, exercises, files); len(got.Files) != 2 || len(got.Problems) != 0 {
		t.Errorf("a file of the same name with other answers: counted %q, problems %+v; want both, and nothing said", got.Files, got.Problems)
	}
}

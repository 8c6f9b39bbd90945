package exercise

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	a := kursk(t)
	exercises := Generate(a)
	p := sampleProgress(t)
	data := p.CSV(exercises, a.Text)
	golden(t, "testdata/progress/sample.csv", data)

	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), 1+len(exercises); got != want {
		t.Errorf("%d rows, want a header and one per exercise: %d", got, want)
	}
	if got, want := strings.Join(rows[0], ","), "exercise,kind,prompt,answer,selected_words,correct,tries,answered_at,student,assignment,assignment_title,assignment_due"; got != want {
		t.Errorf("header %q, want %q", got, want)
	}
	for _, r := range rows[1:] {
		if r[8] != p.Student {
			t.Errorf("%s: student %q, want %q", r[0], r[8], p.Student)
		}
		if ans := p.Answers[r[0]]; ans.Selection != nil {
			if want := a.Text[ans.Selection.Start:ans.Selection.End]; r[4] != want {
				t.Errorf("%s: selected words %q, want %q", r[0], r[4], want)
			}
		} else if r[4] != "" {
			t.Errorf("%s: selected words %q for an answer with no selection", r[0], r[4])
		}
	}

	got, err := ParseCSV("sample.csv", data, a)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Answers, p.Answers) {
		t.Errorf("ParseCSV(CSV(p)).Answers = %+v, want %+v", got.Answers, p.Answers)
	}
	if got.Article != a.ID || got.Format != ProgressFormat || got.Student != p.Student {
		t.Errorf("ParseCSV gives article %q, format %q, student %q", got.Article, got.Format, got.Student)
	}
}

// TestCSVOutsideExercises writes an answer to an exercise that is not in
// the list given, rather than drop it.
func TestCSVOutsideExercises(t *testing.T) {
	p := NewProgress("kursk")
	p.Answers["who-said-it/q99"] = Answer{Exercise: "who-said-it/q99", Choice: "putin", Tries: 1, At: "2025-05-02T09:14:00Z"}
	want := "exercise,kind,prompt,answer,selected_words,correct,tries,answered_at,student,assignment,assignment_title,assignment_due\nwho-said-it/q99,,,putin,,no,1,2025-05-02T09:14:00Z,,,,\n"
	if got := string(p.CSV(nil, "")); got != want {
		t.Errorf("CSV = %q, want %q", got, want)
	}
}

func TestCSVFormulaCells(t *testing.T) {
	tests := []struct{ cell, want string }{
		{"=1+1", "'=1+1"},
		{"+33 1", "'+33 1"},
		{"-5", "'-5"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"Vladimir Putin", "Vladimir Putin"},
		{"'quoted'", "'quoted'"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := defuse(tt.cell); got != tt.want {
			t.Errorf("defuse(%q) = %q, want %q", tt.cell, got, tt.want)
		}
		if got := undo(defuse(tt.cell)); got != tt.cell {
			t.Errorf("undo(defuse(%q)) = %q", tt.cell, got)
		}
	}
}

func TestParseCSVInvalid(t *testing.T) {
	a := kursk(t)
	valid := string(sampleProgress(t).CSV(Generate(a), a.Text))
	// q2 is the row of who-said-it/q2 up to its student, which follows.
	const q2 = `who-said-it/q2,who-said-it,"According to the article, who said “significant assistance”?",Valery Gerasimov,,yes,1,2025-05-02T09:15:00Z`
	if strings.Count(valid, q2) != 1 {
		t.Fatalf("the sample CSV has no row %q:\n%s", q2, valid)
	}
	// row returns the sample CSV with q2's row replaced.
	row := func(s string) string { return strings.Replace(valid, q2, s, 1) }
	// lineOf is the line on which s stands in the sample CSV.
	lineOf := func(s string) int { return strings.Count(valid[:strings.Index(valid, s)], "\n") + 1 }
	line, evidence, end := lineOf(q2), lineOf("bytes 1141-1173"), strings.Count(valid, "\n")+1
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "the file is empty"},
		{"another header", strings.Replace(valid, "answered_at", "when", 1), `line 1: the header is "exercise,kind,prompt,answer,selected_words,correct,tries,when,student,assignment,assignment_title,assignment_due"; want "exercise,kind,prompt,answer,selected_words,correct,tries,answered_at,student,assignment,assignment_title,assignment_due"`},
		{"a column missing", row(strings.TrimSuffix(q2, ",2025-05-02T09:15:00Z")), "line %d: the row has 11 columns; a row has 12: exercise, kind, prompt, answer, selected_words, correct, tries, answered_at, student, assignment, assignment_title, assignment_due"},
		{"a column too many", row(q2 + ",x"), "line %d: the row has 13 columns; a row has 12: exercise, kind, prompt, answer, selected_words, correct, tries, answered_at, student, assignment, assignment_title, assignment_due"},
		{"semicolons", strings.ReplaceAll(valid, ",", ";"), "line 1: the file is separated by semicolons, not commas: save it again with commas, or hand in the file as downloaded"},
		{"a stray quotation mark", row(`who-said-it/q2,who-said-it,x"y,Valery Gerasimov,,yes,1,2025-05-02T09:15:00Z`), `line %d: malformed CSV: bare " in non-quoted-field`},
		{"no exercise", row(strings.Replace(q2, "who-said-it/q2", "", 1)), "line %d: the exercise column is empty"},
		{"unknown exercise", row(strings.Replace(q2, "q2", "q99", 1)), `line %d, answer "who-said-it/q99": unknown exercise: article "kursk" has no exercise with that id; is the file for another article?`},
		{"two rows for one exercise", valid + q2 + ",,,,\n", fmt.Sprintf(`line %d, answer "who-said-it/q2": the exercise has two rows (lines %%d and %d)`, end, end)},
		{"another kind", row(strings.Replace(q2, ",who-said-it,", ",source-kind,", 1)), `line %d, answer "who-said-it/q2": kind "source-kind": the exercise's kind is "who-said-it"`},
		{"no answer but tries", row("who-said-it/q2,who-said-it,prompt,,,,1,"), `line %d, answer "who-said-it/q2": the answer is empty but correct, tries or answered_at is not`},
		{"correct neither yes nor no", row(strings.Replace(q2, ",yes,", ",true,", 1)), `line %d, answer "who-said-it/q2": correct "true": write yes or no`},
		{"tries not a number", row(strings.Replace(q2, ",1,", ",one,", 1)), `line %d, answer "who-said-it/q2": tries "one" is not a whole number`},
		{"tries negative", row(strings.Replace(q2, ",1,", ",-1,", 1)), `line %d, answer "who-said-it/q2": tries -1: an answer counts at least 1 try`},
		{"not a choice", row(strings.Replace(q2, "Valery Gerasimov", "Valery Gerasimof", 1)), `line %d, answer "who-said-it/q2": choice "Valery Gerasimof" is not one of the exercise's choices; is the file for another article?`},
		{"says right, is wrong", row(strings.Replace(q2, "Valery Gerasimov", "Vladimir Putin", 1)), `line %d, answer "who-said-it/q2": says the answer is right, but it is wrong`},
		{"a bad time", row(strings.Replace(q2, "2025-05-02T09:15:00Z", "02/05/2025 09:15", 1)), `line %d, answer "who-said-it/q2": at "02/05/2025 09:15" is not a time in RFC 3339 form, such as 2025-05-02T09:14:00Z`},
		{"a selection written otherwise", strings.Replace(valid, "bytes 1141-1173", "1141 to 1173", 1), fmt.Sprintf(`line %d, answer "find-evidence/kursk-retaken/ukraine": answer "1141 to 1173": a selection is written "bytes START-END"`, evidence)},
		{"a selection out of range", strings.Replace(valid, "bytes 1141-1173", "bytes 1141-99999", 1), fmt.Sprintf(`line %d, answer "find-evidence/kursk-retaken/ukraine": selection 1141–99999 is not a passage of the article's text (bytes 0–2978, whole characters)`, evidence)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			p, err := ParseCSV("class.csv", data, a)
			if err == nil {
				t.Fatalf("ParseCSV = %+v, want an error", p)
			}
			want := "progress: class.csv: " + strings.ReplaceAll(tt.want, "%d", strconv.Itoa(line))
			if got := err.Error(); got != want {
				t.Errorf("error:\n got %s\nwant %s", got, want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || !bytes.Equal(pe.Raw, data) {
				t.Errorf("error %T does not keep the file's bytes", err)
			}
		})
	}
}

// TestParseCSVSpreadsheet reads a table as a spreadsheet may save it: with
// a byte-order mark, CRLF line ends, and only the rows answered; and with
// the header of earlier versions, which had no selected words nor
// student.
func TestParseCSVSpreadsheet(t *testing.T) {
	a := kursk(t)
	data := "\xef\xbb\xbfexercise,kind,prompt,answer,correct,tries,answered_at\r\n" +
		"who-said-it/q2,who-said-it,,Valery Gerasimov,yes,1,2025-05-02T09:15:00Z\r\n" +
		"who-said-it/q1,who-said-it,,,,,\r\n"
	p, err := ParseCSV("class.csv", []byte(data), a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Answer{"who-said-it/q2": {Exercise: "who-said-it/q2", Choice: "gerasimov", Correct: true, Tries: 1, At: "2025-05-02T09:15:00Z"}}
	if !reflect.DeepEqual(p.Answers, want) {
		t.Errorf("answers = %+v, want %+v", p.Answers, want)
	}
}

func TestParseSelection(t *testing.T) {
	tests := []struct {
		cell string
		want Selection
		ok   bool
	}{
		{"bytes 0-12", Selection{0, 12}, true},
		{"bytes 1203-1350", Selection{1203, 1350}, true},
		{"bytes 12-3", Selection{12, 3}, true}, // read as written; checkAnswer judges the range
		{"bytes -5-3", Selection{}, false},
		{"bytes 05-30", Selection{}, false},
		{"bytes +5-30", Selection{}, false},
		{"bytes 5 - 30", Selection{}, false},
		{"bytes 5-", Selection{}, false},
		{"bytes 5", Selection{}, false},
		{"5-30", Selection{}, false},
		{"Bytes 5-30", Selection{}, false},
		{"bytes 5-30 ", Selection{}, false},
		{"", Selection{}, false},
	}
	for _, tt := range tests {
		got, ok := parseSelection(tt.cell)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseSelection(%q) = %v, %v; want %v, %v", tt.cell, got, ok, tt.want, tt.ok)
		}
	}
}

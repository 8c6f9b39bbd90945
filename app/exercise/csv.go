package exercise

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"newsexplorer/app/article"
)

// csvHeader is the first row of a CSV export.
var csvHeader = []string{"exercise", "kind", "prompt", "answer", "selected_words", "correct", "tries", "answered_at", "student", "assignment", "assignment_title", "assignment_due"}

// The first rows of the CSV exports of earlier versions, which ParseCSV
// reads too: with no assignment, and before that with no selected words
// and no student either.
var (
	csvHeaderStudent = csvHeader[:9]
	csvHeaderBefore  = []string{"exercise", "kind", "prompt", "answer", "correct", "tries", "answered_at"}
)

// CSV writes the progress as a table for a spreadsheet: a header row
// (exercise, kind, prompt, answer, selected_words, correct, tries,
// answered_at, student, assignment, assignment_title, assignment_due),
// then one row per exercise in the order given,
// answered or not, then any answer to an exercise not among them. The
// answer column holds the label of the choice picked, or "bytes
// START-END" for a selection, whose words, from the article's text, are
// in selected_words; correct is "yes" or "no", and the answer columns are
// empty for an exercise not answered. Every row names the student, if the
// progress has a name, and the assignment (its id, title and due date),
// if the answers were given for one; the rows are then the assignment's
// exercises.
//
// A cell that a spreadsheet would take for a formula (one that starts with
// =, +, -, @, a tab or a carriage return) gets a leading apostrophe, which
// ParseCSV removes.
func (p *Progress) CSV(exercises []Exercise, text string) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(csvHeader)
	row := func(e Exercise, ans Answer, answered bool) {
		cells := []string{e.ID, string(e.Kind), e.Prompt, "", "", "", "", "", p.Student, "", "", ""}
		if as := p.Assignment; as != nil {
			cells[9], cells[10], cells[11] = as.ID, as.Title, as.Due
		}
		if answered {
			cells[3] = answerCell(e, ans)
			if s := ans.Selection; s != nil && 0 <= s.Start && s.Start <= s.End && s.End <= len(text) {
				cells[4] = strings.Join(strings.Fields(text[s.Start:s.End]), " ")
			}
			cells[5] = "no"
			if ans.Correct {
				cells[5] = "yes"
			}
			cells[6] = strconv.Itoa(ans.Tries)
			cells[7] = ans.At
		}
		for i := range cells {
			cells[i] = defuse(cells[i])
		}
		w.Write(cells)
	}
	listed := map[string]bool{}
	for _, e := range exercises {
		listed[e.ID] = true
		ans, ok := p.Answers[e.ID]
		row(e, ans, ok)
	}
	for _, id := range slices.Sorted(maps.Keys(p.Answers)) {
		if !listed[id] {
			row(Exercise{ID: id}, p.Answers[id], true)
		}
	}
	w.Flush()
	return buf.Bytes()
}

// answerCell writes an answer for the answer column.
func answerCell(e Exercise, ans Answer) string {
	if ans.Selection != nil {
		return fmt.Sprintf("bytes %d-%d", ans.Selection.Start, ans.Selection.End)
	}
	if c, ok := e.Choice(ans.Choice); ok {
		return c.Label
	}
	return ans.Choice
}

// defuse keeps a spreadsheet from taking a cell for a formula.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// undo removes what defuse added.
func undo(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(cell[1])) {
		return cell[1:]
	}
	return cell
}

// ParseCSV reads a table written by CSV back into progress for the article
// a, as a teacher's tools import a class's files. It checks what
// ParseProgress checks, row by row, and also that the header is CSV's (or
// that of earlier versions, with no selected words nor student) and that
// each row's kind is its exercise's. The prompt and selected words are
// not checked: they are there for people. A row whose answer is empty is
// an exercise not answered; its other answer columns must be empty too.
// The student is the first row's; a file of earlier versions has none:
// set it from the file's name if needed. Errors are *ParseError with the
// line ("line 4").
func ParseCSV(name string, data []byte, a *article.Article) (*Progress, error) {
	fail := func(where, format string, args ...any) (*Progress, error) {
		return nil, &ParseError{File: name, Where: where, Msg: fmt.Sprintf(format, args...), Raw: data}
	}
	if a == nil {
		return fail("", "no article to check the answers against")
	}
	body, msg := textOf(data)
	if msg != "" {
		return fail("", "%s", msg)
	}
	r := csv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = 0 // as many as the header has
	header := csvHeader
	exercises := byID(Generate(a))
	p := NewProgress(a.ID)
	first := map[string]int{} // exercise ID → line of its first row
	for n := 0; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount):
			return fail(fmt.Sprintf("line %d", pe.Line), "the row has %d %s; a row has %d: %s", len(rec), plural(len(rec), "column", "columns"), len(header), strings.Join(header, ", "))
		case errors.As(err, &pe):
			return fail(fmt.Sprintf("line %d", pe.Line), "malformed CSV: %v", pe.Err)
		case err != nil:
			return fail("", "malformed CSV: %v", err)
		}
		line, _ := r.FieldPos(0)
		at := fmt.Sprintf("line %d", line)
		for i := range rec {
			rec[i] = undo(rec[i])
		}
		if n == 0 {
			switch {
			case slices.Equal(rec, csvHeader):
			case slices.Equal(rec, csvHeaderStudent):
				header = csvHeaderStudent
			case slices.Equal(rec, csvHeaderBefore):
				header = csvHeaderBefore
			case len(rec) == 1 && strings.Count(rec[0], ";") >= len(csvHeaderBefore)-1:
				// A spreadsheet set to another language's list separator.
				return fail(at, "the file is separated by semicolons, not commas: save it again with commas, or hand in the file as downloaded")
			default:
				return fail(at, "the header is %q; want %q", strings.Join(rec, ","), strings.Join(csvHeader, ","))
			}
			continue
		}
		cell := func(name string) string { return rec[slices.Index(header, name)] }
		id, kind, answer, correct, tries, when := cell("exercise"), cell("kind"), cell("answer"), cell("correct"), cell("tries"), cell("answered_at")
		if len(header) >= len(csvHeaderStudent) && p.Student == "" && cell("student") != "" {
			if msg := checkStudent(cell("student")); msg != "" {
				return fail(at, "%s", msg)
			}
			p.Student = cell("student")
		}
		if id == "" {
			return fail(at, "the exercise column is empty")
		}
		where := fmt.Sprintf("%s, answer %q", at, id)
		if l, dup := first[id]; dup {
			return fail(where, "the exercise has two rows (lines %d and %d)", l, line)
		}
		first[id] = line
		if len(header) == len(csvHeader) {
			if msg := p.assignmentRow(n == 1, id, cell("assignment"), cell("assignment_title"), cell("assignment_due")); msg != "" {
				return fail(where, "%s", msg)
			}
		}
		e, ok := exercises[id]
		switch {
		case !ok:
			return fail(where, "unknown exercise: article %q has no exercise with that id; is the file for another article?", a.ID)
		case kind != string(e.Kind):
			return fail(where, "kind %q: the exercise's kind is %q", kind, e.Kind)
		case answer == "" && (correct != "" || tries != "" || when != ""):
			return fail(where, "the answer is empty but correct, tries or answered_at is not")
		case answer == "":
			continue
		}
		ans := Answer{Exercise: id, At: when}
		switch correct {
		case "yes":
			ans.Correct = true
		case "no":
		default:
			return fail(where, "correct %q: write yes or no", correct)
		}
		if ans.Tries, err = strconv.Atoi(tries); err != nil {
			return fail(where, "tries %q is not a whole number", tries)
		}
		if e.Kind == FindEvidence {
			s, ok := parseSelection(answer)
			if !ok {
				return fail(where, "answer %q: a selection is written \"bytes START-END\"", answer)
			}
			ans.Selection = &s
		} else {
			ans.Choice = choiceByLabel(e, answer)
		}
		if msg := checkAnswer(a, e, ans); msg != "" {
			if ans.Choice != "" && ans.Choice != answer || e.Kind == FindEvidence {
				return fail(where, "%s", msg)
			}
			// A CSV names its article nowhere: an answer the exercise does
			// not offer most often means a file for another article.
			return fail(where, "%s; is the file for another article?", msg)
		}
		p.Answers[id] = ans
	}
	if p.Assignment != nil {
		if msg := checkAssignment(*p.Assignment, exercises); msg != "" {
			return fail("", "assignment: %s", msg)
		}
	}
	return p, nil
}

// assignmentRow takes a row's assignment cells: the first row's set the
// assignment, if any, and every row must name the same; each row is one
// of its exercises. It says what is wrong, or "".
func (p *Progress) assignmentRow(first bool, id, assignment, title, due string) string {
	if first && assignment != "" {
		p.Assignment = &Assignment{ID: assignment, Title: title, Due: due, Exercises: []string{}}
	}
	as := p.Assignment
	switch {
	case as == nil && (assignment != "" || title != "" || due != ""):
		return "the row names an assignment, and the first row none"
	case as == nil:
		return ""
	case assignment != as.ID || title != as.Title || due != as.Due:
		return fmt.Sprintf("the row names the assignment %q, and the first row %q: a file holds the answers to one assignment", assignment, as.ID)
	}
	as.Exercises = append(as.Exercises, id)
	return ""
}

// choiceByLabel returns the ID of the choice with the given label, or
// else the text itself (a choice ID, or no choice at all).
func choiceByLabel(e Exercise, text string) string {
	for _, c := range e.Choices {
		if c.Label == text {
			return c.ID
		}
	}
	return text
}

// parseSelection reads a selection as answerCell writes it, "bytes
// START-END", and nothing else: no sign, no leading zero, no space.
func parseSelection(cell string) (Selection, bool) {
	rest, ok := strings.CutPrefix(cell, "bytes ")
	if !ok {
		return Selection{}, false
	}
	from, to, ok := strings.Cut(rest, "-")
	if !ok {
		return Selection{}, false
	}
	start, err1 := strconv.Atoi(from)
	end, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil || strconv.Itoa(start) != from || strconv.Itoa(end) != to || start < 0 {
		return Selection{}, false
	}
	return Selection{Start: start, End: end}, true
}

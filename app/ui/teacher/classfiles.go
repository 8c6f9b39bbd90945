package teacher

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"reflect"
	"strings"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// The kinds of file a student can export.
const (
	fileJSON = "json"
	fileCSV  = "csv"
)

// studentFile is one file a teacher chose, as read in the browser.
type studentFile struct {
	// Name is the file's name, without its folder.
	Name string
	// Data is the file's bytes.
	Data []byte
	// Err, when not nil, is why the file could not be read at all.
	Err error
}

// fileProblem is a file that was not counted, and why: where in the file
// and what.
type fileProblem struct {
	File, Where, Msg string
}

// classResults is what a teacher's chosen files add up to.
type classResults struct {
	// Files are the names of the files counted, in the order chosen.
	Files []string
	// Groups sum up the files counted, one group per assignment (files
	// with none are a group too), in the order their first file was
	// chosen.
	Groups []classGroup
	// Problems are the files not counted, in the order chosen.
	Problems []fileProblem
}

// classGroup is the files of one assignment, summed up on its exercises.
type classGroup struct {
	// Assignment is the assignment, nil for files given for none: those
	// are summed up on all the article's exercises.
	Assignment *exercise.Assignment
	// Files are the names of its files, in the order of Summary.Students.
	Files   []string
	Summary exercise.Summary
}

// fileKind tells a progress file's format from its name (.json or .csv)
// or, when the name says neither, from its content: JSON starts with "{"
// (after any byte-order mark and white space), anything else is read as
// CSV.
func fileKind(name string, data []byte) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".json":
		return fileJSON
	case ".csv":
		return fileCSV
	}
	body := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if bytes.HasPrefix(body, []byte("{")) {
		return fileJSON
	}
	return fileCSV
}

// parseStudentFile reads one exported file with the parser its kind
// needs. A CSV export has no student name; the file's name stands in.
func parseStudentFile(name string, data []byte, a *article.Article) (*exercise.Progress, error) {
	if fileKind(name, data) == fileJSON {
		return exercise.ParseProgress(name, data, a)
	}
	p, err := exercise.ParseCSV(name, data, a)
	if err == nil && p.Student == "" {
		p.Student = strings.TrimSuffix(name, path.Ext(name))
	}
	return p, err
}

// readClass parses the files a teacher chose and sums up those that are
// valid. A file that is not is reported by name with the parse error's
// place and message, and the others are still counted.
func readClass(a *article.Article, exercises []exercise.Exercise, files []studentFile) classResults {
	var r classResults
	var progress []*exercise.Progress
	var bases []string  // each counted file's name without its extension
	var csvNamed []bool // whether its student is named by its file, as a CSV's is
	for _, f := range files {
		if f.Err != nil {
			r.Problems = append(r.Problems, fileProblem{File: f.Name, Msg: f.Err.Error()})
			continue
		}
		p, err := parseStudentFile(f.Name, f.Data, a)
		if err != nil {
			r.Problems = append(r.Problems, problemOf(f.Name, err))
			continue
		}
		base := fileBase(f.Name)
		if i := sameStudent(progress, bases, p, base); i >= 0 {
			// The CSV and the JSON a student downloaded, or one file
			// chosen twice: one student, counted once, under the name
			// the JSON gives rather than the CSV's file name.
			json := fileKind(f.Name, f.Data) == fileJSON
			if json && csvNamed[i] && p.Student != "" {
				progress[i].Student = p.Student
			}
			r.Problems = append(r.Problems, fileProblem{File: f.Name, Msg: fmt.Sprintf(
				"the same student (%s) with the same answers as %s, which is counted", progress[i].Student, r.Files[i])})
			continue
		}
		if i, later := copyOf(progress, bases, p, base); i >= 0 {
			// Two files of one name whose answers differ may be two
			// students of one name, or one student's files downloaded
			// at two times: both count, and the teacher is told.
			which := "an earlier"
			if later {
				which = "a later"
			}
			r.Problems = append(r.Problems, fileProblem{File: f.Name, Msg: fmt.Sprintf(
				"has the student (%s) of %s, and answers like %s copy of its answers: both are counted; if they are one student's, leave out the earlier file", nameOr(progress[i].Student, p.Student), r.Files[i], which)})
		}
		r.Files = append(r.Files, f.Name)
		progress = append(progress, p)
		bases = append(bases, base)
		csvNamed = append(csvNamed, fileKind(f.Name, f.Data) == fileCSV)
	}
	r.Groups = groupByAssignment(progress, r.Files, exercises)
	return r
}

// groupByAssignment sums up the progress files counted (named files) by
// assignment: those of one assignment on its exercises, those of none on
// all.
func groupByAssignment(progress []*exercise.Progress, files []string, exercises []exercise.Exercise) []classGroup {
	var groups []classGroup
	index := map[string]int{} // assignment id ("" for none) → group
	var members [][]*exercise.Progress
	for i, p := range progress {
		id := assignmentID(p)
		g, ok := index[id]
		if !ok {
			g = len(groups)
			index[id] = g
			groups = append(groups, classGroup{Assignment: p.Assignment})
			members = append(members, nil)
		}
		groups[g].Files = append(groups[g].Files, files[i])
		members[g] = append(members[g], p)
	}
	for g := range groups {
		groups[g].Summary = exercise.Summarize(members[g], groups[g].Assignment.Pick(exercises))
	}
	return groups
}

// assignmentID is the id of the assignment of p, or "" for none.
func assignmentID(p *exercise.Progress) string {
	if p.Assignment == nil {
		return ""
	}
	return p.Assignment.ID
}

// sameStudent returns the index of the progress in counted with the same
// answers as p and either the same student's name or a file of the same
// name (bases, as fileBase gives them): the CSV, which names no student,
// and the JSON that a student downloaded. It returns -1 for none. Two
// students with one name but different answers are two students.
func sameStudent(counted []*exercise.Progress, bases []string, p *exercise.Progress, base string) int {
	name := strings.ToLower(strings.TrimSpace(p.Student))
	for i, q := range counted {
		same := name != "" && strings.ToLower(strings.TrimSpace(q.Student)) == name || bases[i] == base
		if same && assignmentID(q) == assignmentID(p) && reflect.DeepEqual(q.Answers, p.Answers) {
			return i
		}
	}
	return -1
}

// copyOf returns the index of the progress in counted, of the same
// student or file name as p, whose answers p's are a copy of from another
// time, and whether p's is the later: each exercise the earlier answered,
// the later answered too, as often or more, the same when as often. It
// returns -1 for none.
func copyOf(counted []*exercise.Progress, bases []string, p *exercise.Progress, base string) (int, bool) {
	name := strings.ToLower(strings.TrimSpace(p.Student))
	for i, q := range counted {
		if !(name != "" && strings.ToLower(strings.TrimSpace(q.Student)) == name || bases[i] == base) || assignmentID(q) != assignmentID(p) {
			continue
		}
		switch {
		case laterCopy(p, q):
			return i, true
		case laterCopy(q, p):
			return i, false
		}
	}
	return -1, false
}

// laterCopy reports whether later's answers are earlier's taken on: every
// exercise earlier answered, later answered as often or more, and the
// same way when as often.
func laterCopy(later, earlier *exercise.Progress) bool {
	if len(earlier.Answers) == 0 {
		return false
	}
	for id, e := range earlier.Answers {
		l, ok := later.Answers[id]
		if !ok || l.Tries < e.Tries || l.Tries == e.Tries && !reflect.DeepEqual(l, e) {
			return false
		}
	}
	return true
}

// nameOr is name, or other when name is empty (a CSV's student).
func nameOr(name, other string) string {
	if name == "" {
		return other
	}
	return name
}

// fileBase is a file's name without its extension, in lower case: the
// CSV and the JSON a student downloads share it.
func fileBase(name string) string {
	return strings.ToLower(strings.TrimSuffix(name, path.Ext(name)))
}

// problemOf turns a parse error into a file problem.
func problemOf(name string, err error) fileProblem {
	var pe *exercise.ParseError
	if errors.As(err, &pe) {
		return fileProblem{File: name, Where: pe.Where, Msg: pe.Msg}
	}
	return fileProblem{File: name, Msg: err.Error()}
}

// String says where and what, for people: "line 4: kind "x": …".
func (p fileProblem) String() string {
	if p.Where == "" {
		return p.Msg
	}
	return p.Where + ": " + p.Msg
}

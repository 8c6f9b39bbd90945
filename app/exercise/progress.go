package exercise

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// ProgressFormat is the value of the "format" field of a progress file; it
// names this version of the format.
const ProgressFormat = "news-explorer-progress/1"

// progressFormatPrefix starts the format tag of every version.
const progressFormatPrefix = "news-explorer-progress/"

// Limits on a progress file.
const (
	// MaxProgressSize is the largest progress file, JSON or CSV, that
	// ParseProgress and ParseCSV read.
	MaxProgressSize = 1 << 20
	// MaxStudentName is the longest student name, in characters.
	MaxStudentName = 80
	// MaxTries is the most tries an answer may record.
	MaxTries = 10000
)

// Progress is one student's answers to the exercises of one article, as
// saved in the browser or handed to a teacher.
//
// A valid progress file (see ParseProgress) is a JSON object with exactly
// these fields:
//
//	{
//	  "format": "news-explorer-progress/1",
//	  "article": "kursk",
//	  "student": "Ana",
//	  "assignment": {"id": "1a2b3c4d", "title": "Week 3", "due": "2025-05-09", "exercises": ["who-said-it/q2", "find-evidence/kursk-retaken/ukraine"]},
//	  "answers": [
//	    {"exercise": "who-said-it/q2", "choice": "gerasimov", "correct": true, "tries": 1, "at": "2025-05-02T09:14:00Z"},
//	    {"exercise": "find-evidence/kursk-retaken/ukraine", "selection": {"start": 1141, "end": 1173}, "correct": true, "tries": 2, "at": "2025-05-02T09:20:00+02:00"}
//	  ]
//	}
type Progress struct {
	// Format is ProgressFormat.
	Format string
	// Article is the id of the article the answers are for.
	Article string
	// Student is the name the student gave, if any: at most
	// MaxStudentName characters, with no control or text-direction
	// characters. It is plain text, never markup; show it as text.
	Student string
	// Assignment is the assignment the answers were given for, from the
	// link the student opened; nil for the article's exercises as a whole.
	Assignment *Assignment
	// Answers are the answers given, by exercise ID.
	Answers map[string]Answer
}

// Answer is a student's latest answer to one exercise.
type Answer struct {
	// Exercise is the ID of the exercise answered.
	Exercise string `json:"exercise"`
	// Choice is the ID of the choice picked; empty for FindEvidence.
	Choice string `json:"choice,omitempty"`
	// Selection is the passage selected, for FindEvidence only.
	Selection *Selection `json:"selection,omitempty"`
	// Correct reports whether the answer is right. A file whose Correct
	// does not agree with the exercise is not valid.
	Correct bool `json:"correct"`
	// Tries counts the answers given to the exercise, this one included:
	// at least 1.
	Tries int `json:"tries"`
	// At is when the answer was given, in RFC 3339 form
	// ("2025-05-02T09:14:00Z").
	At string `json:"at"`
}

// Selection is a passage of the article's text a student selected, in
// byte offsets like article.Span: Start inclusive, End exclusive.
type Selection struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// NewProgress returns empty progress for an article.
func NewProgress(articleID string) *Progress {
	return &Progress{Format: ProgressFormat, Article: articleID, Answers: map[string]Answer{}}
}

// RecordChoice checks a choice and notes it as the exercise's answer,
// counting the try. An answer that is not one of the exercise's choices,
// or a choice for a FindEvidence exercise, is checked but not recorded.
func (p *Progress) RecordChoice(e Exercise, choice string, at time.Time) Result {
	r := e.Check(choice)
	if _, ok := e.Choice(choice); ok && e.Kind != FindEvidence {
		p.record(Answer{Exercise: e.ID, Choice: choice, Correct: r.Correct}, at)
	}
	return r
}

// RecordSelection checks a selection and notes it as the FindEvidence
// exercise's answer, counting the try. A selection that is not a range of
// the text is checked but not recorded.
func (p *Progress) RecordSelection(e Exercise, a *article.Article, start, end int, at time.Time) Result {
	r := e.CheckSelection(a, start, end)
	if e.Kind == FindEvidence && a != nil && validSelection(a.Text, Selection{start, end}) {
		p.record(Answer{Exercise: e.ID, Selection: &Selection{start, end}, Correct: r.Correct}, at)
	}
	return r
}

func (p *Progress) record(ans Answer, at time.Time) {
	if p.Answers == nil {
		p.Answers = map[string]Answer{}
	}
	ans.Tries = min(p.Answers[ans.Exercise].Tries+1, MaxTries)
	ans.At = at.Format(time.RFC3339)
	p.Answers[ans.Exercise] = ans
}

// progressFile is a progress file's JSON form.
type progressFile struct {
	Format     string      `json:"format"`
	Article    string      `json:"article"`
	Student    string      `json:"student,omitempty"`
	Assignment *Assignment `json:"assignment,omitempty"`
	Answers    []Answer    `json:"answers"`
}

// Encode writes the progress as a progress file: indented JSON with the
// format tag ProgressFormat, the answers in order of exercise ID.
func (p *Progress) Encode() []byte {
	f := progressFile{Format: ProgressFormat, Article: p.Article, Student: p.Student, Assignment: p.Assignment, Answers: []Answer{}}
	for _, id := range slices.Sorted(maps.Keys(p.Answers)) {
		ans := p.Answers[id]
		ans.Exercise = id
		f.Answers = append(f.Answers, ans)
	}
	b, _ := json.MarshalIndent(f, "", "  ") // cannot fail: strings, numbers and bools only
	return append(b, '\n')
}

// ParseError is a progress file that cannot be read: where the problem is
// and what it is. It keeps the file's bytes, so that a caller can set them
// aside rather than lose them.
type ParseError struct {
	// File is the name the file was read under.
	File string
	// Where names the part of the file ("answer \"who-said-it/q3\"",
	// "line 4"); empty when the problem concerns the whole file.
	Where string
	// Msg says what is wrong.
	Msg string
	// Raw is the file as it was read.
	Raw []byte
}

// Error says where and what: "progress: saved.json: answer "x": unknown
// exercise: …".
func (e *ParseError) Error() string {
	if e.Where == "" {
		return fmt.Sprintf("progress: %s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("progress: %s: %s: %s", e.File, e.Where, e.Msg)
}

// ParseProgress reads a progress file for the article a, checking it
// against the exercises Generate makes for it. It refuses anything not
// fully valid, with a *ParseError that says where and what:
//
//   - at most MaxProgressSize bytes of UTF-8 (a leading byte-order mark is
//     allowed), one JSON object and nothing after it;
//   - no field twice in any object, and no field beyond those of
//     Progress's example, spelled exactly so;
//   - "format" is ProgressFormat (an older or newer version is named as
//     such);
//   - "article" is a's id;
//   - "student", if present, is a valid name (see Progress.Student);
//   - "assignment", if present, has an "id" of 8 hexadecimal digits, a
//     "title" and a "due" date as a link carries them, and "exercises":
//     the ids of exercises of the article, each once;
//   - "answers" is an array, possibly empty, in which each answer names an
//     exercise of the article, at most once; answers a choice exercise with
//     one of its choice IDs, or a FindEvidence exercise with a selection
//     that is a range of the text on character boundaries, never both;
//     says correct exactly when the answer is right; has 1 to MaxTries
//     tries, and an RFC 3339 time.
//
// An answer to an exercise the article does not have (an unknown ID, or
// one from another version of the article) is an error, not dropped.
func ParseProgress(name string, data []byte, a *article.Article) (*Progress, error) {
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

	// The format first: a file of another version may have other fields.
	var peek struct {
		Format json.RawMessage `json:"format"`
	}
	if err := json.Unmarshal(body, &peek); err != nil {
		return fail("", "%s", jsonProblem(body, err, progressFields))
	}
	var format string
	if peek.Format == nil {
		return fail("", "missing \"format\": a progress file has \"format\": %q", ProgressFormat)
	}
	if err := json.Unmarshal(peek.Format, &format); err != nil {
		return fail("field \"format\"", "%s where the format wants a string", jsonValue(peek.Format))
	}
	if msg := checkFormat(format); msg != "" {
		return fail("", "%s", msg)
	}
	path, problem := badKey(body)
	where, field := wherePath(path)
	switch {
	case problem == keyTwice:
		return fail(where, "field %q appears twice", field)
	case problem == keyUnknown && where == "":
		return fail(where, "unknown field %q: %s", field, progressFields)
	case problem == keyUnknown:
		return fail(where, "unknown field %q: %s", field, answerFields)
	}
	var f struct {
		Format     string            `json:"format"`
		Article    *string           `json:"article"`
		Student    string            `json:"student"`
		Assignment json.RawMessage   `json:"assignment"`
		Answers    []json.RawMessage `json:"answers"`
	}
	if err := strictDecode(body, &f); err != nil {
		return fail("", "%s", jsonProblem(body, err, progressFields))
	}
	switch {
	case f.Article == nil:
		return fail("", "missing \"article\": the id of the article the answers are for")
	case *f.Article != a.ID:
		return fail("field \"article\"", "%q: these answers are for another article (this one is %q)", *f.Article, a.ID)
	}
	if msg := checkStudent(f.Student); msg != "" {
		return fail("field \"student\"", "%s", msg)
	}
	if f.Answers == nil {
		return fail("", "missing \"answers\": an array of answers, [] if there are none")
	}

	exercises := byID(Generate(a))
	p := &Progress{Format: format, Article: *f.Article, Student: f.Student, Answers: map[string]Answer{}}
	if f.Assignment != nil {
		var as Assignment
		if err := strictDecode(f.Assignment, &as); err != nil {
			return fail("field \"assignment\"", "%s", jsonProblem(f.Assignment, err, assignmentFields))
		}
		if msg := checkAssignment(as, exercises); msg != "" {
			return fail("field \"assignment\"", "%s", msg)
		}
		p.Assignment = &as
	}
	first := map[string]int{} // exercise ID → number of its first answer
	for i, raw := range f.Answers {
		n := i + 1
		// Answer's fields, with Correct a pointer to tell false from absent.
		var fa struct {
			Exercise  string     `json:"exercise"`
			Choice    string     `json:"choice"`
			Selection *Selection `json:"selection"`
			Correct   *bool      `json:"correct"`
			Tries     int        `json:"tries"`
			At        string     `json:"at"`
		}
		if err := strictDecode(raw, &fa); err != nil {
			return fail(fmt.Sprintf("answer %d", n), "%s", jsonProblem(raw, err, answerFields))
		}
		if fa.Exercise == "" {
			return fail(fmt.Sprintf("answer %d", n), "missing \"exercise\": the id of the exercise answered")
		}
		where := fmt.Sprintf("answer %q", fa.Exercise)
		if fa.Correct == nil {
			return fail(where, "missing \"correct\"")
		}
		ans := Answer{Exercise: fa.Exercise, Choice: fa.Choice, Selection: fa.Selection, Correct: *fa.Correct, Tries: fa.Tries, At: fa.At}
		if m, dup := first[ans.Exercise]; dup {
			return fail(where, "the exercise is answered twice (answers %d and %d)", m, n)
		}
		first[ans.Exercise] = n
		e, ok := exercises[ans.Exercise]
		if !ok {
			return fail(where, "unknown exercise: article %q has no exercise with that id", a.ID)
		}
		if msg := checkAnswer(a, e, ans); msg != "" {
			return fail(where, "%s", msg)
		}
		if p.Assignment != nil && !slices.Contains(p.Assignment.Exercises, ans.Exercise) {
			return fail(where, "the exercise is not one of the assignment's")
		}
		p.Answers[ans.Exercise] = ans
	}
	return p, nil
}

// The fields of a progress file and of an answer, for error messages.
const (
	progressFields   = "a progress file has format, article, student, assignment, answers"
	assignmentFields = "an assignment has id, title, due, exercises"
	answerFields     = "an answer has exercise, choice, selection (start, end), correct, tries, at"
)

// checkFormat says what is wrong with a format tag, or "".
func checkFormat(format string) string {
	if format == ProgressFormat {
		return ""
	}
	if v, ok := strings.CutPrefix(format, progressFormatPrefix); ok {
		if n, err := strconv.Atoi(v); err == nil && strconv.Itoa(n) == v {
			if n < 1 {
				return fmt.Sprintf("format %q is an older version of the progress format, which this version cannot read (it reads %q)", format, ProgressFormat)
			}
			return fmt.Sprintf("format %q is a newer version of the progress format than this version reads (%q)", format, ProgressFormat)
		}
	}
	if format == "" {
		return fmt.Sprintf("missing \"format\": a progress file has \"format\": %q", ProgressFormat)
	}
	return fmt.Sprintf("format %q is not a progress file's format (%q)", format, ProgressFormat)
}

// checkStudent says what is wrong with a student name, or "".
func checkStudent(s string) string {
	if s == "" {
		return ""
	}
	if n := utf8.RuneCountInString(s); n > MaxStudentName {
		return fmt.Sprintf("the name has %d characters; at most %d", n, MaxStudentName)
	}
	if strings.TrimSpace(s) == "" {
		return "the name is blank: leave it out, or give a name"
	}
	for _, r := range s {
		switch {
		case unicode.IsControl(r):
			return fmt.Sprintf("the name has a control character (%U)", r)
		case 0x202A <= r && r <= 0x202E, 0x2066 <= r && r <= 0x2069:
			return fmt.Sprintf("the name has a text-direction control character (%U)", r)
		}
	}
	return ""
}

// checkAssignment says what is wrong with the assignment a progress file
// records, or "".
func checkAssignment(as Assignment, exercises map[string]Exercise) string {
	if len(as.ID) != 8 || strings.Trim(as.ID, "0123456789abcdef") != "" {
		return fmt.Sprintf("id %q: an assignment's id is 8 hexadecimal digits", as.ID)
	}
	if msg := checkTitle(as.Title); msg != "" {
		return msg
	}
	if as.Due != "" {
		if _, err := time.Parse(time.DateOnly, as.Due); err != nil {
			return fmt.Sprintf("due %q is not a date written 2025-05-09", as.Due)
		}
	}
	if as.Exercises == nil {
		return "missing \"exercises\": the ids of the exercises given"
	}
	seen := map[string]bool{}
	for _, id := range as.Exercises {
		if _, ok := exercises[id]; !ok {
			return fmt.Sprintf("exercise %q: the article has no exercise with that id", id)
		}
		if seen[id] {
			return fmt.Sprintf("exercise %q is listed twice", id)
		}
		seen[id] = true
	}
	return ""
}

// checkAnswer says what is wrong with an answer to the exercise e, or "".
func checkAnswer(a *article.Article, e Exercise, ans Answer) string {
	switch {
	case e.Kind == FindEvidence && ans.Choice != "":
		return "\"choice\" answers a choice exercise; this one is answered with a \"selection\""
	case e.Kind == FindEvidence && ans.Selection == nil:
		return "missing \"selection\": the passage selected"
	case e.Kind == FindEvidence && !validSelection(a.Text, *ans.Selection):
		return fmt.Sprintf("selection %d–%d is not a passage of the article's text (bytes 0–%d, whole characters)", ans.Selection.Start, ans.Selection.End, len(a.Text))
	case e.Kind != FindEvidence && ans.Selection != nil:
		return "\"selection\" answers a find-evidence exercise; this one is answered with a \"choice\""
	case e.Kind != FindEvidence && ans.Choice == "":
		return "missing \"choice\": the id of the choice picked"
	case e.Kind != FindEvidence:
		if _, ok := e.Choice(ans.Choice); !ok {
			return fmt.Sprintf("choice %q is not one of the exercise's choices", ans.Choice)
		}
	}
	switch {
	case ans.Tries < 1:
		return fmt.Sprintf("tries %d: an answer counts at least 1 try", ans.Tries)
	case ans.Tries > MaxTries:
		return fmt.Sprintf("tries %d: at most %d", ans.Tries, MaxTries)
	case ans.At == "":
		return "missing \"at\": when the answer was given, in RFC 3339 form (2025-05-02T09:14:00Z)"
	}
	if _, err := time.Parse(time.RFC3339, ans.At); err != nil {
		return fmt.Sprintf("at %q is not a time in RFC 3339 form, such as 2025-05-02T09:14:00Z", ans.At)
	}
	var r Result
	if e.Kind == FindEvidence {
		r = e.CheckSelection(a, ans.Selection.Start, ans.Selection.End)
	} else {
		r = e.Check(ans.Choice)
	}
	switch {
	case ans.Correct && !r.Correct:
		return "says the answer is right, but it is wrong"
	case !ans.Correct && r.Correct:
		return "says the answer is wrong, but it is right"
	}
	return ""
}

// validSelection reports whether s is a non-empty range of text that
// starts and ends between characters.
func validSelection(text string, s Selection) bool {
	return 0 <= s.Start && s.Start < s.End && s.End <= len(text) && boundary(text, s.Start) && boundary(text, s.End)
}

// byID indexes exercises by ID.
func byID(exercises []Exercise) map[string]Exercise {
	m := make(map[string]Exercise, len(exercises))
	for _, e := range exercises {
		m[e.ID] = e
	}
	return m
}

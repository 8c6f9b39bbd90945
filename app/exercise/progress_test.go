package exercise

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// validFile is a valid progress file for the default article. The
// selection, bytes 1141 to 1173, is "Ukraine disputed Putin's claims.".
const validFile = `{
  "format": "news-explorer-progress/1",
  "article": "kursk",
  "student": "Ana",
  "answers": [
    {"exercise": "who-said-it/q2", "choice": "gerasimov", "correct": true, "tries": 1, "at": "2025-05-02T09:14:00Z"},
    {"exercise": "find-evidence/kursk-retaken/ukraine", "selection": {"start": 1141, "end": 1173}, "correct": true, "tries": 2, "at": "2025-05-02T09:20:00+02:00"}
  ]
}
`

func TestParseProgressValid(t *testing.T) {
	a := kursk(t)
	if got, want := a.Text[1141:1173], "Ukraine disputed Putin's claims."; got != want {
		t.Fatalf("validFile's selection is %q, want %q: the default article changed", got, want)
	}
	p, err := ParseProgress("saved.json", []byte(validFile), a)
	if err != nil {
		t.Fatal(err)
	}
	want := &Progress{Format: ProgressFormat, Article: "kursk", Student: "Ana", Answers: map[string]Answer{
		"who-said-it/q2": {Exercise: "who-said-it/q2", Choice: "gerasimov", Correct: true, Tries: 1, At: "2025-05-02T09:14:00Z"},
		"find-evidence/kursk-retaken/ukraine": {Exercise: "find-evidence/kursk-retaken/ukraine", Selection: &Selection{1141, 1173},
			Correct: true, Tries: 2, At: "2025-05-02T09:20:00+02:00"},
	}}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("ParseProgress = %+v, want %+v", p, want)
	}

	// A byte-order mark, no student and no answers are all fine.
	p, err = ParseProgress("bom.json", []byte("\xef\xbb\xbf"+`{"format": "news-explorer-progress/1", "article": "kursk", "answers": []}`), a)
	if err != nil {
		t.Fatal(err)
	}
	if p.Student != "" || len(p.Answers) != 0 {
		t.Errorf("ParseProgress = %+v, want no student and no answers", p)
	}
}

// sampleProgress answers a few exercises of the default article the way
// the app records them.
func sampleProgress(t *testing.T) *Progress {
	t.Helper()
	a := kursk(t)
	exercises := Generate(a)
	at := time.Date(2025, 5, 2, 9, 14, 0, 0, time.UTC)
	minute := func() time.Time { at = at.Add(time.Minute); return at }
	p := NewProgress(a.ID)
	p.Student = `Ana <b>"Silva"</b> & Co`
	p.RecordChoice(find(t, exercises, "who-said-it/q2"), "gerasimov", minute())
	p.RecordChoice(find(t, exercises, "who-said-it/q10"), "putin", minute())
	p.RecordChoice(find(t, exercises, "who-said-it/q10"), "kremlin", minute())
	p.RecordChoice(find(t, exercises, "claim-or-fact/north-korean-troops"), AttributedClaim, minute())
	p.RecordChoice(find(t, exercises, "claim-or-fact/north-korean-troops"), ReportedFact, minute())
	ukraine := find(t, exercises, "find-evidence/kursk-retaken/ukraine")
	s := evidenceSpan(t, a, ukraine.Accepted()[0])
	p.RecordSelection(ukraine, a, s.Start, s.End, minute().In(time.FixedZone("CEST", 2*60*60)))
	p.RecordChoice(find(t, exercises, "when-written/kursk"), "2025-04-26/2025-04-27", minute())
	return p
}

func TestRecord(t *testing.T) {
	a := kursk(t)
	exercises := Generate(a)
	q1 := find(t, exercises, "who-said-it/q1")
	p := NewProgress(a.ID)
	at := time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC)

	if r := p.RecordChoice(q1, "putin", at); r.Correct {
		t.Errorf("RecordChoice(putin) = %+v, want wrong", r)
	}
	if r := p.RecordChoice(q1, "nobody", at); r.Correct || len(p.Answers) != 1 || p.Answers[q1.ID].Tries != 1 {
		t.Errorf("RecordChoice(nobody) = %+v, answers %+v; want it wrong and not recorded", r, p.Answers)
	}
	if r := p.RecordChoice(q1, "gerasimov", at.Add(time.Minute)); !r.Correct {
		t.Errorf("RecordChoice(gerasimov) = %+v, want right", r)
	}
	want := Answer{Exercise: q1.ID, Choice: "gerasimov", Correct: true, Tries: 2, At: "2025-05-02T09:01:00Z"}
	if got := p.Answers[q1.ID]; !reflect.DeepEqual(got, want) {
		t.Errorf("answer = %+v, want %+v", got, want)
	}

	ukraine := find(t, exercises, "find-evidence/kursk-retaken/ukraine")
	p.RecordSelection(ukraine, a, 10, 5, at)
	p.RecordChoice(ukraine, "e10", at)
	if _, ok := p.Answers[ukraine.ID]; ok {
		t.Errorf("a reversed selection or a choice was recorded for %s: %+v", ukraine.ID, p.Answers[ukraine.ID])
	}
	p.RecordSelection(ukraine, a, 0, 10, at)
	if got := p.Answers[ukraine.ID]; got.Correct || got.Tries != 1 || *got.Selection != (Selection{0, 10}) {
		t.Errorf("answer = %+v, want a wrong selection 0–10, 1 try", got)
	}
}

func TestProgressRoundTrip(t *testing.T) {
	a := kursk(t)
	p := sampleProgress(t)
	data := p.Encode()
	golden(t, "testdata/progress/sample.json", data)
	got, err := ParseProgress("sample.json", data, a)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("ParseProgress(Encode(p)) = %+v, want %+v", got, p)
	}
	if again := got.Encode(); !bytes.Equal(again, data) {
		t.Errorf("encoding again gives\n%s\nwant\n%s", again, data)
	}
}

func TestParseProgressInvalid(t *testing.T) {
	a := kursk(t)
	// edit returns validFile with old replaced by new, once.
	edit := func(old, new string) string {
		if strings.Count(validFile, old) != 1 {
			t.Fatalf("%q is not once in validFile", old)
		}
		return strings.Replace(validFile, old, new, 1)
	}
	const q2 = `{"exercise": "who-said-it/q2", "choice": "gerasimov", "correct": true, "tries": 1, "at": "2025-05-02T09:14:00Z"}`
	answer := func(s string) string { return edit(q2, s) }
	tests := []struct {
		name, data, want string
	}{
		{"not JSON", "hello", `malformed JSON at line 1, column 1: invalid character 'h' looking for beginning of value`},
		{"empty", "", `the file is empty`},
		{"white space only", " \n", `the file is empty`},
		{"truncated", validFile[:len(validFile)/2], `malformed JSON: the file ends too early; is it cut short?`},
		{"a trailing comma", edit(`"student": "Ana",`, `"student": "Ana",,`), `malformed JSON at line 4, column 20: invalid character ',' looking for beginning of object key string`},
		{"content after the object", validFile + "{}", `malformed JSON at line 10, column 1: invalid character '{' after top-level value`},
		{"not UTF-8", edit("Ana", "An\xff"), `the file is not UTF-8 text`},
		{"too large", validFile + strings.Repeat(" ", MaxProgressSize), fmt.Sprintf("the file is %d bytes; a progress file has at most 1048576", len(validFile)+MaxProgressSize)},
		{"an array", "[]", `an array where the format wants an object { … }`},
		{"missing format", edit(`"format": "news-explorer-progress/1",`, ""), `missing "format": a progress file has "format": "news-explorer-progress/1"`},
		{"wrong format tag", edit("news-explorer-progress/1", "news-explorer-article/1"), `format "news-explorer-article/1" is not a progress file's format ("news-explorer-progress/1")`},
		{"older format", edit("news-explorer-progress/1", "news-explorer-progress/0"), `format "news-explorer-progress/0" is an older version of the progress format, which this version cannot read (it reads "news-explorer-progress/1")`},
		{"newer format", edit("news-explorer-progress/1", "news-explorer-progress/2"), `format "news-explorer-progress/2" is a newer version of the progress format than this version reads ("news-explorer-progress/1")`},
		{"format not a string", edit(`"news-explorer-progress/1"`, "1"), `field "format": a number where the format wants a string`},
		{"unknown field", edit(`"student": "Ana",`, `"student": "Ana", "score": 3,`), `unknown field "score": a progress file has format, article, student, assignment, answers`},
		{"a field in capitals", edit(`"article"`, `"Article"`), `unknown field "Article": a progress file has format, article, student, assignment, answers`},
		{"a field in look-alike letters", edit(`"student"`, `"ſtudent"`), `unknown field "ſtudent": a progress file has format, article, student, assignment, answers`},
		{"a field of an answer in capitals", answer(strings.Replace(q2, `"tries"`, `"Tries"`, 1)), `answer 1: unknown field "Tries": an answer has exercise, choice, selection (start, end), correct, tries, at`},
		{"duplicate field", edit(`"student": "Ana",`, `"student": "Ana", "article": "kursk",`), `field "article" appears twice`},
		{"missing article", edit(`"article": "kursk",`, ""), `missing "article": the id of the article the answers are for`},
		{"another article", edit(`"article": "kursk"`, `"article": "porto"`), `field "article": "porto": these answers are for another article (this one is "kursk")`},
		{"student not a string", edit(`"Ana"`, `["Ana"]`), `field "student": an array where the format wants a string`},
		{"student with a line break", edit(`"Ana"`, `"Ana\nB"`), `field "student": the name has a control character (U+000A)`},
		{"student with a direction override", edit(`"Ana"`, `"Ana\u202eB"`), `field "student": the name has a text-direction control character (U+202E)`},
		{"student too long", edit(`"Ana"`, `"`+strings.Repeat("é", MaxStudentName+1)+`"`), `field "student": the name has 81 characters; at most 80`},
		{"student blank", edit(`"Ana"`, `"   "`), `field "student": the name is blank: leave it out, or give a name`},
		{"missing answers", `{"format": "news-explorer-progress/1", "article": "kursk"}`, `missing "answers": an array of answers, [] if there are none`},
		{"answers not an array", edit(`"answers": [`, `"answers": {"a": [`) + "}", `field "answers": an object where the format wants an array [ … ]`},
		{"answer not an object", answer("3"), `answer 1: a number where the format wants an object { … }`},
		{"unknown exercise", answer(strings.Replace(q2, "q2", "q99", 1)), `answer "who-said-it/q99": unknown exercise: article "kursk" has no exercise with that id`},
		{"missing exercise", answer(strings.Replace(q2, `"exercise": "who-said-it/q2", `, "", 1)), `answer 1: missing "exercise": the id of the exercise answered`},
		{"duplicate answer", answer(q2 + ",\n    " + q2), `answer "who-said-it/q2": the exercise is answered twice (answers 1 and 2)`},
		{"duplicate field in an answer", answer(strings.Replace(q2, `"tries": 1`, `"tries": 1, "tries": 2`, 1)), `answer 1: field "tries" appears twice`},
		{"duplicate field in a selection", edit(`"end": 1173`, `"end": 1173, "start": 1`), `answer 2: field "selection.start" appears twice`},
		{"unknown field in an answer", answer(strings.Replace(q2, `"tries": 1`, `"tries": 1, "score": 1`, 1)), `answer 1: unknown field "score": an answer has exercise, choice, selection (start, end), correct, tries, at`},
		{"negative tries", answer(strings.Replace(q2, `"tries": 1`, `"tries": -1`, 1)), `answer "who-said-it/q2": tries -1: an answer counts at least 1 try`},
		{"no tries", answer(strings.Replace(q2, `"tries": 1, `, ``, 1)), `answer "who-said-it/q2": tries 0: an answer counts at least 1 try`},
		{"too many tries", answer(strings.Replace(q2, `"tries": 1`, `"tries": 10001`, 1)), `answer "who-said-it/q2": tries 10001: at most 10000`},
		{"tries a string", answer(strings.Replace(q2, `"tries": 1`, `"tries": "1"`, 1)), `answer 1: field "tries": a string where the format wants a whole number`},
		{"tries a fraction", answer(strings.Replace(q2, `"tries": 1`, `"tries": 1.5`, 1)), `answer 1: field "tries": a number 1.5 where the format wants a whole number`},
		{"bad time", answer(strings.Replace(q2, `"2025-05-02T09:14:00Z"`, `"yesterday"`, 1)), `answer "who-said-it/q2": at "yesterday" is not a time in RFC 3339 form, such as 2025-05-02T09:14:00Z`},
		{"time without a zone", answer(strings.Replace(q2, `"2025-05-02T09:14:00Z"`, `"2025-05-02T09:14:00"`, 1)), `answer "who-said-it/q2": at "2025-05-02T09:14:00" is not a time in RFC 3339 form, such as 2025-05-02T09:14:00Z`},
		{"missing time", answer(strings.Replace(q2, `, "at": "2025-05-02T09:14:00Z"`, ``, 1)), `answer "who-said-it/q2": missing "at": when the answer was given, in RFC 3339 form (2025-05-02T09:14:00Z)`},
		{"missing correct", answer(strings.Replace(q2, `"correct": true, `, ``, 1)), `answer "who-said-it/q2": missing "correct"`},
		{"not a choice", answer(strings.Replace(q2, `"gerasimov"`, `"nobody"`, 1)), `answer "who-said-it/q2": choice "nobody" is not one of the exercise's choices`},
		{"missing choice", answer(strings.Replace(q2, `"choice": "gerasimov", `, ``, 1)), `answer "who-said-it/q2": missing "choice": the id of the choice picked`},
		{"says right, is wrong", answer(strings.Replace(q2, `"gerasimov"`, `"putin"`, 1)), `answer "who-said-it/q2": says the answer is right, but it is wrong`},
		{"says wrong, is right", answer(strings.Replace(q2, `"correct": true`, `"correct": false`, 1)), `answer "who-said-it/q2": says the answer is wrong, but it is right`},
		{"a selection for a choice", answer(strings.Replace(q2, `"choice": "gerasimov"`, `"selection": {"start": 1, "end": 2}`, 1)), `answer "who-said-it/q2": "selection" answers a find-evidence exercise; this one is answered with a "choice"`},
		{"a choice for find-evidence", edit(`"selection": {"start": 1141, "end": 1173}`, `"choice": "e10"`), `answer "find-evidence/kursk-retaken/ukraine": "choice" answers a choice exercise; this one is answered with a "selection"`},
		{"a selection out of range", edit(`"end": 1173`, `"end": 99999`), `answer "find-evidence/kursk-retaken/ukraine": selection 1141–99999 is not a passage of the article's text (bytes 0–2978, whole characters)`},
		{"a reversed selection", edit(`"start": 1141, "end": 1173`, `"start": 1173, "end": 1141`), `answer "find-evidence/kursk-retaken/ukraine": selection 1173–1141 is not a passage of the article's text (bytes 0–2978, whole characters)`},
		{"a wrong selection said right", edit(`"start": 1141`, `"start": 0`), `answer "find-evidence/kursk-retaken/ukraine": says the answer is right, but it is wrong`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			p, err := ParseProgress("saved.json", data, a)
			if err == nil {
				t.Fatalf("ParseProgress = %+v, want an error", p)
			}
			want := "progress: saved.json: " + tt.want
			if got := err.Error(); got != want {
				t.Errorf("error:\n got %s\nwant %s", got, want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || !bytes.Equal(pe.Raw, data) {
				t.Errorf("error %T does not keep the file's bytes", err)
			}
		})
	}

	if _, err := ParseProgress("saved.json", []byte(validFile), nil); err == nil || err.Error() != "progress: saved.json: no article to check the answers against" {
		t.Errorf("ParseProgress with no article: error %v", err)
	}
}

// TestStudentName checks that a name is kept as it is, markup and all,
// and refused only for what could garble a list of names.
func TestStudentName(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"", true},
		{"Ana", true},
		{`<script>alert("x")</script> & Co`, true},
		{"Zoë Ødegård-Łukasiewicz", true},
		{"李雷", true},
		{"علي\u200f", true}, // a right-to-left mark is allowed
		{"Ana 🌱", true},
		{strings.Repeat("a", MaxStudentName), true},
		{strings.Repeat("a", MaxStudentName+1), false},
		{"Ana\tB", false},
		{"Ana\x00", false},
		{"Ana\u2066B", false},
		{" ", false},
	}
	a := kursk(t)
	for _, tt := range tests {
		p := NewProgress(a.ID)
		p.Student = tt.name
		got, err := ParseProgress("saved.json", p.Encode(), a)
		switch {
		case tt.ok && err != nil:
			t.Errorf("student %q: %v", tt.name, err)
		case tt.ok && got.Student != tt.name:
			t.Errorf("student %q comes back as %q", tt.name, got.Student)
		case !tt.ok && err == nil:
			t.Errorf("student %q: accepted, want an error", tt.name)
		}
	}
}

// TestSeedCorpus checks that the fuzz seeds that are meant to be valid
// are.
func TestSeedCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/progress/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseProgress("sample.json", data, kursk(t)); err != nil {
		t.Error(err)
	}
}

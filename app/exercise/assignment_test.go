package exercise

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestAssignmentLinkRoundTrip writes links and reads them back: the same
// choice, title and due date, and the same check.
func TestAssignmentLinkRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		link AssignmentLink
		want string // the query written, "" to skip the comparison
	}{
		{"all, no title", AssignmentLink{}, "assign=1&check="},
		{"a title and a due date", AssignmentLink{Title: "Week 3: Kursk & “claims” + 1/2", Due: "2025-05-09"}, "assign=1&title=Week+3%3A+Kursk+%26+%E2%80%9Cclaims%E2%80%9D+%2B+1%2F2&due=2025-05-09&check="},
		{"by kind", AssignmentLink{Kinds: []Kind{WhoSaidIt, FindEvidence, WhenWritten}}, "assign=1&kinds=WED&check="},
		{"one by one", AssignmentLink{IDs: []string{"who-said-it/q1", "who-said-it/q12", "find-evidence/kursk-retaken/russia", "find-evidence/kursk-retaken/ukraine", "find-evidence/rome-meeting/united-states", "who-said-it/q3", "when-written/kursk"}},
			"assign=1&ex=Wq1,q12,Ekursk-retaken/russia,/ukraine,rome-meeting/united-states,Wq3,Dkursk&check="},
		{"a claim after a party's", AssignmentLink{IDs: []string{"source-kind/a/b", "claim-or-fact/a", "missing-voice/a/c", "missing-voice/d/c"}}, "assign=1&ex=Sa/b,Ca,Ma/c,d/c&check="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.link.Validate(); err != nil {
				t.Fatal(err)
			}
			q := tt.link.Query()
			if want := tt.want + tt.link.Check(); q != want {
				t.Errorf("Query() = %q, want %q", q, want)
			}
			got, found, err := ParseAssignmentLink("show=quote&" + q + "&id=3fa9")
			if err != nil || !found {
				t.Fatalf("ParseAssignmentLink(%q) = %v, %v", q, found, err)
			}
			if !reflect.DeepEqual(got, tt.link) {
				t.Errorf("read back %+v, want %+v", got, tt.link)
			}
		})
	}
}

// TestAssignmentLinkDefaultArticle writes every exercise of the default
// article one by one: the link reads back, and its exercises are written
// in well under half the characters of their ids.
func TestAssignmentLinkDefaultArticle(t *testing.T) {
	var ids []string
	full := 0
	for _, e := range Generate(kursk(t)) {
		ids = append(ids, e.ID)
		full += len(e.ID) + 1
	}
	l := AssignmentLink{IDs: ids}
	got, _, err := ParseAssignmentLink(l.Query())
	if err != nil || !reflect.DeepEqual(got.IDs, ids) {
		t.Fatalf("read back %v, %v", got.IDs, err)
	}
	if n := len(encodeIDs(ids)); n*2 > full {
		t.Errorf("%d exercises written in %d characters; their ids take %d", len(ids), n, full)
	}
}

// TestAssignmentLinkCut checks that every link cut short is refused with
// a message, and that one which lost its check says it was cut.
func TestAssignmentLinkCut(t *testing.T) {
	q := AssignmentLink{Title: "Week 3", Due: "2025-05-09", IDs: []string{"who-said-it/q1", "who-said-it/q2", "find-evidence/kursk-retaken/russia"}}.Query()
	for n := len("assign=1"); n < len(q); n++ {
		_, found, err := ParseAssignmentLink(q[:n])
		var le *LinkError
		if !found || !errors.As(err, &le) {
			t.Errorf("%q: found %v, error %v; want a LinkError", q[:n], found, err)
			continue
		}
		if !strings.Contains(q[:n], "&check=") || len(q)-n < 8 {
			if !le.Cut || le.Msg != linkCut {
				t.Errorf("%q: %v, want it said to be cut", q[:n], err)
			}
		}
	}
}

// TestAssignmentLinkInvalid checks the message of links changed, made by
// another version, or absent.
func TestAssignmentLinkInvalid(t *testing.T) {
	good := AssignmentLink{Title: "Week 3", IDs: []string{"who-said-it/q1", "who-said-it/q2"}}.Query()
	tests := []struct {
		name, query string
		found       bool
		want        string // in the message; "" for no error
	}{
		{"none", "show=quote", false, ""},
		{"empty", "", false, ""},
		{"the title changed", strings.Replace(good, "Week", "Weak", 1), true, "was changed after it was made"},
		{"an exercise changed", strings.Replace(good, "q2", "q3", 1), true, "was changed after it was made"},
		{"the check changed", good[:len(good)-1] + "x", true, "was changed after it was made"},
		{"an unknown kind", strings.Replace(good, "ex=W", "ex=Z", 1), true, "was changed"},
		{"a newer version", strings.Replace(good, "assign=1", "assign=2", 1), true, "another version of News Explorer"},
		{"a bad escape", strings.Replace(good, "Week+3", "Week%zz", 1), true, "was changed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, found, err := ParseAssignmentLink(tt.query)
			if found != tt.found {
				t.Errorf("found = %v, want %v", found, tt.found)
			}
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestAssignmentValidate checks what a link refuses to carry.
func TestAssignmentValidate(t *testing.T) {
	tests := []struct {
		name string
		link AssignmentLink
	}{
		{"a long title", AssignmentLink{Title: strings.Repeat("a", MaxAssignmentTitle+1)}},
		{"a control character", AssignmentLink{Title: "a\nb"}},
		{"a bad date", AssignmentLink{Due: "2025-02-30"}},
		{"kinds and ids", AssignmentLink{Kinds: []Kind{WhoSaidIt}, IDs: []string{"who-said-it/q1"}}},
		{"an unknown kind", AssignmentLink{Kinds: []Kind{"guess"}}},
		{"a kind twice", AssignmentLink{Kinds: []Kind{WhoSaidIt, WhoSaidIt}}},
		{"an id twice", AssignmentLink{IDs: []string{"who-said-it/q1", "who-said-it/q1"}}},
		{"not an id", AssignmentLink{IDs: []string{"who-said-it/Q1"}}},
		{"an unknown kind of id", AssignmentLink{IDs: []string{"guess/q1"}}},
	}
	for _, tt := range tests {
		if err := tt.link.Validate(); err == nil {
			t.Errorf("%s: Validate() = nil, want an error", tt.name)
		}
	}
}

// TestResolve checks the exercises an assignment gives: in the link's
// order, of the kinds chosen, or all; and the ids no longer there.
func TestResolve(t *testing.T) {
	all := Generate(kursk(t))
	tests := []struct {
		name        string
		link        AssignmentLink
		first, last string
		n           int
		missing     []string
	}{
		{"all", AssignmentLink{}, all[0].ID, all[len(all)-1].ID, len(all), nil},
		{"by kind", AssignmentLink{Kinds: []Kind{WhenWritten, WhoSaidIt}}, "who-said-it/q1", "when-written/kursk", 13, nil},
		{"one by one", AssignmentLink{IDs: []string{"when-written/kursk", "who-said-it/q99", "who-said-it/q3", "find-evidence/gone/party"}}, "when-written/kursk", "who-said-it/q3", 2,
			[]string{"who-said-it/q99", "find-evidence/gone/party"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			given, rec, missing := tt.link.Resolve(all)
			if len(given) != tt.n || given[0].ID != tt.first || given[len(given)-1].ID != tt.last {
				t.Errorf("%d exercises from %s to %s, want %d from %s to %s", len(given), given[0].ID, given[len(given)-1].ID, tt.n, tt.first, tt.last)
			}
			if !reflect.DeepEqual(missing, tt.missing) {
				t.Errorf("missing %v, want %v", missing, tt.missing)
			}
			if rec.ID != tt.link.Check() || len(rec.Exercises) != len(given) || rec.Exercises[0] != given[0].ID {
				t.Errorf("record %+v does not match the exercises given", rec)
			}
			if picked := rec.Pick(all); !reflect.DeepEqual(picked, given) {
				t.Errorf("Pick gives %d exercises, want the %d given", len(picked), len(given))
			}
		})
	}
}

// TestDescribeID checks how an exercise that is gone is named.
func TestDescribeID(t *testing.T) {
	tests := []struct{ id, want string }{
		{"who-said-it/q13", "a “Who said it?” exercise on quote q13"},
		{"find-evidence/kursk-retaken/russia", "a “Find the evidence” exercise on claim “kursk-retaken” and party “russia”"},
		{"claim-or-fact/rome-meeting", "a “Claim or fact?” exercise on claim “rome-meeting”"},
		{"loaded-language/l7", "a “Loaded language” exercise on phrase l7"},
		{"when-written/kursk", "the “When was it written?” exercise"},
	}
	for _, tt := range tests {
		if got := DescribeID(tt.id); got != tt.want {
			t.Errorf("DescribeID(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// assignedProgress is the sample progress given for an assignment of the
// exercises it answers and one more.
func assignedProgress(t *testing.T) *Progress {
	p := sampleProgress(t)
	p.Assignment = &Assignment{ID: "0a1b2c3d", Title: "Week 3, “Kursk”", Due: "2025-05-09", Exercises: []string{
		"when-written/kursk", "who-said-it/q2", "who-said-it/q10", "claim-or-fact/north-korean-troops", "find-evidence/kursk-retaken/ukraine", "who-said-it/q1"}}
	return p
}

// TestProgressAssignment writes progress given for an assignment as JSON
// and as CSV, and reads each back with its assignment.
func TestProgressAssignment(t *testing.T) {
	a := kursk(t)
	p := assignedProgress(t)
	got, err := ParseProgress("saved.json", p.Encode(), a)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("JSON read back %+v, want %+v", got.Assignment, p.Assignment)
	}
	csv := p.CSV(p.Assignment.Pick(Generate(a)), a.Text)
	if n := strings.Count(string(csv), ",0a1b2c3d,\"Week 3, “Kursk”\",2025-05-09\n"); n != len(p.Assignment.Exercises) {
		t.Errorf("%d rows name the assignment, want %d:\n%s", n, len(p.Assignment.Exercises), csv)
	}
	got, err = ParseCSV("a.csv", csv, a)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Assignment, p.Assignment) || !reflect.DeepEqual(got.Answers, p.Answers) {
		t.Errorf("CSV read back %+v, want %+v", got.Assignment, p.Assignment)
	}
}

// TestProgressAssignmentInvalid checks what a progress file's assignment
// may not be.
func TestProgressAssignmentInvalid(t *testing.T) {
	a := kursk(t)
	tests := []struct {
		name string
		edit func(p *Progress)
		want string
	}{
		{"a bad id", func(p *Progress) { p.Assignment.ID = "week3" }, `field "assignment": id "week3": an assignment's id is 8 hexadecimal digits`},
		{"an unknown exercise", func(p *Progress) { p.Assignment.Exercises[0] = "who-said-it/q99" }, `field "assignment": exercise "who-said-it/q99": the article has no exercise with that id`},
		{"an exercise twice", func(p *Progress) { p.Assignment.Exercises[5] = "who-said-it/q2" }, `field "assignment": exercise "who-said-it/q2" is listed twice`},
		{"a bad date", func(p *Progress) { p.Assignment.Due = "9 May" }, `field "assignment": due "9 May" is not a date written 2025-05-09`},
		{"an answer not assigned", func(p *Progress) { p.Assignment.Exercises = p.Assignment.Exercises[1:] }, `answer "when-written/kursk": the exercise is not one of the assignment's`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := assignedProgress(t)
			tt.edit(p)
			_, err := ParseProgress("saved.json", p.Encode(), a)
			if want := "progress: saved.json: " + tt.want; err == nil || err.Error() != want {
				t.Errorf("error %v, want %s", err, want)
			}
		})
	}
	p := assignedProgress(t)
	csv := strings.Replace(string(p.CSV(p.Assignment.Pick(Generate(a)), a.Text)), ",0a1b2c3d,", ",0a1b2c3e,", 1)
	if _, err := ParseCSV("a.csv", []byte(csv), a); err == nil || !strings.Contains(err.Error(), "a file holds the answers to one assignment") {
		t.Errorf("a CSV naming two assignments: %v", err)
	}
}

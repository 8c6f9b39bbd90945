package exercise

import (
	"reflect"
	"testing"
	"time"
)

func TestScore(t *testing.T) {
	exercises := Generate(kursk(t))
	p := sampleProgress(t)
	tests := []struct {
		name                     string
		exercises                []Exercise
		p                        *Progress
		correct, answered, total int
	}{
		{"the sample", exercises, p, 4, 5, len(exercises)},
		{"no progress", exercises, nil, 0, 0, len(exercises)},
		{"empty progress", exercises, NewProgress("kursk"), 0, 0, len(exercises)},
		{"only the first two exercises", exercises[:2], p, 1, 1, 2},
		{"no exercises", nil, p, 0, 0, 0},
	}
	for _, tt := range tests {
		c, a, n := Score(tt.exercises, tt.p)
		if c != tt.correct || a != tt.answered || n != tt.total {
			t.Errorf("%s: Score = %d, %d, %d; want %d, %d, %d", tt.name, c, a, n, tt.correct, tt.answered, tt.total)
		}
	}
}

func TestSummarize(t *testing.T) {
	a := kursk(t)
	exercises := Generate(a)
	q1, q2 := find(t, exercises, "who-said-it/q1"), find(t, exercises, "who-said-it/q2")
	retaken := find(t, exercises, "claim-or-fact/kursk-retaken")
	at := time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC)

	ana := NewProgress(a.ID)
	ana.Student = "Ana"
	ana.RecordChoice(q1, "gerasimov", at)
	ana.RecordChoice(q2, "putin", at)
	ana.RecordChoice(q2, "gerasimov", at)
	ana.RecordChoice(retaken, ReportedFact, at)
	ben := NewProgress(a.ID)
	ben.Student = "Ben"
	ben.RecordChoice(q1, "putin", at)
	ben.RecordChoice(q2, "gerasimov", at)
	anonymous := NewProgress(a.ID)

	// The files go through a save and a load, as a teacher collects them.
	var files []*Progress
	for _, p := range []*Progress{ana, ben, anonymous} {
		loaded, err := ParseProgress("student.json", p.Encode(), a)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, loaded)
	}
	got := Summarize(files, exercises)

	wantStudents := []StudentSummary{
		{Student: "Ana", Correct: 2, Answered: 3, Total: len(exercises)},
		{Student: "Ben", Correct: 1, Answered: 2, Total: len(exercises)},
		{Student: "", Correct: 0, Answered: 0, Total: len(exercises)},
	}
	if !reflect.DeepEqual(got.Students, wantStudents) {
		t.Errorf("Students = %+v, want %+v", got.Students, wantStudents)
	}
	if len(got.Exercises) != len(exercises) {
		t.Fatalf("%d exercise summaries, want %d", len(got.Exercises), len(exercises))
	}
	want := map[string][3]int{ // answered, correct, first try
		q1.ID:      {2, 1, 1},
		q2.ID:      {2, 2, 1},
		retaken.ID: {1, 0, 0},
	}
	for i, es := range got.Exercises {
		e := exercises[i]
		if es.Exercise != e.ID || es.Kind != e.Kind || es.Prompt != e.Prompt {
			t.Errorf("Exercises[%d] is %s %s, want %s %s", i, es.Exercise, es.Kind, e.ID, e.Kind)
		}
		if counts := [3]int{es.Answered, es.Correct, es.FirstTry}; counts != want[e.ID] {
			t.Errorf("%s: answered, correct, first try = %v, want %v", e.ID, counts, want[e.ID])
		}
	}

	empty := Summarize([]*Progress{nil}, exercises[:1])
	if got, want := empty.Students, []StudentSummary{{Total: 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Summarize of a nil file: Students = %+v, want %+v", got, want)
	}
}

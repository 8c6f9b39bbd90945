package exercise

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParseProgress feeds ParseProgress arbitrary files. Beyond the seed
// corpus in testdata/fuzz/FuzzParseProgress it starts from the progress
// files under testdata/progress. Whatever it accepts must survive a round
// trip through Encode, and through CSV and ParseCSV.
func FuzzParseProgress(f *testing.F) {
	a := kursk(f)
	exercises := Generate(a)
	paths, _ := filepath.Glob("testdata/progress/*.json")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(validFile))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseProgress("fuzz.json", data, a)
		if err != nil {
			if p != nil {
				t.Errorf("ParseProgress returned progress with error %v", err)
			}
			return
		}
		again, err := ParseProgress("again.json", p.Encode(), a)
		if err != nil {
			t.Fatalf("Encode of accepted progress does not parse: %v", err)
		}
		if !reflect.DeepEqual(again, p) {
			t.Errorf("round trip: got %+v, want %+v", again, p)
		}
		fromCSV, err := ParseCSV("again.csv", p.CSV(exercises, a.Text), a)
		if err != nil {
			t.Fatalf("CSV of accepted progress does not parse: %v", err)
		}
		if !reflect.DeepEqual(fromCSV.Answers, p.Answers) {
			t.Errorf("CSV round trip: got %+v, want %+v", fromCSV.Answers, p.Answers)
		}
	})
}

// FuzzParseCSV feeds ParseCSV arbitrary tables: it must never panic, and
// what it accepts must write back to the same answers.
func FuzzParseCSV(f *testing.F) {
	a := kursk(f)
	exercises := Generate(a)
	if data, err := os.ReadFile("testdata/progress/sample.csv"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("exercise,kind,prompt,answer,correct,tries,answered_at\n"))
	f.Add([]byte("exercise,kind,prompt,answer,correct,tries,answered_at\nwho-said-it/q2,who-said-it,,'=Valery Gerasimov,yes,1,2025-05-02T09:15:00Z\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseCSV("fuzz.csv", data, a)
		if err != nil {
			return
		}
		again, err := ParseCSV("again.csv", p.CSV(exercises, a.Text), a)
		if err != nil {
			t.Fatalf("CSV of accepted progress does not parse: %v", err)
		}
		if !reflect.DeepEqual(again.Answers, p.Answers) {
			t.Errorf("round trip: got %+v, want %+v", again.Answers, p.Answers)
		}
	})
}

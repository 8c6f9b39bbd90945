package exercises

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestProgressRoundTrip checks that answers saved read back the same.
func TestProgressRoundTrip(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	exercises := exercise.Generate(a)
	if len(exercises) == 0 {
		t.Fatal("the test article has no exercises")
	}
	p := exercise.NewProgress(a.ID)
	p.Student = "Ana"
	at := time.Date(2025, 5, 2, 9, 14, 0, 0, time.UTC)
	for _, e := range exercises {
		if len(e.Choices) > 0 {
			p.RecordChoice(e, e.Choices[0].ID, at)
		}
	}
	st := &uitest.MemStore{M: map[string]string{}}
	if err := saveProgress(st, progressKey(p.Article), p); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.M["newsexplorer/progress/"+a.ID]; !ok {
		t.Fatalf("saved under %v, want newsexplorer/progress/%s", slicesKeys(st.M), a.ID)
	}
	got, err := loadProgress(st, progressKey(a.ID), a)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Encode()) != string(p.Encode()) {
		t.Errorf("read back\n%s\nwant\n%s", got.Encode(), p.Encode())
	}
	empty, err := loadProgress(&uitest.MemStore{M: map[string]string{}}, progressKey(a.ID), a)
	if err != nil || len(empty.Answers) != 0 || empty.Article != a.ID {
		t.Errorf("with nothing saved: %+v, %v; want empty progress", empty, err)
	}
}

func slicesKeys(m map[string]string) []string {
	return slices.Sorted(maps.Keys(m))
}

// TestProgressUnreadable checks that saved data that cannot be read is
// refused with what and where, set aside under a free key with its bytes
// intact, and never overwrites data set aside before.
func TestProgressUnreadable(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	key := progressKey(a.ID)
	tests := []struct {
		name      string
		raw       string
		before    map[string]string // other keys already saved
		wantAside string
		wantMsg   string
	}{
		{"corrupt JSON", `{"format":"news-explorer-progress/1",`, nil, key + ".unreadable", "progress: saved answers"},
		{"older format", `{"format":"news-explorer-progress/0","article":"` + a.ID + `","answers":[]}`, nil, key + ".unreadable", "older version"},
		{"newer format", `{"format":"news-explorer-progress/2","article":"` + a.ID + `","answers":[]}`, nil, key + ".unreadable", "newer version"},
		{"not a progress file", `["a"]`, nil, key + ".unreadable", "saved answers"},
		{"another article", `{"format":"news-explorer-progress/1","article":"other","answers":[]}`, nil, key + ".unreadable", `field "article"`},
		{"unknown exercise", `{"format":"news-explorer-progress/1","article":"` + a.ID + `","answers":[{"exercise":"who-said-it/q99","choice":"x","correct":true,"tries":1,"at":"2025-05-02T09:14:00Z"}]}`, nil, key + ".unreadable", `answer "who-said-it/q99": unknown exercise`},
		{"unknown field", `{"format":"news-explorer-progress/1","article":"` + a.ID + `","answers":[],"score":3}`, nil, key + ".unreadable", `unknown field "score"`},
		{"earlier data set aside is kept", `{`, map[string]string{key + ".unreadable": "old"}, key + ".unreadable-2", "saved answers"},
		{"the same data again reuses its key", `{`, map[string]string{key + ".unreadable": "{"}, key + ".unreadable", "saved answers"},
	}
	for _, tt := range tests {
		st := &uitest.MemStore{M: map[string]string{key: tt.raw}}
		maps.Copy(st.M, tt.before)
		p, err := loadProgress(st, progressKey(a.ID), a)
		var ue *ui.UnreadableError
		if !errors.As(err, &ue) {
			t.Errorf("%s: error %v, want an unreadableError", tt.name, err)
			continue
		}
		var pe *exercise.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v does not carry the parse error", tt.name, err)
		}
		if ue.Aside != tt.wantAside || st.M[tt.wantAside] != tt.raw {
			t.Errorf("%s: set aside under %q holding %q, want %q holding %q", tt.name, ue.Aside, st.M[ue.Aside], tt.wantAside, tt.raw)
		}
		if _, still := st.M[key]; still {
			t.Errorf("%s: the unreadable data is still under %s", tt.name, key)
		}
		for k, v := range tt.before {
			if k != tt.wantAside && st.M[k] != v {
				t.Errorf("%s: %s was %q, now %q", tt.name, k, v, st.M[k])
			}
		}
		if msg := err.Error(); !strings.Contains(msg, tt.wantMsg) || !strings.Contains(msg, tt.wantAside) {
			t.Errorf("%s: message %q, want it to say %q and where it is kept (%s)", tt.name, msg, tt.wantMsg, tt.wantAside)
		}
		if p == nil || len(p.Answers) != 0 {
			t.Errorf("%s: progress %+v, want empty progress", tt.name, p)
		}
	}

	// When the browser refuses to set the data aside, it stays where it is.
	st := &uitest.MemStore{M: map[string]string{key: "{"}, Full: true}
	_, err := loadProgress(st, progressKey(a.ID), a)
	var ue *ui.UnreadableError
	if !errors.As(err, &ue) || ue.Aside != key || ue.AsideErr == nil || st.M[key] != "{" {
		t.Errorf("with storage full: %v, store %v; want the data left under %s", err, st.M, key)
	}
	// The message says, in one run of sentences, what is wrong, why the
	// data could not be set aside, and where it still is.
	if msg := err.Error(); !strings.Contains(msg, "saved answers") || !strings.Contains(msg, "could not be set aside either: ") ||
		!strings.Contains(msg, ue.AsideErr.Error()) || !strings.Contains(msg, key) || strings.Contains(msg, "\n") {
		t.Errorf("with storage full, the message is %q", msg)
	}
}

// TestCleanName checks that a typed name becomes one a progress file
// accepts.
func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Ana Lima ", "Ana Lima"},
		{"Ana\tLima", "Ana Lima"},
		{"Ana\u202eLima", "AnaLima"},
		{"   ", ""},
		{strings.Repeat("é", 100), strings.Repeat("é", exercise.MaxStudentName)},
	}
	for _, tt := range tests {
		if got := cleanName(tt.in); got != tt.want {
			t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

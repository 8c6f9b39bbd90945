package ui

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/exercise"
)

// memStore is a keyValue in memory; full makes Set fail.
type memStore struct {
	m    map[string]string
	full bool
}

func (s *memStore) Get(key string) (string, bool) { v, ok := s.m[key]; return v, ok }
func (s *memStore) Remove(key string)             { delete(s.m, key) }
func (s *memStore) Set(key, value string) error {
	if s.full {
		return errors.New("quota exceeded")
	}
	s.m[key] = value
	return nil
}

// TestProgressRoundTrip checks that answers saved read back the same.
func TestProgressRoundTrip(t *testing.T) {
	a := claimsArticle(t)
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
	st := &memStore{m: map[string]string{}}
	if err := saveProgress(st, p); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.m["newsexplorer/progress/"+a.ID]; !ok {
		t.Fatalf("saved under %v, want newsexplorer/progress/%s", slicesKeys(st.m), a.ID)
	}
	got, err := loadProgress(st, a)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Encode()) != string(p.Encode()) {
		t.Errorf("read back\n%s\nwant\n%s", got.Encode(), p.Encode())
	}
	empty, err := loadProgress(&memStore{m: map[string]string{}}, a)
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
	a := claimsArticle(t)
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
		st := &memStore{m: map[string]string{key: tt.raw}}
		maps.Copy(st.m, tt.before)
		p, err := loadProgress(st, a)
		var ue *unreadableError
		if !errors.As(err, &ue) {
			t.Errorf("%s: error %v, want an unreadableError", tt.name, err)
			continue
		}
		var pe *exercise.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v does not carry the parse error", tt.name, err)
		}
		if ue.Aside != tt.wantAside || st.m[tt.wantAside] != tt.raw {
			t.Errorf("%s: set aside under %q holding %q, want %q holding %q", tt.name, ue.Aside, st.m[ue.Aside], tt.wantAside, tt.raw)
		}
		if _, still := st.m[key]; still {
			t.Errorf("%s: the unreadable data is still under %s", tt.name, key)
		}
		for k, v := range tt.before {
			if k != tt.wantAside && st.m[k] != v {
				t.Errorf("%s: %s was %q, now %q", tt.name, k, v, st.m[k])
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
	st := &memStore{m: map[string]string{key: "{"}, full: true}
	_, err := loadProgress(st, a)
	var ue *unreadableError
	if !errors.As(err, &ue) || ue.Aside != key || ue.AsideErr == nil || st.m[key] != "{" {
		t.Errorf("with storage full: %v, store %v; want the data left under %s", err, st.m, key)
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

// TestDownloadName checks the names of downloaded files.
func TestDownloadName(t *testing.T) {
	tests := []struct{ article, student, ext, want string }{
		{"kursk", "", "csv", "kursk-answers.csv"},
		{"kursk", "Ana Lima", "json", "kursk-answers-ana-lima.json"},
		{"kursk", "José / 7b", "csv", "kursk-answers-josé-7b.csv"},
		{"kursk", "../..", "csv", "kursk-answers.csv"},
	}
	for _, tt := range tests {
		if got := downloadName(tt.article, tt.student, tt.ext); got != tt.want {
			t.Errorf("downloadName(%q, %q, %q) = %q, want %q", tt.article, tt.student, tt.ext, got, tt.want)
		}
	}
}

// TestRefusal checks how a refusal to save reads: a full storage in words
// a reader can act on, with the size it would take; anything else as the
// browser put it, without the wrapper's prefix.
func TestRefusal(t *testing.T) {
	for _, c := range []struct {
		msg  string
		size int
		want string
	}{
		{"JavaScript error: Failed to execute 'setItem' on 'Storage': Setting the value of 'newsexplorer/draft' exceeded the quota.", 2_400_000,
			"the browser has no room left for this site's saved data (it would take 2.4 MB; browsers keep about 5 MB for each site)"},
		{"QuotaExceededError: The quota has been exceeded.", 900, "the browser has no room left for this site's saved data (it would take 900 B; browsers keep about 5 MB for each site)"},
		{"JavaScript error: SecurityError: The operation is insecure.", 10, "the browser refused to save: SecurityError: The operation is insecure."},
	} {
		if got := refusal(c.msg, c.size).Error(); got != c.want {
			t.Errorf("refusal(%q, %d) = %q, want %q", c.msg, c.size, got, c.want)
		}
	}
}

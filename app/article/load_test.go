package article

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// load parses a file under testdata, naming it by its path.
func load(t *testing.T, path string) (*Article, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(filepath.ToSlash(path), data)
}

func TestParseMinimal(t *testing.T) {
	a, err := load(t, "testdata/valid/minimal.json")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if a.ID != "trees" || a.Title != "Porto plants trees" || !a.TitleIsOurs {
		t.Errorf("ID, Title, TitleIsOurs = %q, %q, %v; want %q, %q, true", a.ID, a.Title, a.TitleIsOurs, "trees", "Porto plants trees")
	}
	if a.Headline != "" || a.Outlet != "" || a.Byline != "" || a.Published != "" {
		t.Errorf("Headline, Outlet, Byline, Published = %q, %q, %q, %q; want all empty", a.Headline, a.Outlet, a.Byline, a.Published)
	}

	// The file lists the mentions out of order; they come back in text
	// order, numbered from m1, a containing span before what it contains.
	// start is in code points: the curly quotes before most of them are
	// three bytes each.
	wantMentions := []struct {
		id, entity, text string
		start            int
	}{
		{"m1", "monday", "Monday", 3},
		{"m2", "lima", "Ana Lima", 17},
		{"m3", "porto", "Porto", 33},
		{"m4", "trees", "300", 50},
		{"m5", "lima", "Lima", 62},
		{"m6", "tree-week", "Porto Tree Week", 81},
		{"m7", "porto", "Porto", 81},
		{"m8", "may", "May", 107},
	}
	if len(a.Mentions) != len(wantMentions) {
		t.Fatalf("got %d mentions, want %d: %+v", len(a.Mentions), len(wantMentions), a.Mentions)
	}
	for i, want := range wantMentions {
		m := a.Mentions[i]
		got := struct {
			id, entity, text string
			start            int
		}{m.ID, m.Entity, a.Text[m.Start:m.End], Runes(a.Text, m.Start)}
		if got != want {
			t.Errorf("Mentions[%d] = %+v, want %+v", i, got, want)
		}
	}

	wantQuotes := []struct{ id, speaker, text string }{
		{"q1", "lima", "Porto will plant 300 trees."},
	}
	if len(a.Quotes) != len(wantQuotes) {
		t.Fatalf("got %d quotes, want %d: %+v", len(a.Quotes), len(wantQuotes), a.Quotes)
	}
	for i, want := range wantQuotes {
		q := a.Quotes[i]
		got := struct{ id, speaker, text string }{q.ID, q.Speaker, a.Text[q.Start:q.End]}
		if got != want {
			t.Errorf("Quotes[%d] = %+v, want %+v", i, got, want)
		}
	}
	// The place and the number stand inside the quote.
	for _, i := range []int{2, 3} {
		if !a.Quotes[0].Contains(a.Mentions[i].Span) {
			t.Errorf("quote %v does not contain mention %s %v", a.Quotes[0].Span, a.Mentions[i].ID, a.Mentions[i].Span)
		}
	}

	gotCounts := a.Counts()
	wantCounts := map[Type]int{Person: 2, Organization: 0, Place: 2, Group: 0, Date: 2, Number: 1, Event: 1, Quote: 1}
	for _, typ := range Types {
		if got, want := gotCounts[typ], wantCounts[typ]; got != want {
			t.Errorf("Counts()[%s] = %d, want %d", typ, got, want)
		}
	}

	// 61 code points but 65 bytes in the first paragraph (“ and ”), 49 and
	// 51 in the second (’).
	if got, want := a.Paragraphs(), []Span{{0, 65}, {66, 117}}; !equalSpans(got, want) {
		t.Errorf("Paragraphs() = %v, want %v", got, want)
	}

	mentionsOf := []struct {
		entity string
		want   []string
	}{
		{"lima", []string{"m2", "m5"}},
		{"porto", []string{"m3", "m7"}},
		{"may", []string{"m8"}},
		{"nobody", nil},
	}
	for _, tt := range mentionsOf {
		var got []string
		for _, m := range a.MentionsOf(tt.entity) {
			got = append(got, m.ID)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("MentionsOf(%q) = %v, want %v", tt.entity, got, tt.want)
		}
	}

	quotesBy := []struct {
		speaker string
		want    []string
	}{
		{"lima", []string{"q1"}},
		{"porto", nil},
	}
	for _, tt := range quotesBy {
		var got []string
		for _, q := range a.QuotesBy(tt.speaker) {
			got = append(got, q.ID)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("QuotesBy(%q) = %v, want %v", tt.speaker, got, tt.want)
		}
	}

	entities := []struct {
		id       string
		wantOK   bool
		wantName string
		wantType Type
	}{
		{"lima", true, "Ana Lima", Person},
		{"porto", true, "Porto", Place},
		{"tree-week", true, "Porto Tree Week", Event},
		{"nobody", false, "", ""},
		{"", false, "", ""},
	}
	for _, tt := range entities {
		e, ok := a.Entity(tt.id)
		if ok != tt.wantOK || e.Name != tt.wantName || e.Type != tt.wantType {
			t.Errorf("Entity(%q) = %q, %q, %v; want %q, %q, %v", tt.id, e.Name, e.Type, ok, tt.wantName, tt.wantType, tt.wantOK)
		}
		if got := a.TypeOf(tt.id); got != tt.wantType {
			t.Errorf("TypeOf(%q) = %q, want %q", tt.id, got, tt.wantType)
		}
	}
	if e, _ := a.Entity("lima"); len(e.Aliases) != 1 || e.Aliases[0] != "Lima" || e.Description != "Mayor of Porto." {
		t.Errorf("Entity(lima) = %+v, want aliases [Lima] and description %q", e, "Mayor of Porto.")
	}
	if got, want := len(a.Entities), 6; got != want {
		t.Errorf("got %d entities, want %d", got, want)
	}
}

func equalSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestParseValid loads every file under testdata/valid.
func TestParseValid(t *testing.T) {
	paths, err := filepath.Glob("testdata/valid/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no files in testdata/valid")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if _, err := load(t, path); err != nil {
				t.Errorf("Parse: %v", err)
			}
		})
	}
}

// errorLine matches one line of an ErrorList: the file, then line:col when
// the problem has a place in the file.
var errorLine = regexp.MustCompile(`^(testdata/invalid/[a-z0-9-]+\.json)(?::(\d+):(\d+))?: (.+)$`)

// invalidFiles lists every file under testdata/invalid, one for each kind
// of bad input. at holds, for each problem in order, the text its line:col
// must point at in the file ("" for the end of the file); wholeFile marks a
// problem that concerns the file as a whole and has no line:col. knownBad
// names a bug in the position reported: the test logs the wrong position
// instead of failing, and fails once the position is right, so that the
// entry is removed.
var invalidFiles = []struct {
	file      string
	at        []string
	wholeFile bool
	knownBad  string
}{
	// Malformed JSON.
	{file: "json-trailing-comma.json", at: []string{"}"}},
	{file: "json-trailing-comma-array.json", at: []string{"]"}},
	{file: "json-trailing-comma-object.json", at: []string{"}"}},
	{file: "json-unterminated-string.json", at: []string{"\n"}},
	{file: "json-unterminated-string-in-mention.json", at: []string{"\n"}},
	{file: "json-truncated.json", at: []string{""}},
	{file: "json-empty-file.json", at: []string{""}},
	{file: "json-missing-colon.json", at: []string{`"trees"`}},
	{file: "not-object.json", at: []string{"["}},
	{file: "invalid-utf8.json", at: []string{"\xe9"}},
	{file: "trailing-content.json", at: []string{`{ "id": "second" }`}},
	{file: "trailing-garbage.json", at: []string{"x"}},

	// Wrong types.
	{file: "type-text-number.json", at: []string{"42"}},
	{file: "type-mentions-object.json", at: []string{"{"}},
	{file: "type-start-string.json", at: []string{`"17"`}},
	{file: "type-aliases-string.json", at: []string{`"Lima"`}},

	// Fields of the article.
	{file: "unknown-field.json", at: []string{`"mentons"`}},
	{file: "unknown-field-spacing.json", at: []string{`"mentons"`}},
	{file: "unknown-field-in-mention.json", at: []string{`"sufix"`}},
	{file: "duplicate-field.json", at: []string{`"title"`}},
	{file: "format-missing.json", wholeFile: true},
	{file: "format-wrong.json", at: []string{`"news-explorer-article/2"`}},
	// A newer version's file: its format alone, not its unknown fields.
	{file: "format-newer.json", at: []string{`"news-explorer-article/2"`}},
	{file: "id-bad.json", at: []string{`"Porto Trees"`}},
	{file: "id-missing.json", wholeFile: true},
	{file: "title-missing.json", wholeFile: true},
	{file: "text-empty.json", at: []string{`""`}},

	// Entities.
	{file: "entity-duplicate-id.json", at: []string{`{ "id": "porto", "name": "FC Porto"`}},
	{file: "entity-unknown-type.json", at: []string{`{ "id": "porto"`}},
	{file: "entity-no-type.json", at: []string{`{ "id": "porto"`}},
	{file: "entity-type-quote.json", at: []string{`{ "id": "pledge"`}},
	{file: "entity-no-description.json", at: []string{`{ "id": "porto"`}},
	{file: "entity-multiline-description.json", at: []string{`{ "id": "porto"`}},
	{file: "entity-empty-alias.json", at: []string{`{ "id": "lima"`}},
	{file: "entity-bad-id.json", at: []string{`{ "id": "Monday"`}},
	{file: "entity-no-name.json", at: []string{`{ "id": "monday"`}},

	// Mentions.
	{file: "mention-unknown-entity.json", at: []string{`{ "entity": "ana-lima"`}},
	{file: "mention-no-match.json", at: []string{`{ "entity": "monday", "exact": "Tuesday"`}},
	{file: "mention-several-matches.json", at: []string{`{ "entity": "lima", "exact": "Lima" }`}},
	{file: "mention-prefix-never-fits.json", at: []string{`{ "entity": "lima", "exact": "Lima", "prefix"`}},
	{file: "mention-across-paragraphs.json", at: []string{`{ "entity": "lima", "exact": "trees`}},
	{file: "mention-start-wrong.json", at: []string{`{ "entity": "monday", "exact": "Monday", "start": 4`}},
	{file: "mention-empty-exact.json", at: []string{`{ "entity": "monday", "exact": ""`}},
	{file: "mention-exact-space.json", at: []string{`{ "entity": "monday", "exact": " Monday"`}},

	// Quotes.
	{file: "quote-unknown-speaker.json", at: []string{`{ "speaker": "lina"`}},
	{file: "quote-speaker-date.json", at: []string{`{ "speaker": "monday"`}},
	{file: "quote-speaker-event.json", at: []string{`{ "speaker": "tree-week"`}},
	{file: "quote-no-speaker.json", at: []string{`{ "exact": "Porto will`}},

	// Spans. An overlap is reported at the span that starts later in the
	// text, naming the other.
	{file: "overlap-mentions.json", at: []string{`{ "entity": "lima", "exact": "Ana Lima" }`}},
	{file: "overlap-quote-mention.json", at: []string{`{ "speaker": "lima"`}},
	{file: "same-span-twice.json", at: []string{`{ "entity": "lima", "exact": "Ana Lima", "suffix"`}},

	// Every problem, in file order.
	{file: "several-problems.json", at: []string{
		`"Trees"`,
		`{ "id": "porto"`,
		`{ "id": "monday"`,
		`{ "entity": "lima", "exact": "Lima" }`,
		`{ "speaker": "lina"`,
	}},
}

// TestParseInvalid loads each file under testdata/invalid and compares the
// error with the golden file next to it (testdata/invalid/<name>.golden;
// go test -update rewrites them). Each problem must name the file and,
// unless it concerns the whole file, its line and column, which must point
// at the right place.
func TestParseInvalid(t *testing.T) {
	paths, err := filepath.Glob("testdata/invalid/*.json")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, tt := range invalidFiles {
		listed[tt.file] = true
	}
	for _, path := range paths {
		if !listed[filepath.Base(path)] {
			t.Errorf("%s is not listed in invalidFiles", path)
		}
	}

	for _, tt := range invalidFiles {
		t.Run(strings.TrimSuffix(tt.file, ".json"), func(t *testing.T) {
			path := "testdata/invalid/" + tt.file
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(path, data)
			if err == nil {
				t.Fatalf("Parse succeeded with %d mentions; want an error", len(a.Mentions))
			}
			if a != nil {
				t.Errorf("Parse returned an article with the error %v", err)
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Errorf("error is %T, want ErrorList", err)
			}

			got := err.Error() + "\n"
			golden := strings.TrimSuffix(path, ".json") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("error text differs from %s:\ngot:\n%s\nwant:\n%s", golden, got, want)
			}

			lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
			if len(list) != len(lines) {
				t.Errorf("%d problems but %d lines of error text", len(list), len(lines))
			}
			if !tt.wholeFile && len(lines) != len(tt.at) {
				t.Errorf("got %d problems, want %d:\n%s", len(lines), len(tt.at), got)
			}
			var prevLine, prevCol int
			for i, line := range lines {
				m := errorLine.FindStringSubmatch(line)
				if m == nil {
					t.Errorf("problem %d %q does not start with the file's name", i+1, line)
					continue
				}
				if m[1] != path {
					t.Errorf("problem %d names %q, want %q", i+1, m[1], path)
				}
				if tt.wholeFile {
					if m[2] != "" {
						t.Errorf("problem %d has line:col %s:%s, want none", i+1, m[2], m[3])
					}
					continue
				}
				if m[2] == "" {
					t.Errorf("problem %d has no line:col: %q", i+1, line)
					continue
				}
				l, _ := strconv.Atoi(m[2])
				c, _ := strconv.Atoi(m[3])
				if l < prevLine || l == prevLine && c < prevCol {
					t.Errorf("problem %d at %d:%d comes after one at %d:%d", i+1, l, c, prevLine, prevCol)
				}
				prevLine, prevCol = l, c
				if i >= len(tt.at) {
					continue
				}
				rest, ok := atLineCol(data, l, c)
				right := ok && strings.HasPrefix(rest, tt.at[i])
				if tt.at[i] == "" {
					right = ok && strings.TrimSpace(rest) == ""
				}
				switch {
				case right && tt.knownBad != "":
					t.Errorf("problem %d now points at the right place; remove knownBad %q", i+1, tt.knownBad)
				case right:
				case !ok:
					t.Errorf("problem %d: %d:%d is not in the file", i+1, l, c)
				case tt.knownBad != "":
					t.Logf("known bug (%s): problem %d: %d:%d points at %q, want %q", tt.knownBad, i+1, l, c, clip(rest), tt.at[i])
				default:
					t.Errorf("problem %d: %d:%d points at %q, want %q", i+1, l, c, clip(rest), tt.at[i])
				}
			}
		})
	}
}

// atLineCol returns the file's text from a 1-based line and column, the
// column counted in code points.
func atLineCol(data []byte, line, col int) (string, bool) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if line < 1 || line > len(lines) && !(line == len(lines)+1 && col == 1) {
		return "", false
	}
	if line == len(lines)+1 {
		return "", true
	}
	s := string(lines[line-1])
	for i := range s {
		if col == 1 {
			return s[i:] + string(bytes.Join(lines[line:], nil)), true
		}
		col--
	}
	if col == 1 {
		return string(bytes.Join(lines[line:], nil)), true
	}
	return "", false
}

func clip(s string) string {
	if r := []rune(s); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

func TestValidID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"putin", true},
		{"north-korea", true},
		{"ru-general-staff", true},
		{"kursk2025", true},
		{"2025", true},
		{"", false},
		{"-putin", false},
		{"putin-", false},
		{"north--korea", false},
		{"North-Korea", false},
		{"north_korea", false},
		{"north korea", false},
		{"évian", false},
		{"-", false},
	} {
		if got := validID(tc.id); got != tc.want {
			t.Errorf("validID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

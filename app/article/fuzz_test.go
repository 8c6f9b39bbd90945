package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, that every error it reports
// names the file and a place inside it, and that an article it accepts has
// its spans (mentions, quotes and loaded phrases) inside the text, on
// character boundaries, within one paragraph and well nested, and survives
// Encode and Parse again. The seeds are every file under testdata, those
// with loaded phrases under testdata/loaded among them.
func FuzzParse(f *testing.F) {
	paths, err := filepath.Glob("testdata/*/*.json")
	if err != nil {
		f.Fatal(err)
	}
	if len(paths) == 0 {
		f.Fatal("no seed files under testdata")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}

	const name = "fuzz.json"
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(name, data)
		if err != nil {
			if a != nil {
				t.Fatalf("Parse returned an article and the error %v", err)
			}
			checkErrors(t, name, data, err)
			return
		}
		checkArticle(t, a)

		b, err := Encode(a)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		again, err := Parse(name, b)
		if err != nil {
			t.Fatalf("Parse(Encode(a)): %v\n%s", err, b)
		}
		if again.Text != a.Text || len(again.Mentions) != len(a.Mentions) || len(again.Quotes) != len(a.Quotes) || len(again.Loaded) != len(a.Loaded) {
			t.Fatalf("Parse(Encode(a)) differs from a")
		}
		for i, m := range again.Mentions {
			if m != a.Mentions[i] {
				t.Errorf("after Encode, mention %d = %+v, want %+v", i, m, a.Mentions[i])
			}
		}
		for i, q := range again.Quotes {
			if q != a.Quotes[i] {
				t.Errorf("after Encode, quote %d = %+v, want %+v", i, q, a.Quotes[i])
			}
		}
		for i, l := range again.Loaded {
			if l != a.Loaded[i] {
				t.Errorf("after Encode, loaded phrase %d = %+v, want %+v", i, l, a.Loaded[i])
			}
		}
	})
}

// checkErrors checks that err lists problems that each name the file and,
// when they have one, a line and column inside it.
func checkErrors(t *testing.T, name string, data []byte, err error) {
	t.Helper()
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is %T, want ErrorList: %v", err, err)
	}
	if len(list) == 0 {
		t.Fatalf("empty ErrorList")
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, e := range list {
		if e == nil {
			t.Fatalf("nil *Error in %v", list)
		}
		if e.File != name {
			t.Errorf("problem names file %q, want %q", e.File, name)
		}
		if !strings.HasPrefix(e.Error(), name+":") {
			t.Errorf("problem %q does not begin with the file's name", e.Error())
		}
		if e.Msg == "" {
			t.Errorf("problem %q says nothing", e.Error())
		}
		if e.Line < 0 || e.Line > lines || e.Line > 0 && e.Col < 1 || e.Line == 0 && e.Col != 0 {
			t.Errorf("problem at %d:%d in a file of %d lines: %v", e.Line, e.Col, lines, e)
		}
	}
}

// checkArticle checks the invariants of a loaded article.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if strings.TrimSpace(a.Text) == "" {
		t.Errorf("accepted an article with no text")
	}
	type span struct {
		Span
		what, kind string
	}
	var all []span
	for i, m := range a.Mentions {
		if want := "m" + strconv.Itoa(i+1); m.ID != want {
			t.Errorf("mention %d has ID %q, want %q", i, m.ID, want)
		}
		if _, ok := a.Entity(m.Entity); !ok {
			t.Errorf("mention %s names unknown entity %q", m.ID, m.Entity)
		}
		if a.TypeOf(m.Entity) == Quote || !a.TypeOf(m.Entity).Valid() {
			t.Errorf("mention %s is of entity %q of type %q", m.ID, m.Entity, a.TypeOf(m.Entity))
		}
		if i > 0 && spanLess(m.Span, a.Mentions[i-1].Span) {
			t.Errorf("mention %s %v comes after %v", m.ID, m.Span, a.Mentions[i-1].Span)
		}
		all = append(all, span{m.Span, m.ID, "mention"})
	}
	for i, q := range a.Quotes {
		if want := "q" + strconv.Itoa(i+1); q.ID != want {
			t.Errorf("quote %d has ID %q, want %q", i, q.ID, want)
		}
		switch a.TypeOf(q.Speaker) {
		case Person, Organization, Group, Place:
		default:
			t.Errorf("quote %s has speaker %q of type %q", q.ID, q.Speaker, a.TypeOf(q.Speaker))
		}
		if i > 0 && spanLess(q.Span, a.Quotes[i-1].Span) {
			t.Errorf("quote %s %v comes after %v", q.ID, q.Span, a.Quotes[i-1].Span)
		}
		all = append(all, span{q.Span, q.ID, "quote"})
	}
	for i, l := range a.Loaded {
		if want := "l" + strconv.Itoa(i+1); l.ID != want {
			t.Errorf("loaded phrase %d has ID %q, want %q", i, l.ID, want)
		}
		switch a.TypeOf(l.Speaker) {
		case Person, Organization, Group, Place:
		case "":
			if l.Speaker != "" {
				t.Errorf("loaded phrase %s has unknown speaker %q", l.ID, l.Speaker)
			}
		default:
			t.Errorf("loaded phrase %s has speaker %q of type %q", l.ID, l.Speaker, a.TypeOf(l.Speaker))
		}
		if strings.TrimSpace(l.Why) == "" || strings.TrimSpace(l.Neutral) == "" {
			t.Errorf("loaded phrase %s has no why or no neutral wording", l.ID)
		}
		if i > 0 && spanLess(l.Span, a.Loaded[i-1].Span) {
			t.Errorf("loaded phrase %s %v comes after %v", l.ID, l.Span, a.Loaded[i-1].Span)
		}
		all = append(all, span{l.Span, l.ID, "loaded phrase"})
	}
	for _, s := range all {
		if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
			t.Fatalf("%s %v is not a span of a text of %d bytes", s.what, s.Span, len(a.Text))
		}
		if !utf8.RuneStart(a.Text[s.Start]) || s.End < len(a.Text) && !utf8.RuneStart(a.Text[s.End]) {
			t.Errorf("%s %v cuts a character in two", s.what, s.Span)
		}
		if strings.Contains(a.Text[s.Start:s.End], "\n") {
			t.Errorf("%s %v runs across a paragraph break", s.what, s.Span)
		}
	}
	for i, s := range all {
		for _, o := range all[i+1:] {
			disjoint := s.End <= o.Start || o.End <= s.Start
			if !disjoint && !s.Contains(o.Span) && !o.Contains(s.Span) {
				t.Errorf("%s %v and %s %v overlap without nesting", s.what, s.Span, o.what, o.Span)
			}
			if s.Span == o.Span && s.kind == o.kind {
				t.Errorf("%s and %s annotate the same span %v", s.what, o.what, s.Span)
			}
		}
	}
	total := 0
	for _, n := range a.Counts() {
		total += n
	}
	if total != len(a.Mentions)+len(a.Quotes) {
		t.Errorf("Counts() adds up to %d, want %d", total, len(a.Mentions)+len(a.Quotes))
	}
	for _, p := range a.Paragraphs() {
		if p.Len() == 0 || strings.Contains(a.Text[p.Start:p.End], "\n") {
			t.Errorf("paragraph %v is empty or holds a newline", p)
		}
	}
}

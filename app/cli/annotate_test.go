package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestAnnotateCommand checks "newsexplorer annotate": text from a file or
// from standard input becomes an article file that loads, written to
// standard output or to -out; bad input fails with an error that says
// where.
func TestAnnotateCommand(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "floods.txt")
	const body = "Heavy rain forced more than 4,000 people from their homes in northern Italy on Tuesday.\n" +
		"\"We have never seen water rise this fast,\" said Marta Bellini, the mayor of Faenza.\n"
	if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	loads := func(t *testing.T, data []byte) *article.Article {
		t.Helper()
		a, err := article.Parse("annotated.json", data)
		if err != nil {
			t.Fatalf("the article file does not load: %v\n%s", err, data)
		}
		if a.Text != body || len(a.Quotes) != 1 || len(a.Mentions) < 5 {
			t.Fatalf("annotated %d mentions and %d quotes of %q", len(a.Mentions), len(a.Quotes), a.Text)
		}
		return a
	}

	t.Run("file to standard output", func(t *testing.T) {
		var out bytes.Buffer
		if err := run([]string{"annotate", "-title", "Floods in Italy", src}, &out); err != nil {
			t.Fatal(err)
		}
		a := loads(t, out.Bytes())
		if a.Title != "Floods in Italy" || a.ID != "floods-in-italy" {
			t.Errorf("title %q, id %q", a.Title, a.ID)
		}
	})
	t.Run("standard input to -out", func(t *testing.T) {
		stdin = strings.NewReader(body)
		defer func() { stdin = os.Stdin }()
		dst := filepath.Join(dir, "out.json")
		var out bytes.Buffer
		if err := run([]string{"annotate", "-out", dst}, &out); err != nil {
			t.Fatal(err)
		}
		if out.Len() != 0 {
			t.Errorf("wrote %q to standard output with -out", out.String())
		}
		data, err := os.ReadFile(dst)
		if err != nil {
			t.Fatal(err)
		}
		a := loads(t, data)
		if !a.TitleIsOurs || a.Title == "" {
			t.Errorf("with no -title: title %q, titleIsOurs %v", a.Title, a.TitleIsOurs)
		}
	})
	for _, tt := range []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"missing file", []string{"annotate", filepath.Join(dir, "missing.txt")}, "", "missing.txt"},
		{"two files", []string{"annotate", src, src}, "", "one text file at most"},
		{"empty text", []string{"annotate"}, " \n ", "standard input: extract: the text is empty"},
		{"not UTF-8", []string{"annotate"}, "caf\xe9", "not valid UTF-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stdin = strings.NewReader(tt.stdin)
			defer func() { stdin = os.Stdin }()
			var out bytes.Buffer
			err := run(tt.args, &out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one that says %q", err, tt.want)
			}
		})
	}
}

// TestAnnotateKeepsClaims checks that annotating a text again over its
// article file keeps the claims a person wrote or accepted there, and not
// the suggestions no one checked; and that a file of another text is
// written over, as before.
func TestAnnotateKeepsClaims(t *testing.T) {
	dir := t.TempDir()
	const body = "Heavy rain forced more than 4,000 people from their homes in northern Italy on Tuesday.\n" +
		"\"We have never seen water rise this fast,\" said Marta Bellini, the mayor of Faenza.\n"
	src := filepath.Join(dir, "floods.txt")
	if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	annotateTo := func(t *testing.T, dst string) *article.Article {
		t.Helper()
		if err := run([]string{"annotate", "-title", "Floods in Italy", "-out", dst, src}, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(dst)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(dst, data)
		if err != nil {
			t.Fatalf("the article file does not load: %v", err)
		}
		return a
	}
	write := func(t *testing.T, path string, a *article.Article) {
		t.Helper()
		data, err := article.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// claims writes the IDs of the claims a person wrote or accepted, and
	// "old suggestion" if the suggestion written before is still there:
	// annotating again replaces the old suggestions with its own.
	claims := func(a *article.Article) string {
		var ids []string
		for _, c := range a.Claims {
			switch {
			case !c.Suggested:
				ids = append(ids, c.ID)
			case c.Question == "Q?":
				ids = append(ids, "old suggestion")
			}
		}
		return strings.Join(ids, " ")
	}
	tests := []struct {
		name string
		text string // the text of the file written over; the same when empty
		want string
	}{
		{"the same text", "", "claim-1"},
		{"another text", "Another text entirely, about Marta Bellini.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".json")
			a := annotateTo(t, dst)
			a.Claims, a.Evidence = nil, nil // the claims below only
			if tt.text != "" {
				a.Text = tt.text
				a.Mentions, a.Quotes = nil, nil
				a.Entities = []article.Entity{{ID: "marta-bellini", Name: "Marta Bellini", Type: article.Person, Description: "Mayor."}}
			}
			// A claim a person wrote, and one the annotator suggested.
			start := strings.Index(a.Text, "Marta Bellini")
			for _, suggested := range []bool{false, true} {
				_, err := a.AddClaim(article.ClaimText{Question: "Q?", Status: article.Unverified, Settle: "Records", Checks: []string{"Check."}},
					article.NewParty{Name: "Bellini", Members: []string{"marta-bellini"}, Stance: article.Asserts, Statement: "It rose fast.",
						Source: article.Interview, Channel: "said", Evidence: []article.Span{{Start: start, End: start + len("Marta Bellini")}}})
				if err != nil {
					t.Fatal(err)
				}
				a.Claims[len(a.Claims)-1].Suggested = suggested
			}
			write(t, dst, a)
			if got := claims(annotateTo(t, dst)); got != tt.want {
				t.Errorf("claims after annotating again: %q, want %q", got, tt.want)
			}
		})
	}
}

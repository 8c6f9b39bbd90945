package ui

import (
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./app/ui -run %s -update to create it)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update if the change is intended)\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

// parseArticle parses an article file written inline in a test.
func parseArticle(t *testing.T, name, data string) *article.Article {
	t.Helper()
	a, err := article.Parse(name, []byte(data))
	if err != nil {
		t.Fatalf("article.Parse(%s): %v", name, err)
	}
	return a
}

// tag is one start tag of go-app's HTML.
type tag struct {
	name string
	// attrs holds each attribute's value. go-app writes an attribute
	// whose value is "true" with no value at all; such an attribute is
	// in attrs with the value "" and in bare.
	attrs map[string]string
	bare  map[string]bool
	// src is the tag as written.
	src string
}

// goappTags returns the start tags of HTML encoded by go-app, whose
// attribute values are Go-quoted strings (strconv.Quote). It also returns
// the HTML with each tag's attributes sorted by name, since go-app writes
// them in map order.
func goappTags(t *testing.T, s string) ([]tag, string) {
	t.Helper()
	var tags []tag
	var out strings.Builder
	i := 0
	for i < len(s) {
		if s[i] != '<' || i+1 >= len(s) || !isLetter(s[i+1]) {
			out.WriteByte(s[i])
			i++
			continue
		}
		start := i
		i++
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '>' {
			j++
		}
		tg := tag{name: s[i:j], attrs: map[string]string{}, bare: map[string]bool{}}
		var written []string
		i = j
		for {
			for i < len(s) && s[i] == ' ' {
				i++
			}
			if i >= len(s) {
				t.Fatalf("unterminated tag at %d in %q", start, s[start:])
			}
			if s[i] == '>' {
				i++
				break
			}
			k := i
			for k < len(s) && s[k] != '=' && s[k] != ' ' && s[k] != '>' {
				k++
			}
			name := s[i:k]
			i = k
			if i < len(s) && s[i] == '=' {
				i++
				q, err := strconv.QuotedPrefix(s[i:])
				if err != nil {
					t.Fatalf("attribute %s of <%s> at %d: %v", name, tg.name, start, err)
				}
				v, _ := strconv.Unquote(q)
				tg.attrs[name] = v
				written = append(written, name+"="+q)
				i += len(q)
			} else {
				tg.attrs[name] = ""
				tg.bare[name] = true
				written = append(written, name)
			}
		}
		tg.src = s[start:i]
		tags = append(tags, tg)
		sort.Strings(written)
		out.WriteString("<" + tg.name)
		for _, w := range written {
			out.WriteString(" " + w)
		}
		out.WriteString(">")
	}
	return tags, out.String()
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

var (
	anyTag = regexp.MustCompile(`<[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
)

// textContent is what a reader sees of some HTML: tags removed, entities
// decoded and runs of white space (go-app's indentation) made one space.
func textContent(s string) string {
	s = anyTag.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(s), " "))
}

// findTags returns the tags named name whose attribute attr is value.
func findTags(tags []tag, name, attr, value string) []tag {
	var out []tag
	for _, tg := range tags {
		if tg.name == name {
			if v, ok := tg.attrs[attr]; ok && v == value {
				out = append(out, tg)
			}
		}
	}
	return out
}

// lines puts each tag of one-line HTML on a line of its own, so that a
// golden file of it reads, and diffs, line by line.
func lines(html string) string {
	return strings.ReplaceAll(html, "><", ">\n<") + "\n"
}

package uitest

import (
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Tag is one start tag of go-app's HTML.
type Tag struct {
	Name string
	// attrs holds each attribute's value. go-app writes an attribute
	// whose value is "true" with no value at all; such an attribute is
	// in attrs with the value "" and in bare.
	Attrs map[string]string
	Bare  map[string]bool
	// src is the tag as written.
	Src string
}

// GoappTags returns the start tags of HTML encoded by go-app, whose
// attribute values are Go-quoted strings (strconv.Quote). It also returns
// the HTML with each tag's attributes sorted by name, since go-app writes
// them in map order.
func GoappTags(t *testing.T, s string) ([]Tag, string) {
	t.Helper()
	var tags []Tag
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
		tg := Tag{Name: s[i:j], Attrs: map[string]string{}, Bare: map[string]bool{}}
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
					t.Fatalf("attribute %s of <%s> at %d: %v", name, tg.Name, start, err)
				}
				v, _ := strconv.Unquote(q)
				tg.Attrs[name] = v
				written = append(written, name+"="+q)
				i += len(q)
			} else {
				tg.Attrs[name] = ""
				tg.Bare[name] = true
				written = append(written, name)
			}
		}
		tg.Src = s[start:i]
		tags = append(tags, tg)
		sort.Strings(written)
		out.WriteString("<" + tg.Name)
		for _, w := range written {
			out.WriteString(" " + w)
		}
		out.WriteString(">")
	}
	return tags, out.String()
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// AnyTag matches any tag of some HTML.
var AnyTag = regexp.MustCompile(`<[^>]*>`)

var spaces = regexp.MustCompile(`\s+`)

// TextContent is what a reader sees of some HTML: tags removed, entities
// decoded and runs of white space (go-app's indentation) made one space.
func TextContent(s string) string {
	s = AnyTag.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(s), " "))
}

// FindTags returns the tags named name whose attribute attr is value.
func FindTags(tags []Tag, name, attr, value string) []Tag {
	var out []Tag
	for _, tg := range tags {
		if tg.Name == name {
			if v, ok := tg.Attrs[attr]; ok && v == value {
				out = append(out, tg)
			}
		}
	}
	return out
}

// Pressed reads a button's aria-pressed as go-app means it: go-app writes
// an attribute whose value is "true" with no value (see GoappTags).
func Pressed(tg Tag) string {
	if tg.Bare["aria-pressed"] {
		return "true"
	}
	return tg.Attrs["aria-pressed"]
}

// Element returns the HTML of the element that starts with tg, up to its
// closing tag (elements of the same name must not nest).
func Element(t *testing.T, s string, tg Tag) string {
	t.Helper()
	i := strings.Index(s, tg.Src)
	if i < 0 {
		t.Fatalf("tag %s not found", tg.Src)
	}
	j := strings.Index(s[i:], "</"+tg.Name+">")
	if j < 0 {
		t.Fatalf("tag %s is not closed", tg.Src)
	}
	return s[i : i+j+len(tg.Name)+3]
}

// Chunk is the HTML of one element carrying a hook, up to the next
// element carrying the same hook.
type Chunk struct {
	Tag  Tag
	HTML string
}

// Chunks cuts go-app's HTML at each start tag that has the attribute
// attr, in document order.
func Chunks(t *testing.T, s, attr string) []Chunk {
	t.Helper()
	tags, _ := GoappTags(t, s)
	var out []Chunk
	pos := 0
	for _, tg := range tags {
		if _, ok := tg.Attrs[attr]; !ok {
			continue
		}
		i := strings.Index(s[pos:], tg.Src)
		if i < 0 {
			t.Fatalf("tag %s not found after %d", tg.Src, pos)
		}
		pos += i
		if n := len(out); n > 0 {
			out[n-1].HTML = s[strings.Index(s, out[n-1].Tag.Src):pos]
		}
		out = append(out, Chunk{Tag: tg})
		pos += len(tg.Src)
	}
	if n := len(out); n > 0 {
		out[n-1].HTML = s[strings.Index(s, out[n-1].Tag.Src):]
	}
	return out
}

// Render mounts a component as the server does before it sends a page
// (OnPreRender runs, OnMount does not) and returns its HTML.
func Render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

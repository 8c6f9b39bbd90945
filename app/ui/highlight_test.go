package ui

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

// tricky is a small article with what the highlighter must get right:
// a quote that contains a person and a place (ending where the place ends),
// a quote that starts where a mention starts, mentions at the very start
// and end of a paragraph and of the text, two paragraphs, non-ASCII text,
// and <, >, & and both kinds of quotation mark in the text and in names.
const tricky = `{
  "format": "news-explorer-article/1",
  "id": "tricky",
  "title": "A <tricky> & \"quoted\" article",
  "text": "Alice Smith told reporters: \"I met Bob Jones in Paris\" & agreed that 2 < 3 > 1. She’s off to Kyiv\n\nMonday — a spokesman said 'no comment' & \"NATO will answer <later> & sooner\". Last word: Bob Jones",
  "entities": [
    {"id": "alice", "name": "Alice \"Al\" Smith", "type": "person", "description": "A source."},
    {"id": "bob", "name": "Bob Jones", "type": "person", "description": "Someone Alice met."},
    {"id": "paris", "name": "Paris", "type": "place", "description": "Capital of France."},
    {"id": "kyiv", "name": "Kyiv", "type": "place", "description": "Capital of Ukraine."},
    {"id": "monday", "name": "Monday", "type": "date", "description": "The day of the statement."},
    {"id": "nato", "name": "NATO & <partners>", "type": "organization", "description": "A military alliance."}
  ],
  "mentions": [
    {"entity": "alice", "exact": "Alice Smith"},
    {"entity": "bob", "exact": "Bob Jones", "suffix": " in Paris"},
    {"entity": "paris", "exact": "Paris"},
    {"entity": "kyiv", "exact": "Kyiv"},
    {"entity": "monday", "exact": "Monday"},
    {"entity": "nato", "exact": "NATO"},
    {"entity": "bob", "exact": "Bob Jones", "prefix": "Last word: "}
  ],
  "quotes": [
    {"speaker": "alice", "exact": "I met Bob Jones in Paris"},
    {"speaker": "nato", "exact": "NATO will answer <later> & sooner"}
  ]
}`

// TestArticleHTMLGolden pins the highlighted HTML of a small article, so
// that a change to how the text is marked up is seen and reviewed.
func TestArticleHTMLGolden(t *testing.T) {
	a := parseArticle(t, "tricky.json", tricky)
	golden(t, "highlight.golden.html", articleHTML(a)+"\n")
}

// TestArticleHTMLEscapes checks that the article's own text can never
// become markup: every <, >, & and quotation mark in it reaches the page
// escaped, and the reader sees exactly the article's words.
func TestArticleHTMLEscapes(t *testing.T) {
	a := parseArticle(t, "tricky.json", tricky)
	got := articleHTML(a)
	checkArticleHTML(t, a, got)

	rest := ourTags.ReplaceAllString(got, "")
	if i := strings.IndexAny(rest, `<>"'`); i >= 0 {
		t.Errorf("raw %q from the text survives in the HTML: …%s…", rest[i], rest[max(0, i-20):min(len(rest), i+20)])
	}
	if !strings.Contains(got, "2 &lt; 3 &gt; 1") || !strings.Contains(got, "&lt;later&gt; &amp; sooner") {
		t.Errorf("escaped text missing from the HTML:\n%s", got)
	}
	if !strings.Contains(got, `data-speaker-name="NATO &amp; &lt;partners&gt;"`) {
		t.Errorf("speaker's name not escaped in its attribute:\n%s", got)
	}
	if !strings.Contains(got, `title="Person: Alice &#34;Al&#34; Smith"`) {
		t.Errorf("entity's name not escaped in the title attribute:\n%s", got)
	}
}

// TestArticleHTMLDefault checks the same properties on the article the
// explorer ships with: one mark per mention and quote, each around exactly
// its text, and the text unchanged.
func TestArticleHTMLDefault(t *testing.T) {
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := articleHTML(a)
	checkArticleHTML(t, a, got)
	if n, want := strings.Count(got, "<mark "), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("%d <mark> tags, want %d (mentions and quotes)", n, want)
	}
	var paras []string
	for _, p := range a.Paragraphs() {
		paras = append(paras, a.Text[p.Start:p.End])
	}
	if text := html.UnescapeString(anyTag.ReplaceAllString(got, "")); text != strings.Join(paras, "") {
		t.Errorf("text content differs from the article's paragraphs")
	}
}

// TestReaderArticleHTMLPassageButtons checks the reading view's text: it
// is articleHTML with one button at the end of each passage that claims
// rest on, inside the passage, named (by its title) with its claims'
// questions and adding no text.
func TestReaderArticleHTMLPassageButtons(t *testing.T) {
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := readerArticleHTML(a)
	buttons := passageButtonRE.FindAllStringSubmatch(got, -1)
	if len(buttons) != len(a.Evidence) {
		t.Fatalf("%d passage buttons, want %d, one per passage", len(buttons), len(a.Evidence))
	}
	if plain := passageButtonRE.ReplaceAllString(got, "</span>"); plain != articleHTML(a) {
		t.Errorf("without its buttons, the reading view's text differs from articleHTML:\n%s", firstDifference(plain, articleHTML(a)))
	}
	questions := map[string]string{}
	for _, c := range a.Claims {
		questions[c.ID] = c.Question
	}
	for i, ev := range a.Evidence {
		b := buttons[i]
		if b[1] != ev.ID {
			t.Errorf("button %d is for passage %q, want %q", i, b[1], ev.ID)
			continue
		}
		label := html.UnescapeString(b[2])
		for _, c := range ev.Claims {
			if !strings.Contains(label, questions[c]) {
				t.Errorf("passage %s: button label %q does not name its claim %q", ev.ID, label, questions[c])
			}
		}
	}
}

// passageButtonRE matches a passage's button and the end of its passage:
// the passage's id and the button's label.
var passageButtonRE = regexp.MustCompile(`<button type="button" class="passage-button" data-passage="([^"]+)" title="([^"]+)"></button></span>`)

// TestArticleHTMLPlain checks an article without a single annotation.
func TestArticleHTMLPlain(t *testing.T) {
	a := parseArticle(t, "plain.json", `{"format": "news-explorer-article/1", "id": "plain", "title": "Plain",
		"text": "  One & two.  \n\n\n Three < four \n"}`)
	got := articleHTML(a)
	if want := `<div class="article-text"><p>One &amp; two.</p><p>Three &lt; four</p></div>`; got != want {
		t.Errorf("articleHTML = %s, want %s", got, want)
	}
}

var (
	// ourTags matches the tags articleHTML writes, and nothing that the
	// text could spell once escaped.
	ourTags = regexp.MustCompile(`</?(div|p|mark|span)( [^>]*)?>`)
	attrRE  = regexp.MustCompile(`([a-z-]+)="([^"]*)"`)
)

// checkArticleHTML checks the structure of articleHTML's output for a:
// one root element, well-nested tags, a paragraph per paragraph of the
// text with exactly its text, and each span's mark with its hooks and
// around exactly its text.
func checkArticleHTML(t *testing.T, a *article.Article, got string) {
	t.Helper()
	const root = `<div class="article-text">`
	if !strings.HasPrefix(got, root) || !strings.HasSuffix(got, "</div>") {
		t.Fatalf("HTML is not one <div class=\"article-text\"> element: %.80s … %.20s", got, got[max(0, len(got)-20):])
	}

	type open struct {
		name string
		id   string
		text strings.Builder
	}
	var stack []*open
	var paras []string
	marked := map[string]string{} // mark id → its text
	attrs := map[string]map[string]string{}
	pos := 0
	appendText := func(s string) {
		if s == "" {
			return
		}
		if len(stack) == 0 {
			t.Errorf("text %q outside the root element", s)
			return
		}
		if stack[len(stack)-1].name == "div" {
			t.Errorf("text %q outside a paragraph", s)
		}
		for _, o := range stack {
			o.text.WriteString(html.UnescapeString(s))
		}
	}
	for _, loc := range ourTags.FindAllStringIndex(got, -1) {
		appendText(got[pos:loc[0]])
		pos = loc[1]
		tagText := got[loc[0]:loc[1]]
		name := ourTags.FindStringSubmatch(tagText)[1]
		if strings.HasPrefix(tagText, "</") {
			if len(stack) == 0 || stack[len(stack)-1].name != name {
				t.Fatalf("%s closes nothing open", tagText)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "p":
				paras = append(paras, o.text.String())
			case "mark":
				marked[o.id] = o.text.String()
			}
			if name == "div" && (len(stack) != 0 || pos != len(got)) {
				t.Errorf("the root element closes before the end, at %d", pos)
			}
			continue
		}
		want := map[string]string{"div": "", "p": "div", "mark": "p or mark or span", "span": "p or mark or span"}[name]
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1].name
		}
		if !strings.Contains(want, parent) || (want != "" && parent == "") || (want == "" && parent != "") {
			t.Errorf("%s inside <%s>", tagText, parent)
		}
		o := &open{name: name}
		if name == "mark" {
			m := map[string]string{}
			for _, kv := range attrRE.FindAllStringSubmatch(tagText, -1) {
				m[kv[1]] = html.UnescapeString(kv[2])
			}
			o.id = m["id"]
			if _, dup := attrs[o.id]; dup {
				t.Errorf("two marks with id %q", o.id)
			}
			attrs[o.id] = m
		}
		stack = append(stack, o)
	}
	appendText(got[pos:])
	if len(stack) != 0 {
		t.Errorf("%d elements left open", len(stack))
	}

	var want []string
	for _, p := range a.Paragraphs() {
		want = append(want, a.Text[p.Start:p.End])
	}
	if len(paras) != len(want) {
		t.Errorf("%d paragraphs, want %d", len(paras), len(want))
	}
	for i := range min(len(paras), len(want)) {
		if paras[i] != want[i] {
			t.Errorf("paragraph %d reads %q, want %q", i+1, paras[i], want[i])
		}
	}

	check := func(id string, typ article.Type, entity, speaker string, s article.Span) {
		m, ok := attrs[id]
		if !ok {
			t.Errorf("no mark for %s", id)
			return
		}
		wantAttrs := map[string]string{
			"tabindex": "0", "data-mention": id, "data-entity-type": string(typ), "data-entity": entity,
		}
		if speaker != "" {
			wantAttrs["data-speaker"] = speaker
		}
		for k, v := range wantAttrs {
			if m[k] != v {
				t.Errorf("mark %s: %s=%q, want %q", id, k, m[k], v)
			}
		}
		if _, has := m["data-speaker"]; has && speaker == "" {
			t.Errorf("mark %s: a mention has data-speaker", id)
		}
		if m["title"] == "" {
			t.Errorf("mark %s has no title", id)
		}
		if got, want := marked[id], a.Text[s.Start:s.End]; got != want {
			t.Errorf("mark %s holds %q, want %q", id, got, want)
		}
	}
	for _, m := range a.Mentions {
		check(m.ID, a.TypeOf(m.Entity), m.Entity, "", m.Span)
	}
	for _, q := range a.Quotes {
		check(q.ID, article.Quote, q.ID, q.Speaker, q.Span)
	}
	if n, want := len(attrs), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("%d marks, want %d", n, want)
	}
}

// TestHideMarks checks the server's page with some types switched off: the
// highlights of those types are no stops for Tab and have no description,
// and the others are as they were.
func TestHideMarks(t *testing.T) {
	a := defaultArticle(t)
	html := readerArticleHTML(a)
	got := hideMarks(html, "hide-person hide-date")
	for _, m := range a.Mentions {
		typ := a.TypeOf(m.Entity)
		tag := regexp.MustCompile(`<mark [^>]*id="` + m.ID + `"[^>]*>`).FindString(got)
		hidden := typ == article.Person || typ == article.Date
		switch {
		case tag == "":
			t.Fatalf("no mark %s", m.ID)
		case hidden && (!strings.Contains(tag, `tabindex="-1"`) || !strings.Contains(tag, `aria-describedby="mention-help-none"`)):
			t.Errorf("a %s, switched off: %s; want no Tab stop or description", typ, tag)
		case !hidden && (!strings.Contains(tag, `tabindex="0"`) || !strings.Contains(tag, " title=") || !strings.Contains(tag, `aria-describedby="mention-help"`)):
			t.Errorf("a %s, switched on: %s; want it as it was", typ, tag)
		}
	}
	if plain := strings.ReplaceAll(got, `<mark tabindex="-1" aria-describedby="mention-help-none" id=`, `<mark tabindex="0" aria-describedby="mention-help" id=`); plain != html {
		t.Errorf("hideMarks changed more than the switched-off highlights:\n%s", firstDifference(plain, html))
	}
	if got := hideMarks(html, ""); got != html {
		t.Error("with nothing switched off, hideMarks changed the text")
	}
}

package ui

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"

	"newsexplorer/app/ui/uitest"
)

// TestArticleHTMLGolden pins the highlighted HTML of a small article, so
// that a change to how the text is marked up is seen and reviewed.
func TestArticleHTMLGolden(t *testing.T) {
	a := uitest.ParseArticle(t, "tricky.json", uitest.Tricky)
	uitest.Golden(t, "highlight.golden.html", ArticleHTML(a)+"\n")
}

// TestArticleHTMLEscapes checks that the article's own text can never
// become markup: every <, >, & and quotation mark in it reaches the page
// escaped, and the reader sees exactly the article's words.
func TestArticleHTMLEscapes(t *testing.T) {
	a := uitest.ParseArticle(t, "tricky.json", uitest.Tricky)
	got := ArticleHTML(a)
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
	got := ArticleHTML(a)
	checkArticleHTML(t, a, got)
	if n, want := strings.Count(got, "<mark "), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("%d <mark> tags, want %d (mentions and quotes)", n, want)
	}
	var paras []string
	for _, p := range a.Paragraphs() {
		paras = append(paras, a.Text[p.Start:p.End])
	}
	if text := html.UnescapeString(uitest.AnyTag.ReplaceAllString(got, "")); text != strings.Join(paras, "") {
		t.Errorf("text content differs from the article's paragraphs")
	}
}

// TestArticleHTMLPlain checks an article without a single annotation.
func TestArticleHTMLPlain(t *testing.T) {
	a := uitest.ParseArticle(t, "plain.json", `{"format": "news-explorer-article/1", "id": "plain", "title": "Plain",
		"text": "  One & two.  \n\n\n Three < four \n"}`)
	got := ArticleHTML(a)
	if want := `<div class="article-text"><p>One &amp; two.</p><p>Three &lt; four</p></div>`; got != want {
		t.Errorf("articleHTML = %s, want %s", got, want)
	}
}

var (
	// ourTags matches the tags ArticleHTML writes, and nothing that the
	// text could spell once escaped.
	ourTags = regexp.MustCompile(`</?(div|p|mark|span)( [^>]*)?>`)
	attrRE  = regexp.MustCompile(`([a-z-]+)="([^"]*)"`)
)

// checkArticleHTML checks the structure of ArticleHTML's output for a:
// one root element, well-nested tags, a paragraph per paragraph of the
// text with exactly its text, and each span's mark with its hooks and
// around exactly its text.
func checkArticleHTML(t *testing.T, a *article.Article, got string) {
	t.Helper()
	r := readArticleHTML(t, got)
	checkParagraphs(t, a, r.paras)
	checkMarks(t, a, r)
}

// renderedText is what checkArticleHTML reads back from the HTML: each
// paragraph's text, and each mark's text and attributes, by id.
type renderedText struct {
	paras  []string
	marked map[string]string
	attrs  map[string]map[string]string
}

// readArticleHTML reads the HTML of an article's text, checking its
// structure as it goes: one root, paragraphs in it, marks and spans in
// paragraphs, text only in paragraphs, every element closed.
func readArticleHTML(t *testing.T, got string) renderedText {
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
	r := renderedText{marked: map[string]string{}, attrs: map[string]map[string]string{}}
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
				r.paras = append(r.paras, o.text.String())
			case "mark":
				r.marked[o.id] = o.text.String()
			}
			if name == "div" && (len(stack) != 0 || pos != len(got)) {
				t.Errorf("the root element closes before the end, at %d", pos)
			}
			continue
		}
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1].name
		}
		checkParent(t, tagText, name, parent)
		o := &open{name: name}
		if name == "mark" {
			o.id = r.addMark(t, tagText)
		}
		stack = append(stack, o)
	}
	appendText(got[pos:])
	if len(stack) != 0 {
		t.Errorf("%d elements left open", len(stack))
	}
	return r
}

// checkParent checks that an element named name may stand in parent.
func checkParent(t *testing.T, tagText, name, parent string) {
	t.Helper()
	want := map[string]string{"div": "", "p": "div", "mark": "p or mark or span", "span": "p or mark or span"}[name]
	if !strings.Contains(want, parent) || (want != "" && parent == "") || (want == "" && parent != "") {
		t.Errorf("%s inside <%s>", tagText, parent)
	}
}

// addMark notes the attributes of a mark's start tag, and returns its id.
func (r renderedText) addMark(t *testing.T, tagText string) string {
	t.Helper()
	m := map[string]string{}
	for _, kv := range attrRE.FindAllStringSubmatch(tagText, -1) {
		m[kv[1]] = html.UnescapeString(kv[2])
	}
	id := m["id"]
	if _, dup := r.attrs[id]; dup {
		t.Errorf("two marks with id %q", id)
	}
	r.attrs[id] = m
	return id
}

// checkParagraphs checks that the paragraphs read the article's.
func checkParagraphs(t *testing.T, a *article.Article, paras []string) {
	t.Helper()
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
}

// checkMarks checks that every mention and quote has one mark, with its
// hooks, a title and its words, and that there is no other mark.
func checkMarks(t *testing.T, a *article.Article, r renderedText) {
	t.Helper()
	check := func(id string, typ article.Type, entity, speaker string, s article.Span) {
		m, ok := r.attrs[id]
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
		if got, want := r.marked[id], a.Text[s.Start:s.End]; got != want {
			t.Errorf("mark %s holds %q, want %q", id, got, want)
		}
	}
	for _, m := range a.Mentions {
		check(m.ID, a.TypeOf(m.Entity), m.Entity, "", m.Span)
	}
	for _, q := range a.Quotes {
		check(q.ID, article.Quote, q.ID, q.Speaker, q.Span)
	}
	if n, want := len(r.attrs), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("%d marks, want %d", n, want)
	}
}

// TestFirstMarks checks which marks are the first of their kind, which a
// small screen alone gives a letter tag: the first mention of each entity
// and the first quote of each speaker, by their place in the text, not
// by their order in the file.
func TestFirstMarks(t *testing.T) {
	a := &article.Article{
		Text: "Bob met Ann. Ann said \"yes\" and \"no\"; Bob said \"maybe\".",
		Mentions: []article.Mention{
			{ID: "m3", Entity: "ann", Span: article.Span{Start: 13, End: 16}},
			{ID: "m1", Entity: "bob", Span: article.Span{Start: 0, End: 3}},
			{ID: "m2", Entity: "ann", Span: article.Span{Start: 8, End: 11}},
			{ID: "m4", Entity: "bob", Span: article.Span{Start: 39, End: 42}},
		},
		Quotes: []article.QuoteSpan{
			{ID: "q2", Speaker: "ann", Span: article.Span{Start: 33, End: 35}},
			{ID: "q1", Speaker: "ann", Span: article.Span{Start: 23, End: 26}},
			{ID: "q3", Speaker: "bob", Span: article.Span{Start: 49, End: 54}},
		},
	}
	got := firstMarks(a)
	for _, id := range []string{"m1", "m2", "m3", "m4", "q1", "q2", "q3"} {
		want := id == "m1" || id == "m2" || id == "q1" || id == "q3"
		if got[id] != want {
			t.Errorf("firstMarks[%s] = %v, want %v", id, got[id], want)
		}
	}
	if n := strings.Count(ArticleHTML(a), ` class="first"`); n != 4 {
		t.Errorf("ArticleHTML marks %d highlights as first, want 4", n)
	}
}

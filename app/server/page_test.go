package server

import (
	"bytes"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

func TestTidy(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"attributes sorted", `<div id="x" class="a" aria-label="b">t</div>`, `<div aria-label="b" class="a" id="x">t</div>`},
		{"bare ARIA gets true", `<button aria-pressed disabled>x</button>`, `<button aria-pressed="true" disabled>x</button>`},
		{"go-app's quote read back", `<meta property="og:title" content="Says \"yes\" & <b>now</b>">`, `<meta content="Says &#34;yes&#34; &amp; &lt;b&gt;now&lt;/b&gt;" property="og:title">`},
		{"a meta value's text escaped", `<meta property="og:title" content="Fish &amp; chips <3">`, `<meta content="Fish &amp;amp; chips &lt;3" property="og:title">`},
		{"go-app's escapes read back", `<p title="a\nb\\c\u00a0d">`, "<p title=\"a\nb\\c\u00a0d\">"},
		{"the explorer's escaped values kept", `<mark title="Ana &#34;L&#92;&amp;">`, `<mark title="Ana &#34;L&#92;&amp;">`},
		{"an address with no host left out", `<head><meta property="og:url" content="https:///library"><meta content="https://" property="og:image"><meta property="og:url" content="https://x.org/">`, `<head><meta content="https://x.org/" property="og:url">`},
		{"an author with no name left out", `<meta name="author"><meta name="author" content="Ana">`, `<meta content="Ana" name="author">`},
		{"script text kept", `<script id="d" type="application/json">{"a":"<b z=\"1\" a>"}</script><i b a>`, `<script id="d" type="application/json">{"a":"<b z=\"1\" a>"}</script><i a b>`},
		{"self-closing and end tags", `<br/><img src="a" alt="b" /></p><!DOCTYPE html>`, `<br/><img alt="b" src="a"/></p><!DOCTYPE html>`},
		{"a tag that never ends", `<p>ok</p><a href="x`, `<p>ok</p><a href="x`},
		{"text with a lone <", `a < b and 1<2`, `a < b and 1<2`},
	}
	for _, c := range cases {
		if got := string(tidy([]byte(c.in))); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestPageSameEveryRun builds the site twice and checks that every page is
// the same byte for byte, so that its validators, and an export's files,
// change only when the page does.
func TestPageSameEveryRun(t *testing.T) {
	handler(t)
	first, err := New(site.cfg)
	if err != nil {
		t.Fatal(err)
	}
	second, err := New(site.cfg)
	if err != nil {
		t.Fatal(err)
	}
	for path, a := range first.assets {
		b, ok := second.assets[path]
		if !ok || !bytes.Equal(a.body, b.body) {
			t.Errorf("%s differs between two builds of the same site", path)
		}
	}
}

var (
	ogTitleRE = regexp.MustCompile(`<meta content="([^"]*)" property="og:title">`)
	scriptRE  = regexp.MustCompile(`(?s)<script[^>]*>.*?</script>`)
)

// TestTitleInPage serves an article whose title holds a double quote, a
// backslash and markup: the page's head carries the title as it is, and
// nothing of it is read as markup.
func TestTitleInPage(t *testing.T) {
	handler(t)
	const title = `Mayor says "yes" \ <b>now</b> & then &amp; more`
	data, err := os.ReadFile(libraryArticle)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"title": "Porto plans 300 trees"`), []byte(`"title": "Mayor says \"yes\" \\ <b>now</b> & then &amp; more"`), 1)
	a, err := article.Parse("quoted.json", data)
	if err != nil {
		t.Fatalf("the article with the quoted title: %v", err)
	}
	if a.Title != title {
		t.Fatalf("title %q, want %q", a.Title, title)
	}
	cfg := site.cfg
	cfg.Library = []Source{{Article: a, File: data}}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	page := body(t, get(t, s, "GET", "/articles/"+a.ID))
	head := page[:strings.Index(page, "</head>")]
	m := ogTitleRE.FindStringSubmatch(head)
	if m == nil {
		t.Fatalf("no og:title in the page's head:\n%s", head)
	}
	if got := html.UnescapeString(m[1]); !strings.HasPrefix(got, title+" ·") {
		t.Errorf("og:title reads %q, want the title %q first", got, title)
	}
	if strings.Contains(head, "<b>now") {
		t.Errorf("the title's markup is in the head as markup:\n%s", head)
	}
	if outside := scriptRE.ReplaceAllString(page, ""); strings.Contains(outside, `\"`) {
		t.Errorf("the page still has a value quoted with a backslash, outside its scripts' data")
	}
}

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestHomePage checks the page a visitor gets before any JavaScript runs:
// the article's text with its highlights, the article's data for the
// WebAssembly side, and the loader hidden when scripts are off.
func TestHomePage(t *testing.T) {
	h, _ := handler(t)
	a := site.art
	r := get(t, h, "GET", "/")
	page := body(t, r)
	if r.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d, want 200", r.StatusCode)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET / Content-Type = %q, want text/html", ct)
	}

	// The text, read as a reader reads it.
	_, text, ok := strings.Cut(page, `<div class="article-text">`)
	if !ok {
		t.Fatalf("no article text in the page")
	}
	text = html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(text, ""))
	first := a.Paragraphs()[0]
	words := strings.Fields(a.Text[first.Start:first.End])
	if want := strings.Join(words[:min(8, len(words))], " "); !strings.HasPrefix(text, want) {
		t.Errorf("the page's text begins %.80q, want %q", text, want)
	}

	if n, want := strings.Count(page, "<mark "), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("page has %d marks, want %d (mentions and quotes)", n, want)
	}
	if n, want := strings.Count(page, `data-entity-type="`), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("page has %d data-entity-type hooks, want %d", n, want)
	}
	if want := "<title>" + html.EscapeString(a.Title) + " · News Explorer</title>"; !strings.Contains(page, want) {
		t.Errorf("page has no %s", want)
	}
	if want := `<noscript><link href="/web/noscript.css" rel="stylesheet"></noscript>`; !strings.Contains(page, want) {
		t.Errorf("page has no %s", want)
	}

	// The article's data, which the WebAssembly side parses, named by
	// the article's id.
	open := `<script data-article="` + a.ID + `" id="article-data" type="application/json">`
	_, data, ok := strings.Cut(page, open)
	if !ok {
		t.Fatalf("page has no %s", open)
	}
	data, _, ok = strings.Cut(data, "</script>")
	if !ok {
		t.Fatalf("the article's data element is not closed")
	}
	got, err := article.Parse("page", []byte(data))
	if err != nil {
		t.Fatalf("the page's article data does not parse: %v", err)
	}
	gotFile, err := article.Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	wantFile, err := article.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gotFile, wantFile) {
		t.Errorf("the page's article data differs from the article served")
	}
	if urls := fetches(); len(urls) > 0 {
		t.Errorf("rendering the page fetched %v", urls)
	}
}

// TestHomePageShown checks that a shared link with ?show= opens with the
// same highlights before any JavaScript runs: the container hides the
// types that are off and the legend shows which toggles are pressed.
func TestHomePageShown(t *testing.T) {
	h, _ := handler(t)
	types := []string{"person", "organization", "place", "group", "date", "number", "event", "quote"}
	tests := []struct {
		query string
		on    []string
	}{
		{"", types},
		{"?show=quote", []string{"quote"}},
		{"?show=person,quote", []string{"person", "quote"}},
		{"?show=none", nil},
		{"?show=all", types},
	}
	for _, tt := range tests {
		r := get(t, h, "GET", "/"+tt.query)
		page := body(t, r)
		if r.StatusCode != http.StatusOK {
			t.Errorf("GET /%s = %d", tt.query, r.StatusCode)
			continue
		}
		tags := startTags(page)
		on := map[string]bool{}
		for _, typ := range tt.on {
			on[typ] = true
		}

		var container []pageTag
		for _, tg := range tags {
			if tg.name == "div" && tg.attrs["id"] == "article" {
				container = append(container, tg)
			}
		}
		if len(container) != 1 {
			t.Fatalf("GET /%s: %d elements with id=article, want 1", tt.query, len(container))
		}
		classes := map[string]bool{}
		for _, c := range strings.Fields(container[0].attrs["class"]) {
			classes[c] = true
		}
		if !classes["article"] {
			t.Errorf("GET /%s: container class %q lacks \"article\"", tt.query, container[0].attrs["class"])
		}
		for _, typ := range types {
			if classes["hide-"+typ] == on[typ] {
				t.Errorf("GET /%s: container class %q: hide-%s is %v, want %v", tt.query, container[0].attrs["class"], typ, classes["hide-"+typ], !on[typ])
			}
		}

		for _, typ := range types {
			var b []pageTag
			for _, tg := range tags {
				if tg.name == "button" && tg.attrs["data-toggle"] == typ {
					b = append(b, tg)
				}
			}
			if len(b) != 1 {
				t.Errorf("GET /%s: %d toggles for %s, want 1", tt.query, len(b), typ)
				continue
			}
			if got := isPressed(b[0]); got != on[typ] {
				t.Errorf("GET /%s: %s toggle %s, want pressed=%v", tt.query, typ, b[0].src, on[typ])
			}
		}
		for _, bulk := range []struct {
			toggle  string
			pressed bool
		}{
			{"all", len(tt.on) == len(types)},
			{"none", len(tt.on) == 0},
		} {
			for _, tg := range tags {
				if tg.name == "button" && tg.attrs["data-toggle"] == bulk.toggle && isPressed(tg) != bulk.pressed {
					t.Errorf("GET /%s: %s, want pressed=%v", tt.query, tg.src, bulk.pressed)
				}
			}
		}
	}
}

// isPressed reads a toggle's aria-pressed. go-app writes the value "true"
// as a bare attribute, which TestPreRenderedARIAValues reports; here the
// bare attribute counts as pressed.
func isPressed(tg pageTag) bool {
	v, has := tg.attrs["aria-pressed"]
	return has && v != "false"
}

// TestPreRenderedARIAValues checks that the page the server sends gives
// every ARIA state a value. A bare aria-pressed or aria-hidden means ""
// to a browser, which ARIA reads as "undefined": the toggles lose their
// pressed state and the swatches are not hidden until the WebAssembly
// side renders the page again, and never without JavaScript.
func TestPreRenderedARIAValues(t *testing.T) {

	h, _ := handler(t)
	page := body(t, get(t, h, "GET", "/?show=quote"))
	for _, tg := range startTags(page) {
		for name := range tg.attrs {
			if strings.HasPrefix(name, "aria-") && tg.bare[name] {
				t.Errorf("%s has no value", tg.src)
			}
		}
	}
}

// pageTag is a start tag of the page.
type pageTag struct {
	name  string
	attrs map[string]string
	bare  map[string]bool
	src   string
}

var (
	startTagRE = regexp.MustCompile(`<([a-z][a-z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="(?:[^"\\]|\\.)*")?)*)\s*/?>`)
	pageAttrRE = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9-]*)(?:="((?:[^"\\]|\\.)*)")?`)
)

// startTags returns the page's start tags. go-app quotes attribute values
// as Go strings; the raw article text quotes them as HTML, with no
// backslashes, which reads the same.
func startTags(page string) []pageTag {
	var out []pageTag
	for _, m := range startTagRE.FindAllStringSubmatch(page, -1) {
		tg := pageTag{name: m[1], attrs: map[string]string{}, bare: map[string]bool{}, src: m[0]}
		for _, a := range pageAttrRE.FindAllStringSubmatch(m[2], -1) {
			if !strings.Contains(a[0], "=") {
				tg.attrs[a[1]] = ""
				tg.bare[a[1]] = true
				continue
			}
			v, err := strconv.Unquote(`"` + a[2] + `"`)
			if err != nil {
				v = a[2]
			}
			tg.attrs[a[1]] = html.UnescapeString(v)
		}
		out = append(out, tg)
	}
	return out
}

// TestPageData checks that no article text can close the script element
// that carries the article's data into the page.
func TestPageData(t *testing.T) {
	file := `{
  "text": "</script><script>alert(1)</script> <!-- & \u2028 >",
  "id": "x"
}`
	got, err := pageData([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if i := strings.IndexAny(got, "<>&\n\u2028"); i >= 0 {
		t.Errorf("pageData left %q in %s", got[i:i+1], got)
	}
	var back, want map[string]any
	if err := json.Unmarshal([]byte(got), &back); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(file), &want); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(back) != fmt.Sprint(want) {
		t.Errorf("pageData changed the data: got %v, want %v", back, want)
	}
	if _, err := pageData([]byte("{")); err == nil {
		t.Errorf("pageData accepted a broken file")
	}
}

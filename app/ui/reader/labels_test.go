package reader

import (
	"net/url"
	"strings"
	"testing"

	"newsexplorer/app/article"

	"newsexplorer/app/ui/uitest"
)

// TestParseLabels checks how a link's ?labels= parameter chooses the
// labels a phone shows when the page opens, and when the saved choice
// applies instead.
func TestParseLabels(t *testing.T) {
	for _, c := range []struct {
		query   string
		on, set bool
	}{
		{"", false, false},
		{"show=quote", false, false},
		{"labels=all", true, true},
		{"labels=ALL", true, true},
		{"labels=%20all%20", true, true},
		{"labels=", false, true},
		{"labels=some", false, true},
		{"labels=all&labels=none", true, true},
	} {
		q, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		if on, set := parseLabels(q); on != c.on || set != c.set {
			t.Errorf("parseLabels(%q) = %v, %v; want %v, %v", c.query, on, set, c.on, c.set)
		}
	}
}

// TestAddress checks that the address the reading view keeps carries
// both choices, highlights and labels, and changes no other parameter.
func TestAddress(t *testing.T) {
	for _, c := range []struct {
		url    string
		shown  shown
		labels bool
		want   string
	}{
		{"/", allShown, false, "/"},
		{"/", allShown, true, "/?labels=all"},
		{"/?labels=all", allShown, false, "/"},
		{"/?show=quote", set(article.Quote, article.Person), true, "/?labels=all&show=person,quote"},
		{"/?lang=en&labels=all#m3", 0, true, "/?labels=all&lang=en&show=none#m3"},
	} {
		u, err := url.Parse(c.url)
		if err != nil {
			t.Fatal(err)
		}
		r := &view{shown: c.shown, labels: c.labels}
		if got := r.address(*u).String(); got != c.want {
			t.Errorf("address(%q) with %q and labels %v = %q, want %q", c.url, c.shown.Value(), c.labels, got, c.want)
		}
		if u.String() != c.url {
			t.Errorf("address changed its argument to %q", u)
		}
	}
}

// TestSavedLabels checks that the labels choice saved in the browser
// reads back as it was, and that anything else is refused with a reason.
func TestSavedLabels(t *testing.T) {
	for _, on := range []bool{false, true} {
		if got, err := decodeLabels(encodeLabels(on)); err != nil || got != on {
			t.Errorf("decodeLabels(encodeLabels(%v)) = %v, %v", on, got, err)
		}
	}
	for _, c := range []struct{ raw, want string }{
		{`not json`, "not the JSON this version writes"},
		{`{"format":"news-explorer-labels/2","all":true}`, `format "news-explorer-labels/2"`},
		{`{"format":"news-explorer-labels/1"}`, `no "all"`},
		{`{"format":"news-explorer-labels/1","all":"yes"}`, "not the JSON this version writes"},
		{`{"format":"news-explorer-labels/1","all":true,"more":1}`, `unknown field "more"`},
	} {
		if _, err := decodeLabels(c.raw); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("decodeLabels(%q) error = %v, want one containing %q", c.raw, err, c.want)
		}
	}
}

// TestServerLabels checks that the server's page shows every label when
// the address asks for them, before or without JavaScript.
func TestServerLabels(t *testing.T) {
	for _, on := range []bool{false, true} {
		html := uitest.Render(t, &articleText{HTML: `<div class="article-text"></div>`, AllLabels: on})
		if got := strings.Contains(html, allLabelsClass); got != on {
			t.Errorf("with AllLabels %v, the server's article has the class %s: %v", on, allLabelsClass, got)
		}
	}
}

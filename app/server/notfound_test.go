package server

import (
	"net/http"
	"strings"
	"testing"
)

// TestNotFound asks for addresses that name no page: each is answered 404
// with a page that says so, shows the address escaped, and links to the
// library and the default article, while every page, with a query or a
// slash at its end, is still answered.
func TestNotFound(t *testing.T) {
	h, _ := handler(t)
	for _, path := range []string{"/articles/nope", "/nope/", "/articles/%3Cb%3Ehi%3C%2Fb%3E", "/classroom/teacher/extra"} {
		r := get(t, h, "GET", path)
		page := body(t, r)
		if r.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", path, r.StatusCode)
		}
		if ct := r.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q, want an HTML page", path, ct)
		}
		for _, want := range []string{"<h1>Page not found</h1>", `<a href="/library">`, `<a href="/">`} {
			if !strings.Contains(page, want) {
				t.Errorf("GET %s: the page lacks %s", path, want)
			}
		}
		if strings.Contains(page, "<b>") {
			t.Errorf("GET %s: the address reached the page as markup", path)
		}
		if got := r.Header.Get("Content-Security-Policy"); got == "" {
			t.Errorf("GET %s: no Content-Security-Policy", path)
		}
	}
	if page := body(t, get(t, h, "GET", "/articles/%3Cb%3Ehi%3C%2Fb%3E")); !strings.Contains(page, "/articles/&lt;b&gt;hi&lt;/b&gt;") {
		t.Errorf("the page does not show the address asked for, escaped:\n%s", page)
	}
	if r := get(t, h, "HEAD", "/articles/nope"); r.StatusCode != http.StatusNotFound || body(t, r) != "" {
		t.Errorf("HEAD /articles/nope = %d with a body; want 404 and none", r.StatusCode)
	}
	for _, path := range []string{"/?show=quote", "/library/", "/classroom?x=1"} {
		if r := get(t, h, "GET", path); r.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", path, r.StatusCode)
		}
	}
}

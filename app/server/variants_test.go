package server

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

// TestVariants asks for pages with a query, as a teacher's link does:
// each is sent compressed, with a validator, the same variant whatever
// the order or case of the types named, and a query that asks for no
// other highlights is the page itself.
func TestVariants(t *testing.T) {
	h, _ := handler(t)
	fetch := func(target, enc string) (*http.Response, string) {
		t.Helper()
		r, b := serveEncoded(t, h, target, enc)
		return r, string(b)
	}
	plain, _ := fetch("/", "br")
	r, b := fetch("/?show=quote,person", "br")
	if r.StatusCode != 200 || r.Header.Get("Content-Encoding") != "br" || r.Header.Get("ETag") == "" {
		t.Fatalf("GET /?show=quote,person: %d, Content-Encoding %q, ETag %q; want 200, br and a tag", r.StatusCode, r.Header.Get("Content-Encoding"), r.Header.Get("ETag"))
	}
	page := string(decode(t, "br", []byte(b)))
	_, identity := fetch("/?show=quote,person", "identity")
	if page != identity {
		t.Error("the variant's brotli form decodes to other bytes than its plain form")
	}
	if !strings.Contains(page, "hide-organization") || strings.Contains(page, "hide-person") {
		t.Error("the variant does not hide exactly the types the query leaves out")
	}
	if r.Header.Get("ETag") == plain.Header.Get("ETag") {
		t.Error("the variant has the page's own tag")
	}
	same, _ := fetch("/?show=PERSON,%20quote,bogus", "br")
	if same.Header.Get("ETag") != r.Header.Get("ETag") {
		t.Errorf("?show=PERSON, quote,bogus is tagged %s, want the same variant as ?show=quote,person (%s)", same.Header.Get("ETag"), r.Header.Get("ETag"))
	}
	other, _ := fetch("/?from=newsletter", "br")
	if other.Header.Get("ETag") != plain.Header.Get("ETag") || other.Header.Get("Content-Encoding") != "br" {
		t.Errorf("a query that asks for no highlights: tag %s, %q; want the page itself (%s, br)", other.Header.Get("ETag"), other.Header.Get("Content-Encoding"), plain.Header.Get("ETag"))
	}
}

// TestVariantBudget keeps variants within a budget, letting the oldest go.
func TestVariantBudget(t *testing.T) {
	v := variants{budget: 25}
	for _, k := range []string{"a", "b", "c"} {
		v.keep(k, &asset{body: bytes.Repeat([]byte("x"), 10)})
	}
	if got, want := strings.Join(v.order, ","), "b,c"; got != want || len(v.pages) != 2 || v.bytes != 20 {
		t.Errorf("kept %s (%d pages, %d bytes), want %s within 25 bytes", got, len(v.pages), v.bytes, want)
	}
}

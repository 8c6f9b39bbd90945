package server

import (
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/ui"
)

// TestPrintStyleSheet checks that every page links the print style sheet
// for print media only, that it is served as CSS, and that the service
// worker stores it, so that a worksheet prints the same offline.
func TestPrintStyleSheet(t *testing.T) {
	h, web := handler(t)
	s := h.(*Site)
	if !slices.Contains(s.Precache, PrintCSS) {
		t.Errorf("%s is not precached: %v", PrintCSS, s.Precache)
	}
	r := get(t, h, "GET", PrintCSS)
	if r.StatusCode != 200 {
		t.Fatalf("GET %s = %d, want 200", PrintCSS, r.StatusCode)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("GET %s Content-Type = %q, want text/css", PrintCSS, ct)
	}
	if got, want := body(t, r), string(web["print.css"].Data); got != want {
		t.Errorf("GET %s = %q, want %q", PrintCSS, got, want)
	}
	for _, p := range ui.Paths(site.cat) {
		var links []pageTag
		for _, tg := range startTags(body(t, get(t, h, "GET", p))) {
			if tg.name == "link" && tg.attrs["href"] == PrintCSS {
				links = append(links, tg)
			}
		}
		if len(links) != 1 {
			t.Errorf("page %s links %s %d times, want once", p, PrintCSS, len(links))
			continue
		}
		if l := links[0]; l.attrs["rel"] != "stylesheet" || l.attrs["media"] != "print" {
			t.Errorf("page %s: %s, want rel=stylesheet media=print", p, l.src)
		}
	}
}

// TestTeacherPage checks that the teacher's view is pre-rendered with its
// answer key, so that it reads before the app runs and offline.
func TestTeacherPage(t *testing.T) {
	h, _ := handler(t)
	r := get(t, h, "GET", ui.TeacherPath)
	if r.StatusCode != 200 {
		t.Fatalf("GET %s = %d, want 200", ui.TeacherPath, r.StatusCode)
	}
	page := body(t, r)
	for _, want := range []string{"Teacher's view", `id="answer-key"`, `id="worksheet"`, `data-exercise="who-said-it/q1"`, `type="file"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the teacher's page has no %s", want)
		}
	}
}

package server

import (
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/ui"
)

// TestWasmContentLength checks that app.js is told the wasm's own length,
// which the loader's progress counts against: the bytes it reads are the
// decoded ones, not the fewer that a compressed answer sends.
func TestWasmContentLength(t *testing.T) {
	h, web := handler(t)
	js := body(t, get(t, h, "GET", "/app.js"))
	want := `const goappWasmContentLength = "` + strconv.Itoa(len(web["app.wasm"].Data)) + `"`
	if !strings.Contains(js, want) {
		t.Errorf("app.js does not contain %s", want)
	}
}

// TestPrecacheComplete checks that the service worker stores every route
// and every local file each page uses, and that the site holds each of
// them, so that "ready for offline use" means every page works offline.
func TestPrecacheComplete(t *testing.T) {
	h, _ := handler(t)
	s := h.(*Site)
	in := map[string]bool{}
	for _, u := range s.Precache {
		in[u] = true
		if r := get(t, h, "GET", u); r.StatusCode != 200 {
			t.Errorf("precached %s = %d, want 200", u, r.StatusCode)
		}
	}
	for _, p := range ui.Paths(site.cat) {
		if !in[p] {
			t.Errorf("route %s is not precached (%v)", p, s.Precache)
		}
		for _, tg := range startTags(body(t, get(t, h, "GET", p))) {
			for _, attr := range []string{"src", "href"} {
				v := tg.attrs[attr]
				if strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//") && !in[v] {
					t.Errorf("page %s uses %s in %s, which is not precached", p, v, tg.src)
				}
			}
		}
	}
	if len(s.Notes) > 0 {
		t.Errorf("a complete web folder gave notes: %v", s.Notes)
	}
}

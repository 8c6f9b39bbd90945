package server

import (
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/ui"
)

// TestPageNamesItsProgram checks that every page names, once, the program
// that runs it, with that program's own length for the loading progress:
// the authoring pages the authors' program, every other page the
// reader's.
func TestPageNamesItsProgram(t *testing.T) {
	h, web := handler(t)
	for _, p := range ui.Paths(site.cat) {
		want := ui.WasmFor(site.cat, p)
		var links []pageTag
		for _, tg := range startTags(body(t, get(t, h, "GET", p))) {
			if tg.name == "link" && tg.attrs["id"] == wasmLinkID {
				links = append(links, tg)
			}
		}
		if len(links) != 1 {
			t.Errorf("%s: %d links naming its program, want 1", p, len(links))
			continue
		}
		l := links[0]
		if got := l.attrs["href"]; got != want {
			t.Errorf("%s: program %s, want %s", p, got, want)
		}
		if got, want := l.attrs["data-length"], strconv.Itoa(len(web[strings.TrimPrefix(want, "/web/")].Data)); got != want {
			t.Errorf("%s: program length %s, want %s", p, got, want)
		}
		if l.attrs["rel"] != "preload" || l.attrs["as"] != "fetch" || l.attrs["crossorigin"] != "anonymous" {
			t.Errorf("%s: the program's link %s does not preload it as app.js fetches it", p, l.src)
		}
	}
	for p, want := range map[string]string{"/edit": ui.AuthorWasm, "/classroom/teacher": ui.AuthorWasm, "/": ui.ReaderWasm, "/classroom": ui.AuthorWasm, "/library": ui.ReaderWasm} {
		if got := ui.WasmFor(site.cat, p); got != want {
			t.Errorf("WasmFor(%s) = %s, want %s", p, got, want)
		}
	}
}

// TestLoaderPatched checks that the app.js served loads the program the
// page names and registers the service worker only once the program has
// started.
func TestLoaderPatched(t *testing.T) {
	h, _ := handler(t)
	js := body(t, get(t, h, "GET", "/app.js"))
	for _, want := range []string{
		`fetchWithProgress(pageWasm().href, showProgress)`,
		`getElementById("` + wasmLinkID + `")`,
		`goappInitWebAssembly().finally(goappInitServiceWorker);`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js does not contain %s", want)
		}
	}
	if strings.Contains(js, "\ngoappInitServiceWorker();") {
		t.Error("app.js still registers the service worker before the program loads")
	}
}

// TestPatchLoaderRefuses checks that a loader the patches do not fit is
// refused with what could not be done, rather than served half changed.
func TestPatchLoaderRefuses(t *testing.T) {
	h, _ := handler(t)
	original := body(t, get(t, h.(*Site).pages, "GET", "/app.js"))
	for _, p := range loaderPatches {
		t.Run(p.why, func(t *testing.T) {
			_, err := patchLoader([]byte(strings.Replace(original, p.old, "", 1)))
			if err == nil || !strings.Contains(err.Error(), p.why) {
				t.Errorf("patchLoader without %q: error %v, want one saying it cannot %s", p.old, err, p.why)
			}
		})
	}
	if _, err := patchLoader([]byte(original)); err != nil {
		t.Errorf("patchLoader(go-app's app.js): %v", err)
	}
}

// TestMissingProgramNoted checks that a web folder without the authors'
// program is served with one note that names it and the pages it runs.
func TestMissingProgramNoted(t *testing.T) {
	handler(t)
	cfg := site.cfg
	web := webFiles()
	delete(web, "author.wasm")
	cfg.Web = web
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, n := range s.Notes {
		if strings.Contains(n, ".wasm") {
			notes = append(notes, n)
		}
	}
	if len(notes) != 1 {
		t.Fatalf("notes about programs: %q, want one", notes)
	}
	for _, want := range []string{ui.AuthorWasm + " is missing", ui.ClassroomPath + ",", ui.EditorPath, ui.TeacherPath, "make build"} {
		if !strings.Contains(notes[0], want) {
			t.Errorf("note %q does not say %q", notes[0], want)
		}
	}
	if strings.Contains(notes[0], ui.LibraryPath) {
		t.Errorf("note %q names a page the reading program runs", notes[0])
	}
}

//go:build !js

package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
)

// editorFile is the article file the editor tests open.
var editorFile = filepath.Join(root, "app", "exercise", "testdata", "articles", "porto.json")

// openInEditor opens the editor and the article file at path in it.
func openInEditor(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	open(t, ctx, site, "/edit")
	step(t, ctx, "choosing the article file", chromedp.SetUploadFiles(chromedp.CSS("#article-file"), []string{path}))
}

// mark is a CSS selector for the highlight of an entity in the editor.
func mark(entity string) string {
	return fmt.Sprintf(`#editor-article mark[data-entity=%q]`, entity)
}

// setField puts value in the text field with the given id, as pasting
// does, with an input event.
func setField(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.getElementById(%q); el.value = %q; el.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`, id, value))
}

// setSelect chooses a value in a select element as a reader does, with a
// change event.
func setSelect(t *testing.T, ctx context.Context, sel, value string) {
	t.Helper()
	if !eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const s = document.querySelector(%q); if (!s) return false;
		s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); return s.value === %q;
	})()`, sel, value, value)) {
		t.Fatalf("could not choose %q in %s", value, sel)
	}
}

// editorState is what the page shows of the article being corrected.
type editorState struct {
	Marks    int
	Facebook string // the type of the mark for Facebook
	Council  int    // marks for the City Council
	Trees    string // the type of the mark over "300 trees", or ""
	Speaker  string // who said "a pre-election stunt"
}

const editorStateJS = `(() => {
	const q = s => document.querySelector(s);
	const trees = Array.from(document.querySelectorAll("#editor-article mark[data-mention]")).find(m => m.textContent === "300 trees");
	const stunt = Array.from(document.querySelectorAll("#editor-article mark[data-speaker]")).find(m => m.textContent === "a pre-election stunt");
	return {
		Marks: document.querySelectorAll("#editor-article mark").length,
		Facebook: (q('#editor-article mark[data-entity="facebook"]') || {dataset: {}}).dataset.entityType || "",
		Council: document.querySelectorAll('#editor-article mark[data-entity="council"]').length,
		Trees: trees ? trees.dataset.entityType : "",
		Speaker: stunt ? stunt.dataset.speaker : "",
	};
})()`

// TestEditorCorrects opens an article file, corrects it in the four ways
// a teacher can (a type, a removal, a mention added by selecting words, a
// quote's speaker), reloads, and downloads the file: the corrections are
// kept in the browser and the file is one the library reads.
func TestEditorCorrects(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	checkAccessibilityAt := func(state string) { checkAccessibility(t, ctx, state) }
	open(t, ctx, site, "/edit")
	checkAccessibilityAt("editor, empty")
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]') && document.querySelectorAll("#editor-article mark").length === 11`)

	// A type, chosen by keyboard: Enter on the highlight, then the type.
	step(t, ctx, "focusing Facebook", chromedp.Focus(chromedp.CSS(mark("facebook"))))
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its panel, focused", `document.activeElement && document.activeElement.id === "editor-selected-title"`)
	checkAccessibilityAt("editor, a mention selected")
	// Escape closes the panel, with the focus back on the highlight.
	step(t, ctx, "Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the panel closed, the focus on Facebook", `!document.querySelector("#editor-selected [data-set-type]") &&
		document.activeElement.dataset.entity === "facebook" && !document.querySelector("#editor-article mark[aria-current]")`)
	step(t, ctx, "Enter on it again", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its panel, focused", `document.activeElement && document.activeElement.id === "editor-selected-title"`)
	step(t, ctx, "making it a place", chromedp.Click(chromedp.CSS(`[data-set-type="place"]`)))
	waitFor(t, ctx, "the new type", `document.querySelector('#editor-article mark[data-entity="facebook"]').dataset.entityType === "place"`)
	if pressed := eval[string](t, ctx, `document.querySelector('[data-set-type="place"]').getAttribute("aria-pressed")`); pressed != "true" {
		t.Errorf("the place button is aria-pressed=%q after choosing it", pressed)
	}
	// The text shows which highlight the panel speaks of, after the change
	// too, which rebuilds the text.
	waitFor(t, ctx, "Facebook marked as the one being corrected", `document.querySelector('#editor-article mark[data-entity="facebook"]').getAttribute("aria-current") === "true" &&
		document.querySelectorAll("#editor-article mark[aria-current]").length === 1`)

	// A removal.
	step(t, ctx, "selecting the City Council", chromedp.Click(chromedp.CSS(mark("council"))))
	waitFor(t, ctx, "its panel", `document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-entity="council"]').id`)
	step(t, ctx, "removing it", chromedp.Click(chromedp.CSS(`#editor-selected [data-edit="remove"]`)))
	waitFor(t, ctx, "the highlight to go", `document.querySelectorAll('#editor-article mark[data-entity="council"]').length === 0`)

	// A mention added over words selected in the text.
	selectTextIn(t, ctx, "editor-article", "300 trees", 0)
	setSelect(t, ctx, "#add-type", "number")
	step(t, ctx, "adding it", chromedp.Click(chromedp.CSS(`[data-edit="add"]`)))
	waitFor(t, ctx, "the new highlight", `Array.from(document.querySelectorAll("#editor-article mark")).some(m => m.textContent === "300 trees" && m.dataset.entityType === "number")`)

	// A quote's speaker.
	step(t, ctx, "selecting the opposition's quote", chromedp.Click(chromedp.CSS(`#editor-article mark[data-speaker="opposition"]`)))
	waitFor(t, ctx, "the quote's panel", `!!document.querySelector("#quote-speaker") && document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-speaker="opposition"]').id`)
	setSelect(t, ctx, "#quote-speaker", "lima")
	waitFor(t, ctx, "the new speaker", `Array.from(document.querySelectorAll("#editor-article mark[data-speaker]")).some(m => m.textContent === "a pre-election stunt" && m.dataset.speaker === "lima")`)

	want := editorState{Marks: 11, Facebook: "place", Council: 0, Trees: "number", Speaker: "lima"}
	if got := eval[editorState](t, ctx, editorStateJS); got != want {
		t.Errorf("after the corrections the page shows %+v, want %+v", got, want)
	}

	// Kept across a reload.
	open(t, ctx, site, "/edit")
	waitFor(t, ctx, "the kept article", `!!document.querySelector('[data-draft="porto"]')`)
	if got := eval[editorState](t, ctx, editorStateJS); got != want {
		t.Errorf("after a reload the page shows %+v, want %+v", got, want)
	}

	// Downloaded as a file the library reads, with the corrections.
	dir := t.TempDir()
	allow(t, ctx, dir)
	step(t, ctx, "downloading", chromedp.Click(chromedp.CSS(`[data-download="article"]`)))
	data := waitForFile(t, filepath.Join(dir, "porto.json"))
	a, err := article.Parse("porto.json", data)
	if err != nil {
		t.Fatalf("the downloaded file does not read as an article: %v", err)
	}
	if got := a.TypeOf("facebook"); got != article.Place {
		t.Errorf("downloaded: Facebook is %q, want place", got)
	}
	if n := len(a.MentionsOf("council")); n != 0 {
		t.Errorf("downloaded: the City Council still has %d mentions", n)
	}
	var trees, speaker string
	for _, m := range a.Mentions {
		if a.Text[m.Start:m.End] == "300 trees" {
			trees = string(a.TypeOf(m.Entity))
		}
	}
	for _, q := range a.Quotes {
		if a.Text[q.Start:q.End] == "a pre-election stunt" {
			speaker = q.Speaker
		}
	}
	if trees != "number" || speaker != "lima" {
		t.Errorf("downloaded: 300 trees is %q and the stunt quote is by %q; want number and lima", trees, speaker)
	}
	// The validate command, which checks files before they go in a
	// library, accepts it as it is.
	validate := exec.Command(filepath.Join(root, "bin", "newsexplorer"), "validate", filepath.Join(dir, "porto.json"))
	if out, err := validate.CombinedOutput(); err != nil {
		t.Errorf("newsexplorer validate refuses the downloaded file: %v\n%s", err, out)
	}
	// The browser keeps the same article, written compact.
	kept, err := article.Parse("kept", []byte(eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft")`)))
	if err != nil {
		t.Fatalf("the article kept in the browser does not read: %v", err)
	}
	if !reflect.DeepEqual(kept, a) {
		t.Errorf("the downloaded file differs from the article kept in the browser")
	}

	// Closing asks first.
	step(t, ctx, "asking to close", chromedp.Click(chromedp.CSS(`#close-article`)))
	waitFor(t, ctx, "the question", `document.activeElement && document.activeElement.id === "keep-article"`)
	checkAccessibilityAt("editor, closing asks")
	if got := eval[string](t, ctx, `(q => q ? q.getAttribute("role") + ": " + document.getElementById(q.getAttribute("aria-labelledby")).textContent + " " + document.getElementById(q.getAttribute("aria-describedby")).textContent : "")(document.querySelector("#close-question"))`); got != "alertdialog: Close this article? The changes you have not downloaded are lost." {
		t.Errorf("the close question reads to screen readers as %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#close-article").getAttribute("aria-expanded")`); got != "true" {
		t.Errorf("Close this article… is aria-expanded=%q while it asks", got)
	}
	// Tab goes round the question's buttons rather than out of it.
	step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
	waitFor(t, ctx, "the focus on Close it, within the question", `document.activeElement.id === "close-confirm"`)
	step(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
	waitFor(t, ctx, "the focus on Keep it open", `document.activeElement.id === "keep-article"`)
	step(t, ctx, "keeping it with Escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the article still open", `!!document.querySelector('[data-draft="porto"]') && !document.querySelector('[data-confirm]')`)
	// The focus goes back to the button that asked, not to nothing.
	waitFor(t, ctx, "the focus back on Close this article", `document.activeElement.id === "close-article"`)
	step(t, ctx, "asking again", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the question again", `document.activeElement.id === "keep-article"`)
	step(t, ctx, "Shift+Tab to Close it", chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
	step(t, ctx, "closing it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the article closed", `!document.querySelector('[data-draft]')`)
	waitFor(t, ctx, "the focus on the file field", `document.activeElement.id === "article-file"`)
	checkCSP(t, ctx, "editor")
}

// TestEditorKeyboardAdd adds a mention with the keyboard alone: Tab to
// the text, select words with Shift and the arrows, then the type and Add.
func TestEditorKeyboardAdd(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]')`)
	step(t, ctx, "focusing the text", chromedp.Focus(chromedp.CSS("#editor-article")))
	// From the start of the text: the first word, then two more.
	for _, k := range []string{kb.ArrowRight, kb.ArrowLeft} {
		step(t, ctx, "arrow", chromedp.KeyEvent(k))
	}
	for i := 0; i < 2; i++ {
		step(t, ctx, "Shift+arrow", chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
	}
	sel := eval[string](t, ctx, `getSelection().toString()`)
	if sel == "" {
		t.Fatal("the keyboard selected nothing in the text")
	}
	step(t, ctx, "Tab to the type", chromedp.Focus(chromedp.CSS("#add-type")))
	setSelect(t, ctx, "#add-type", "event")
	step(t, ctx, "Tab to Add", chromedp.Focus(chromedp.CSS(`[data-edit="add"]`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "a mention over the selection, or a problem", `!!document.querySelector("[data-editor-problem]") || document.querySelector("[data-editor-status]").textContent.startsWith("Added")`)
	if p := eval[string](t, ctx, `(document.querySelector("[data-editor-problem]") || {}).textContent || ""`); p != "" {
		t.Fatalf("the editor refused %q: %s", sel, p)
	}
	if !eval[bool](t, ctx, fmt.Sprintf(`Array.from(document.querySelectorAll("#editor-article mark")).some(m => m.textContent === %q && m.dataset.entityType === "event")`, strings.TrimSpace(sel))) {
		t.Errorf("no event highlight over %q", sel)
	}
}

// TestEditorBadInput opens a file that is not an article, and a browser
// whose kept article cannot be read: each is reported, nothing is lost.
func TestEditorBadInput(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	bad := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(bad, []byte(`{"format": "news-explorer-article/1", "id": "x", "title": "X", "text": "Hello.", "mentions": [{"entity": "nobody", "exact": "Hello"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	openInEditor(t, ctx, bad)
	waitFor(t, ctx, "the file's problems", `!!document.querySelector('[data-file-error="article"]')`)
	text := eval[string](t, ctx, `document.querySelector('[data-file-error="article"]').textContent`)
	for _, want := range []string{"broken.json", "nobody"} {
		if !strings.Contains(text, want) {
			t.Errorf("the file's problems do not mention %q: %s", want, text)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("[data-draft]").length`); n != 0 {
		t.Errorf("a broken file was opened")
	}

	const corrupt = `{"format": "news-explorer-article/1", "id": "x"`
	eval[bool](t, ctx, fmt.Sprintf(`localStorage.setItem("newsexplorer/draft", %q), true`, corrupt))
	open(t, ctx, site, "/edit")
	waitFor(t, ctx, "the notice", `!!document.querySelector('[data-saved-notice="draft"]')`)
	if got := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft.unreadable")`); got != corrupt {
		t.Errorf("the unreadable article was not kept aside: %q", got)
	}
	checkAccessibility(t, ctx, "editor, unreadable kept article")
}

// TestEditorPhone checks the editor on a 360-pixel phone.
func TestEditorPhone(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]')`)
	step(t, ctx, "selecting a highlight", chromedp.Click(chromedp.CSS(mark("porto"))))
	waitFor(t, ctx, "its panel", `!!document.querySelector("#editor-selected")`)
	// The panel is below the whole text on a phone: it comes into view
	// with the focus.
	waitFor(t, ctx, "the panel's title focused", `document.activeElement.id === "editor-selected-title"`)
	waitScrollStill(t, ctx)
	if !eval[bool](t, ctx, `(() => { const r = document.getElementById("editor-selected-title").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`) {
		t.Error("the correction panel opened out of view")
	}
	// Its choices too, not its heading alone at the screen's edge.
	if !eval[bool](t, ctx, `(() => { const r = document.querySelector('#editor-selected [data-set-type]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`) {
		t.Error("the correction panel opened with its type choices out of view")
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("the editor is %dpx wide at a 360px viewport", w)
	}
	checkAccessibility(t, ctx, "editor, phone")
}

// TestEditorAnnotatesPastedText pastes an article, with a line that looks
// like HTML, and has it annotated in the page: people and quotes with
// their speakers are found, and the pasted text stays text.
func TestEditorAnnotatesPastedText(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	open(t, ctx, site, "/edit")
	const text = "Mayor Ana Lima said on Monday that Porto will plant 300 trees.\n" +
		"\"We will start in May,\" Lima told reporters in Porto.\n" +
		"<img src=x onerror=\"window.pasted = 1\"> is what a reader pasted by mistake."
	step(t, ctx, "typing the title", chromedp.SendKeys(chromedp.CSS("#paste-title"), "Porto plants trees"))
	setField(t, ctx, "paste-text", text)
	step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the annotated article", `!!document.querySelector("[data-draft]") && document.querySelectorAll("#editor-article mark").length > 0`)

	if got := eval[string](t, ctx, `document.getElementById("editor-title").textContent`); got != "Porto plants trees" {
		t.Errorf("title %q, want the one typed", got)
	}
	people := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#editor-article mark[data-entity-type="person"]'), m => m.textContent)`)
	if len(people) == 0 || people[0] != "Ana Lima" {
		t.Errorf("people found %q, want Ana Lima first", people)
	}
	speaker := eval[string](t, ctx, `(document.querySelector("#editor-article mark[data-speaker]") || {dataset: {}}).dataset.speaker || ""`)
	if lima := eval[string](t, ctx, `(document.querySelector('#editor-article mark[data-entity-type="person"]') || {dataset: {}}).dataset.entity || ""`); speaker == "" || speaker != lima {
		t.Errorf("the quote's speaker is %q, want Ana Lima's entity %q", speaker, lima)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#editor-article img").length`); n != 0 {
		t.Errorf("the pasted text made %d img elements", n)
	}
	if eval[bool](t, ctx, `window.pasted === 1`) {
		t.Errorf("the pasted text ran as HTML")
	}
	if !eval[bool](t, ctx, `document.getElementById("editor-article").textContent.includes('<img src=x onerror="window.pasted = 1">')`) {
		t.Errorf("the pasted HTML-like line is not shown as text")
	}
	// What is kept in the browser is an article file the library reads.
	waitFor(t, ctx, "the article kept", `document.querySelector("[data-editor-status]").textContent.startsWith("Annotated:")`)
	kept := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft") || ""`)
	if _, err := article.Parse("kept.json", []byte(kept)); err != nil {
		t.Errorf("the kept article does not read: %v", err)
	}
	checkAccessibility(t, ctx, "editor, pasted and annotated")
	checkCSP(t, ctx, "annotating")
}

// TestEditorOpenFormats downloads an article's highlights as W3C Web
// Annotations and its claims as schema.org ClaimReview, then imports the
// annotations back after a highlight was removed: it returns.
func TestEditorOpenFormats(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]')`)
	dir := t.TempDir()
	allow(t, ctx, dir)

	step(t, ctx, "downloading W3C annotations", chromedp.Click(chromedp.CSS(`[data-download="w3c"]`)))
	w3c := waitForFile(t, filepath.Join(dir, "porto.annotations.jsonld"))
	if !strings.Contains(string(w3c), `"http://www.w3.org/ns/anno.jsonld"`) || !strings.Contains(string(w3c), "TextPositionSelector") {
		t.Errorf("the W3C download is not Web Annotation JSON-LD:\n%.300s", w3c)
	}
	step(t, ctx, "downloading schema.org claims", chromedp.Click(chromedp.CSS(`[data-download="schema"]`)))
	schema := waitForFile(t, filepath.Join(dir, "porto.claims.jsonld"))
	if !strings.Contains(string(schema), `"ClaimReview"`) || strings.Contains(string(schema), "ratingValue") {
		t.Errorf("the schema.org download is not a ClaimReview without a made-up rating:\n%.300s", schema)
	}

	before := eval[int](t, ctx, `document.querySelectorAll("#editor-article mark").length`)
	click(t, ctx, "selecting Facebook", mark("facebook"))
	waitFor(t, ctx, "its panel", `!!document.querySelector("#editor-selected") && document.querySelector("#editor-selected").dataset.selected === document.querySelector('#editor-article mark[data-entity="facebook"]').id`)
	step(t, ctx, "removing it", chromedp.Click(chromedp.CSS(`#editor-selected [data-edit="remove"]`)))
	waitFor(t, ctx, "one highlight fewer", fmt.Sprintf(`document.querySelectorAll("#editor-article mark").length === %d`, before-1))

	step(t, ctx, "importing the annotations", chromedp.SetUploadFiles(chromedp.CSS("#w3c-file"), []string{filepath.Join(dir, "porto.annotations.jsonld")}))
	waitFor(t, ctx, "the highlight back", fmt.Sprintf(`document.querySelectorAll("#editor-article mark").length === %d && !!document.querySelector('#editor-article mark[data-entity="facebook"]')`, before))
	// An import can be undone and redone like a correction.
	step(t, ctx, "undoing the import", chromedp.Click(chromedp.CSS("#editor-undo")))
	waitFor(t, ctx, "the import undone", fmt.Sprintf(`document.querySelectorAll("#editor-article mark").length === %d && document.querySelector("[data-editor-status]").textContent === "Undone: Imported the annotations of porto.annotations.jsonld."`, before-1))
	step(t, ctx, "redoing it", chromedp.Click(chromedp.CSS("#editor-redo")))
	waitFor(t, ctx, "the import redone", fmt.Sprintf(`document.querySelectorAll("#editor-article mark").length === %d && !!document.querySelector('#editor-article mark[data-entity="facebook"]')`, before))

	// The claims come back from schema.org ClaimReview.
	step(t, ctx, "importing the claims", chromedp.SetUploadFiles(chromedp.CSS("#w3c-file"), []string{filepath.Join(dir, "porto.claims.jsonld")}))
	waitFor(t, ctx, "the claims imported", `document.querySelector("[data-editor-status]").textContent.startsWith("Imported the annotations of porto.claims.jsonld")`)
	kept := eval[string](t, ctx, `localStorage.getItem("newsexplorer/draft") || ""`)
	b, err := article.Parse("kept.json", []byte(kept))
	if err != nil {
		t.Fatalf("after importing the claims the kept article does not read: %v", err)
	}
	orig, err := os.ReadFile(editorFile)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("porto.json", orig)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Claims, b.Claims) {
		t.Errorf("the claims imported from schema.org differ from the article's:\n got %+v\nwant %+v", b.Claims, a.Claims)
	}

	// A file that is not Web Annotation JSON-LD is refused, with its name.
	bad := filepath.Join(t.TempDir(), "notes.jsonld")
	if err := os.WriteFile(bad, []byte(`{"@context": "https://schema.org", "type": "Thing"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	step(t, ctx, "importing a wrong file", chromedp.SetUploadFiles(chromedp.CSS("#w3c-file"), []string{bad}))
	waitFor(t, ctx, "the problem", `!!document.querySelector("[data-editor-problem]")`)
	if p := eval[string](t, ctx, `document.querySelector("[data-editor-problem]").textContent`); !strings.Contains(p, "notes.jsonld") {
		t.Errorf("the problem does not name the file: %q", p)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#editor-article mark").length`); n != before {
		t.Errorf("a refused import changed the article: %d highlights, want %d", n, before)
	}
}

// TestEditorKeyboardNewArticle selects words by keyboard in one article,
// then annotates a pasted one in its place and selects there: the words
// are the new text's (the old ones once crashed the app), Enter on the
// text goes on to the choice of type, and the punctuation taken in word
// by word stays out of the new highlight. The pasted text stays in its
// field, so a second Annotate works.
func TestEditorKeyboardNewArticle(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]')`)
	step(t, ctx, "focusing the text", chromedp.Focus(chromedp.CSS("#editor-article")))
	for i := 0; i < 40; i++ {
		step(t, ctx, "arrow", chromedp.KeyEvent(kb.ArrowRight))
	}
	step(t, ctx, "typing the title", chromedp.SendKeys(chromedp.CSS("#paste-title"), "A parade"))
	setField(t, ctx, "paste-text", "We saw the parade, then left.")
	step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the pasted article", `document.getElementById("editor-title").textContent === "A parade" && document.querySelector("[data-editor-status]").textContent.startsWith("Annotated:")`)

	step(t, ctx, "focusing the new text", chromedp.Focus(chromedp.CSS("#editor-article")))
	for i := 0; i < 4; i++ {
		step(t, ctx, "arrow", chromedp.KeyEvent(kb.ArrowRight))
	}
	waitFor(t, ctx, "the fourth word selected", `getSelection().toString() === "parade,"`)
	// The status is drawn in the app's next frame.
	waitFor(t, ctx, "the selection read out from the new text", `document.querySelector(".selection-status").textContent === "Selected: “parade,”"`)
	step(t, ctx, "Enter on the text", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the focus on the type", `document.activeElement.id === "add-type"`)
	setSelect(t, ctx, "#add-type", "event")
	step(t, ctx, "adding it", chromedp.Click(chromedp.CSS(`[data-edit="add"]`)))
	waitFor(t, ctx, "the new highlight, or a problem", `!!document.querySelector("[data-editor-problem]") || !!document.querySelector('#editor-article mark[data-entity-type="event"]')`)
	if got := eval[string](t, ctx, `(document.querySelector('#editor-article mark[data-entity-type="event"]') || {}).textContent || ""`); got != "parade" {
		t.Errorf("the event highlight holds %q, want parade without its comma (problem: %q)", got, eval[string](t, ctx, `(document.querySelector("[data-editor-problem]") || {}).textContent || ""`))
	}
	// Selected by keyboard, then the mouse starts another selection: the
	// status no longer speaks of the words the keyboard selected.
	step(t, ctx, "focusing the text again", chromedp.Focus(chromedp.CSS("#editor-article")))
	step(t, ctx, "arrow", chromedp.KeyEvent(kb.ArrowRight))
	waitFor(t, ctx, "a word read out", `document.querySelector(".selection-status").textContent.startsWith("Selected: ")`)
	step(t, ctx, "clicking in the text", chromedp.Click(chromedp.CSS("#editor-article p")))
	waitFor(t, ctx, "the status cleared", `document.querySelector(".selection-status").textContent === ""`)
	if got := eval[string](t, ctx, `document.querySelector("[data-editor-status]").textContent`); got != "Added “parade” as event." {
		t.Errorf("status %q, want Added “parade” as event.", got)
	}

	// The pasted text is still there: a new title and Annotate again.
	setField(t, ctx, "paste-title", "The parade")
	step(t, ctx, "annotating again", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the article again, or a problem", `!!document.querySelector("[data-editor-problem]") || document.getElementById("editor-title").textContent === "The parade"`)
	if p := eval[string](t, ctx, `(document.querySelector("[data-editor-problem]") || {}).textContent || ""`); p != "" {
		t.Errorf("annotating the text still in its field again: %s", p)
	}
}

// TestEditorRefusalInView adds, far down the page with a highlight being
// corrected, words that cut across a highlight: the refusal is in view,
// and the highlight being corrected, and its panel, stay.
func TestEditorRefusalInView(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `!!document.querySelector('[data-draft="porto"]')`)
	last := eval[string](t, ctx, `Array.from(document.querySelectorAll("#editor-article mark[data-entity]")).pop().id`)
	click(t, ctx, "selecting the last highlight", "#"+last)
	waitFor(t, ctx, "its panel", fmt.Sprintf(`(document.querySelector("#editor-selected") || {dataset: {}}).dataset.selected === %q`, last))
	// Words from the middle of the highlight to past its end.
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const m = document.getElementById(%q), t = m.firstChild, after = m.nextSibling;
		const r = document.createRange();
		r.setStart(t, 1); r.setEnd(after, Math.min(3, after.textContent.length));
		getSelection().removeAllRanges(); getSelection().addRange(r);
		return true;
	})()`, last))
	click(t, ctx, "Add", `[data-edit="add"]`)
	waitFor(t, ctx, "the refusal", `!!document.querySelector("[data-editor-problem]")`)
	if !eval[bool](t, ctx, `(() => { const r = document.querySelector("[data-editor-problem]").getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })()`) {
		t.Error("the refusal is out of view, far above the Add button")
	}
	if got := eval[string](t, ctx, `(document.querySelector("#editor-selected") || {dataset: {}}).dataset.selected || ""`); got != last {
		t.Errorf("after a refused Add the panel shows %q, want the highlight %q still", got, last)
	}
}

// TestEditorDownloadTooLarge pastes text whose annotated article file is
// larger than the explorer reads: the download still comes, and the page
// says the library will refuse it and what to do.
func TestEditorDownloadTooLarge(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	dir := t.TempDir()
	allow(t, ctx, dir)
	open(t, ctx, site, "/edit")
	eval[bool](t, ctx, `(() => {
		const para = "On Monday, Mayor Ana Lima said Porto will plant 300 trees in May. \"We will start in the east,\" Lima told reporters. The opposition called it a stunt.\n";
		let text = ""; while (text.length < 1700000) text += para;
		const el = document.getElementById("paste-text"); el.value = text; el.dispatchEvent(new Event("input", {bubbles: true}));
		const title = document.getElementById("paste-title"); title.value = "Long"; title.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`)
	step(t, ctx, "annotating", chromedp.Click(chromedp.CSS(`[data-annotate="paste"]`)))
	waitFor(t, ctx, "the annotated article", `!!document.querySelector("[data-draft]")`)
	id := eval[string](t, ctx, `document.querySelector("[data-draft]").dataset.draft`)
	step(t, ctx, "downloading", chromedp.Click(chromedp.CSS(`[data-download="article"]`)))
	data := waitForFile(t, filepath.Join(dir, id+".json"))
	if len(data) <= article.MaxFileSize {
		t.Fatalf("the file is %d bytes, within the %d the explorer reads: the test needs a longer text", len(data), article.MaxFileSize)
	}
	waitFor(t, ctx, "the problem said", `!!document.querySelector("[data-editor-problem]")`)
	if p := eval[string](t, ctx, `document.querySelector("[data-editor-problem]").textContent`); !strings.Contains(p, id+".json is ") || !strings.Contains(p, "refuse") {
		t.Errorf("the page says %q, want that the library will refuse the file", p)
	}
	if _, err := article.Parse(id+".json", data); err == nil || !strings.Contains(err.Error(), "the most an article file may have") {
		t.Errorf("the loader reads the file with %v, want it refused for its size, as the page said", err)
	}
}

// TestEditorDescribesAndLinks corrects what the annotator got wrong about
// an entity, by keyboard: its name and description, and a mention that was
// given an entity of its own although it names one the article has.
func TestEditorDescribesAndLinks(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	openInEditor(t, ctx, editorFile)
	waitFor(t, ctx, "the article", `document.querySelectorAll('#editor-article mark[data-entity="lima"]').length === 2`)

	// The second mention of Lima made an entity of its own, as the
	// annotator might have, then linked back.
	second := `document.querySelectorAll('#editor-article mark[data-entity="lima"]')[1]`
	eval[bool](t, ctx, `(`+second+`.focus(), true)`)
	step(t, ctx, "Enter on it", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "its panel", `!!document.querySelector('[data-edit="detach"]')`)
	step(t, ctx, "detaching it", chromedp.Click(chromedp.CSS(`[data-edit="detach"]`)))
	waitFor(t, ctx, "one mention of Lima left", `document.querySelectorAll('#editor-article mark[data-entity="lima"]').length === 1`)
	step(t, ctx, "sending without a choice", chromedp.Click(chromedp.CSS(`[data-edit="link"]`)))
	waitFor(t, ctx, "a choice asked for", `(document.querySelector("[data-editor-problem]") || {}).textContent === "Choose what this mention names, then “Link it”." && document.activeElement.id === "mention-entity"`)
	setSelect(t, ctx, "#mention-entity", "lima")
	step(t, ctx, "Link it", chromedp.Click(chromedp.CSS(`[data-edit="link"]`)))
	waitFor(t, ctx, "both mentions of Lima again", `document.querySelectorAll('#editor-article mark[data-entity="lima"]').length === 2 &&
		document.querySelector("[data-editor-status]").textContent.startsWith("This mention now names Ana Lima.")`)

	// Her name and description, given by keyboard.
	step(t, ctx, "focusing the name", chromedp.Focus(chromedp.CSS("#entity-name")))
	setField(t, ctx, "entity-name", "")
	step(t, ctx, "saving no name", chromedp.Click(chromedp.CSS(`[data-edit="describe"]`)))
	waitFor(t, ctx, "the name asked for", `((document.querySelector("[data-editor-problem]") || {}).textContent || "").startsWith("Give the name") && document.activeElement.id === "entity-name"`)
	setField(t, ctx, "entity-name", "Mayor Ana Lima")
	setField(t, ctx, "entity-description", "Mayor of Porto since 2021.")
	step(t, ctx, "focusing Save", chromedp.Focus(chromedp.CSS(`[data-edit="describe"]`)))
	step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the new name shown and kept", `document.querySelector("#editor-selected").textContent.includes("Names Mayor Ana Lima, person") &&
		(localStorage.getItem("newsexplorer/draft") || "").includes("Mayor of Porto since 2021.")`)
	// Saved again unchanged, nothing is done, and nothing is there to undo.
	undo := eval[string](t, ctx, `document.querySelector("#editor-undo").title`)
	step(t, ctx, "saving again unchanged", chromedp.Click(chromedp.CSS(`[data-edit="describe"]`)))
	waitFor(t, ctx, "nothing changed", `document.querySelector("[data-editor-status]").textContent.startsWith("Nothing changed")`)
	if got := eval[string](t, ctx, `document.querySelector("#editor-undo").title`); got != undo {
		t.Errorf("an unchanged save made Undo %q, want %q as before", got, undo)
	}
	step(t, ctx, "Control+Z", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, "the old name back", `document.querySelector("#editor-selected").textContent.includes("Names Ana Lima, person")`)
	checkAccessibility(t, ctx, "editor, an entity's name and description")
}

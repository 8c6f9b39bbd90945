//go:build !js

package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
	"newsexplorer/app/ui"
)

// openTeacher opens the teacher's view in a fresh browser, with
// window.print replaced by a counter so that no dialog opens.
func openTeacher(t *testing.T) context.Context {
	t.Helper()
	ctx := newBrowser(t)
	open(t, ctx, site, ui.TeacherPath)
	eval[bool](t, ctx, `window.printed = []; window.print = () => window.printed.push(document.documentElement.dataset.print || ""); true`)
	return ctx
}

// setMedia emulates a CSS media type: "print", or "" for the screen.
func setMedia(t *testing.T, ctx context.Context, media string) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media}); err != nil {
		t.Fatalf("emulating media %q: %v", media, err)
	}
}

// shownJS is a JavaScript function that reports whether an element is
// rendered: it and its ancestors are displayed and it is not hidden.
const shownJS = `(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")`

// TestTeacherKey checks that the answer key shows every exercise with its
// kind, its right answer, marked in words, and its explanation.
func TestTeacherKey(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	exercises := exercise.Generate(a)
	ctx := openTeacher(t)
	if n := eval[int](t, ctx, `document.querySelectorAll("#answer-key [data-exercise]").length`); n != len(exercises) {
		t.Errorf("the key shows %d exercises, want %d", n, len(exercises))
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#worksheet [data-exercise]").length`); n != len(exercises) {
		t.Errorf("the worksheet shows %d exercises, want %d", n, len(exercises))
	}
	type item struct {
		Kind, Answer, AnswerChoice, AnswerText, Text string
		Choices                                      int
	}
	for _, e := range exercises {
		got := eval[item](t, ctx, fmt.Sprintf(`(() => {
			const el = document.querySelector('#answer-key [data-exercise="%s"]');
			if (!el) return {};
			const ans = el.querySelector("[data-answer]") || {dataset: {}, innerText: ""};
			return {Kind: el.dataset.exerciseKind, Answer: ans.dataset.answer || "", AnswerChoice: ans.dataset.choice || "",
				AnswerText: ans.innerText, Text: el.innerText, Choices: el.querySelectorAll("[data-choice]").length};
		})()`, e.ID))
		if got.Kind != string(e.Kind) {
			t.Errorf("%s: kind %q, want %q", e.ID, got.Kind, e.Kind)
			continue
		}
		if got.Answer != e.Answer {
			t.Errorf("%s: data-answer %q, want %q", e.ID, got.Answer, e.Answer)
		}
		if !strings.Contains(got.Text, e.Prompt) || !strings.Contains(got.Text, e.Explanation) {
			t.Errorf("%s: the key does not show the prompt and the explanation:\n%s", e.ID, got.Text)
		}
		if e.Kind == exercise.FindEvidence {
			for _, id := range e.Accepted() {
				if passage := evidenceText(t, a, id); !strings.Contains(got.AnswerText, passage) {
					t.Errorf("%s: the key does not quote passage %s %q:\n%s", e.ID, id, passage, got.AnswerText)
				}
			}
			continue
		}
		right, _ := e.Choice(e.Answer)
		if got.AnswerChoice != e.Answer || !strings.Contains(got.AnswerText, "Right answer: "+right.Label) {
			t.Errorf("%s: the marked answer is choice %q reading %q, want %q reading \"Right answer: %s\"", e.ID, got.AnswerChoice, got.AnswerText, e.Answer, right.Label)
		}
		if got.Choices != len(e.Choices) {
			t.Errorf("%s: %d choices, want %d", e.ID, got.Choices, len(e.Choices))
		}
	}
}

// TestTeacherPrint prints the worksheet and the key in print media: no
// button, input or nav shows; every exercise keeps together across pages;
// the worksheet's highlights read without colour; the key shows answers.
func TestTeacherPrint(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	exercises := exercise.Generate(a)
	ctx := openTeacher(t)

	step(t, ctx, "pressing Print worksheet", chromedp.Click(chromedp.CSS(`[data-print-mode="worksheet"]`)))
	waitFor(t, ctx, "the print dialog", `window.printed.length === 1`)
	if got := eval[string](t, ctx, `window.printed[0]`); got != "worksheet" {
		t.Errorf("Print worksheet printed with data-print=%q, want worksheet", got)
	}
	setMedia(t, ctx, "print")
	checkNoControls(t, ctx, "worksheet")
	if !eval[bool](t, ctx, shownJS+`(document.getElementById("worksheet"))`) {
		t.Errorf("the worksheet does not print")
	}
	if eval[bool](t, ctx, shownJS+`(document.getElementById("answer-key"))`) {
		t.Errorf("the answer key prints with the worksheet")
	}
	checkKeptTogether(t, ctx, "#worksheet", len(exercises))
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#worksheet [data-answer], #worksheet .explanation")].length`); n != 0 {
		t.Errorf("the worksheet prints %d answers or explanations", n)
	}
	checkHighlightsWithoutColour(t, ctx)

	setMedia(t, ctx, "")
	step(t, ctx, "pressing Print answer key", chromedp.Click(chromedp.CSS(`[data-print-mode="key"]`)))
	waitFor(t, ctx, "the print dialog", `window.printed.length === 2`)
	setMedia(t, ctx, "print")
	checkNoControls(t, ctx, "key")
	if eval[bool](t, ctx, shownJS+`(document.getElementById("worksheet"))`) {
		t.Errorf("the worksheet prints with the answer key")
	}
	checkKeptTogether(t, ctx, "#answer-key", len(exercises))
	shown := eval[int](t, ctx, `[...document.querySelectorAll("#answer-key [data-answer]")].filter(el => `+shownJS+`(el) && /Right answer/.test(el.innerText)).length`)
	if shown != len(exercises) {
		t.Errorf("the printed key shows %d answers in words, want %d", shown, len(exercises))
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#answer-key .explanation")].filter(`+shownJS+`).length`); n != len(exercises) {
		t.Errorf("the printed key shows %d explanations, want %d", n, len(exercises))
	}
	// The key prints in black and white too: bold, not only tinted.
	if w := eval[string](t, ctx, `getComputedStyle(document.querySelector("#answer-key .choice.is-answer")).fontWeight`); w != "700" {
		t.Errorf("the printed right answer has font-weight %s, want 700", w)
	}
	checkChoicesApart(t, ctx, "the printed key")
	setMedia(t, ctx, "")
	checkChoicesApart(t, ctx, "the key on screen")

	// Once the dialog closes, the browser's own Print prints the
	// worksheet again, not the key.
	eval[bool](t, ctx, `window.dispatchEvent(new Event("afterprint")), true`)
	setMedia(t, ctx, "print")
	if !eval[bool](t, ctx, shownJS+`(document.getElementById("worksheet"))`) || eval[bool](t, ctx, shownJS+`(document.getElementById("answer-key"))`) {
		t.Errorf("after printing the key, the browser's Print still prints the key rather than the worksheet (data-print=%q)",
			eval[string](t, ctx, `document.documentElement.dataset.print || ""`))
	}
	setMedia(t, ctx, "")
}

// TestTeacherNavMovesFocus follows the teacher's view's links to its
// parts by keyboard: each moves the focus to its part, so that the next
// Tab goes on from there.
func TestTeacherNavMovesFocus(t *testing.T) {
	enabled(t)
	ctx := newBrowser(t)
	open(t, ctx, site, "/classroom/teacher")
	for _, id := range []string{"answer-key", "worksheet", "class-summary"} {
		step(t, ctx, "focusing the link to "+id, chromedp.Focus(chromedp.CSS(fmt.Sprintf(`.teacher-nav a[href="#%s"]`, id))))
		step(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
		waitFor(t, ctx, "the focus on "+id, fmt.Sprintf(`document.activeElement.id === %q`, id))
	}
}

// checkChoicesApart fails if two choices of one exercise in the answer key
// overlap, as a list marker drawn over the choice before it. Only the
// choices shown count: the printed key shows the right one alone.
func checkChoicesApart(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	overlaps := eval[[]string](t, ctx, `[...document.querySelectorAll("#answer-key .choices")].flatMap(ul => {
		const rs = [...ul.children].filter(`+shownJS+`).map(li => ({text: li.textContent, r: li.getBoundingClientRect()}));
		const out = [];
		for (let i = 1; i < rs.length; i++) {
			const a = rs[i - 1].r, b = rs[i].r;
			// One choice a line: each starts below the one before, and
			// its marker, left of it, cannot fall on the one before.
			if (b.top < a.bottom - 1) out.push(rs[i - 1].text + " / " + rs[i].text);
		}
		return out;
	})`)
	if len(overlaps) > 0 {
		t.Errorf("%s: %d pairs of choices share a line, where a marker falls on the choice before, first %q", where, len(overlaps), overlaps[0])
	}
}

// checkNoControls fails if anything a reader would press, type in or
// navigate with is rendered.
func checkNoControls(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	visible := eval[[]string](t, ctx, `[...document.querySelectorAll("button, input, select, textarea, nav, [role=button], [role=tab], a.skip-link")]
		.filter(`+shownJS+`).map(el => el.outerHTML.slice(0, 100))`)
	if len(visible) > 0 {
		t.Errorf("printing the %s shows controls:\n  %s", what, strings.Join(visible, "\n  "))
	}
}

// checkKeptTogether checks that every exercise in a section prints and
// that no page break may cut one.
func checkKeptTogether(t *testing.T, ctx context.Context, section string, want int) {
	t.Helper()
	got := eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll("%s [data-exercise]")]
		.map(el => (`+shownJS+`(el) ? "shown" : "hidden") + " " + getComputedStyle(el).breakInside)`, section))
	if len(got) != want {
		t.Errorf("%s prints %d exercises, want %d", section, len(got), want)
	}
	for i, g := range got {
		if g != "shown avoid" {
			t.Errorf("%s exercise %d prints %q, want \"shown avoid\"", section, i+1, g)
		}
	}
}

// checkHighlightsWithoutColour checks that each type of highlight in the
// printed worksheet has a label in words after it and no tint, and that
// the types differ by more than colour.
func checkHighlightsWithoutColour(t *testing.T, ctx context.Context) {
	t.Helper()
	type look struct {
		Label, Line, Style, Border, Background string
	}
	seen := map[look]article.Type{}
	for _, typ := range article.Types {
		got := eval[look](t, ctx, fmt.Sprintf(`(() => {
			const m = document.querySelector('#worksheet mark[data-entity-type="%s"]');
			if (!m) return {};
			const s = getComputedStyle(m), after = getComputedStyle(m, "::after");
			return {Label: after.content, Line: s.textDecorationLine, Style: s.textDecorationStyle,
				Border: s.borderLeftStyle, Background: s.backgroundColor};
		})()`, typ))
		if got.Label == "" {
			t.Errorf("the worksheet has no %s highlight", typ)
			continue
		}
		if want := `"[` + string(typ) + `]"`; got.Label != want {
			t.Errorf("a printed %s highlight is labelled %s, want %s", typ, got.Label, want)
		}
		if got.Background != "rgba(0, 0, 0, 0)" {
			t.Errorf("a printed %s highlight is tinted %s; print has no colour", typ, got.Background)
		}
		if got.Line == "none" && got.Border == "none" {
			t.Errorf("a printed %s highlight has neither underline nor border", typ)
		}
		got.Label = "" // distinct by pattern alone, label aside
		if other, dup := seen[got]; dup {
			t.Logf("printed %s and %s highlights share the pattern %+v; their labels tell them apart", typ, other, got)
		}
		seen[got] = typ
	}
}

// classFile is a student's exported file, written for the test.
type classFile struct {
	name string
	data []byte
}

// TestTeacherClassSummary loads two students' exports, one JSON and one
// CSV, and a corrupt file into the class summary: the two are counted
// exactly as Summarize counts them, and the corrupt one is reported by
// name with its problem.
func TestTeacherClassSummary(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	exercises := exercise.Generate(a)
	at := time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC)

	ana := exercise.NewProgress(a.ID)
	ana.Student = "Ana Silva"
	bea := exercise.NewProgress(a.ID)
	var evidence exercise.Exercise
	for i, e := range exercises {
		if e.Kind == exercise.FindEvidence {
			if evidence.ID == "" {
				evidence = e
			}
			continue
		}
		wrong := e.Choices[0].ID
		if wrong == e.Answer {
			wrong = e.Choices[1].ID
		}
		switch {
		case i%3 == 0:
			ana.RecordChoice(e, e.Answer, at)
			bea.RecordChoice(e, wrong, at)
		case i%3 == 1:
			ana.RecordChoice(e, wrong, at)
			ana.RecordChoice(e, e.Answer, at.Add(time.Minute))
		case i%5 == 0:
			bea.RecordChoice(e, e.Answer, at)
		}
	}
	span := article.Span{}
	for _, ev := range a.Evidence {
		if ev.ID == evidence.Accepted()[0] {
			span = ev.Span
		}
	}
	ana.RecordSelection(evidence, a, span.Start, span.End, at)
	corrupt := []byte(`{"format": "news-explorer-progress/1", "article": "kursk", "answers": [{"exercise": "who-said-it/q1", "choice": 7}]}`)

	files := []classFile{
		{"ana.json", ana.Encode()},
		{"bea.csv", bea.CSV(exercises, a.Text)},
		{"corrupt.json", corrupt},
	}
	dir := t.TempDir()
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	want := exercise.Summarize([]*exercise.Progress{ana, bea}, exercises)
	_, perr := exercise.ParseProgress("corrupt.json", corrupt, a)
	var pe *exercise.ParseError
	if !errors.As(perr, &pe) {
		t.Fatalf("the corrupt file parses: %v", perr)
	}

	ctx := openTeacher(t)
	step(t, ctx, "choosing the files", chromedp.SetUploadFiles(chromedp.CSS("#class-files"), paths))
	waitFor(t, ctx, "the summary", `!!document.querySelector('[data-summary="students"]') && !!document.querySelector("[data-file-error]")`)

	status := eval[string](t, ctx, `document.querySelector(".summary-status").innerText`)
	if w := "Read 3 files: 2 students counted, 1 file not counted"; !strings.HasPrefix(status, w) {
		t.Errorf("status %q, want it to begin %q", status, w)
	}
	errs := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-file-error]")].map(el => el.dataset.fileError + "|" + el.innerText)`)
	if len(errs) != 1 {
		t.Fatalf("file errors %q, want 1", errs)
	}
	if name, text, _ := strings.Cut(errs[0], "|"); name != "corrupt.json" || !strings.Contains(text, "corrupt.json") || !strings.Contains(text, pe.Where) || !strings.Contains(text, pe.Msg) {
		t.Errorf("file error %q, want it to name corrupt.json with %q and %q", errs[0], pe.Where, pe.Msg)
	}

	students := eval[[][]string](t, ctx, `[...document.querySelectorAll('[data-summary="students"] tbody tr')]
		.map(tr => [...tr.children].map(c => c.dataset.count || c.innerText))`)
	wantStudents := [][]string{
		{"Ana Silva", "ana.json", fmt.Sprint(want.Students[0].Answered), fmt.Sprint(want.Students[0].Correct)},
		{"bea", "bea.csv", fmt.Sprint(want.Students[1].Answered), fmt.Sprint(want.Students[1].Correct)},
	}
	if len(students) != len(wantStudents) {
		t.Fatalf("student rows %q, want %q", students, wantStudents)
	}
	for i, w := range wantStudents {
		if got := students[i]; len(got) < 4 || strings.Join(got[:4], "|") != strings.Join(w, "|") {
			t.Errorf("student row %d = %q, want it to begin %q", i, got, w)
		}
	}

	rows := eval[[][]string](t, ctx, `[...document.querySelectorAll('[data-summary="exercises"] tbody tr')]
		.map(tr => [tr.dataset.summaryExercise, ...[...tr.querySelectorAll("td")].map(c => c.dataset.count)])`)
	if len(rows) != len(want.Exercises) {
		t.Fatalf("%d exercise rows, want %d", len(rows), len(want.Exercises))
	}
	for i, es := range want.Exercises {
		w := []string{es.Exercise, fmt.Sprint(es.Answered), fmt.Sprint(es.Correct), fmt.Sprint(es.FirstTry)}
		if strings.Join(rows[i], "|") != strings.Join(w, "|") {
			t.Errorf("exercise row %d = %q, want %q", i, rows[i], w)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('[data-summary] th:not([scope="col"]):not([scope="row"])').length`); n != 0 {
		t.Errorf("%d table headers without a scope", n)
	}
	checkAccessibility(t, ctx, "teacher view with a class summary")
}

// TestTeacherAccessibility runs axe-core on the teacher's view on a wide
// screen and on a 360-pixel phone, where nothing may scroll sideways, and
// checks that the keyboard reaches the print buttons and the file chooser
// with a visible focus.
func TestTeacherAccessibility(t *testing.T) {
	enabled(t)
	ctx := openTeacher(t)
	checkAccessibility(t, ctx, "teacher view")

	reached := map[string]bool{}
	for i := 0; i < 30 && len(reached) < 3; i++ {
		step(t, ctx, "Tab", chromedp.KeyEvent("\t"))
		got := eval[[]string](t, ctx, `(() => {
			const el = document.activeElement;
			return [el.dataset.printMode || el.id || "", getComputedStyle(el).outlineStyle];
		})()`)
		switch got[0] {
		case "worksheet", "key", "class-files":
			reached[got[0]] = true
			if got[1] == "none" {
				t.Errorf("%s has the focus with no visible outline", got[0])
			}
		}
	}
	for _, want := range []string{"worksheet", "key", "class-files"} {
		if !reached[want] {
			t.Errorf("Tab never reached %s", want)
		}
	}

	step(t, ctx, "phone viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, site, ui.TeacherPath)
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("the teacher's view is %dpx wide at a 360px viewport", w)
	}
	checkAccessibility(t, ctx, "teacher view at 360px")

	// A summary wider than the phone scrolls in its own region, which
	// shows at its edge that there is more: a shadow that scrolls with
	// the region under covers that scroll with the table.
	sample := filepath.Join(root, "app/exercise/testdata/progress/sample.json")
	step(t, ctx, "choosing a student's file", chromedp.SetUploadFiles(chromedp.CSS("#class-files"), []string{sample}))
	waitFor(t, ctx, "the summary", `!!document.querySelector('[data-summary="students"]')`)
	got := eval[[]string](t, ctx, `(r => [String(r.scrollWidth > r.clientWidth), getComputedStyle(r).backgroundAttachment, String(getComputedStyle(r).backgroundImage.split("radial-gradient").length - 1)])(document.querySelector(".table-scroll"))`)
	if got[0] != "true" || got[1] != "local, local, scroll, scroll" || got[2] != "2" {
		t.Errorf("the students' table at 360px: wider than its region %s, backgrounds %q with %s shadows; want it to show that it scrolls", got[0], got[1], got[2])
	}
}

// checkTeacherView checks the teacher's view where it may come from the
// service worker: the key is there, and the print style sheet applies, so
// the worksheet still prints with its labels.
func checkTeacherView(t *testing.T, ctx context.Context) {
	t.Helper()
	want := len(exercise.Generate(defaultArticle(t)))
	if n := eval[int](t, ctx, `document.querySelectorAll("#answer-key [data-exercise]").length`); n != want {
		t.Errorf("teacher's view: the key shows %d exercises, want %d", n, want)
	}
	setMedia(t, ctx, "print")
	defer setMedia(t, ctx, "")
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector('#worksheet mark[data-entity-type="person"]'), "::after").content`); got != `"[person]"` {
		t.Errorf("teacher's view: a printed person is labelled %s, want \"[person]\"; is print.css stored?", got)
	}
}

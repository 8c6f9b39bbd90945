//go:build !js

package browser

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"newsexplorer/app/exercise"
	"newsexplorer/app/ui"
)

// printedPageAim is the most A4 pages the default article's exercises,
// with the article, may print on; and its answer key.
const printedPageAim = 10

// printedPages prints the page as the browser's Print to PDF does, on A4
// paper (8.27 × 11.69 in) with the margins of the print style sheet, and
// counts the PDF's pages.
func printedPages(t *testing.T, ctx context.Context, what string) int {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	res, err := chromedp.Call(c, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
	if err != nil {
		t.Fatalf("printing %s to PDF: %v", what, err)
	}
	n := pdfPages(res.Data)
	if n == 0 {
		t.Fatalf("printing %s: the PDF (%d bytes) has no page objects", what, len(res.Data))
	}
	return n
}

// pageObject is a PDF page object's type, which a page tree's node
// (/Type /Pages) does not match.
var pageObject = regexp.MustCompile(`/Type\s*/Page\b`)

// pdfPages counts the page objects of a PDF as Chromium writes it, with
// its objects uncompressed.
func pdfPages(pdf []byte) int { return len(pageObject.FindAll(pdf, -1)) }

// TestPDFPages checks the page count on PDFs' own spellings: pages, and
// the page tree's nodes, which are not pages.
func TestPDFPages(t *testing.T) {
	for _, c := range []struct {
		pdf  string
		want int
	}{
		{"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> << /Type /Page /Parent 2 0 R >> << /Type/Page >>", 2},
		{"<< /Type /Pages /Count 0 >>", 0},
		{"<</Type /Page/Parent 2 0 R>>", 1},
	} {
		if got := pdfPages([]byte(c.pdf)); got != c.want {
			t.Errorf("pdfPages(%q) = %d, want %d", c.pdf, got, c.want)
		}
	}
}

// checkNotPrinted fails for each element matching one of sels that is
// rendered: controls that only make sense on a screen.
func checkNotPrinted(t *testing.T, ctx context.Context, what string, sels ...string) {
	t.Helper()
	for _, sel := range sels {
		shown := eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].filter(`+shownJS+`).map(el => el.outerHTML.slice(0, 100))`, sel))
		if len(shown) > 0 {
			t.Errorf("printing %s shows %d of %s, first %s", what, len(shown), sel, shown[0])
		}
	}
}

// TestPrintExercises prints the exercises page with one exercise
// answered: within the page aim on A4; none of the controls for a screen;
// the article once, its paragraphs numbered, and a quote's question
// naming the paragraph the numbering gives it; the choices as boxes to
// tick, the one chosen ticked; a line to write a passage's paragraph on;
// no exercise cut by a page break.
func TestPrintExercises(t *testing.T) {
	enabled(t)
	a := defaultArticle(t)
	exercises := exercise.Generate(a)
	ctx := newBrowser(t)
	open(t, ctx, site, ui.ClassroomPath)
	var chosen exercise.Exercise
	for _, e := range exercises {
		if e.Kind != exercise.FindEvidence {
			chosen = e
			break
		}
	}
	choose(t, ctx, chosen.ID, chosen.Answer)

	if n := printedPages(t, ctx, "the exercises"); n > printedPageAim {
		t.Errorf("the exercises and the article print on %d A4 pages, want at most %d", n, printedPageAim)
	} else {
		t.Logf("the %d exercises and the article print on %d A4 pages", len(exercises), n)
	}

	setMedia(t, ctx, "print")
	defer setMedia(t, ctx, "")
	checkNotPrinted(t, ctx, "the exercises",
		".hint-button", ".hint-text", "[data-use-selection]", ".go-to-text", "[data-download]", ".start-over",
		"[data-confirm]", ".tabs", ".show-passage", ".retry", ".answer-reveal", ".skip-link", "nav", ".select-help",
		"button:not(.choice)", "input:not(#student-name)")
	if n := eval[int](t, ctx, `[...document.querySelectorAll(".article-text")].filter(`+shownJS+`).length`); n != 1 {
		t.Errorf("the article prints %d times, want once", n)
	}
	paras := eval[[]string](t, ctx, `[...document.querySelectorAll("#classroom-article .article-text > p")]
		.map(p => getComputedStyle(p).counterIncrement + " | " + getComputedStyle(p, "::before").content)`)
	if len(paras) != len(a.Paragraphs()) {
		t.Errorf("the article prints %d paragraphs, want %d", len(paras), len(a.Paragraphs()))
	}
	for i, p := range paras {
		if !strings.HasPrefix(p, "paragraph 1 | counter(paragraph)") {
			t.Errorf("paragraph %d prints without its number: counter and content %q", i+1, p)
		}
	}
	checkQuoteParagraphs(t, ctx, exercises)
	checkPrintedChoices(t, ctx, exercises, chosen)
	checkKeptTogether(t, ctx, "#exercises", len(exercises))
	// A passage is found on paper by its paragraph's number, written on
	// a line.
	if n := eval[int](t, ctx, `[...document.querySelectorAll('[data-exercise-kind="find-evidence"] .write-in')].filter(`+shownJS+`).length`); n != count(exercises, exercise.FindEvidence) {
		t.Errorf("%d find-the-evidence exercises print a line for the paragraph, want %d", n, count(exercises, exercise.FindEvidence))
	}
	setMedia(t, ctx, "")
	if n := eval[int](t, ctx, `[...document.querySelectorAll(".write-in, .where")].filter(`+shownJS+`).length`); n != 0 {
		t.Errorf("%d of the lines and paragraph numbers for paper show on screen", n)
	}
}

// count counts the exercises of a kind.
func count(exercises []exercise.Exercise, k exercise.Kind) int {
	n := 0
	for _, e := range exercises {
		if e.Kind == k {
			n++
		}
	}
	return n
}

// checkQuoteParagraphs checks that each quote's question names, on
// paper, the paragraph its quote is in, as the printed article numbers
// them.
func checkQuoteParagraphs(t *testing.T, ctx context.Context, exercises []exercise.Exercise) {
	t.Helper()
	for _, e := range exercises {
		if e.Kind != exercise.WhoSaidIt {
			continue
		}
		got := eval[[]string](t, ctx, fmt.Sprintf(`(() => {
			const where = document.querySelector('[data-exercise=%q] .where');
			const ps = [...document.querySelectorAll("#classroom-article .article-text > p")];
			const n = ps.findIndex(p => p.contains(document.getElementById("passage-" + %q))) + 1;
			return [where && %s(where) ? where.textContent : "", "(paragraph " + n + ")"];
		})()`, e.ID, e.Link, shownJS))
		if got[0] != got[1] {
			t.Errorf("%s prints %q for where its quote is, want %q", e.ID, got[0], got[1])
		}
	}
}

// checkPrintedChoices checks that every choice prints as a box to tick
// and its words, not as a button, and that the one chosen is ticked.
func checkPrintedChoices(t *testing.T, ctx context.Context, exercises []exercise.Exercise, chosen exercise.Exercise) {
	t.Helper()
	type look struct {
		Shown                bool
		Border, Box, BoxMark string
	}
	for _, e := range exercises {
		for _, c := range e.Choices {
			got := eval[look](t, ctx, fmt.Sprintf(`(b => { const s = getComputedStyle(b), box = getComputedStyle(b, "::before");
				return {Shown: %s(b), Border: s.borderTopStyle, Box: box.borderTopStyle + " " + (parseFloat(box.width) > 5), BoxMark: box.content}; })(document.querySelector('[data-exercise=%q] [data-choice=%q]'))`, shownJS, e.ID, c.ID))
			wantMark := `""`
			if e.ID == chosen.ID && c.ID == chosen.Answer {
				wantMark = `"✓"`
			}
			if !got.Shown || got.Border != "none" || got.Box != "solid true" || got.BoxMark != wantMark {
				t.Errorf("%s, choice %s prints %+v, want it shown, without a button's border, after a box (\"solid true\") holding %s", e.ID, c.ID, got, wantMark)
			}
		}
	}
}

// TestPrintWorksheetAndKey prints the teacher's worksheet and answer key
// on A4, each within the page aim; then only some exercises, marked as a
// teacher ticks them in the assignment's checkboxes (which mark the
// others data-unchosen): the
// worksheet and the key print those alone, in fewer pages, and the
// worksheet's preview on screen shows them alone, while the key on
// screen still lists every exercise.
func TestPrintWorksheetAndKey(t *testing.T) {
	enabled(t)
	exercises := exercise.Generate(defaultArticle(t))
	ctx := openTeacher(t)
	sheet := printedPages(t, ctx, "the worksheet")
	if sheet > printedPageAim {
		t.Errorf("the worksheet prints on %d A4 pages, want at most %d", sheet, printedPageAim)
	}
	// The key prints once its button marks it for printing: Chromium's
	// printing ends with afterprint, which takes the mark away.
	pressPrintKey := func(n int) {
		step(t, ctx, "pressing Print answer key", chromedp.Click(chromedp.CSS(`[data-print-mode="key"]`)))
		waitFor(t, ctx, "the print dialog", fmt.Sprintf(`window.printed.length === %d`, n))
	}
	pressPrintKey(1)
	key := printedPages(t, ctx, "the answer key")
	if key > printedPageAim {
		t.Errorf("the answer key prints on %d A4 pages, want at most %d", key, printedPageAim)
	}
	t.Logf("the worksheet prints on %d A4 pages, the answer key on %d", sheet, key)

	// The first exercise of each kind, as a teacher might choose them.
	var chosen []string
	seen := map[exercise.Kind]bool{}
	for _, e := range exercises {
		if !seen[e.Kind] {
			seen[e.Kind] = true
			chosen = append(chosen, e.ID)
		}
	}
	// The teacher leaves every kind out in the assignment's checkboxes,
	// then ticks those exercises one by one.
	for k := range seen {
		step(t, ctx, "leaving out "+string(k), chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-assign-kind=%q]`, k))))
	}
	waitFor(t, ctx, "no exercise chosen", `[...document.querySelectorAll("[data-assign]")].every(b => !b.checked)`)
	for _, id := range chosen {
		step(t, ctx, "choosing "+id, chromedp.Click(chromedp.CSS(fmt.Sprintf(`[data-assign=%q]`, id))))
	}
	waitFor(t, ctx, "the others marked as left out", fmt.Sprintf(`document.querySelectorAll("#worksheet [data-unchosen]").length === %d`, len(exercises)-len(chosen)))
	pressPrintKey(2)
	setMedia(t, ctx, "print")
	checkShownExercises(t, ctx, "the printed key", "#answer-key", chosen)
	setMedia(t, ctx, "")
	if got := printedPages(t, ctx, "the key of the chosen exercises"); got >= key {
		t.Errorf("the key of %d chosen exercises prints on %d pages, as many as all %d (%d)", len(chosen), got, len(exercises), key)
	}
	if got := printedPages(t, ctx, "the worksheet of the chosen exercises"); got >= sheet {
		t.Errorf("the worksheet of %d chosen exercises prints on %d pages, as many as all %d (%d)", len(chosen), got, len(exercises), sheet)
	}
	setMedia(t, ctx, "print")
	checkShownExercises(t, ctx, "the printed worksheet", "#worksheet", chosen)
	setMedia(t, ctx, "")
	checkShownExercises(t, ctx, "the worksheet's preview", "#worksheet", chosen)
	var all []string
	for _, e := range exercises {
		all = append(all, e.ID)
	}
	checkShownExercises(t, ctx, "the key on screen", "#answer-key", all)
}

// checkShownExercises checks that a section shows the exercises ids, in
// order, and no other.
func checkShownExercises(t *testing.T, ctx context.Context, what, section string, ids []string) {
	t.Helper()
	got := eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll("%s [data-exercise]")].filter(`+shownJS+`).map(el => el.dataset.exercise)`, section))
	if strings.Join(got, " ") != strings.Join(ids, " ") {
		t.Errorf("%s shows %d exercises %q, want %d: %q", what, len(got), got, len(ids), ids)
	}
}

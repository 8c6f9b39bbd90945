package teacher

import (
	"html"
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestWorksheet checks the worksheet: every exercise numbered as in the
// key, a box for each choice, lines to write on for a find-the-evidence
// exercise, and no answer or explanation anywhere.
func TestWorksheet(t *testing.T) {
	a := uitest.DefaultArticle(t)
	exercises := exercise.Generate(a)
	out := worksheetHTML(a, exercises)
	items := uitest.Chunks(t, out, "data-exercise")
	if len(items) != len(exercises) {
		t.Fatalf("the worksheet lists %d exercises, want %d", len(items), len(exercises))
	}
	for i, e := range exercises {
		item := items[i]
		if item.Tag.Attrs["data-exercise"] != e.ID || item.Tag.Attrs["data-exercise-kind"] != string(e.Kind) {
			t.Errorf("item %d: %s, want data-exercise=%q data-exercise-kind=%q", i+1, item.Tag.Src, e.ID, e.Kind)
			continue
		}
		text := uitest.TextContent(item.HTML)
		for _, want := range []string{strconv.Itoa(i+1) + ". " + e.Kind.Label(), e.Prompt} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the worksheet does not say %q", e.ID, want)
			}
		}
		// A quote's question says where the quote is; no other question
		// says where its answer is.
		where := " (paragraph " + strconv.Itoa(e.LinkParagraph(a)) + ")"
		if got := strings.Contains(text, where); got != (e.Kind == exercise.WhoSaidIt) {
			t.Errorf("%s: the worksheet says %q: %v, want %v", e.ID, where, got, e.Kind == exercise.WhoSaidIt)
		}
		if strings.Contains(text, e.Explanation) {
			t.Errorf("%s: the worksheet gives the explanation away", e.ID)
		}
		if e.Kind == exercise.FindEvidence {
			if n := strings.Count(item.HTML, `class="answer-line"`); n != answerLines {
				t.Errorf("%s: %d answer lines, want %d", e.ID, n, answerLines)
			}
			continue
		}
		if n, boxes := strings.Count(item.HTML, "data-choice="), strings.Count(item.HTML, `class="box"`); n != len(e.Choices) || boxes != n {
			t.Errorf("%s: %d choices with %d boxes, want %d of each", e.ID, n, boxes, len(e.Choices))
		}
		for _, c := range e.Choices {
			if !strings.Contains(item.HTML, `data-choice="`+c.ID+`"`) {
				t.Errorf("%s: no choice %q", e.ID, c.ID)
			}
		}
	}
	for _, leak := range []string{"data-answer", "Right answer", "Why:", "data-evidence-span", "data-speaker", "Quote by"} {
		if strings.Contains(out, leak) {
			t.Errorf("the worksheet contains %q, which gives answers away", leak)
		}
	}
}

// TestWorksheetArticle checks the worksheet's copy of the article: every
// highlight with its type, but no evidence marks, no speakers and no
// keyboard stops.
func TestWorksheetArticle(t *testing.T) {
	a := uitest.DefaultArticle(t)
	got := worksheetArticleHTML(a)
	if n, want := strings.Count(got, "<mark "), len(a.Mentions)+len(a.Quotes); n != want {
		t.Errorf("%d highlights, want %d", n, want)
	}
	if n, want := strings.Count(got, `data-entity-type="quote"`), len(a.Quotes); n != want {
		t.Errorf("%d quotes, want %d", n, want)
	}
	for _, leak := range []string{"tabindex", "data-speaker", "data-evidence-span", `class="evidence"`, "Quote by"} {
		if strings.Contains(got, leak) {
			t.Errorf("the worksheet's article contains %q", leak)
		}
	}
	plain := func(s string) string { return html.UnescapeString(uitest.AnyTag.ReplaceAllString(s, "")) }
	if plain(got) != plain(ui.ArticleHTML(a)) {
		t.Errorf("the worksheet's article text differs from the reader's")
	}
	if len(a.Evidence) == 0 || a.Quotes[0].Speaker == "" {
		t.Errorf("worksheetArticleHTML changed the article it was given")
	}
}

package reader

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestReaderArticleHTMLPassageButtons checks the reading view's text: it
// is ui.ArticleHTML with one button at the end of each passage that claims
// rest on, inside the passage, named (by its title) with its claims'
// questions and adding no text.
func TestReaderArticleHTMLPassageButtons(t *testing.T) {
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := readerArticleHTML(a)
	buttons := passageButtonRE.FindAllStringSubmatch(got, -1)
	if len(buttons) != len(a.Evidence) {
		t.Fatalf("%d passage buttons, want %d, one per passage", len(buttons), len(a.Evidence))
	}
	if plain := passageButtonRE.ReplaceAllString(got, "</span>"); plain != ui.ArticleHTML(a) {
		t.Errorf("without its buttons, the reading view's text differs from articleHTML:\n%s", uitest.FirstDifference(plain, ui.ArticleHTML(a)))
	}
	questions := map[string]string{}
	for _, c := range a.Claims {
		questions[c.ID] = c.Question
	}
	for i, ev := range a.Evidence {
		b := buttons[i]
		if b[1] != ev.ID {
			t.Errorf("button %d is for passage %q, want %q", i, b[1], ev.ID)
			continue
		}
		label := html.UnescapeString(b[2])
		for _, c := range ev.Claims {
			if !strings.Contains(label, questions[c]) {
				t.Errorf("passage %s: button label %q does not name its claim %q", ev.ID, label, questions[c])
			}
		}
	}
}

// TestHideMarks checks the server's page with some types switched off: the
// highlights of those types are no stops for Tab and have no description,
// and the others are as they were.
func TestHideMarks(t *testing.T) {
	a := uitest.DefaultArticle(t)
	html := readerArticleHTML(a)
	got := hideMarks(html, "hide-person hide-date")
	for _, m := range a.Mentions {
		typ := a.TypeOf(m.Entity)
		tag := regexp.MustCompile(`<mark [^>]*id="` + m.ID + `"[^>]*>`).FindString(got)
		hidden := typ == article.Person || typ == article.Date
		switch {
		case tag == "":
			t.Fatalf("no mark %s", m.ID)
		case hidden && (!strings.Contains(tag, `tabindex="-1"`) || !strings.Contains(tag, `aria-describedby="mention-help-none"`)):
			t.Errorf("a %s, switched off: %s; want no Tab stop or description", typ, tag)
		case !hidden && (!strings.Contains(tag, `tabindex="0"`) || !strings.Contains(tag, " title=") || !strings.Contains(tag, `aria-describedby="mention-help"`)):
			t.Errorf("a %s, switched on: %s; want it as it was", typ, tag)
		}
	}
	if plain := strings.ReplaceAll(got, `<mark tabindex="-1" aria-describedby="mention-help-none" id=`, `<mark tabindex="0" aria-describedby="mention-help" id=`); plain != html {
		t.Errorf("hideMarks changed more than the switched-off highlights:\n%s", uitest.FirstDifference(plain, html))
	}
	if got := hideMarks(html, ""); got != html {
		t.Error("with nothing switched off, hideMarks changed the text")
	}
}

// passageButtonRE matches a passage's button and the end of its passage:
// the passage's id and the button's label.
var passageButtonRE = regexp.MustCompile(`<button type="button" class="passage-button" data-passage="([^"]+)" title="([^"]+)"></button></span>`)

package exercises

import (
	stdhtml "html"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestClassroomHooks renders the classroom for an article and checks the
// hooks: one card per exercise with its id and kind, one data-choice per
// choice, a data-use-selection button and a data-go-to-text button for
// each find-the-evidence exercise, the score, and links to the passages
// the exercises point to.
func TestClassroomHooks(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	exercises := exercise.Generate(a)
	html := app.HTMLString(newView(a, nil))
	tags, _ := uitest.GoappTags(t, html)
	cards := map[string]uitest.Tag{}
	for _, tg := range tags {
		if id, ok := tg.Attrs["data-exercise"]; ok {
			cards[id] = tg
		}
	}
	if len(cards) != len(exercises) {
		t.Errorf("%d exercise cards, want %d", len(cards), len(exercises))
	}
	for _, e := range exercises {
		card, ok := cards[e.ID]
		if !ok {
			t.Errorf("no card for %s", e.ID)
			continue
		}
		if got := card.Attrs["data-exercise-kind"]; got != string(e.Kind) {
			t.Errorf("%s: data-exercise-kind %q, want %q", e.ID, got, e.Kind)
		}
		body := uitest.Element(t, html, card)
		if !strings.Contains(uitest.TextContent(body), e.Kind.Label()) {
			t.Errorf("%s: the card does not show its kind, %q", e.ID, e.Kind.Label())
		}
		btags, _ := uitest.GoappTags(t, body)
		for _, c := range e.Choices {
			if n := len(uitest.FindTags(btags, "button", "data-choice", c.ID)); n != 1 {
				t.Errorf("%s: %d buttons with data-choice=%q, want 1", e.ID, n, c.ID)
			}
		}
		wantUse := 0
		if e.Kind == exercise.FindEvidence {
			wantUse = 1
		}
		if n := len(uitest.FindTags(btags, "button", "data-use-selection", e.ID)); n != wantUse {
			t.Errorf("%s: %d selection buttons, want %d", e.ID, n, wantUse)
		}
		goTo := uitest.FindTags(btags, "button", "data-go-to-text", e.ID)
		if len(goTo) != wantUse {
			t.Errorf("%s: %d buttons that go to the text, want %d", e.ID, len(goTo), wantUse)
		}
		for _, g := range goTo {
			if got := g.Attrs["aria-controls"]; got != classroomArticleID {
				t.Errorf("%s: the button that goes to the text controls %q, want %q", e.ID, got, classroomArticleID)
			}
		}
		if e.Link != "" && !strings.Contains(html, `id="`+passageID(e.Link)+`"`) {
			t.Errorf("%s: the article has no passage %s to show", e.ID, passageID(e.Link))
		}
	}
	score := uitest.FindTags(tags, "p", "id", "score")
	if len(score) != 1 || score[0].Attrs["data-score"] != "0/"+strconv.Itoa(len(exercises)) || score[0].Attrs["data-answered"] != "0" {
		t.Errorf("score element %v, want data-score=0/%d data-answered=0", score, len(exercises))
	}
	if strings.Contains(html, "data-feedback") {
		t.Errorf("feedback shown before any answer")
	}
	// The article's text is there, with no highlight that gives answers
	// away (a quote's tag names its speaker).
	if strings.Contains(html, "data-speaker") || strings.Contains(html, "<mark") {
		t.Errorf("the classroom's article carries highlights")
	}
	plain := stdhtml.UnescapeString(uitest.AnyTag.ReplaceAllString(html, ""))
	for _, p := range a.Paragraphs() {
		if !strings.Contains(plain, a.Text[p.Start:p.End]) {
			t.Errorf("the article's paragraph %q is missing", a.Text[p.Start:p.End])
		}
	}
}

// TestExerciseCardFeedback renders a card in each state and checks what
// it says: right and wrong in words, the choice picked, the explanation,
// the link to the text and Try again.
func TestExerciseCardFeedback(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	var choice exercise.Exercise
	for _, e := range exercise.Generate(a) {
		if len(e.Choices) > 1 && e.Link != "" {
			choice = e
			break
		}
	}
	if choice.ID == "" {
		t.Fatal("the test article has no choice exercise with a link")
	}
	var wrong exercise.Choice
	for _, c := range choice.Choices {
		if c.ID != choice.Answer {
			wrong = c
		}
	}
	right, _ := choice.Choice(choice.Answer)
	at := time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC)
	answer := func(id string) (exercise.Answer, exercise.Result) {
		p := exercise.NewProgress(a.ID)
		r := p.RecordChoice(choice, id, at)
		return p.Answers[choice.ID], r
	}
	rightAns, rightRes := answer(right.ID)
	wrongAns, wrongRes := answer(wrong.ID)
	tests := []struct {
		name         string
		card         exerciseCard
		wantFeedback string // data-feedback, or "" for none
		wantText     []string
		wantDisabled bool
	}{
		{"unanswered", exerciseCard{Ex: choice, Number: 1}, "", []string{"Show a hint"}, false},
		{"hint shown", exerciseCard{Ex: choice, Number: 1, HintShown: true}, "", []string{"Hide the hint", choice.Hint}, false},
		{"right", exerciseCard{Ex: choice, Number: 1, Answered: true, Answer: rightAns, Result: rightRes}, "right",
			[]string{"Right!", "Your answer: " + right.Label, "Show in the article", "Answer again", "(your answer)"}, true},
		{"wrong", exerciseCard{Ex: choice, Number: 1, Answered: true, Answer: wrongAns, Result: wrongRes}, "wrong",
			[]string{"Not right yet.", "Your answer: " + wrong.Label, wrongRes.Feedback, "Show the answer and why", "Try again"}, true},
		{"trying again", exerciseCard{Ex: choice, Number: 1, Answered: true, Answer: wrongAns, Result: wrongRes, Retrying: true}, "",
			[]string{"Your earlier answer counts until you give a new one."}, false},
	}
	for _, tt := range tests {
		html := app.HTMLString(&tt.card)
		tags, _ := uitest.GoappTags(t, html)
		var feedback string
		for _, tg := range tags {
			if v, ok := tg.Attrs["data-feedback"]; ok {
				feedback = v
			}
		}
		if feedback != tt.wantFeedback {
			t.Errorf("%s: data-feedback %q, want %q", tt.name, feedback, tt.wantFeedback)
		}
		text := uitest.TextContent(html)
		for _, w := range tt.wantText {
			if !strings.Contains(text, uitest.TextContent(w)) {
				t.Errorf("%s: the card does not say %q:\n%s", tt.name, w, text)
			}
		}
		for _, tg := range tags {
			if _, ok := tg.Attrs["data-choice"]; ok {
				if _, disabled := tg.Attrs["disabled"]; disabled != tt.wantDisabled {
					t.Errorf("%s: choice %s disabled=%v, want %v", tt.name, tg.Attrs["data-choice"], disabled, tt.wantDisabled)
				}
			}
		}
		if live := uitest.FindTags(tags, "div", "aria-live", "polite"); len(live) != 1 || live[0].Attrs["class"] != "note-live" {
			t.Errorf("%s: polite live regions %v, want one, for notes", tt.name, live)
		} else if strings.Contains(uitest.Element(t, html, live[0]), "data-feedback") {
			t.Errorf("%s: the feedback is in a live region, so it is read out twice as it also takes the focus", tt.name)
		}
		for _, tg := range tags {
			if _, ok := tg.Attrs["data-feedback"]; ok {
				verdict := uitest.FindTags(tags, "p", "id", tg.Attrs["aria-labelledby"])
				if tg.Attrs["role"] != "group" || len(verdict) != 1 || verdict[0].Attrs["class"] != "verdict" {
					t.Errorf("%s: the feedback is not a group named by its verdict: %v", tt.name, tg.Attrs)
				}
			}
		}
	}
}

// TestScoreText checks how the score is worded.
func TestScoreText(t *testing.T) {
	tests := []struct {
		correct, answered, total int
		want                     string
		wantData                 string
	}{
		{0, 0, 12, "0 of 12 exercises answered correctly · none answered yet", "0/12"},
		{7, 9, 12, "7 of 12 exercises answered correctly · 9 answered, 3 to go", "7/12"},
		{1, 1, 1, "1 of 1 exercise answered correctly · all answered", "1/1"},
		{1200, 1500, 2000, "1,200 of 2,000 exercises answered correctly · 1,500 answered, 500 to go", "1200/2000"},
	}
	for _, tt := range tests {
		html := app.HTMLString(&scoreBoard{Correct: tt.correct, Answered: tt.answered, Total: tt.total})
		if got := uitest.TextContent(html); got != tt.want {
			t.Errorf("score %d/%d/%d reads %q, want %q", tt.correct, tt.answered, tt.total, got, tt.want)
		}
		tags, _ := uitest.GoappTags(t, html)
		if tags[0].Attrs["data-score"] != tt.wantData {
			t.Errorf("data-score %q, want %q", tags[0].Attrs["data-score"], tt.wantData)
		}
	}
}

// TestClassroomNoExercises checks that an article with nothing to make
// exercises from says so.
func TestClassroomNoExercises(t *testing.T) {
	a := uitest.ParseArticle(t, "plain.json", `{"format":"news-explorer-article/1","id":"plain","title":"Plain","text":"Nothing to ask.","entities":[],"mentions":[]}`)
	html := app.HTMLString(newView(a, nil))
	if !strings.Contains(html, "data-no-exercises") || strings.Contains(html, "data-exercise=") {
		t.Errorf("no message for an article without exercises:\n%s", uitest.TextContent(html))
	}
}

// TestPlainArticleHTML checks the classroom's article text: the text
// exactly, paragraph by paragraph, and only the linked passages marked,
// nested as they nest.
func TestPlainArticleHTML(t *testing.T) {
	a := &article.Article{
		Text: "Ana said “yes & no”.\nRui agreed.",
		Mentions: []article.Mention{
			{ID: "m1", Span: article.Span{Start: 0, End: 3}},
			{ID: "m2", Span: article.Span{Start: 25, End: 28}},
		},
		Quotes: []article.QuoteSpan{{ID: "q1", Span: article.Span{Start: 12, End: 20}}},
	}
	tests := []struct {
		linked map[string]bool
		want   string
	}{
		{nil, `<div class="article-text"><p>Ana said “yes &amp; no”.</p><p>Rui agreed.</p></div>`},
		{map[string]bool{"q1": true, "m2": true},
			`<div class="article-text"><p>Ana said “<span class="passage" id="passage-q1" data-passage="q1">yes &amp; no</span>”.</p>` +
				`<p><span class="passage" id="passage-m2" data-passage="m2">Rui</span> agreed.</p></div>`},
	}
	for _, tt := range tests {
		if got := plainArticleHTML(a, tt.linked); got != tt.want {
			t.Errorf("plainArticleHTML(%v) =\n%s\nwant\n%s", tt.linked, got, tt.want)
		}
	}
}

// TestQuoteShort quotes a student's selection once, whether or not it
// takes in the text's own quotation marks.
func TestQuoteShort(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Porto will plant 300 trees.", "“Porto will plant 300 trees.”"},
		{"“Porto will plant 300 trees.”", "“Porto will plant 300 trees.”"},
		{`"Porto will plant 300 trees."`, "“Porto will plant 300 trees.”"},
		{"“We will start,” she said", "““We will start,” she said”"},
		{"  two\nlines  ", "“two lines”"},
		{"abcdefghij", "“abcde…”"},
	}
	for _, tt := range tests {
		n := 160
		if tt.in == "abcdefghij" {
			n = 5
		}
		if got := ui.ShortQuote(tt.in, n); got != tt.want {
			t.Errorf("quoteShort(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFindEvidenceGoToText checks the button that takes the student to the
// text to find a passage: there while the exercise waits for an answer,
// and while it is tried again, and gone once it is answered, when the
// selection button is disabled too.
func TestFindEvidenceGoToText(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	var find exercise.Exercise
	for _, e := range exercise.Generate(a) {
		if e.Kind == exercise.FindEvidence {
			find = e
			break
		}
	}
	if find.ID == "" {
		t.Fatal("the test article has no find-the-evidence exercise")
	}
	p := exercise.NewProgress(a.ID)
	p.RecordSelection(find, a, 0, 5, time.Date(2025, 5, 2, 9, 0, 0, 0, time.UTC))
	ans, ok := p.Answers[find.ID]
	if !ok {
		t.Fatal("the selection was not recorded")
	}
	tests := []struct {
		name         string
		card         exerciseCard
		wantGoTo     bool
		wantDisabled bool
	}{
		{"unanswered", exerciseCard{Ex: find, Number: 3}, true, false},
		{"answered", exerciseCard{Ex: find, Number: 3, Answered: true, Answer: ans}, false, true},
		{"trying again", exerciseCard{Ex: find, Number: 3, Answered: true, Answer: ans, Retrying: true}, true, false},
	}
	for _, tt := range tests {
		tags, _ := uitest.GoappTags(t, app.HTMLString(&tt.card))
		goTo := uitest.FindTags(tags, "button", "id", "exercise-3-goto")
		if got := len(goTo) == 1; got != tt.wantGoTo {
			t.Errorf("%s: a button that goes to the text = %v, want %v", tt.name, got, tt.wantGoTo)
		}
		use := uitest.FindTags(tags, "button", "data-use-selection", find.ID)
		if len(use) != 1 {
			t.Fatalf("%s: %d selection buttons, want 1", tt.name, len(use))
		}
		if _, got := use[0].Attrs["disabled"]; got != tt.wantDisabled {
			t.Errorf("%s: selection button disabled = %v, want %v", tt.name, got, tt.wantDisabled)
		}
	}
}

// TestClassroomShowingBar checks the bar above the text while it is read
// for an exercise: to show a passage it only goes back; to find the
// evidence it also answers with the selection and says why an attempt was
// not taken, which the exercise's card then leaves unsaid.
func TestClassroomShowingBar(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	c := newView(a, nil)
	var find string
	for _, e := range c.exercises {
		if e.Kind == exercise.FindEvidence {
			find = e.ID
			break
		}
	}
	c.showing, c.backTo = 4, "exercise-4-show"
	if got, want := uitest.TextContent(app.HTMLString(c.showingBar())), "Showing the passage for exercise 4. Back to exercise 4"; got != want {
		t.Errorf("showing a passage, the bar reads %q, want %q", got, want)
	}
	c.finding, c.notes[find] = find, "Nothing is selected in the article yet."
	html := app.HTMLString(c.showingBar())
	if got, want := uitest.TextContent(html), "Exercise 4: select the passage in the text, then Use my selection Back to exercise 4 Nothing is selected in the article yet."; got != want {
		t.Errorf("finding the evidence, the bar reads %q, want %q", got, want)
	}
	tags, _ := uitest.GoappTags(t, html)
	if len(uitest.FindTags(tags, "div", "data-finding", find)) != 1 || len(uitest.FindTags(tags, "button", "id", "finding-use")) != 1 {
		t.Errorf("finding the evidence, the bar has no data-finding=%q or no button to use the selection:\n%s", find, html)
	}
	if len(uitest.FindTags(tags, "p", "aria-live", "polite")) != 1 {
		t.Errorf("finding the evidence, the bar's note is not in a polite live region")
	}
	// The exercise's card leaves the note to the bar, so that it is read
	// out once.
	n, e, _ := c.exercise(find)
	if note := c.card(n, e).(*exerciseCard).Note; note != "" {
		t.Errorf("finding the evidence, the card says %q too", note)
	}
	c.finding = ""
	if note := c.card(n, e).(*exerciseCard).Note; note == "" {
		t.Errorf("not finding the evidence from the bar, the card does not say why the attempt was not taken")
	}
}

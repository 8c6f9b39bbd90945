package teacher

import (
	"html"
	"os"
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui/uitest"
)

// TestAnswerKey checks that the key lists every exercise Generate makes,
// in order and numbered, with its kind, prompt, every choice, the right
// answer marked in words and the explanation; and for a find-the-evidence
// exercise every passage it accepts, quoted.
func TestAnswerKey(t *testing.T) {
	a := uitest.DefaultArticle(t)
	exercises := exercise.Generate(a)
	if len(exercises) < 12 {
		t.Fatalf("the default article gives %d exercises; the test wants at least 12", len(exercises))
	}
	out := answerKeyHTML(a, exercises)
	items := uitest.Chunks(t, out, "data-exercise")
	if len(items) != len(exercises) {
		t.Fatalf("the key lists %d exercises, want %d", len(items), len(exercises))
	}
	for i, e := range exercises {
		item := items[i]
		if got := item.Tag.Attrs["data-exercise"]; got != e.ID {
			t.Errorf("item %d is %q, want %q", i+1, got, e.ID)
			continue
		}
		if got := item.Tag.Attrs["data-exercise-kind"]; got != string(e.Kind) {
			t.Errorf("%s: data-exercise-kind = %q, want %q", e.ID, got, e.Kind)
		}
		text := uitest.TextContent(item.HTML)
		for _, want := range []string{strconv.Itoa(i+1) + ". " + e.Kind.Label(), e.Prompt, "Why: " + e.Explanation} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the key does not say %q:\n%s", e.ID, want, text)
			}
		}
		tags, _ := uitest.GoappTags(t, item.HTML)
		var answers []uitest.Tag
		for _, tg := range tags {
			if _, ok := tg.Attrs["data-answer"]; ok {
				answers = append(answers, tg)
			}
		}
		if len(answers) != 1 {
			t.Errorf("%s: %d elements with data-answer, want 1", e.ID, len(answers))
			continue
		}
		ans := answers[0]
		if got := ans.Attrs["data-answer"]; got != e.Answer {
			t.Errorf("%s: data-answer = %q, want %q", e.ID, got, e.Answer)
		}
		if e.Kind == exercise.FindEvidence {
			checkKeyPassages(t, a.Text, e, item.HTML)
			continue
		}
		// The explanation sends the teacher to the paragraph that shows
		// the answer, numbered as the worksheet's article is.
		if p := e.LinkParagraph(a); p > 0 && !strings.Contains(text, e.Explanation+" See paragraph "+strconv.Itoa(p)+".") {
			t.Errorf("%s: the key does not send the teacher to paragraph %d:\n%s", e.ID, p, text)
		}
		var choices []string
		for _, tg := range tags {
			if id, ok := tg.Attrs["data-choice"]; ok {
				choices = append(choices, id)
			}
		}
		var want []string
		for _, c := range e.Choices {
			want = append(want, c.ID)
		}
		if strings.Join(choices, " ") != strings.Join(want, " ") {
			t.Errorf("%s: choices %v, want %v", e.ID, choices, want)
		}
		if ans.Attrs["data-choice"] != e.Answer {
			t.Errorf("%s: the answer is marked on choice %q, want %q", e.ID, ans.Attrs["data-choice"], e.Answer)
		}
		right, _ := e.Choice(e.Answer)
		if !strings.Contains(text, "Right answer: "+right.Label) {
			t.Errorf("%s: the key does not say \"Right answer: %s\":\n%s", e.ID, right.Label, text)
		}
		if n := strings.Count(text, "Right answer"); n != 1 {
			t.Errorf("%s: the key says \"Right answer\" %d times, want once", e.ID, n)
		}
	}
}

// TestAnswerKeySuggested checks that each exercise resting on a claim the
// annotator suggested is marked in the key, with data-suggested="true"
// and a note to check the claim first, and only those; and that the key
// says at its top how many there are.
func TestAnswerKeySuggested(t *testing.T) {
	tests := []struct {
		name    string
		marked  func(a *article.Article) // marks claims as suggested
		summary string                   // what the key says at its top, "" for nothing
	}{
		{"none", func(a *article.Article) {}, ""},
		{"one claim", func(a *article.Article) { a.Claims[0].Suggested = true }, " of these 51 exercises rest on claims found automatically."},
		{"every claim", func(a *article.Article) {
			for i := range a.Claims {
				a.Claims[i].Suggested = true
			}
		}, " of these 51 exercises rest on claims found automatically."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := uitest.DefaultArticle(t)
			tt.marked(a)
			exercises := exercise.Generate(a)
			out := answerKeyHTML(a, exercises)
			items := uitest.Chunks(t, out, "data-exercise")
			if len(items) != len(exercises) {
				t.Fatalf("the key lists %d exercises, want %d", len(items), len(exercises))
			}
			marked := 0
			for i, e := range exercises {
				mark := items[i].Tag.Attrs["data-suggested"]
				note := strings.Contains(uitest.TextContent(items[i].HTML), "This exercise rests on a claim found automatically: check it first.")
				if e.Suggested {
					marked++
				}
				if got, want := mark == "true" && note, e.Suggested; got != want || !e.Suggested && (mark != "" || note) {
					t.Errorf("%s (claim %q, suggested %v): data-suggested %q, note %v", e.ID, e.Claim, e.Suggested, mark, note)
				}
			}
			text := uitest.TextContent(out)
			if tt.summary == "" {
				if marked != 0 || strings.Contains(text, "found automatically") {
					t.Errorf("a key with no suggested claim speaks of one:\n%s", text)
				}
				return
			}
			if marked == 0 {
				t.Fatal("no exercise rests on the claims marked")
			}
			if want := strconv.Itoa(marked) + strings.Replace(tt.summary, "51", strconv.Itoa(len(exercises)), 1); !strings.Contains(text, want) {
				t.Errorf("the key does not say %q:\n%.400s", want, text)
			}
		})
	}
	for _, tt := range []struct {
		n, of int
		want  string
	}{
		{1, 1, "The exercise rests on a claim found automatically."},
		{3, 3, "All 3 exercises rest on claims found automatically."},
		{1, 9, "1 of these 9 exercises rests on a claim found automatically."},
		{4, 9, "4 of these 9 exercises rest on claims found automatically."},
	} {
		if got := suggestedSummary(tt.n, tt.of); got != tt.want {
			t.Errorf("suggestedSummary(%d, %d) = %q, want %q", tt.n, tt.of, got, tt.want)
		}
	}
}

// checkKeyPassages checks that a find-the-evidence exercise's key quotes
// each passage it accepts.
func checkKeyPassages(t *testing.T, text string, e exercise.Exercise, item string) {
	t.Helper()
	tags, _ := uitest.GoappTags(t, item)
	var got []string
	for _, tg := range tags {
		if id, ok := tg.Attrs["data-passage"]; ok {
			got = append(got, id)
		}
	}
	if strings.Join(got, " ") != e.Answer {
		t.Errorf("%s: passages %v, want %q", e.ID, got, e.Answer)
	}
	if !strings.Contains(uitest.TextContent(item), "Right answer:") {
		t.Errorf("%s: the key does not say which passages are right", e.ID)
	}
	a := uitest.DefaultArticle(t)
	for _, id := range e.Accepted() {
		quoted, para := evidencePassage(a, id)
		if para == 0 || !strings.Contains(text, quoted) {
			t.Errorf("%s: passage %s is not in the article's text", e.ID, id)
		}
		if !strings.Contains(item, "<q>"+html.EscapeString(quoted)+"</q>") && !strings.Contains(html.UnescapeString(item), quoted) {
			t.Errorf("%s: passage %s (%q) is not quoted", e.ID, id, quoted)
		}
	}
}

// TestAnswerKeyEmpty checks that an article with no exercises gets a key
// that says so, rather than an empty list.
func TestAnswerKeyEmpty(t *testing.T) {
	b, err := os.ReadFile("../../exercise/testdata/articles/porto-plain.json")
	if err != nil {
		t.Fatal(err)
	}
	a := uitest.ParseArticle(t, "porto-plain.json", string(b))
	if n := len(exercise.Generate(a)); n != 0 {
		t.Fatalf("porto-plain.json gives %d exercises; the test wants none", n)
	}
	out := answerKeyHTML(a, exercise.Generate(a))
	if !strings.Contains(uitest.TextContent(out), "give no exercises") {
		t.Errorf("an empty key does not say so:\n%s", out)
	}
}

// TestEvidencePassage checks the passage and paragraph the key quotes, and
// an id the article does not have.
func TestEvidencePassage(t *testing.T) {
	a := uitest.DefaultArticle(t)
	for _, ev := range a.Evidence {
		got, para := evidencePassage(a, ev.ID)
		if got != a.Text[ev.Start:ev.End] || para < 1 {
			t.Errorf("evidencePassage(%s) = %q, %d; want %q in a paragraph", ev.ID, got, para, a.Text[ev.Start:ev.End])
		}
	}
	if got, para := evidencePassage(a, "e999"); got != "e999" || para != 0 {
		t.Errorf("evidencePassage(e999) = %q, %d; want the id and 0", got, para)
	}
}

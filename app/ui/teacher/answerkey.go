package teacher

import (
	"strconv"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// answerKeyHTML renders the key: every exercise with its right answer,
// marked in words, and its explanation; for a find-the-evidence exercise,
// the passages it accepts, quoted. It is numbered as the worksheet is, and
// built once, as one HTML string with a single root.
func answerKeyHTML(a *article.Article, exercises []exercise.Exercise) string {
	var m ui.Markup
	m.Open("section", "id", keyID, "class", "answer-key", "aria-labelledby", keyID+"-title")
	m.Elem("h2", "Answer key", "id", keyID+"-title")
	m.Elem("p", "Answer key for “"+a.Title+"”", "class", "print-only")
	if n := suggestedCount(exercises); n > 0 {
		m.Open("p", "class", "suggested-note key-suggested").
			Elem("strong", suggestedSummary(n, len(exercises))).
			Text(" No one has checked those claims yet: check each in the editor, or against the article, before you teach with it. Each such exercise says so below.").
			Close("p")
	}
	if len(exercises) == 0 {
		m.Elem("p", "This article's annotations give no exercises: it has no quotes, no claims and no date to infer.", "class", "empty")
	} else {
		m.Open("ol", "class", "exercise-list")
		for i, e := range exercises {
			keyItem(&m, a, i+1, e)
		}
		m.Close("ol")
	}
	m.Close("section")
	return m.String()
}

// keyItem writes one exercise of the key. One that rests on a claim the
// annotator suggested carries data-suggested="true" and says, under its
// heading, to check the claim first.
func keyItem(m *ui.Markup, a *article.Article, n int, e exercise.Exercise) {
	attrs := []string{"class", "exercise", "data-exercise", e.ID, "data-exercise-kind", string(e.Kind)}
	if e.Suggested {
		attrs = append(attrs, "data-suggested", "true")
	}
	m.Open("li", attrs...)
	m.Elem("h3", questionHeading(n, e))
	if e.Suggested {
		m.Open("p", "class", "suggested-note").
			Elem("strong", "This exercise rests on a claim found automatically:").
			Text(" check it first.").
			Close("p")
	}
	m.Elem("p", e.Prompt, "class", "prompt")
	if e.Kind == exercise.FindEvidence {
		keyPassages(m, a, e)
	} else {
		m.Open("ul", "class", "choices", "aria-label", "Choices")
		for _, c := range e.Choices {
			if c.ID != e.Answer {
				m.Elem("li", c.Label, "class", "choice", "data-choice", c.ID)
				continue
			}
			m.Open("li", "class", "choice is-answer", "data-choice", c.ID, "data-answer", c.ID).
				Elem("strong", "Right answer: ", "class", "answer-tag").
				Text(c.Label).
				Close("li")
		}
		m.Close("ul")
	}
	m.Open("p", "class", "explanation").Elem("strong", "Why: ").Text(e.Explanation)
	if p := e.LinkParagraph(a); p > 0 && e.Kind != exercise.FindEvidence {
		// A find-the-evidence exercise names each passage's paragraph.
		m.Text(" See paragraph " + strconv.Itoa(p) + ".")
	}
	m.Close("p")
	m.Close("li")
}

// keyPassages quotes the evidence a find-the-evidence exercise accepts,
// each with its paragraph.
func keyPassages(m *ui.Markup, a *article.Article, e exercise.Exercise) {
	ids := e.Accepted()
	m.Open("div", "class", "accepted is-answer", "data-answer", e.Answer)
	m.Open("p").Elem("strong", acceptedLabel(len(ids)), "class", "answer-tag").Close("p")
	m.Open("ul")
	for _, id := range ids {
		text, para := evidencePassage(a, id)
		m.Open("li", "data-passage", id).Elem("q", text)
		if para > 0 {
			m.Text(" (paragraph " + strconv.Itoa(para) + ")")
		}
		m.Close("li")
	}
	m.Close("ul")
	m.Close("div")
}

func acceptedLabel(n int) string {
	if n == 1 {
		return "Right answer: this passage, or most of it:"
	}
	return "Right answer: any of these " + strconv.Itoa(n) + " passages, or most of one:"
}

// evidencePassage returns the text of an evidence passage and the number
// of its paragraph, from 1; or the id and 0 if the article has no such
// passage.
func evidencePassage(a *article.Article, id string) (string, int) {
	for _, ev := range a.Evidence {
		if ev.ID != id || ev.Start < 0 || ev.End > len(a.Text) || ev.Start >= ev.End {
			continue
		}
		for i, p := range a.Paragraphs() {
			if p.Contains(ev.Span) {
				return a.Text[ev.Start:ev.End], i + 1
			}
		}
		return a.Text[ev.Start:ev.End], 0
	}
	return id, 0
}

// suggestedCount counts the exercises that rest on a claim the annotator
// suggested.
func suggestedCount(exercises []exercise.Exercise) int {
	n := 0
	for _, e := range exercises {
		if e.Suggested {
			n++
		}
	}
	return n
}

// suggestedSummary says how many of the key's exercises rest on claims
// found automatically.
func suggestedSummary(n, of int) string {
	if n == of {
		if n == 1 {
			return "The exercise rests on a claim found automatically."
		}
		return "All " + strconv.Itoa(n) + " exercises rest on claims found automatically."
	}
	if n == 1 {
		return "1 of these " + strconv.Itoa(of) + " exercises rests on a claim found automatically."
	}
	return strconv.Itoa(n) + " of these " + strconv.Itoa(of) + " exercises rest on claims found automatically."
}

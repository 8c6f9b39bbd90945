// Package exercise makes classroom exercises from an article's
// annotations: who said a quote, through which kind of source a statement
// came, whether a claim is an attributed claim, a reported fact or an
// opinion, where the text reports a position, which words are loaded
// language, whose voice is missing and when the article was written. It
// checks answers, explains them, and keeps a student's progress in a file
// a teacher can collect.
//
// It is part of the model: it imports only the standard library and the
// article package, so the server, the WebAssembly app and the tests share
// it. Everything it makes comes from the annotations; it judges no claim
// beyond what the annotations say.
package exercise

import (
	"strings"

	"newsexplorer/app/article"
)

// Kind is the kind of an exercise.
type Kind string

// The kinds of exercise.
const (
	// WhoSaidIt: a quote; the reader chooses its speaker.
	WhoSaidIt Kind = "who-said-it"
	// SourceKind: a party's statement on a claim; the reader chooses the
	// kind of source it came through (a televised meeting, a social-media
	// post, …).
	SourceKind Kind = "source-kind"
	// FindEvidence: a claim and a party; the reader selects, in the
	// article's text, a passage that reports the party's position.
	FindEvidence Kind = "find-evidence"
	// ClaimOrFact: a claim; the reader chooses whether the article gives
	// an attributed claim, a reported fact or a characterization.
	ClaimOrFact Kind = "claim-or-fact"
	// MissingVoice: a claim with a party the article names but gives no
	// statement from; the reader chooses that party.
	MissingVoice Kind = "missing-voice"
	// WhenWritten: the reader chooses when the article was most likely
	// written, from the clues in its text.
	WhenWritten Kind = "when-written"
	// LoadedLanguage: a loaded phrase the article annotates ("neo-Nazi
	// regime", "cruel and senseless war"); the reader chooses it among
	// plain phrases from the same paragraph. The explanation says why it
	// is loaded, gives a more neutral wording and says whose words they
	// are.
	LoadedLanguage Kind = "loaded-language"
)

// Kinds lists the kinds Generate makes, in teaching order: first who
// speaks and how their words reach the article, then finding a position in
// the text, weighing a claim, weighing the words themselves, hearing whose
// voice is missing, and last dating the article itself.
var Kinds = []Kind{WhoSaidIt, SourceKind, FindEvidence, ClaimOrFact, LoadedLanguage, MissingVoice, WhenWritten}

// Label is the kind's name for readers, as a heading.
func (k Kind) Label() string {
	switch k {
	case WhoSaidIt:
		return "Who said it?"
	case SourceKind:
		return "What kind of source?"
	case FindEvidence:
		return "Find the evidence"
	case ClaimOrFact:
		return "Claim or fact?"
	case MissingVoice:
		return "Whose voice is missing?"
	case WhenWritten:
		return "When was it written?"
	case LoadedLanguage:
		return "Loaded language"
	}
	return string(k)
}

// Exercise is one question about an article, with its answer and what to
// tell the reader before and after answering.
type Exercise struct {
	// ID is stable across regenerations of the same article: the kind and
	// the ids of the annotations it is made from ("who-said-it/q3",
	// "source-kind/kursk-retaken/russia", "when-written/kursk"), so saved
	// answers still match. Quote and evidence ids are numbered in text
	// order, so adding a quote earlier in the text renumbers the later ones.
	ID string `json:"id"`
	// Kind is the kind of exercise.
	Kind Kind `json:"kind"`
	// Claim and Party are the ids of the claim and the party the exercise
	// is about; empty when it is about none.
	Claim string `json:"claim,omitempty"`
	Party string `json:"party,omitempty"`
	// Suggested is true when the claim the exercise is about is one the
	// automatic annotator suggested and no person has checked yet: the
	// exercise is made as from any claim, and a teacher's key says to
	// check the claim before teaching with it.
	Suggested bool `json:"suggested,omitempty"`
	// Prompt is the question in plain words, quoting the text where that
	// helps.
	Prompt string `json:"prompt"`
	// Choices are the possible answers, in an order that is the same every
	// time and does not give the answer away (see Generate). Empty for
	// FindEvidence, which is answered by selecting text.
	Choices []Choice `json:"choices,omitempty"`
	// Answer is the ID of the right choice. For FindEvidence it is the ids
	// of the evidence passages that count, separated by spaces ("e2 e5");
	// Accepted splits them.
	Answer string `json:"answer"`
	// Hint nudges the reader toward the answer without giving it away; it
	// is meant to be shown before the answer.
	Hint string `json:"hint"`
	// Explanation says why the answer is right, from the annotations; it is
	// meant to be shown once the exercise is answered.
	Explanation string `json:"explanation"`
	// Link is the id of the span in the text that shows the answer (a
	// quote "q3", an evidence passage "e4", a mention "m12" or a loaded
	// phrase "l2"), which a page turns into a link to its place in the
	// text; empty when there is none. Show it with the explanation: for
	// most kinds it points at the answer. For WhoSaidIt it is the quote the
	// prompt shows, which may be shown from the start.
	Link string `json:"link,omitempty"`
}

// Choice is one possible answer to an exercise.
type Choice struct {
	// ID identifies the choice within its exercise and is what a saved
	// answer records: an entity or party id, a source kind, a date range,
	// a loaded phrase's or a mention's id.
	ID string `json:"id"`
	// Label is the choice as the reader sees it; labels are distinct within
	// an exercise.
	Label string `json:"label"`
	// Feedback is what Check says when this choice is picked: for a wrong
	// choice why it is wrong, without giving the right one away, so the
	// reader can try again.
	Feedback string `json:"feedback"`
}

// Result is the outcome of checking an answer.
type Result struct {
	// Correct reports whether the answer is right.
	Correct bool
	// Feedback explains the outcome in plain words: the explanation when
	// the answer is right, and otherwise why it is wrong.
	Feedback string
}

// Accepted returns the ids of the evidence passages a FindEvidence
// exercise accepts, or for any other kind the one right choice's ID.
func (e Exercise) Accepted() []string {
	return strings.Fields(e.Answer)
}

// Choice returns the choice with the given ID.
func (e Exercise) Choice(id string) (Choice, bool) {
	for _, c := range e.Choices {
		if c.ID == id {
			return c, true
		}
	}
	return Choice{}, false
}

// LinkParagraph is the number, from 1, of the paragraph of a that holds
// the span Link names, as printed pages number them: where a printed
// question can send the reader. It is 0 when there is no such span.
func (e Exercise) LinkParagraph(a *article.Article) int {
	if e.Link == "" {
		return 0
	}
	for _, m := range a.Mentions {
		if m.ID == e.Link {
			return a.ParagraphOf(m.Span)
		}
	}
	for _, q := range a.Quotes {
		if q.ID == e.Link {
			return a.ParagraphOf(q.Span)
		}
	}
	for _, ev := range a.Evidence {
		if ev.ID == e.Link {
			return a.ParagraphOf(ev.Span)
		}
	}
	for _, l := range a.Loaded {
		if l.ID == e.Link {
			return a.ParagraphOf(l.Span)
		}
	}
	return 0
}

// Check checks a choice: answer is the ID of the chosen Choice. A
// FindEvidence exercise is answered with CheckSelection instead, and Check
// says so.
func (e Exercise) Check(answer string) Result {
	if e.Kind == FindEvidence {
		return Result{Feedback: "Answer this one by selecting a passage in the article."}
	}
	c, ok := e.Choice(answer)
	switch {
	case !ok:
		return Result{Feedback: "That is not one of the choices: pick one of them."}
	case answer == e.Answer:
		return Result{Correct: true, Feedback: "Right. " + e.Explanation}
	case c.Feedback != "":
		return Result{Feedback: c.Feedback}
	}
	return Result{Feedback: "Not this one. " + e.Hint}
}

// Package exercises is an article's exercises for students: each
// exercise a card (card.go) with its choices or its passage to find, the
// article's text beside them for finding evidence (text.go), the score
// (score.go), the student's name and downloads (progresstools.go), and
// starting over (startover.go). Answers are saved in the browser as they
// are given (progressstore.go). The view is in view.go and what it does
// on each action in handlers.go.
package exercises

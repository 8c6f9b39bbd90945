package editor

import "newsexplorer/app/article"

// history is the editor's undo and redo: the editor as it was before
// each change that can be undone, and as it was after each change undone,
// with what the change did. The latest is last. It keeps the article's
// versions within a memory budget, always at least the latest one, so
// that a very long article can still be corrected on a school tablet.
type history struct {
	undo, redo []version
}

// state is what undo and redo give back: the article, and the highlight
// that was selected in it, so that undoing a removal shows what came
// back.
type state struct {
	art      *article.Article
	selected article.Span
	quote    bool
}

// version is the editor as it was on one side of a change, and what the
// change did ("Highlight removed.").
type version struct {
	state
	what string
}

// historyBudget bounds, in bytes as weigh counts them, the versions the
// history keeps; historyMax bounds their number.
const (
	historyBudget = 32 << 20
	historyMax    = 50
)

// record keeps before, the editor as it was before the change that did
// what, to undo it. A change made after an undo cannot redo what was
// undone.
func (h *history) record(before state, what string) {
	h.undo = keepWithin(append(h.undo, version{before, what}))
	h.redo = nil
}

// back undoes the latest change: it returns the editor as it was before
// it, and what the change did, and keeps current to redo the change. ok is
// false when there is nothing to undo.
func (h *history) back(current state) (before state, what string, ok bool) {
	return shift(&h.undo, &h.redo, current)
}

// forward redoes the latest change undone: it returns the editor as it
// was after it, and what the change did, and keeps current to undo it
// again. ok is false when there is nothing to redo.
func (h *history) forward(current state) (after state, what string, ok bool) {
	return shift(&h.redo, &h.undo, current)
}

// shift takes the latest version off from and returns it, keeping current
// on to with what the same change did; ok is false when from is empty.
func shift(from, to *[]version, current state) (state, string, bool) {
	if len(*from) == 0 {
		return state{}, "", false
	}
	v := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = keepWithin(append(*to, version{current, v.what}))
	return v.state, v.what, true
}

// next returns what undo and redo would undo and redo, "" for nothing.
func (h *history) next() (undo, redo string) {
	if n := len(h.undo); n > 0 {
		undo = h.undo[n-1].what
	}
	if n := len(h.redo); n > 0 {
		redo = h.redo[n-1].what
	}
	return undo, redo
}

// clear forgets every change, as when another article is opened.
func (h *history) clear() { h.undo, h.redo = nil, nil }

// keepWithin drops the oldest versions of vs until they are within the
// budget, keeping the latest whatever its weight.
func keepWithin(vs []version) []version {
	total := 0
	for i := len(vs) - 1; i >= 0; i-- {
		total += weigh(vs[i].art)
		if len(vs)-i > historyMax || (total > historyBudget && i < len(vs)-1) {
			return append([]version(nil), vs[i+1:]...)
		}
	}
	return vs
}

// weigh estimates the memory a version of an article holds: its text, and
// a few dozen bytes for each of its entities, mentions, quotes, loaded
// phrases, claims and pieces of evidence.
func weigh(a *article.Article) int {
	const perItem = 96
	return len(a.Text) + perItem*(len(a.Entities)+len(a.Mentions)+len(a.Quotes)+len(a.Loaded)+len(a.Claims)+len(a.Evidence))
}

// Package editor is the page where an author opens, pastes or annotates
// an article, corrects its highlights, quotes and claims, and downloads
// the article file. It runs in the authors' program (wasm/author), with
// the annotator, never in the reading program.
//
// The view is in view.go, its panels in panel.go and claims.go, each
// claim's card in claimcard.go, and what it does on each action in
// handlers.go and claimhandlers.go. The claims the annotator suggested
// are accepted or rejected in suggestions.go, and kept when the same text
// is annotated again in reannotate.go. The claim form is claimform.go;
// undo and redo, history.go; the draft kept in the browser,
// draftstore.go; the warning of typing not saved before an update,
// unsaved.go; a link that carries the article, share.go.
package editor

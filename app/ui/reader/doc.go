// Package reader is the reading view of an article: the text with its
// highlights, the legend that switches them by type, the card of an
// entity or quote, and the panel of the claims the article reports,
// with links both ways between a claim's evidence and the text. It is
// also the library page, which lists the articles to read.
//
// The view (view.go) is made of parts, one per file: the header
// (header.go), the legend (legend.go), the text (text.go), the entity
// card (card.go) and the claims panel (claims.go, claimshtml.go). What a
// reader activates is handled in selection.go; the choice of highlights
// lives in the address (shown.go) and in the browser (saved.go), and so
// does the choice of labels on a small screen (labels.go); a toggle
// pressed while the program loaded is taken up when it starts
// (earlypress.go). On the first load the view starts from the parts the
// server rendered (pageparts.go), before the article's data is parsed.
package reader

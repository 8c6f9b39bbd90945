package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// The functions in this file read and set the browser's selection in an
// article's text (the element with id rootID), converting between the
// DOM's positions (a node and an offset in UTF-16 code units) and the
// article's byte offsets. Each paragraph element holds exactly its
// paragraph's text (plainArticleHTML, ArticleHTML: marks add elements,
// never text), so a position's offset is its paragraph's start plus the
// length of the paragraph's text before it. They do nothing on the server.

// paragraphElements returns the article's paragraph elements, which match
// a.Paragraphs() one for one, or ok false when the page does not hold the
// article as expected.
func paragraphElements(a *article.Article, rootID string) (els []app.Value, ok bool) {
	if !app.IsClient || a == nil {
		return nil, false
	}
	root := app.Window().GetElementByID(rootID)
	if !root.Truthy() {
		return nil, false
	}
	list := root.Call("querySelectorAll", ".article-text > p")
	for i := 0; i < list.Length(); i++ {
		els = append(els, list.Index(i))
	}
	return els, len(els) == len(a.Paragraphs()) && len(els) > 0
}

// ReadSelection returns the part of the article the browser's selection
// covers, in byte offsets. A selection that runs past the article is cut
// at its edges; ok is false when nothing in the article is selected.
func ReadSelection(a *article.Article, rootID string) (s article.Span, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = article.Span{}, false
		}
	}()
	els, ok := paragraphElements(a, rootID)
	if !ok {
		return article.Span{}, false
	}
	sel := app.Window().Call("getSelection")
	if !sel.Truthy() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
		return article.Span{}, false
	}
	r := sel.Call("getRangeAt", 0)
	if !r.Call("intersectsNode", app.Window().GetElementByID(rootID)).Bool() {
		return article.Span{}, false
	}
	start := pointOffset(a, els, r.Get("startContainer"), r.Get("startOffset").Int())
	end := pointOffset(a, els, r.Get("endContainer"), r.Get("endOffset").Int())
	if start >= end {
		return article.Span{}, false
	}
	return article.Span{Start: start, End: end}, true
}

// pointOffset converts a DOM position to a byte offset in the article's
// text. A position before the first paragraph is its start; one after the
// last is its end; one between two paragraphs is the next one's start.
func pointOffset(a *article.Article, els []app.Value, node app.Value, offset int) int {
	paragraphs := a.Paragraphs()
	doc := app.Window().Get("document")
	for i, el := range els {
		p := paragraphs[i]
		r := doc.Call("createRange")
		r.Call("selectNodeContents", el)
		switch r.Call("comparePoint", node, offset).Int() {
		case -1:
			return p.Start
		case 0:
			r.Call("setEnd", node, offset)
			// The text before the position, measured in UTF-16 code units
			// as the DOM counts (syscall/js reads no property of a string,
			// so it is measured here). A half of a surrogate pair arrives
			// as U+FFFD, one unit, as in the DOM.
			before := r.Call("toString").String()
			return p.Start + utf16ToBytes(a.Text[p.Start:p.End], bytesToUTF16(before, len(before)))
		}
	}
	return paragraphs[len(paragraphs)-1].End
}

// selectSpan sets the browser's selection to a span of the article's text,
// from anchor to focus (focus may come first), and scrolls the focus end
// into view.
func selectSpan(a *article.Article, rootID string, anchor, focus int) {
	defer func() { recover() }()
	els, ok := paragraphElements(a, rootID)
	if !ok {
		return
	}
	anchorNode, anchorOff := domPoint(a, els, anchor)
	focusNode, focusOff := domPoint(a, els, focus)
	if !anchorNode.Truthy() || !focusNode.Truthy() {
		return
	}
	sel := app.Window().Call("getSelection")
	sel.Call("setBaseAndExtent", anchorNode, anchorOff, focusNode, focusOff)
	el := focusNode
	if el.Get("nodeType").Int() != 1 {
		el = el.Get("parentElement")
	}
	if el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// domPoint converts a byte offset in the article's text to a DOM
// position: a text node and an offset in UTF-16 code units.
func domPoint(a *article.Article, els []app.Value, off int) (app.Value, int) {
	doc := app.Window().Get("document")
	for i, p := range a.Paragraphs() {
		if off < p.Start || off > p.End {
			continue
		}
		units := bytesToUTF16(a.Text[p.Start:p.End], off-p.Start)
		walker := doc.Call("createTreeWalker", els[i], 4) // NodeFilter.SHOW_TEXT
		var last app.Value
		for n := walker.Call("nextNode"); n.Truthy(); n = walker.Call("nextNode") {
			length := n.Get("length").Int()
			if units <= length {
				return n, units
			}
			units -= length
			last = n
		}
		if last != nil && last.Truthy() {
			return last, last.Get("length").Int()
		}
		return els[i], 0
	}
	return app.Null(), 0
}

// ClearSelection removes the page's selection, so that a selection used
// once is not used again by the next button that reads it.
func ClearSelection() {
	if !app.IsClient {
		return
	}
	if sel := app.Window().Call("getSelection"); sel.Truthy() {
		sel.Call("removeAllRanges")
	}
}

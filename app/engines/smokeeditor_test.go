//go:build !js

package engines

import (
	"fmt"
)

// checkPasteAnnotate types a title, pastes an article with a line that
// looks like HTML, and has it annotated in the page, as Chromium's
// TestEditorAnnotatesPastedText does: people and a quote with its
// speaker are highlighted, and the pasted text stays text.
func checkPasteAnnotate(p *page, base string) {
	p.open(base, "/edit")
	const title = "Porto plants trees"
	const text = "Mayor Ana Lima said on Monday that Porto will plant 300 trees.\n" +
		"\"We will start in May,\" Lima told reporters in Porto.\n" +
		"<img src=x onerror=\"window.pasted = 1\"> is what a reader pasted by mistake."
	p.click("the title field", "#paste-title")
	p.waitFor("the focus in the title field", `document.activeElement.id === "paste-title"`)
	p.typeText("typing the title", title)
	p.waitFor("the title typed", fmt.Sprintf(`document.getElementById("paste-title").value === %q`, title))
	// Pasting puts the text in the field at once, with an input event.
	p.eval(fmt.Sprintf(`(() => { const el = document.getElementById("paste-text"); el.value = %q; el.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`, text), new(bool))
	p.click("annotating", `[data-annotate="paste"]`)
	p.waitFor("the annotated article", `!!document.querySelector("[data-draft]") && document.querySelectorAll("#editor-article mark").length > 0`)
	if got := evalAs[string](p, `document.getElementById("editor-title").textContent`); got != title {
		p.errorf("the article's title is %q, want the one typed, %q", got, title)
	}
	people := evalAs[[]string](p, `Array.from(document.querySelectorAll('#editor-article mark[data-entity-type="person"]'), m => m.textContent)`)
	if len(people) == 0 || people[0] != "Ana Lima" {
		p.errorf("people highlighted %q, want Ana Lima first", people)
	}
	speaker := evalAs[string](p, `(document.querySelector("#editor-article mark[data-speaker]") || {dataset: {}}).dataset.speaker || ""`)
	if lima := evalAs[string](p, `(document.querySelector('#editor-article mark[data-entity-type="person"]') || {dataset: {}}).dataset.entity || ""`); speaker == "" || speaker != lima {
		p.errorf("the quote's speaker is %q, want Ana Lima's entity %q", speaker, lima)
	}
	if n := evalAs[int](p, `document.querySelectorAll("#editor-article img").length`); n != 0 || evalAs[bool](p, `window.pasted === 1`) {
		p.errorf("the pasted text made %d img elements or ran as HTML", n)
	}
	p.waitFor("the article kept in the browser", `document.querySelector("[data-editor-status]").textContent.startsWith("Annotated:")`)
}

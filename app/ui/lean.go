package ui

import "strings"

// LeanStart and LeanEnd mark, in a page the server pre-renders, the part
// the program renders again as it starts and a reader does not need
// before it: the claims and the timeline. The service worker leaves that
// part out of the pages it answers from its copy (see worker.js), since
// there the program is at hand and starts in a moment, and the browser
// then parses and lays out the article alone before the program runs. A
// page from the network keeps it, so that a reader on a slow connection
// reads the claims while the program downloads. The worker keeps the
// part as the text of a data block (LeanPartID), which the browser does
// not parse into elements, and the program reads it from there.
const (
	LeanStart = "<!--lean-->"
	LeanEnd   = "<!--/lean-->"
)

// LeanPartID is the id of the data block that holds, in a page from the
// service worker's copy, the part it left out.
const LeanPartID = "lean-part"

// Unlean returns the HTML html with the part between LeanStart and
// LeanEnd (the note and the data block, in a page from the service
// worker's copy) replaced by part; html as it is when it has no such
// part.
func Unlean(html, part string) string {
	start, end := strings.Index(html, LeanStart), strings.Index(html, LeanEnd)
	if start < 0 || end < start {
		return html
	}
	return html[:start+len(LeanStart)] + part + html[end:]
}

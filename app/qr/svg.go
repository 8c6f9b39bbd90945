package qr

import (
	"strconv"
	"strings"
)

// QuietZone is the light margin around a code, in modules, that readers
// need to find it.
const QuietZone = 4

// SVG draws the code as an SVG image with its quiet zone, one module one
// unit, dark modules as a single path over a white square, so that it
// reads on a dark page and on a projector alike. label is the image's
// accessible name; it is escaped.
func (c *Code) SVG(label string) string {
	w := c.Size + 2*QuietZone
	var b strings.Builder
	ws := strconv.Itoa(w)
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + ws + ` ` + ws + `" role="img" aria-label="`)
	b.WriteString(escape(label))
	b.WriteString(`" shape-rendering="crispEdges"><rect width="` + ws + `" height="` + ws + `" fill="#fff"/><path fill="#000" d="`)
	for y := range c.Size {
		for x := 0; x < c.Size; {
			if !c.Dark(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < c.Size && c.Dark(x+run, y) {
				run++
			}
			b.WriteString("M" + strconv.Itoa(x+QuietZone) + " " + strconv.Itoa(y+QuietZone) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String()
}

// escape makes text safe in an attribute value.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

package ui

import (
	"strings"
	"time"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// downloadFile hands the browser a file to save, made in the page: a Blob
// and a link with the download attribute, clicked. Nothing goes to a
// server, so it works offline too. It does nothing on the server.
func downloadFile(name, mime, content string) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	blob := win.Get("Blob").New([]any{content}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// The browser reads the Blob when the download starts; free it later.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, int(time.Minute/time.Millisecond))
}

// downloadName is the name of a downloaded answers file: the article's id,
// the student's name if given, and the extension, with anything but
// letters and digits made a hyphen ("kursk-answers-ana-lima.csv").
func downloadName(articleID, student, ext string) string {
	name := articleID + "-answers"
	if student != "" {
		name += "-" + student
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-") + "." + ext
}

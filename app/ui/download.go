package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DownloadFile hands the browser a file to save, made in the page: a Blob
// and a link with the download attribute, clicked. Nothing goes to a
// server, so it works offline too. It does nothing on the server.
func DownloadFile(name, mime, content string) {
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

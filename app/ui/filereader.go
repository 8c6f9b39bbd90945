package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readFile reads a File of the browser's File API into memory and calls
// done with its bytes, or with why it could not be read. A file larger
// than limit bytes, the most a file of its kind (what) can hold, is not
// read at all. done is called once, from a promise's callback: hand its
// work to the UI goroutine.
func readFile(file app.Value, limit int, what string, done func([]byte, error)) {
	if size := file.Get("size").Int(); size > limit {
		done(nil, fmt.Errorf("the file is %d bytes; %s has at most %d", size, what, limit))
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		buf := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, buf.Length())
		app.CopyBytesToGo(data, buf)
		done(data, nil)
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		msg := "the browser could not read the file"
		if len(args) > 0 && args[0].Truthy() && args[0].Get("message").Truthy() {
			msg += ": " + args[0].Get("message").String()
		}
		done(nil, fmt.Errorf("%s", msg))
		return nil
	})
	file.Call("arrayBuffer").Call("then", ok, fail)
}

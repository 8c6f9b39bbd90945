package ui

import (
	"errors"
	"fmt"

	"github.com/dustin/go-humanize"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ReadFile reads a File of the browser's File API into memory and calls
// done with its bytes, or with why it could not be read. A file larger
// than limit bytes, the most a file of its kind (what) can hold, is not
// read at all. done is called once, from a promise's callback: hand its
// work to the UI goroutine.
func ReadFile(file app.Value, limit int, what string, done func([]byte, error)) {
	if size := file.Get("size").Int(); size > limit {
		done(nil, errors.New(tooLarge(size, limit, what)))
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

// tooLarge says that a file of size bytes is larger than limit, the most
// a file of its kind (what) can hold, in megabytes or kilobytes as a
// reader counts them; in bytes when those would read the same.
func tooLarge(size, limit int, what string) string {
	got, most := humanize.Bytes(uint64(size)), humanize.Bytes(uint64(limit))
	if got == most {
		got, most = humanize.Comma(int64(size))+" bytes", humanize.Comma(int64(limit))+" bytes"
	}
	return "the file is " + got + "; " + what + " has at most " + most
}

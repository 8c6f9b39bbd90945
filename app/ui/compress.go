package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The browser compresses and decompresses shared articles itself, with
// its CompressionStream and DecompressionStream in the deflate-raw
// format: a compressor linked into the program would make it larger for
// every reader. Both functions block their goroutine until the browser
// is done: call them from ctx.Async.

// compressFormat is the format of a shared article's compressed bytes.
const compressFormat = "deflate-raw"

// Compress compresses data with the browser's CompressionStream.
func Compress(data []byte) ([]byte, error) {
	return throughStream("CompressionStream", data, 0)
}

// Decompress decompresses data with the browser's DecompressionStream,
// and stops with an error once the result passes limit bytes.
func Decompress(data []byte, limit int) ([]byte, error) {
	return throughStream("DecompressionStream", data, limit)
}

// throughStream pipes data through a new stream of the named kind and
// reads what comes out, at most limit bytes when limit is above 0.
func throughStream(kind string, data []byte, limit int) (out []byte, err error) {
	if !app.IsClient {
		return nil, errors.New("compression works in the browser only")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the browser could not run its %s: %v", kind, r)
		}
	}()
	win := app.Window()
	ctor := win.Get(kind)
	if !ctor.Truthy() {
		return nil, fmt.Errorf("this browser has no %s; use a recent Chrome, Edge, Firefox or Safari", kind)
	}
	buf := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(buf, data)
	stream := win.Get("Blob").New([]any{buf}).Call("stream").Call("pipeThrough", ctor.New(compressFormat))
	reader := stream.Call("getReader")
	what := "compressed"
	if kind == "DecompressionStream" {
		what = "decompressed"
	}
	for {
		res, err := await(reader.Call("read"))
		if err != nil {
			return nil, fmt.Errorf("the data could not be %s: %w", what, err)
		}
		if res.Get("done").Bool() {
			return out, nil
		}
		chunk := res.Get("value")
		n := chunk.Length()
		if limit > 0 && len(out)+n > limit {
			reader.Call("cancel")
			return nil, fmt.Errorf("it is larger than %d bytes once decompressed", limit)
		}
		at := len(out)
		out = append(out, make([]byte, n)...)
		app.CopyBytesToGo(out[at:], chunk)
	}
}

// await blocks until a promise settles and returns its value, or its
// reason as an error.
func await(promise app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	done := make(chan result, 1)
	var ok, fail app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "it failed"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer func() { ok.Release(); fail.Release() }()
	promise.Call("then", ok, fail)
	r := <-done
	return r.v, r.err
}

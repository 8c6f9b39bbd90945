package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The states of the app's offline copy, which the page shows and tests
// read from data-offline.
const (
	offlineChecking    = "checking"    // not known yet
	offlineSaving      = "saving"      // the service worker is storing files
	offlineReady       = "ready"       // every file and page is stored
	offlineUnavailable = "unavailable" // this browser or connection cannot keep a copy
)

// offlineStatus tells the reader whether the explorer is ready to work with
// no network. It asks the service worker, which checks that every file and
// page it must store is in its cache; "ready" is said only then.
type offlineStatus struct {
	app.Compo

	state   string
	missing int // files still to store, while saving
	asks    int
}

// offlineAsks bounds how long the status keeps asking while files are
// being stored: one ask a second, for about five minutes on a slow link.
const offlineAsks = 300

func (o *offlineStatus) OnMount(ctx app.Context) {
	o.state = offlineChecking
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		// Service workers need https (or localhost).
		o.state = offlineUnavailable
		return
	}
	// A page the worker already serves is most likely stored already:
	// it says so once the worker answers, rather than "Saving" on every
	// load. A first visit has a worker still storing the files.
	if !sw.Get("controller").Truthy() {
		o.state = offlineSaving
	}
	sw.Get("ready").Then(func(reg app.Value) {
		ctx.Dispatch(func(ctx app.Context) { o.ask(ctx, reg) })
	})
}

// ask sends the active worker an "offline-status" message and shows its
// answer, asking again a second later while files are missing.
func (o *offlineStatus) ask(ctx app.Context, reg app.Value) {
	worker := reg.Get("active")
	if !worker.Truthy() {
		o.retry(ctx, reg)
		return
	}
	channel := app.Window().Get("MessageChannel").New()
	var reply app.Func
	reply = app.FuncOf(func(this app.Value, args []app.Value) any {
		reply.Release()
		data := args[0].Get("data")
		missing := data.Get("missing").Length()
		version := data.Get("version").String()
		ctx.Dispatch(func(ctx app.Context) {
			ctx.NewActionWithValue(actionWorkerVersion, version)
			o.missing = missing
			if missing == 0 {
				o.state = offlineReady
				return
			}
			o.state = offlineSaving
			o.retry(ctx, reg)
		})
		return nil
	})
	channel.Get("port1").Set("onmessage", reply)
	transfer := app.Window().Get("Array").New()
	transfer.Call("push", channel.Get("port2"))
	msg := app.Window().Get("Object").New()
	msg.Set("type", "offline-status")
	worker.Call("postMessage", msg, transfer)
}

func (o *offlineStatus) retry(ctx app.Context, reg app.Value) {
	if o.asks++; o.asks > offlineAsks {
		return
	}
	ctx.After(time.Second, func(ctx app.Context) { o.ask(ctx, reg) })
}

func (o *offlineStatus) Render() app.UI {
	if app.IsServer {
		// Without the app there is no offline copy to speak of.
		return app.P().Class("offline-status").DataSet("offline", offlineChecking)
	}
	var icon, text string
	switch o.state {
	case offlineReady:
		icon, text = "✓", "Ready for offline use"
	case offlineSaving:
		icon, text = "↓", "Saving for offline use…"
		if o.missing > 0 {
			text = "Saving for offline use: " + strconv.Itoa(o.missing) + " files to go…"
		}
	case offlineUnavailable:
		icon, text = "✗", "Offline use needs a secure (https) connection"
	default:
		icon, text = "…", "Checking offline use…"
	}
	return app.P().
		Class("offline-status", "offline-"+o.state).
		DataSet("offline", o.state).
		Attr("role", "status").
		Body(
			app.Span().Class("offline-icon").Aria("hidden", "true").Text(icon),
			app.Text(" "+text),
		)
}

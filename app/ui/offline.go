package ui

import (
	"time"

	"github.com/dustin/go-humanize/english"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The states of the app's offline copy, which the page shows and tests
// read from data-offline.
const (
	offlineChecking    = "checking"    // not known yet
	offlineSaving      = "saving"      // the service worker is storing files
	offlineReady       = "ready"       // every file and page is stored
	offlineFailed      = "failed"      // storing stopped: a download failed, or no space
	offlineUnavailable = "unavailable" // this browser or connection cannot keep a copy
)

// offlineKnown is the last state this page learned, which the status of
// the next view, after a link within the app, starts from rather than
// saying "Saving" or "Checking" again.
var offlineKnown string

// offlineStatus tells the reader whether the explorer is ready to work with
// no network. It asks the service worker, which checks that every file and
// page it must store is in its cache; "ready" is said only then. A first
// visit whose worker fails to store everything says so, with a way to try
// again.
//
// Screen readers hear the status when it says something new: a first
// visit's copy stored, or failing. Checking a copy already stored, at
// every page, is said silently.
type offlineStatus struct {
	app.Compo

	state   string
	missing int // files still to store, while saving
	asks    int
	live    bool // screen readers are told of changes
	secure  bool // the page is in a secure context, where workers may run
}

// offlineAsks bounds how long the status keeps asking while files are
// being stored: one ask a second, for about five minutes on a slow link.
const offlineAsks = 300

// installChecks bounds how long the status waits for the browser to
// register the service worker on a first visit: one check a second.
const installChecks = 10

func (o *offlineStatus) OnMount(ctx app.Context) {
	o.state = offlineChecking
	o.secure = app.Window().Get("isSecureContext").Truthy()
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		// Service workers need https (or localhost), and some browsers
		// turn them off, as in private windows.
		o.state = offlineUnavailable
		return
	}
	switch {
	case offlineKnown != "" && offlineKnown != offlineFailed:
		o.state = offlineKnown
		if o.state == offlineSaving && !sw.Get("controller").Truthy() {
			o.live = true // the first visit's copy, still being stored
			o.watchInstall(ctx, sw, 0)
		}
	case !sw.Get("controller").Truthy():
		// A first visit: the worker is still storing the files. A page
		// the worker already serves is most likely stored already: it
		// says so once the worker answers, rather than "Saving" on every
		// load.
		o.state, o.live = offlineSaving, true
		o.watchInstall(ctx, sw, 0)
	}
	sw.Get("ready").Then(func(reg app.Value) {
		ctx.Dispatch(func(ctx app.Context) { o.ask(ctx, reg) })
	})
}

// set shows a new state, telling screen readers when it is news.
func (o *offlineStatus) set(state string) {
	if state != offlineReady {
		o.live = true
	}
	o.state, offlineKnown = state, state
}

// watchInstall follows a first visit's service worker as it stores the
// files, once a second: one that the browser refused to register, or that
// gave up storing them (a download failed, or the device is out of
// space), leaves a registration with no worker, or none, and the status
// says so. A registration is given a few seconds to appear.
func (o *offlineStatus) watchInstall(ctx app.Context, sw app.Value, checks int) {
	sw.Call("getRegistration").Then(func(reg app.Value) {
		ctx.Dispatch(func(ctx app.Context) {
			switch {
			case o.state == offlineReady || reg.Truthy() && reg.Get("active").Truthy():
				ctx.PreventUpdate() // ready resolves, and the status asks the worker
				return
			case reg.Truthy() && (reg.Get("installing").Truthy() || reg.Get("waiting").Truthy()):
				ctx.PreventUpdate() // still storing the files
			case checks >= installChecks || reg.Truthy():
				o.set(offlineFailed)
				return
			default:
				ctx.PreventUpdate()
			}
			ctx.After(time.Second, func(ctx app.Context) { o.watchInstall(ctx, sw, checks+1) })
		})
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
				o.set(offlineReady)
				return
			}
			o.set(offlineSaving)
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
			text = "Saving for offline use: " + english.Plural(o.missing, "file", "") + " to go…"
		}
	case offlineFailed:
		icon, text = "✗", "Not saved for offline use: a download stopped, or the device is out of space."
	case offlineUnavailable:
		icon, text = "✗", "Offline use needs a secure (https) connection"
		if o.secure {
			icon, text = "✗", "This browser does not allow offline use here (as in a private window)"
		}
	default:
		icon, text = "…", "Checking offline use…"
	}
	live := "off"
	if o.live {
		live = "polite"
	}
	return app.P().
		Class("offline-status", "offline-"+o.state).
		DataSet("offline", o.state).
		Attr("role", "status").
		Aria("live", live).
		Body(
			app.Span().Class("offline-icon").Aria("hidden", "true").Text(icon),
			app.Text(" "+text),
			app.If(o.state == offlineFailed, func() app.UI {
				return ScriptButton("Try again", func(ctx app.Context, e app.Event) { ctx.Reload() }).Class("offline-retry")
			}),
		)
}

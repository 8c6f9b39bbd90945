package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// actionWorkerVersion carries the version of the active service worker.
const actionWorkerVersion = "worker-version"

// updateNotice offers a new version of the explorer as soon as the
// service worker has stored it, rather than leaving the reader on the old
// one until a second reload. Reloading keeps everything saved in the
// browser: the new version reads the same storage.
type updateNotice struct {
	app.Compo

	ready   bool
	unsaved int // fields with unsaved typing, when the reader asked to reload
}

func (u *updateNotice) OnMount(ctx app.Context) {
	u.ready = ctx.AppUpdateAvailable()
	watchForUpdates()
	ctx.Handle(actionWorkerVersion, func(ctx app.Context, a app.Action) { u.workerVersion(a.Value) })
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	// The worker says so when a version activates; offlineStatus passes
	// on the version of the worker it asks.
	sw.Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		data := args[0].Get("data")
		if data.Truthy() && data.Get("type").String() == "activated" {
			version := data.Get("version").String()
			ctx.Dispatch(func(ctx app.Context) { u.workerVersion(version) })
		}
		return nil
	}))
}

// updateChecks is whether the page already checks for new versions.
var updateChecks bool

// updateEvery is how often a page left open checks for a new version.
const updateEvery = 30 * time.Minute

// watchForUpdates has the browser check for a new version of the worker
// when a page left open (a tab in the background, an installed app) comes
// back into view or online, and every half hour, at most once a minute:
// otherwise only a new visit would find it. The check is one small
// request, answered "not modified" when there is nothing new; a new
// version is stored in the background and the notice offers it.
func watchForUpdates() {
	if updateChecks || !app.IsClient {
		return
	}
	updateChecks = true
	var last time.Time
	check := func() {
		if time.Since(last) < time.Minute {
			return
		}
		last = time.Now()
		app.TryUpdate()
	}
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(this app.Value, args []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			check()
		}
		return nil
	}))
	app.Window().Call("addEventListener", "online", app.FuncOf(func(this app.Value, args []app.Value) any {
		check()
		return nil
	}))
	app.Window().Call("setInterval", app.FuncOf(func(this app.Value, args []app.Value) any {
		check()
		return nil
	}), updateEvery.Milliseconds())
}

// workerVersion offers the update when the service worker runs another
// version than the page.
func (u *updateNotice) workerVersion(v any) {
	if version, _ := v.(string); version != "" && version != app.Getenv("GOAPP_VERSION") {
		u.ready = true
	}
}

// OnAppUpdate is called by go-app when a new version is stored and active.
func (u *updateNotice) OnAppUpdate(ctx app.Context) {
	u.ready = true
}

func (u *updateNotice) Render() app.UI {
	box := app.Div().Class("update-notice").Attr("role", "status")
	if !u.ready {
		return box
	}
	if u.unsaved > 0 && unsavedWarning != nil {
		return box.DataSet("update", "ready").Body(unsavedWarning(u.unsaved, func(ctx app.Context, e app.Event) { u.unsaved = 0 })...)
	}
	return box.DataSet("update", "ready").Body(
		app.P().ID("update-text").Text("A new version of the explorer is ready. Your saved choices are kept."),
		ScriptButton("Reload to update", u.onReload).Class("update-reload"),
	)
}

// unsavedTyping and unsavedWarning are set by the authors' program, whose
// editor holds text typed and not yet saved (see Program): the first
// counts the fields that hold some, the second says so in the update
// notice, for that many fields, with Not now, which runs notNow, and
// Reload anyway. The reading program has no such fields, and leaves them
// out.
var (
	unsavedTyping  func() int
	unsavedWarning func(fields int, notNow app.EventHandler) []app.UI
)

// onReload reloads into the new version; but first, text typed into the
// page and not yet saved, such as an article pasted into the editor, is
// named, with the choice to keep it for now or reload anyway.
func (u *updateNotice) onReload(ctx app.Context, e app.Event) {
	if u.unsaved == 0 && unsavedTyping != nil {
		if u.unsaved = unsavedTyping(); u.unsaved > 0 {
			ctx.Defer(func(app.Context) { FocusElement("update-not-now") })
			return
		}
	}
	ctx.Reload()
}

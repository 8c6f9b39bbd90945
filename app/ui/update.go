package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// actionWorkerVersion carries the version of the active service worker.
const actionWorkerVersion = "worker-version"

// updateNotice offers a new version of the explorer as soon as the
// service worker has stored it, rather than leaving the reader on the old
// one until a second reload. Reloading keeps everything saved in the
// browser: the new version reads the same storage.
type updateNotice struct {
	app.Compo

	ready bool
}

func (u *updateNotice) OnMount(ctx app.Context) {
	u.ready = ctx.AppUpdateAvailable()
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
	return box.DataSet("update", "ready").Body(
		app.P().Text("A new version of the explorer is ready. Your saved choices are kept."),
		app.Button().
			Type("button").
			Class("update-reload").
			OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }).
			Text("Reload to update"),
	)
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

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

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// StorageChange is a change that another tab or window of this browser
// made to the data the browser keeps for the site: the key it changed and
// its new value; Cleared when the whole storage was cleared, Removed when
// the key was.
type StorageChange struct {
	Key, Value       string
	Cleared, Removed bool
}

// OtherTabs hears the changes other tabs make to the kept data (the
// browser's storage event, which it sends to every page of the site but
// the one that made the change) and hands each to f on the UI goroutine.
type OtherTabs struct {
	listener app.Func
}

// listen starts handing changes to f.
func (o *OtherTabs) Listen(ctx app.Context, f func(ctx app.Context, ch StorageChange)) {
	if !app.IsClient || o.listener != nil {
		return
	}
	o.listener = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		key, value := args[0].Get("key"), args[0].Get("newValue")
		ch := StorageChange{Cleared: key.IsNull(), Removed: value.IsNull()}
		if !ch.Cleared {
			ch.Key = key.String()
		}
		if !ch.Removed {
			ch.Value = value.String()
		}
		ctx.Dispatch(func(ctx app.Context) { f(ctx, ch) })
		return nil
	})
	app.Window().Call("addEventListener", "storage", o.listener)
}

// stop stops listening.
func (o *OtherTabs) Stop() {
	if o.listener == nil {
		return
	}
	app.Window().Call("removeEventListener", "storage", o.listener)
	o.listener.Release()
	o.listener = nil
}

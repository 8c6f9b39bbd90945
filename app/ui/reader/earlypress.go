package reader

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// earlyShowVar is the global in which the page keeps the highlights
// chosen with the legend before the program was ready, spelled as the
// address spells them. app.js sets it (app/server/earlypress.js): while
// the program loads, a toggle pressed changes the page as it is, with no
// reload, and the program then starts from that choice.
const earlyShowVar = "newsExplorerEarlyShow"

// earlyChoice returns the highlights chosen before the program was
// ready, if a toggle was pressed then.
func earlyChoice() (shown, bool) {
	if !app.IsClient {
		return 0, false
	}
	v := app.Window().Get(earlyShowVar)
	if v.Type() != app.TypeString {
		return 0, false
	}
	return parseShown(url.Values{shownParam: {v.String()}}), true
}

// takeEarlyChoice makes the choice made before the program was ready the
// reader's, as a press of a toggle does: shown on the page, in the
// address and saved in the browser. The page forgets it then.
func (r *view) takeEarlyChoice(ctx app.Context) {
	s, ok := earlyChoice()
	if !ok {
		return
	}
	app.Window().Set(earlyShowVar, app.Undefined())
	r.rewrite = false
	if s != r.shown {
		r.shown = s
		ctx.Update()
	}
	ctx.Page().ReplaceURL(r.address(*ctx.Page().URL()))
	if err := saveShown(r.shown); err != nil {
		r.notice = "Your highlight choice works on this page but could not be saved for next time: " + err.Error() + "."
	}
}

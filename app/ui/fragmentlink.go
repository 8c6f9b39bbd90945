package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// FragmentLink is a link to a part of the same page, such as the skip
// link, a page's first stop for Tab, past the site's header to its main
// part. go-app follows a link to a fragment by scrolling alone, so the
// link also moves the focus there, and the next Tab goes on from that
// part rather than from where the link was.
type FragmentLink struct {
	app.Compo

	// Target is the id of the part linked to; Text what the link says;
	// Class the link's class, if any.
	Target, Text, Class string
	// Action, if set, is the page's action that shows the target and
	// moves the focus there, given the target's id: on a narrow screen
	// the reading view's target may be in the view not shown.
	Action string
}

func (l *FragmentLink) Render() app.UI {
	a := app.A().Href("#" + l.Target).OnClick(l.onClick).Text(l.Text)
	if l.Class != "" {
		a = a.Class(l.Class)
	}
	return a
}

func (l *FragmentLink) onClick(ctx app.Context, e app.Event) {
	if l.Action != "" {
		ctx.NewActionWithValue(l.Action, l.Target)
		return
	}
	FocusTarget(l.Target)
}

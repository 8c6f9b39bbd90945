package teacher

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// assignID is the id of the section where the teacher makes an
// assignment link.
const assignID = "assign"

// assignBuilder lets a teacher choose exercises, by kind or one by one,
// give the choice a title and a due date, and hand the students a link
// that carries it all: to copy, and as a QR code to show on a projector
// (assignlink.go). No server keeps anything.
//
// Hooks: data-assign="<exercise id>" on each exercise's checkbox,
// data-assign-kind="<kind>" on each kind's, data-assignment-link on the
// field that holds the link (its value).
type assignBuilder struct {
	app.Compo

	// Exercises are the article's exercises, as Generate makes them.
	Exercises []exercise.Exercise
	// Pages are the paths of the article's pages; the link opens its
	// exercises.
	Pages ui.ArticlePaths

	left       map[string]bool // the exercises not chosen: none at first, so all are
	title, due string
	copied     string // what the last Copy did
}

func (b *assignBuilder) Render() app.UI {
	if b.left == nil {
		b.left = map[string]bool{}
	}
	chosen := len(b.Exercises) - len(b.left)
	return app.Section().ID(assignID).Class("assign").Aria("labelledby", assignID+"-heading").Body(
		app.H2().ID(assignID+"-heading").Text("Assign exercises"),
		app.P().Text("Choose the exercises for your class, all of them or some, add a title and a due date if you like, and give the students the link. "+
			"The link carries your choice: no server keeps it, and the students' answers stay in their browsers until they hand in their files."),
		app.Div().Class("assign-fields").Body(
			app.Div().Class("field").Body(
				app.Label().For("assign-title").Text("Title (optional)"),
				app.Input().Type("text").ID("assign-title").MaxLength(exercise.MaxAssignmentTitle).
					OnInput(func(ctx app.Context, e app.Event) { b.title = e.Get("target").Get("value").String() }),
			),
			app.Div().Class("field").Body(
				app.Label().For("assign-due").Text("Due date (optional)"),
				app.Input().Type("date").ID("assign-due").
					OnChange(func(ctx app.Context, e app.Event) { b.due = e.Get("target").Get("value").String() }),
			),
		),
		app.Div().Role("group").Class("assign-choice").Aria("labelledby", "assign-count").Body(
			app.P().ID("assign-count").Class("assign-count").Text("Exercises: "+strconv.Itoa(chosen)+" of "+strconv.Itoa(len(b.Exercises))+" chosen"),
			app.Div().Class("assign-all").Body(
				ui.ScriptButton("Choose all", func(ctx app.Context, e app.Event) { b.left = map[string]bool{}; b.afterChange(ctx) }),
				ui.ScriptButton("Choose none", func(ctx app.Context, e app.Event) {
					for _, ex := range b.Exercises {
						b.left[ex.ID] = true
					}
					b.afterChange(ctx)
				}),
			),
			b.kinds(),
		),
		b.linkPart(chosen),
	)
}

// kinds lists the exercises by kind, each kind with a checkbox that
// chooses all of it, each exercise with its own.
func (b *assignBuilder) kinds() app.UI {
	var groups []app.UI
	for _, k := range exercise.Kinds {
		var items []app.UI
		all, some := true, false
		for i, e := range b.Exercises {
			if e.Kind != k {
				continue
			}
			on := !b.left[e.ID]
			all, some = all && on, some || on
			id := "assign-" + strconv.Itoa(i+1)
			items = append(items, app.Li().Body(
				app.Input().Type("checkbox").ID(id).Checked(on).DataSet("assign", e.ID).OnChange(b.onExercise),
				app.Label().For(id).Body(app.Span().Class("assign-n").Text(strconv.Itoa(i+1)+". "), app.Text(e.Prompt)),
			))
		}
		if len(items) == 0 {
			continue
		}
		id := "assign-kind-" + string(k)
		groups = append(groups, app.Div().Class("assign-kind").Body(
			app.Div().Class("assign-kind-head").Body(
				app.Input().Type("checkbox").ID(id).Checked(all).DataSet("assign-kind", string(k)).
					DataSet("mixed", strconv.FormatBool(some && !all)).OnChange(b.onKind),
				app.Label().For(id).Text(k.Label()+" ("+strconv.Itoa(len(items))+")"),
			),
			app.Ul().Class("assign-exercises").Aria("label", k.Label()).Body(items...),
		))
	}
	return app.Div().Class("assign-kinds").Body(groups...)
}

// The handlers read what changed from the checkbox itself: go-app keeps
// an element's first handler while the function is the same, so a
// closure over one render's values would act on stale ones.

// onExercise chooses or leaves out the exercise of the checkbox changed.
func (b *assignBuilder) onExercise(ctx app.Context, e app.Event) {
	box := e.Get("target")
	id := box.Get("dataset").Get("assign").String()
	if box.Get("checked").Bool() {
		delete(b.left, id)
	} else {
		b.left[id] = true
	}
	b.afterChange(ctx)
}

// onKind chooses every exercise of the kind of the checkbox changed, or
// none of them, as the checkbox now says.
func (b *assignBuilder) onKind(ctx app.Context, e app.Event) {
	box := e.Get("target")
	k := exercise.Kind(box.Get("dataset").Get("assignKind").String())
	on := box.Get("checked").Bool()
	for _, ex := range b.Exercises {
		if ex.Kind != k {
			continue
		}
		if on {
			delete(b.left, ex.ID)
		} else {
			b.left[ex.ID] = true
		}
	}
	b.afterChange(ctx)
}

// afterChange marks the kinds chosen in part as such once the page shows
// the change: a checkbox shows "mixed" only by its indeterminate
// property, which no attribute sets.
func (b *assignBuilder) afterChange(ctx app.Context) {
	b.copied = ""
	ctx.Defer(func(app.Context) {
		markMixed()
		b.markUnchosen()
	})
}

// markUnchosen marks the exercises left out of the choice in the
// worksheet and the answer key (data-unchosen), so that they print the
// chosen exercises alone, under the same numbers in both, and the
// worksheet's preview shows what prints.
func (b *assignBuilder) markUnchosen() {
	items := app.Window().Get("document").Call("querySelectorAll", "#"+worksheetID+" [data-exercise], #"+keyID+" [data-exercise]")
	for i := range items.Length() {
		el := items.Index(i)
		el.Call("toggleAttribute", "data-unchosen", b.left[el.Get("dataset").Get("exercise").String()])
	}
}

func (b *assignBuilder) OnMount(ctx app.Context) { ctx.Defer(func(app.Context) { markMixed() }) }

// markMixed sets the indeterminate state of the kinds' checkboxes from
// their data-mixed.
func markMixed() {
	boxes := app.Window().Get("document").Call("querySelectorAll", "[data-assign-kind]")
	for i := range boxes.Length() {
		box := boxes.Index(i)
		box.Set("indeterminate", box.Get("dataset").Get("mixed").String() == "true")
	}
}

// choice is the link the teacher's choice makes: all, whole kinds, or
// exercises one by one.
func (b *assignBuilder) choice() exercise.AssignmentLink {
	l := exercise.AssignmentLink{Title: b.title, Due: b.due}
	if len(b.left) == 0 {
		return l
	}
	whole := map[exercise.Kind]bool{}
	for _, e := range b.Exercises {
		if _, seen := whole[e.Kind]; !seen {
			whole[e.Kind] = true
		}
		if b.left[e.ID] {
			whole[e.Kind] = false
		}
	}
	partial := false
	for _, e := range b.Exercises {
		chosen := !b.left[e.ID]
		if chosen && !whole[e.Kind] {
			partial = true
		}
		if chosen {
			l.IDs = append(l.IDs, e.ID)
		}
	}
	if !partial {
		l.IDs = nil
		for _, k := range exercise.Kinds {
			if whole[k] {
				l.Kinds = append(l.Kinds, k)
			}
		}
	}
	return l
}

// linkPart is the link made, or why there is none.
func (b *assignBuilder) linkPart(chosen int) app.UI {
	if chosen == 0 {
		return &assignLink{Problem: "Choose at least one exercise to get a link."}
	}
	l := b.choice()
	if err := l.Validate(); err != nil {
		return &assignLink{Problem: "No link yet: the " + strings.TrimPrefix(err.Error(), "assignment: ") + "."}
	}
	origin := ""
	if app.IsClient {
		origin = app.Window().Get("location").Get("origin").String()
	}
	return &assignLink{Link: assignmentURL(origin, b.Pages, l.Query()), Copied: b.copied, OnCopy: b.onCopy}
}

// onCopy copies the link to the clipboard and says whether it could.
func (b *assignBuilder) onCopy(ctx app.Context, link string) {
	ui.CopyText(ctx, link, assignLinkID, func(ok bool) {
		b.copied = "Copied the link: paste it where your students will find it."
		if !ok {
			b.copied = "This browser did not let the page copy the link: it is selected in the field, so copy it from there (Ctrl+C, or ⌘+C)."
		}
	})
}

package reader

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/ui"
)

// On a small screen the text is calmer: a letter tag marks only the first
// mention of each entity (and the first quote of each speaker) and the
// highlight with the focus, and a passage's § button shows only for the
// claim or the entity being looked at (web/style.css). The "Show labels"
// switch shows every tag and every § button. Like the highlights, the
// choice is kept in the address (?labels=all), so that a shared link
// opens with it, and in the browser, so that the explorer opens as it was
// left.

// labelsParam is the URL query parameter that asks for every label;
// labelsAll is its one value.
const (
	labelsParam = "labels"
	labelsAll   = "all"
)

// allLabelsClass is the class on the article's container that shows
// every label. go-app never sets it: the server renders it, and the
// browser switches it directly (applyLabels).
const allLabelsClass = "all-labels"

// parseLabels reads the labels a URL query asks for: on is true for
// ?labels=all, whatever its case; set is false when the query says
// nothing of labels, so that the saved choice applies. Any other value
// asks for the calm text.
func parseLabels(q url.Values) (on, set bool) {
	if !q.Has(labelsParam) {
		return false, false
	}
	return strings.EqualFold(strings.TrimSpace(q.Get(labelsParam)), labelsAll), true
}

// withLabels returns u with the labels choice in its query, leaving other
// parameters as they were: labels=all when on, nothing when off.
func withLabels(u url.URL, on bool) *url.URL {
	q := u.Query()
	if on {
		q.Set(labelsParam, labelsAll)
	} else {
		q.Del(labelsParam)
	}
	u.RawQuery = strings.ReplaceAll(q.Encode(), "%2C", ",")
	return &u
}

// The labels choice saved in the browser, under its own key, so that a
// version that knows nothing of it still reads the saved highlights.
const (
	savedLabelsKey    = "newsexplorer/labels"
	savedLabelsFormat = "news-explorer-labels/1"
)

// savedLabels is the saved form of the labels choice.
type savedLabels struct {
	Format string `json:"format"`
	All    *bool  `json:"all"` // every label shown
}

// encodeLabels is the saved form of the choice on.
func encodeLabels(on bool) string {
	b, _ := json.Marshal(savedLabels{Format: savedLabelsFormat, All: &on}) // always encodes
	return string(b)
}

// decodeLabels reads a saved labels choice, refusing anything it cannot
// read fully, and saying what is wrong.
func decodeLabels(raw string) (bool, error) {
	var v savedLabels
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return false, fmt.Errorf("saved labels: not the JSON this version writes: %v", err)
	}
	if v.Format != savedLabelsFormat {
		return false, fmt.Errorf("saved labels: format %q, but this version reads %q", v.Format, savedLabelsFormat)
	}
	if v.All == nil {
		return false, fmt.Errorf("saved labels: no \"all\"")
	}
	return *v.All, nil
}

// loadLabels reads the saved labels choice. ok is false when there is
// none. Saved data that cannot be read is set aside under another key and
// reported in err; it is never deleted.
func loadLabels() (on, ok bool, err error) {
	st := ui.Storage()
	if !app.IsClient || !st.Truthy() {
		return false, false, nil
	}
	item := st.Call("getItem", savedLabelsKey)
	if item.IsNull() || item.IsUndefined() {
		return false, false, nil
	}
	raw := item.String()
	on, err = decodeLabels(raw)
	if err != nil {
		st.Call("setItem", savedLabelsKey+ui.UnreadableSuffix, raw)
		st.Call("removeItem", savedLabelsKey)
		return false, false, fmt.Errorf("%w; it is kept aside under %q", err, savedLabelsKey+ui.UnreadableSuffix)
	}
	return on, true, nil
}

// saveLabels saves the labels choice. It reports why when the browser
// refuses (storage full or switched off).
func saveLabels(on bool) (err error) {
	st := ui.Storage()
	if !app.IsClient || !st.Truthy() {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("saved labels: the browser refused to save them: %v", r)
		}
	}()
	st.Call("setItem", savedLabelsKey, encodeLabels(on))
	return nil
}

// chooseLabels sets the labels the address asks for, or the saved choice
// when it says nothing of them. It reports whether the address should be
// rewritten to carry the saved choice.
func (r *view) chooseLabels(q url.Values) bool {
	on, set := parseLabels(q)
	r.labels = on
	if set {
		return false
	}
	saved, ok, err := loadLabels()
	if err != nil {
		r.notice = "Your saved choice of labels could not be read, so the text shows fewer of them. Nothing is lost: " + err.Error() + "."
	}
	if ok && saved {
		r.labels = true
		return true
	}
	return false
}

// onLabels switches every label on or off, keeping the choice in the
// address and in the browser.
func (r *view) onLabels(ctx app.Context, a app.Action) {
	r.labels = !r.labels
	r.applyLabels()
	ctx.Page().ReplaceURL(r.address(*ctx.Page().URL()))
	if err := saveLabels(r.labels); err != nil {
		r.notice = "Your choice of labels works on this page but could not be saved for next time: " + err.Error() + "."
	}
}

// applyLabels sets the all-labels class on the article's container to
// match the choice.
func (r *view) applyLabels() {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(articleID); el.Truthy() {
		el.Get("classList").Call("toggle", allLabelsClass, r.labels)
	}
}

// serverLabels reports whether the server's page shows every label; in the
// browser the class is switched directly (applyLabels).
func (r *view) serverLabels() bool { return app.IsServer && r.labels }

// address is u with the view's choices of highlights and labels in its
// query.
func (r *view) address(u url.URL) *url.URL {
	return withLabels(*withShown(u, r.shown), r.labels)
}

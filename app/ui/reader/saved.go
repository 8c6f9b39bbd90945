package reader

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// The reader's highlight choice is saved in the browser, so that the
// explorer opens as it was left, offline and after an update too. A link
// with ?show= still opens with the highlights it names.
const (
	savedShownKey    = "newsexplorer/highlights"
	savedShownFormat = "news-explorer-highlights/1"
)

// savedShown is the saved form of a highlight choice.
type savedShown struct {
	Format string   `json:"format"`
	Show   []string `json:"show"` // the types switched on
}

// encodeShown is the saved form of s.
func encodeShown(s shown) string {
	v := savedShown{Format: savedShownFormat, Show: []string{}}
	for _, t := range article.Types {
		if s.Has(t) {
			v.Show = append(v.Show, string(t))
		}
	}
	b, _ := json.Marshal(v) // a struct of strings always encodes
	return string(b)
}

// decodeShown reads a saved highlight choice. It refuses anything it
// cannot read fully, saying what is wrong, rather than guess.
func decodeShown(raw string) (shown, error) {
	var v savedShown
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return 0, fmt.Errorf("saved highlights: not the JSON this version writes: %v", err)
	}
	if v.Format != savedShownFormat {
		return 0, fmt.Errorf("saved highlights: format %q, but this version reads %q", v.Format, savedShownFormat)
	}
	if v.Show == nil {
		return 0, fmt.Errorf("saved highlights: no \"show\" list")
	}
	var s shown
	for _, name := range v.Show {
		b := bit(article.Type(name))
		if b == 0 {
			return 0, fmt.Errorf("saved highlights: unknown type %q", name)
		}
		s |= b
	}
	return s, nil
}

// loadShown reads the saved highlight choice. ok is false when there is
// none. Saved data that cannot be read is set aside under another key and
// reported in err; it is never deleted.
func loadShown() (s shown, ok bool, err error) {
	st := ui.Storage()
	if !app.IsClient || !st.Truthy() {
		return 0, false, nil
	}
	item := st.Call("getItem", savedShownKey)
	if item.IsNull() || item.IsUndefined() {
		return 0, false, nil
	}
	raw := item.String()
	s, err = decodeShown(raw)
	if err != nil {
		st.Call("setItem", savedShownKey+ui.UnreadableSuffix, raw)
		st.Call("removeItem", savedShownKey)
		return 0, false, fmt.Errorf("%w; it is kept aside under %q", err, savedShownKey+ui.UnreadableSuffix)
	}
	return s, true, nil
}

// saveShown saves the highlight choice. It reports why when the browser
// refuses (storage full or switched off).
func saveShown(s shown) (err error) {
	st := ui.Storage()
	if !app.IsClient || !st.Truthy() {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("saved highlights: the browser refused to save them: %v", r)
		}
	}()
	st.Call("setItem", savedShownKey, encodeShown(s))
	return nil
}

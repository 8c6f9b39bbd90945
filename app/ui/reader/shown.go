package reader

import (
	"net/url"
	"strings"

	"newsexplorer/app/article"
)

// shownParam is the URL query parameter that carries which highlight types
// are on, so that a shared link opens with the same highlights.
const shownParam = "show"

// shown is the set of highlight types that are switched on, one bit per
// type in the order of article.Types.
type shown uint16

// allShown has every type on.
var allShown = shown(1)<<len(article.Types) - 1

func bit(t article.Type) shown {
	for i, v := range article.Types {
		if v == t {
			return 1 << i
		}
	}
	return 0
}

// Has reports whether type t is on.
func (s shown) Has(t article.Type) bool { return s&bit(t) != 0 }

// Toggle switches type t.
func (s shown) Toggle(t article.Type) shown { return s ^ bit(t) }

// ShowParam is the query parameter that says which highlights a page
// shows.
const ShowParam = shownParam

// ShowValue is the highlights a query asks for, as the page's own links
// write them: "" for every type, "none" for none, else the types in the
// legend's order ("person,quote"), whatever the order, case or unknown
// names in the query; parseShown says how it is read.
func ShowValue(q url.Values) string { return parseShown(q).Value() }

// parseShown reads the set from a URL query: no parameter means every type;
// "none" means no type; "all" means every type; otherwise a comma-separated
// list of types. Names it does not know are ignored, so an old link still
// opens; a list of nothing but such names (a link typed by hand as
// ?show=people) shows every type rather than none.
func parseShown(q url.Values) shown {
	v, ok := q[shownParam]
	if !ok || len(v) == 0 {
		return allShown
	}
	var s shown
	known := false
	for _, part := range strings.Split(strings.Join(v, ","), ",") {
		switch part = strings.TrimSpace(strings.ToLower(part)); part {
		case "all":
			s, known = allShown, true
		case "none":
			known = true
		default:
			if b := bit(article.Type(part)); b != 0 {
				s, known = s|b, true
			}
		}
	}
	if !known {
		return allShown
	}
	return s
}

// Value is the set as the URL carries it: "" for every type, "none" for
// none.
func (s shown) Value() string {
	switch s {
	case allShown:
		return ""
	case 0:
		return "none"
	}
	var parts []string
	for _, t := range article.Types {
		if s.Has(t) {
			parts = append(parts, string(t))
		}
	}
	return strings.Join(parts, ",")
}

// withShown returns u with the set in its query, leaving other parameters
// as they were.
func withShown(u url.URL, s shown) *url.URL {
	q := u.Query()
	if v := s.Value(); v == "" {
		q.Del(shownParam)
	} else {
		q.Set(shownParam, v)
	}
	// A comma needs no escape in a query, and a link that reads
	// ?show=person,quote is one a teacher can read and type.
	u.RawQuery = strings.ReplaceAll(q.Encode(), "%2C", ",")
	return &u
}

// hiddenClasses is the class list that hides the types that are off, set on
// the article's container: "hide-person hide-date".
func (s shown) hiddenClasses() string {
	var parts []string
	for _, t := range article.Types {
		if !s.Has(t) {
			parts = append(parts, "hide-"+string(t))
		}
	}
	return strings.Join(parts, " ")
}

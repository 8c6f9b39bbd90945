package reader

import (
	"net/url"
	"testing"

	"newsexplorer/app/article"
)

// set builds a shown set from types.
func set(types ...article.Type) shown {
	var s shown
	for _, t := range types {
		s |= bit(t)
	}
	return s
}

// TestParseShown checks how a link's ?show= parameter chooses the
// highlights a reader sees when the page opens.
func TestParseShown(t *testing.T) {
	tests := []struct {
		query string
		want  shown
	}{
		{"", allShown},
		{"lang=en", allShown},
		{"show=all", allShown},
		{"show=none", 0},
		{"show=quote", set(article.Quote)},
		{"show=person,quote", set(article.Person, article.Quote)},
		{"show=quote,person", set(article.Person, article.Quote)},
		{"show=person&show=quote", set(article.Person, article.Quote)},
		{"show=person,date&show=quote", set(article.Person, article.Date, article.Quote)},
		{"show=person,nonsense,quote", set(article.Person, article.Quote)},
		{"show=people", allShown},
		{"show=people,places", allShown},
		{"show=", allShown},
		{"show=PERSON,Quote", set(article.Person, article.Quote)},
		{"show=ALL", allShown},
		{"show=NONE", 0},
		{"show=%20person%20,%20place%20", set(article.Person, article.Place)},
		{"show=person,person", set(article.Person)},
		{"show=none,quote", set(article.Quote)},
		{"show=quote,all", allShown},
		{"show=organization,place,group,date,number,event", set(article.Organization, article.Place, article.Group, article.Date, article.Number, article.Event)},
	}
	for _, tt := range tests {
		q, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := parseShown(q); got != tt.want {
			t.Errorf("parseShown(%q) = %q, want %q", tt.query, got.Value(), tt.want.Value())
		}
	}
}

// TestShownValue checks how the address bar spells a choice of highlights.
func TestShownValue(t *testing.T) {
	tests := []struct {
		s    shown
		want string
	}{
		{allShown, ""},
		{0, "none"},
		{set(article.Quote), "quote"},
		{set(article.Quote, article.Person), "person,quote"},
		{allShown.Toggle(article.Quote), "person,organization,place,group,date,number,event"},
	}
	for _, tt := range tests {
		if got := tt.s.Value(); got != tt.want {
			t.Errorf("shown(%b).Value() = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestShownRoundTrip checks that every choice of highlights survives being
// put in a link, whether by the app (withShown) or by the legend's form
// (which cannot send "no parameter" and sends "all" instead).
func TestShownRoundTrip(t *testing.T) {
	for s := shown(0); s <= allShown; s++ {
		u := withShown(url.URL{Path: "/"}, s)
		if got := parseShown(u.Query()); got != s {
			t.Errorf("parseShown(withShown(%q)) = %q, want %q (URL %s)", s.Value(), got.Value(), s.Value(), u)
		}
		form := url.Values{shownParam: {nonEmpty(s.Value())}}
		if got := parseShown(form); got != s {
			t.Errorf("parseShown(form %q) = %q, want %q", form.Encode(), got.Value(), s.Value())
		}
	}
}

// TestShownToggle checks that switching a type twice leaves the choice as
// it was, and changes only that type.
func TestShownToggle(t *testing.T) {
	for _, typ := range article.Types {
		for _, s := range []shown{0, allShown, set(article.Quote), set(article.Person, article.Date)} {
			got := s.Toggle(typ)
			if got.Has(typ) == s.Has(typ) {
				t.Errorf("shown %q: Toggle(%s) left it %v", s.Value(), typ, s.Has(typ))
			}
			for _, other := range article.Types {
				if other != typ && got.Has(other) != s.Has(other) {
					t.Errorf("shown %q: Toggle(%s) changed %s", s.Value(), typ, other)
				}
			}
			if back := got.Toggle(typ); back != s {
				t.Errorf("shown %q: toggling %s twice gives %q", s.Value(), typ, back.Value())
			}
		}
	}
}

// TestWithShown checks that changing the highlights rewrites only the
// show parameter of the address, and drops it when everything is on.
func TestWithShown(t *testing.T) {
	tests := []struct {
		url  string
		s    shown
		want string
	}{
		{"/", allShown, "/"},
		{"/", 0, "/?show=none"},
		{"/", set(article.Quote), "/?show=quote"},
		{"/?show=quote", allShown, "/"},
		{"/?lang=en&show=quote", allShown, "/?lang=en"},
		{"/?lang=en&show=quote", set(article.Person, article.Quote), "/?lang=en&show=person,quote"},
		{"/?q=a%2Cb", set(article.Date), "/?q=a,b&show=date"},
		{"/?show=person&show=quote&z=1&a=2", set(article.Date), "/?a=2&show=date&z=1"},
		{"/?lang=en#m12", 0, "/?lang=en&show=none#m12"},
		{"https://example.org/read?id=7", set(article.Place), "https://example.org/read?id=7&show=place"},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := withShown(*u, tt.s).String(); got != tt.want {
			t.Errorf("withShown(%q, %q) = %q, want %q", tt.url, tt.s.Value(), got, tt.want)
		}
		if u.String() != tt.url {
			t.Errorf("withShown changed its argument to %q", u)
		}
	}
}

// TestHiddenClasses checks the classes that hide the types that are off,
// which the server sets so the page is right before JavaScript runs.
func TestHiddenClasses(t *testing.T) {
	tests := []struct {
		s    shown
		want string
	}{
		{allShown, ""},
		{0, "hide-person hide-organization hide-place hide-group hide-date hide-number hide-event hide-quote"},
		{set(article.Quote), "hide-person hide-organization hide-place hide-group hide-date hide-number hide-event"},
		{allShown.Toggle(article.Quote), "hide-quote"},
		{allShown.Toggle(article.Person).Toggle(article.Date), "hide-person hide-date"},
	}
	for _, tt := range tests {
		if got := tt.s.hiddenClasses(); got != tt.want {
			t.Errorf("shown %q: hiddenClasses() = %q, want %q", tt.s.Value(), got, tt.want)
		}
	}
}

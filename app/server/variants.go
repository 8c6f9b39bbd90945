package server

import (
	"net/http"
	"sync"

	"newsexplorer/app/ui/reader"
)

// A page asked for with a query differs from the page only in the
// highlights it shows (?show=quote: a teacher's link, or the toggles of a
// reader without scripts). Each such variant is rendered once, on its
// first request, compressed as the pages are, and kept, within a budget
// of memory, so that these links are sent compressed and with validators
// like every other page, and a long article's page is not rendered again
// at every request.
type variants struct {
	mu     sync.Mutex
	pages  map[string]*asset
	order  []string // the keys, oldest first, for the budget
	bytes  int
	budget int // the most bytes kept, bodies and compressed forms
}

// variantBudget is how much memory the variants may take: a library
// article of a megabyte has a page of about 11 MB.
const variantBudget = 64 << 20

// variant is page p as the query of r asks for it; nil when r asks for
// nothing the page does not show already, or the page cannot be rendered.
func (s *Site) variant(p string, r *http.Request) *asset {
	show := reader.ShowValue(r.URL.Query())
	if show == "" {
		return s.assets[p]
	}
	key := p + "?" + reader.ShowParam + "=" + show
	v := &s.variants
	v.mu.Lock()
	a := v.pages[key]
	v.mu.Unlock()
	if a != nil {
		return a
	}
	a, err := s.render(key, s.assets[p].modTime)
	if err != nil {
		return nil
	}
	compressAsset(a, nil, "")
	v.keep(key, a)
	return a
}

// keep keeps a under key, and lets the oldest variants go while the
// variants take more than the budget.
func (v *variants) keep(key string, a *asset) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.pages == nil {
		v.pages = map[string]*asset{}
	}
	if v.budget == 0 {
		v.budget = variantBudget
	}
	if _, ok := v.pages[key]; ok {
		return
	}
	v.pages[key] = a
	v.order = append(v.order, key)
	v.bytes += a.size()
	for v.bytes > v.budget && len(v.order) > 1 {
		old := v.order[0]
		v.order = v.order[1:]
		v.bytes -= v.pages[old].size()
		delete(v.pages, old)
	}
}

// size is the memory the asset's forms take.
func (a *asset) size() int { return len(a.body) + len(a.br) + len(a.gz) }

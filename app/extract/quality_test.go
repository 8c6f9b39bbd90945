package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/article"
)

// score counts the matches of one type in one article.
type score struct {
	gold, pred         int
	exactTP, overlapTP int // matched predictions (one to one)
}

func (s score) prf(overlap bool) (p, r, f float64) {
	tp := s.exactTP
	if overlap {
		tp = s.overlapTP
	}
	if s.pred > 0 {
		p = float64(tp) / float64(s.pred)
	}
	if s.gold > 0 {
		r = float64(tp) / float64(s.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	if s.gold == 0 && s.pred == 0 {
		p, r, f = 1, 1, 1
	}
	return
}

func (s *score) addScore(o score) {
	s.gold += o.gold
	s.pred += o.pred
	s.exactTP += o.exactTP
	s.overlapTP += o.overlapTP
}

// result is the quality of the extractor on one gold article.
type result struct {
	name              string
	byType            map[article.Type]*score
	typed             score // every entity type together (quotes apart)
	speakers, quotes  int   // gold quotes whose speaker was right, gold quotes
	chars             int
	missed, wrongSpan []string
}

type labelled struct {
	span article.Span
	typ  article.Type
}

// match pairs predictions with gold spans of the same type, one to one,
// exactly or by overlap, and returns how many predictions matched.
func match(gold, pred []labelled, overlap bool) (int, []bool) {
	usedGold := make([]bool, len(gold))
	n := 0
	for _, p := range pred {
		best := -1
		for i, g := range gold {
			if usedGold[i] || g.typ != p.typ {
				continue
			}
			if g.span == p.span {
				best = i
				break
			}
			if overlap && g.span.Start < p.span.End && p.span.Start < g.span.End && best < 0 {
				best = i
			}
		}
		if best >= 0 {
			usedGold[best] = true
			n++
		}
	}
	return n, usedGold
}

func overlaps(a, b article.Span) bool { return a.Start < b.End && b.Start < a.End }

// evaluate scores the extractor's annotation of a gold article.
func evaluate(gold, pred *article.Article) result {
	r := result{name: gold.ID, byType: map[article.Type]*score{}, chars: len(gold.Text)}
	var g, p []labelled
	for _, m := range gold.Mentions {
		g = append(g, labelled{m.Span, gold.TypeOf(m.Entity)})
	}
	for _, m := range pred.Mentions {
		p = append(p, labelled{m.Span, pred.TypeOf(m.Entity)})
	}
	for _, q := range gold.Quotes {
		g = append(g, labelled{q.Span, article.Quote})
	}
	for _, q := range pred.Quotes {
		p = append(p, labelled{q.Span, article.Quote})
	}
	for _, t := range article.Types {
		var gt, pt []labelled
		for _, x := range g {
			if x.typ == t {
				gt = append(gt, x)
			}
		}
		for _, x := range p {
			if x.typ == t {
				pt = append(pt, x)
			}
		}
		s := &score{gold: len(gt), pred: len(pt)}
		s.exactTP, _ = match(gt, pt, false)
		var hit []bool
		s.overlapTP, hit = match(gt, pt, true)
		for i, ok := range hit {
			if !ok {
				r.missed = append(r.missed, fmt.Sprintf("%s %q", t, gold.Text[gt[i].span.Start:gt[i].span.End]))
			}
		}
		r.byType[t] = s
		if t != article.Quote {
			r.typed.addScore(*s)
		}
	}

	// Speakers: a predicted entity stands for the gold entity its mentions
	// overlap most often.
	votes := map[string]map[string]int{}
	for _, pm := range pred.Mentions {
		for _, gm := range gold.Mentions {
			if overlaps(pm.Span, gm.Span) && gold.TypeOf(gm.Entity) == pred.TypeOf(pm.Entity) {
				if votes[pm.Entity] == nil {
					votes[pm.Entity] = map[string]int{}
				}
				votes[pm.Entity][gm.Entity]++
			}
		}
	}
	standsFor := func(id string) string {
		best, n := "", 0
		keys := make([]string, 0, len(votes[id]))
		for k := range votes[id] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if votes[id][k] > n {
				best, n = k, votes[id][k]
			}
		}
		return best
	}
	r.quotes = len(gold.Quotes)
	for _, gq := range gold.Quotes {
		for _, pq := range pred.Quotes {
			if overlaps(gq.Span, pq.Span) {
				if standsFor(pq.Speaker) == gq.Speaker {
					r.speakers++
				} else {
					r.wrongSpan = append(r.wrongSpan, fmt.Sprintf("quote %q: speaker %s, want %s", excerptOf(gold.Text[gq.Start:gq.End]), pq.Speaker, gq.Speaker))
				}
				break
			}
		}
	}
	return r
}

func excerptOf(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// loadGold reads every gold article under testdata/gold.
func loadGold(t testing.TB) []*article.Article {
	t.Helper()
	paths, err := filepath.Glob("testdata/gold/*.json")
	if err != nil || len(paths) < 6 {
		t.Fatalf("gold articles: %v (%d files)", err, len(paths))
	}
	var out []*article.Article
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(filepath.Base(path), data)
		if err != nil {
			t.Fatalf("gold article does not load: %v", err)
		}
		out = append(out, a)
	}
	return out
}

// The least quality each gold article must keep: typed F1 with overlap
// matching, and the share of quotes with the right speaker. Raise them
// when the extractor improves; a change that lowers a figure below them
// fails.
var minimum = map[string]struct{ f1, speakers float64 }{
	"kursk":                    {0.97, 1},
	"emilia-floods":            {0.99, 1},
	"phone-ban-interview":      {1, 1},
	"nordvik-wind-release":     {1, 1},
	"car-free-sundays-opinion": {0.97, 1},
	"marlow-transit-figures":   {0.95, 1},
	"logivance-strike":         {0.99, 1},
	"marseille-housing-march":  {0.93, 1},
	"vitalon-cold-claim":       {0.95, 1},
	"brightwell-fraud-trial":   {0.91, 1},
	"armor-cup-penalty":        {0.85, 0.87},
	"wroclaw-runoff-election":  {0.92, 1},
	"halvex-results-dispute":   {0.94, 1},
	"night-train-interview":    {1, 1},
	"coastal-summer-report":    {1, 1},
	"ashcombe-school-street":   {1, 1},
	// Two earlier rounds of articles written blind, scored blind once and
	// tuned on since.
	"delmaro-stream-pollution": {0.89, 1},
	"portugal-surgery-waits":   {0.95, 1},
	"veloxa-scooter-recall":    {0.88, 1},
	"trieste-coffee-museum":    {0.91, 1},
	"ardent-rents-repairs":     {0.94, 1},
	"roamly-data-breach":       {0.93, 1},
	"baric-doping-ban":         {0.91, 1},
	"valencia-phone-raid":      {0.96, 1},
	"lithuania-budget-vote":    {0.92, 1},
	"ventspils-ferry-route":    {0.92, 1},
	// The third round written blind, scored blind once (typed F1 0.84 to
	// 0.95, speakers 46 of 55) and tuned on since.
	"sheffield-nurses-strike":      {0.91, 1},
	"aerinza-flight-cancellations": {0.93, 1},
	"forthbridge-blood-test":       {0.99, 1},
	"turku-tram-opening":           {0.94, 1},
	"culebra-wildfire-evacuation":  {0.88, 0.83},
	"ravdo-mine-permit-ruling":     {0.86, 1},
	"wakefield-city-takeover":      {0.86, 0.75},
	"gorlitz-mayor-interview":      {0.94, 1},
	// The fourth round written blind, scored blind once (typed F1 0.85
	// to 0.98, speakers 43 of 48) and tuned on since.
	"asturias-teachers-strike":     {0.97, 1},
	"thermovia-arnstadt-closure":   {0.91, 1},
	"kirkcaldy-mackie-ban":         {0.91, 1},
	"austria-glacier-survey":       {0.84, 1},
	"aquenta-leak-figures":         {0.96, 1},
	"halifax-housing-target":       {0.93, 1},
	"costache-match-fixing-charge": {0.92, 1},
	"ghent-candidate-interview":    {0.86, 1},
	// The fifth round written blind, scored blind once (typed F1 0.84
	// to 0.97, speakers 41 of 45) and tuned on since.
	"cambria-trains-punctuality":   {0.83, 1},
	"orvanta-pulmira-price":        {0.86, 0.66},
	"orebro-lindqvist-red-card":    {0.96, 0.85},
	"friesland-waterbird-count":    {0.88, 1},
	"killybegs-port-expansion":     {0.84, 1},
	"severnside-fees-march":        {0.92, 0.85},
	"forclaz-crash-inquiry":        {0.90, 1},
	"norfolk-fire-chief-interview": {0.92, 1},
	// The blind held-out articles (blindHeldOut): set once from their
	// first measured figures, rounded down, and not to be tuned to.
	"preston-bolton-late-try":             {0.92, 0.9},
	"west-indies-cricket-pay":             {0.85, 0.88},
	"limerick-swim-coach-corcoran":        {0.96, 1},
	"drovia-quarter-results":              {0.94, 0.66},
	"marvane-tellis-takeover":             {0.98, 0.85},
	"pedalta-agueda-frame-factory":        {0.93, 0.87},
	"tierney-clarion-libel":               {0.86, 1},
	"lucerne-ice-hall-referendum":         {0.95, 1},
	"genoa-blockade-cleared":              {0.87, 0.62},
	"kelso-rennie-hall-venue":             {0.85, 0.8},
	"lumerra-serum-claim":                 {0.96, 1},
	"maribor-hospital-director-interview": {0.99, 1},
	// The seventh round, written blind while the rules were adjusted on
	// the tuned half only: set once from its first figures, rounded down.
	"kargoline-night-shift-ruling":     {0.94, 1},
	"adda-ammonia-nereva":              {0.92, 0.83},
	"kosice-sports-hall-audit":         {0.89, 0.87},
	"kornbod-bakery-founder-interview": {0.88, 0.85},
	"noordhaven-bank-job-cuts":         {0.92, 1},
	"belstone-school-closure":          {0.86, 1},
	"rural-transport-act-portugal":     {0.94, 0.6},
	"trailo-location-fine":             {0.96, 0.88},
	"trondheim-lysbrua-opening":        {0.93, 0.88},
	"drummond-indoor-record":           {0.85, 1},
	"harriers-lehtinen-contract":       {0.76, 0.61},
	"zandvoort-rivero-penalty":         {0.84, 0.6},
}

// heldOutEntities are the gold articles kept out of tuning the entity
// types and the quote speakers: the claim finder's held-out five, three
// of the six older files, and the twenty-four articles written blind
// (blindHeldOut), so that a good part of the articles show how the rules
// do on text they were not fitted to. EXTRACT_DEBUG prints the
// mentions and errors of the tuned half only.
var heldOutEntities = func() map[string]bool {
	m := set("emilia-floods", "car-free-sundays-opinion", "marlow-transit-figures")
	for id := range heldOut {
		m[id] = true
	}
	for id := range blindHeldOut {
		m[id] = true
	}
	return m
}()

// halfOf names the half of the gold articles an article is in.
func halfOf(id string) string {
	if heldOutEntities[id] {
		return "held out"
	}
	return "tuned"
}

// confusion counts gold mentions by their type and the type of the
// prediction paired with them by overlap; "none" is a gold mention no
// prediction overlaps (a miss, in the row of its type) or a prediction
// that overlaps no gold mention (in the row "none").
type confusion map[[2]string]int

const noType = "none"

// add pairs gold and predicted mentions one to one: first those of the
// same type that overlap (the overlap matches of the F1), then each gold
// mention left with the prediction left that overlaps it most.
func (c confusion) add(gold, pred []labelled) {
	usedPred := make([]bool, len(pred))
	usedGold := make([]bool, len(gold))
	for i, p := range pred {
		best := -1
		for j, g := range gold {
			if usedGold[j] || g.typ != p.typ || !overlaps(g.span, p.span) {
				continue
			}
			if g.span == p.span {
				best = j
				break
			}
			if best < 0 {
				best = j
			}
		}
		if best >= 0 {
			usedGold[best], usedPred[i] = true, true
			c[[2]string{string(gold[best].typ), string(p.typ)}]++
		}
	}
	for j, g := range gold {
		if usedGold[j] {
			continue
		}
		best, most := -1, 0
		for i, p := range pred {
			if usedPred[i] || !overlaps(g.span, p.span) {
				continue
			}
			if n := min(g.span.End, p.span.End) - max(g.span.Start, p.span.Start); n > most {
				best, most = i, n
			}
		}
		found := noType
		if best >= 0 {
			usedPred[best] = true
			found = string(pred[best].typ)
		}
		c[[2]string{string(g.typ), found}]++
	}
	for i, p := range pred {
		if !usedPred[i] {
			c[[2]string{noType, string(p.typ)}]++
		}
	}
}

// print writes the table, each line starting "bench  extract" for make
// bench.
func (c confusion) print(half string) {
	types := make([]string, 0, len(article.Types)+1)
	for _, t := range article.Types {
		if t != article.Quote {
			types = append(types, string(t))
		}
	}
	types = append(types, noType)
	short := func(t string) string {
		if t == string(article.Organization) {
			return "org"
		}
		return t
	}
	var b strings.Builder
	fmt.Fprintf(&b, "bench  extract types %-8s gold \\ found", half)
	for _, t := range types {
		fmt.Fprintf(&b, " %6s", short(t))
	}
	fmt.Println(b.String())
	for _, g := range types {
		b.Reset()
		fmt.Fprintf(&b, "bench  extract types %-8s %-13s", half, g)
		n := 0
		for _, f := range types {
			fmt.Fprintf(&b, " %6d", c[[2]string{g, f}])
			n += c[[2]string{g, f}]
		}
		if n > 0 {
			fmt.Println(b.String())
		}
	}
}

// mentionsOf lists an article's mentions with their types.
func mentionsOf(a *article.Article) []labelled {
	out := make([]labelled, 0, len(a.Mentions))
	for _, m := range a.Mentions {
		out = append(out, labelled{m.Span, a.TypeOf(m.Entity)})
	}
	return out
}

// half pools the results of one half of the gold articles.
type half struct {
	typed            score
	speakers, quotes int
	types            confusion
}

// TestQuality annotates every gold article and compares the result with
// the hand annotation: precision, recall and F1 per type, exact and by
// overlap, and speaker accuracy. With -v it prints the table, and lines
// starting "bench  extract" for make bench: one per article, one per half
// of the gold articles (tuned and held out) pooled, and a table of the
// types confused in each half.
func TestQuality(t *testing.T) {
	var all score
	speakers, quotes := 0, 0
	halves := map[string]*half{"tuned": {types: confusion{}}, "held out": {types: confusion{}}}
	verbose := testing.Verbose()
	debug := os.Getenv("EXTRACT_DEBUG") != ""
	for _, gold := range loadGold(t) {
		start := time.Now()
		pred, err := Annotate(gold.Title, gold.Text)
		took := time.Since(start)
		if err != nil {
			t.Fatalf("%s: %v", gold.ID, err)
		}
		r := evaluate(gold, pred)
		all.addScore(r.typed)
		speakers += r.speakers
		quotes += r.quotes
		h := halves[halfOf(gold.ID)]
		h.typed.addScore(r.typed)
		h.speakers += r.speakers
		h.quotes += r.quotes
		h.types.add(mentionsOf(gold), mentionsOf(pred))
		_, _, f1 := r.typed.prf(true)
		_, _, f1x := r.typed.prf(false)
		sp := float64(r.speakers) / float64(max(r.quotes, 1))
		if verbose {
			fmt.Printf("\n%s (%s, %d characters, %v)\n", r.name, halfOf(gold.ID), r.chars, took.Round(time.Microsecond))
			fmt.Printf("  %-13s %5s %5s   %-17s   %-17s\n", "type", "gold", "found", "exact P / R / F1", "overlap P / R / F1")
			for _, typ := range article.Types {
				s := r.byType[typ]
				p, rc, f := s.prf(false)
				po, ro, fo := s.prf(true)
				fmt.Printf("  %-13s %5d %5d   %.2f / %.2f / %.2f  %.2f / %.2f / %.2f\n", typ, s.gold, s.pred, p, rc, f, po, ro, fo)
			}
			p, rc, _ := r.typed.prf(true)
			fmt.Printf("  %-13s %5d %5d   F1 %.2f exact, %.2f overlap (P %.2f, R %.2f); speakers %d/%d\n", "typed", r.typed.gold, r.typed.pred, f1x, f1, p, rc, r.speakers, r.quotes)
			if debug && !heldOutEntities[gold.ID] {
				debugArticle(gold, pred, r)
			}
			fmt.Printf("bench  extract %-26s typed F1 %.2f overlap, %.2f exact; speakers %d/%d\n", r.name, f1, f1x, r.speakers, r.quotes)
		}
		want, ok := minimum[r.name]
		if !ok {
			t.Errorf("%s: no minimum set for this gold article", r.name)
			continue
		}
		if f1 < want.f1 {
			t.Errorf("%s: typed F1 (overlap) %.3f, below the minimum %.2f", r.name, f1, want.f1)
		}
		if sp < want.speakers {
			t.Errorf("%s: speaker accuracy %.3f, below the minimum %.2f", r.name, sp, want.speakers)
		}
	}
	_, _, f1 := all.prf(true)
	_, _, f1x := all.prf(false)
	if verbose {
		fmt.Println()
		for _, name := range []string{"tuned", "held out"} {
			h := halves[name]
			_, _, hf := h.typed.prf(true)
			_, _, hfx := h.typed.prf(false)
			fmt.Printf("bench  extract %-26s typed F1 %.2f overlap, %.2f exact; speakers %d/%d (%.2f)\n", "all "+name, hf, hfx, h.speakers, h.quotes, float64(h.speakers)/float64(max(h.quotes, 1)))
		}
		fmt.Printf("bench  extract %-26s typed F1 %.2f overlap, %.2f exact; speakers %d/%d\n", "all", f1, f1x, speakers, quotes)
		for _, name := range []string{"tuned", "held out"} {
			halves[name].types.print(name)
		}
	}
}

// debugArticle prints what the annotator found in a gold article and
// what it missed, with the mentions whose type differs from the gold.
func debugArticle(gold, pred *article.Article, r result) {
	fmt.Println("  missed: " + strings.Join(r.missed, "; "))
	fmt.Println("  speakers: " + strings.Join(r.wrongSpan, "; "))
	g := mentionsOf(gold)
	for _, m := range pred.Mentions {
		mark := "  <- no gold mention"
		typ := pred.TypeOf(m.Entity)
		for _, x := range g {
			if overlaps(x.span, m.Span) && mark == "  <- no gold mention" {
				mark = ""
			}
			if overlaps(x.span, m.Span) && x.typ != typ {
				mark = "  <- gold " + string(x.typ) + " " + strconv.Quote(gold.Text[x.span.Start:x.span.End])
			}
			if x.span == m.Span && x.typ == typ {
				mark = ""
				break
			}
		}
		fmt.Printf("    %s %q%s\n", typ, pred.Text[m.Start:m.End], mark)
	}
}

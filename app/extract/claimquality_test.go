package extract

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/article"
)

// heldOut are the gold articles kept out of tuning the claim finder: its
// rules were written and adjusted on the others alone, and these show
// how it does on news it was not fitted to.
var heldOut = set("marseille-housing-march", "brightwell-fraud-trial", "armor-cup-penalty", "wroclaw-runoff-election",
	"halvex-results-dispute")

// blindHeldOut are gold articles written and annotated by hand after the
// claim finder's rules were set, without running the annotator on them
// or reading its rules or tests, and never used to adjust it: a rugby
// league try, a cricket board's pay offer, an interview with a swimming
// coach, a delivery company's results, a supermarket takeover, a factory
// opening with no contest, a libel trial, a referendum, a blockade
// cleared by police, a concert hall's planning decision, a face serum's
// claim and an interview with a hospital director (the sixth round); and
// a motor racing penalty, an ice-hockey contract, an indoor record with no
// contest, a fine over an app's location data, a bank's job cuts, an
// interview with a baker, a transport act, an audit of a sports hall, an
// employment ruling, a school closure, a river's ammonia and a bridge
// opening with no contest (the seventh). Five earlier rounds
// of blind articles (a pollution dispute, surgery waiting times, a
// scooter recall, a museum opening; a housing dispute, a data breach, a
// doping ban, a police raid, a budget vote, a ferry route; a nurses'
// strike, airline cancellations, a disputed blood test, a tram line, a
// wildfire evacuation, a mining permit, a club's takeover, an interview
// with a mayor; a teachers' strike, a factory closure, an ice-hockey ban,
// a glacier survey, a water company's leaks, a housing target, a
// match-fixing charge, an interview with a candidate; a rail operator's
// punctuality, a drug's price, a football red card, a waterbird count, a
// port's expansion, a fees protest, a cycling crash inquiry, an
// interview with a fire chief) were each scored blind once and then
// tuned on, and are in the tuned half now. EXTRACT_DEBUG does not list
// what the finder misses in this half, so that it stays unseen by
// whoever tunes the rules.
var blindHeldOut = set("preston-bolton-late-try", "west-indies-cricket-pay", "limerick-swim-coach-corcoran",
	"drovia-quarter-results", "marvane-tellis-takeover", "pedalta-agueda-frame-factory", "tierney-clarion-libel",
	"lucerne-ice-hall-referendum", "genoa-blockade-cleared", "kelso-rennie-hall-venue", "lumerra-serum-claim",
	"maribor-hospital-director-interview",
	// The seventh round, written while the rules were adjusted on the
	// tuned half only, and scored blind once after.
	"zandvoort-rivero-penalty", "harriers-lehtinen-contract", "drummond-indoor-record", "trailo-location-fine",
	"noordhaven-bank-job-cuts", "kornbod-bakery-founder-interview", "rural-transport-act-portugal",
	"kosice-sports-hall-audit", "kargoline-night-shift-ruling", "belstone-school-closure", "adda-ammonia-nereva",
	"trondheim-lysbrua-opening")

// unseen is whether an article is in the half that is never read to
// adjust the finder.
func unseen(id string) bool { return blindHeldOut[id] }

// claimHalves names the halves of the gold articles in the order they are
// reported.
var claimHalves = []string{"tuned", "held out", "blind held out"}

// claimHalfOf names the half of the gold articles with claims an article
// is in.
func claimHalfOf(id string) string {
	switch {
	case blindHeldOut[id]:
		return "blind held out"
	case heldOut[id]:
		return "held out"
	}
	return "tuned"
}

// position is one party's stance on a claim with one passage of
// evidence: what the claim finder is scored on.
type position struct {
	claim   int
	party   int
	members map[string]bool // entity ids; in a prediction, the gold entities they stand for
	stance  article.Stance  // Disputes stands for Rejects too
	span    article.Span
}

// claimScore counts what the claim finder found in one article, against
// its gold claims.
type claimScore struct {
	positions, goldPositions, positionsRight int
	contests, goldContests                   int
	contestsRight, goldContestsFound         int
	silent, goldSilent, silentRight          int
	contested                                int // claims found contested
	misses, falses                           []string
}

func (s *claimScore) add(o claimScore) {
	s.positions += o.positions
	s.goldPositions += o.goldPositions
	s.positionsRight += o.positionsRight
	s.contests += o.contests
	s.goldContests += o.goldContests
	s.contestsRight += o.contestsRight
	s.goldContestsFound += o.goldContestsFound
	s.silent += o.silent
	s.goldSilent += o.goldSilent
	s.silentRight += o.silentRight
	s.contested += o.contested
}

// ratio is n/d, and 1 when there is nothing to find and nothing found.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

func (s claimScore) String() string {
	return fmt.Sprintf("positions P %.2f R %.2f (%d/%d found right, %d in gold); contests P %.2f R %.2f (%d found, %d false; %d in gold); silent voices %d/%d (%d found)",
		ratio(s.positionsRight, s.positions), ratio(s.positionsRight, s.goldPositions), s.positionsRight, s.positions, s.goldPositions,
		ratio(s.contestsRight, s.contests), ratio(s.goldContestsFound, s.goldContests), s.contests, s.contests-s.contestsRight, s.goldContests,
		s.silentRight, s.goldSilent, s.silent)
}

// positionsOf lists an article's positions and silent parties. A
// predicted article's members are mapped to the gold entities they stand
// for with standsFor.
func positionsOf(a *article.Article, standsFor func(string) map[string]bool) (stances, silent []position) {
	spans := map[string]article.Span{}
	for _, e := range a.Evidence {
		spans[e.ID] = e.Span
	}
	for ci, c := range a.Claims {
		for pi, p := range c.Parties {
			members := map[string]bool{}
			for _, m := range p.Members {
				for g := range standsFor(m) {
					members[g] = true
				}
			}
			stance := p.Stance
			if stance == article.Rejects {
				stance = article.Disputes
			}
			if stance == article.Silent {
				silent = append(silent, position{claim: ci, party: pi, members: members, stance: stance})
				continue
			}
			for _, id := range p.Evidence {
				stances = append(stances, position{claim: ci, party: pi, members: members, stance: stance, span: spans[id]})
			}
		}
	}
	return stances, silent
}

// same reports whether a predicted position matches a gold one: the same
// speaker, the same stance and evidence that overlaps.
func same(p, g position) bool {
	if p.stance != g.stance || !overlaps(p.span, g.span) && p.stance != article.Silent {
		return false
	}
	for m := range p.members {
		if g.members[m] {
			return true
		}
	}
	return false
}

// matchPositions pairs predicted and gold positions one to one; it
// returns, for each predicted position, the gold one it matched, or -1.
func matchPositions(pred, gold []position) []int {
	used := make([]bool, len(gold))
	out := make([]int, len(pred))
	for i, p := range pred {
		out[i] = -1
		for j, g := range gold {
			if !used[j] && same(p, g) {
				used[j], out[i] = true, j
				break
			}
		}
	}
	return out
}

// contest is a pair of opposed parties of one claim.
type contest struct{ claim, asserts, disputes int }

// contestsOf lists the pairs of opposed parties in each claim.
func contestsOf(a *article.Article) []contest {
	var out []contest
	for ci, c := range a.Claims {
		for i, p := range c.Parties {
			if p.Stance != article.Asserts {
				continue
			}
			for j, q := range c.Parties {
				if q.Stance == article.Disputes || q.Stance == article.Rejects {
					out = append(out, contest{ci, i, j})
				}
			}
		}
	}
	return out
}

// entityMap says which gold entities a predicted entity stands for: those
// whose mentions its mentions overlap, of any type.
func entityMap(gold, pred *article.Article) func(string) map[string]bool {
	m := map[string]map[string]bool{}
	j := 0
	for _, pm := range pred.Mentions {
		for j < len(gold.Mentions) && gold.Mentions[j].End <= pm.Start {
			j++
		}
		for k := j; k < len(gold.Mentions) && gold.Mentions[k].Start < pm.End; k++ {
			if overlaps(pm.Span, gold.Mentions[k].Span) {
				if m[pm.Entity] == nil {
					m[pm.Entity] = map[string]bool{}
				}
				m[pm.Entity][gold.Mentions[k].Entity] = true
			}
		}
	}
	return func(id string) map[string]bool { return m[id] }
}

// scoreClaims scores the claims of pred against those of gold.
func scoreClaims(gold, pred *article.Article) claimScore {
	self := func(id string) map[string]bool { return map[string]bool{id: true} }
	gp, gs := positionsOf(gold, self)
	pp, ps := positionsOf(pred, entityMap(gold, pred))
	var s claimScore
	s.positions, s.goldPositions = len(pp), len(gp)
	matched := matchPositions(pp, gp)
	hit := make([]bool, len(gp))
	for i, j := range matched {
		if j >= 0 {
			s.positionsRight++
			hit[j] = true
		} else {
			s.falses = append(s.falses, fmt.Sprintf("%s %s %q", strings.Join(sortedKeys(pp[i].members), ","), pp[i].stance, excerptOf(pred.Text[pp[i].span.Start:pp[i].span.End])))
		}
	}
	for j, ok := range hit {
		if !ok {
			s.misses = append(s.misses, fmt.Sprintf("%s %s %q", strings.Join(sortedKeys(gp[j].members), ","), gp[j].stance, excerptOf(gold.Text[gp[j].span.Start:gp[j].span.End])))
		}
	}
	// A contest is found when one predicted claim holds an asserting and
	// a disputing party whose positions match those of a gold contest.
	gc, pc := contestsOf(gold), contestsOf(pred)
	s.contests, s.goldContests = len(pc), len(gc)
	partyHits := func(claim, party int) map[[2]int]bool { // gold (claim, party) its positions match
		out := map[[2]int]bool{}
		for i, p := range pp {
			if p.claim == claim && p.party == party && matched[i] >= 0 {
				g := gp[matched[i]]
				out[[2]int{g.claim, g.party}] = true
			}
		}
		// A position can match a gold one that another took first: try
		// all of them.
		for _, p := range pp {
			if p.claim == claim && p.party == party {
				for _, g := range gp {
					if same(p, g) {
						out[[2]int{g.claim, g.party}] = true
					}
				}
			}
		}
		return out
	}
	found := make([]bool, len(gc))
	for _, c := range pc {
		a, d := partyHits(c.claim, c.asserts), partyHits(c.claim, c.disputes)
		right := false
		for k, g := range gc {
			if a[[2]int{g.claim, g.asserts}] && d[[2]int{g.claim, g.disputes}] {
				right, found[k] = true, true
			}
		}
		if right {
			s.contestsRight++
		} else {
			c0 := pred.Claims[c.claim]
			s.falses = append(s.falses, fmt.Sprintf("contest %s asserts / %s disputes in %q", c0.Parties[c.asserts].Name, c0.Parties[c.disputes].Name, excerptOf(c0.Question)))
		}
	}
	for k, ok := range found {
		if ok {
			s.goldContestsFound++
		} else {
			c0 := gold.Claims[gc[k].claim]
			s.misses = append(s.misses, fmt.Sprintf("contest %s asserts / %s disputes in %q", c0.Parties[gc[k].asserts].Name, c0.Parties[gc[k].disputes].Name, excerptOf(c0.Question)))
		}
	}
	for _, c := range pred.Claims {
		if c.Status == article.Contested {
			s.contested++
		}
	}
	s.silent, s.goldSilent = len(ps), len(gs)
	used := make([]bool, len(gs))
	for _, p := range ps {
		for j, g := range gs {
			if !used[j] && same(p, g) {
				used[j] = true
				s.silentRight++
				break
			}
		}
	}
	return s
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// debugClaims is whether TestClaimQuality lists, with -v, what it
// missed and what it found that the gold does not hold: EXTRACT_DEBUG=1.
func debugClaims() bool { return os.Getenv("EXTRACT_DEBUG") != "" }

// claimFloors are the least each half of the gold articles must keep,
// pooled: the recall and precision of positions and of contests. They
// sit below today's figures, so that a change that loses ground fails;
// raise them as the finder improves. The aims are higher: see
// docs/article-format.md. The blind held-out half's floors are set
// once, from its first measured figures, and are not to be tuned to.
var claimFloors = map[string]struct{ posP, posR, conP, conR float64 }{
	"tuned":          {0.72, 0.67, 0.44, 0.35},
	"held out":       {0.65, 0.62, 0.62, 0.44},
	"blind held out": {0.58, 0.51, 0.18, 0.12},
}

// TestClaimQuality annotates every gold article with claims and scores
// the claims found against the hand annotation: positions (who, stance,
// evidence), contests (two opposed positions in one claim) and silent
// voices, for each article, for the articles tuned on, for those held
// out and for the blind held-out ones. With -v it prints lines starting
// "bench  claims" for make bench.
func TestClaimQuality(t *testing.T) {
	halves := map[string]*claimScore{}
	for _, half := range claimHalves {
		halves[half] = &claimScore{}
	}
	verbose := testing.Verbose()
	for _, gold := range loadGold(t) {
		if len(gold.Claims) == 0 {
			continue
		}
		start := time.Now()
		pred, err := Annotate(gold.Title, gold.Text)
		took := time.Since(start)
		if err != nil {
			t.Fatalf("%s: %v", gold.ID, err)
		}
		s := scoreClaims(gold, pred)
		half := claimHalfOf(gold.ID)
		halves[half].add(s)
		goldContested := 0
		for _, c := range gold.Claims {
			if c.Status == article.Contested {
				goldContested++
			}
		}
		// On a blind held-out article this is a floor like the others, not
		// set yet: the contests found there show in its bench line (as
		// "found" and "false" with none in gold) and fail nothing.
		if goldContested == 0 && s.contested > 0 && !unseen(gold.ID) {
			t.Errorf("%s: the gold article has no contest, but %d claims were found contested", gold.ID, s.contested)
		}
		if verbose {
			fmt.Printf("bench  claims %-26s %-8s %s (%v)\n", gold.ID, half, s, took.Round(time.Microsecond))
			if debugClaims() && !unseen(gold.ID) {
				fmt.Println("  missed: " + strings.Join(s.misses, "\n          "))
				fmt.Println("  false:  " + strings.Join(s.falses, "\n          "))
			}
		}
	}
	for _, half := range claimHalves {
		s := halves[half]
		if verbose {
			fmt.Printf("bench  claims %-35s %s\n", "all "+half, s)
		}
		floor := claimFloors[half]
		for _, c := range []struct {
			what      string
			got, want float64
		}{
			{"positions' precision", ratio(s.positionsRight, s.positions), floor.posP},
			{"positions' recall", ratio(s.positionsRight, s.goldPositions), floor.posR},
			{"contests' precision", ratio(s.contestsRight, s.contests), floor.conP},
			{"contests' recall", ratio(s.goldContestsFound, s.goldContests), floor.conR},
		} {
			if c.got < c.want {
				t.Errorf("%s: %s %.3f, below the floor %.2f", half, c.what, c.got, c.want)
			}
		}
	}
}

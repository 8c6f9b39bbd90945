package extract

// Sports clubs named by their towns: "Quimper beat Morlaix", "Osijek's
// 2-1 win", "Pontivy coach Gildas Tanguy", each a club apart from the
// town it is named after.

import (
	"strings"

	"newsexplorer/app/article"
)

// teamOwned after a club's possessive: "Quimper's coach". A town's name
// with them names its club.
var teamOwned = wordSet(`coach players squad fans supporters captain striker goalkeeper keeper defender defenders midfielder
	winger lineup line-up stadium strikers forwards goalscorer`)

// teamRoles after a name and before a person's name make the first a
// club's: "Pontivy coach Gildas Tanguy", "Dallas Cowboys quarterback Dak
// Prescott".
var teamRoles = wordSet(`coach quarterback striker goalkeeper captain midfielder defender winger forward
	pitcher catcher manager owner player playmaker keeper fullback linebacker receiver guard center
	centre-back full-back`)

// teamVerbs between two names make both clubs: "Philadelphia beat
// Dallas".
var teamVerbs = wordSet(`beat beats defeated defeats thrashed edged overcame eliminated drew hosted hosts trounced routed
	downed outplayed knocked visit visits visited host`)

// teamBefore are the prepositions before a name that make it a club's:
// "lost to Dallas", "a win over Morlaix".
var teamBefore = map[string]string{"to": "lost", "over": "win", "against": "", "with": "drew", "by": "beaten"}

// teamBeforeVerbs are the words before teamBefore's prepositions.
var teamBeforeVerbs = wordSet(`lost loss defeat fell win victory drew draw beaten defeated lose losing wins won`)

// club marks a name that a sentence uses as a sports club's: a town's
// name (or a nickname) that beats, hosts or loses to another ("Philadelphia
// beat Dallas", "lost to Dallas", "Quimper won 2-1"), or whose coach,
// players or fans the text names. link gives it a key of its own, so that
// the club is an organization apart from the town.
func (e *extractor) club(n *name, i, end int) {
	if n == nil {
		return
	}
	prev := e.w(i - 1)
	if prev == "the" {
		prev = e.w(i - 2)
	}
	k := end
	for k < end+2 && auxiliaries[e.w(k)] && e.w(k) != "which" {
		k++
	}
	verb := e.w(k)
	switch {
	case teamVerbs[verb] && (e.capWordAt(k+1) || e.w(k+1) == "the" && e.capWordAt(k+2) || e.scoreNear(k+1)):
		n.team = true // Philadelphia beat Dallas
	case (verb == "won" || verb == "lost" || verb == "drew") && e.scoreNear(k+1):
		n.team = true // Quimper won 2-1
	case teamVerbs[prev] && (e.capWordAt(i-2) || e.w(i-2) == "the" && e.capWordAt(i-3)):
		n.team = true // beat Dallas
	case teamBefore[prev] != "" && (teamBeforeVerbs[e.w(i-2)] || e.scoreNear(i-3) || e.scoreNear(i-2)):
		n.team = true // lost to Dallas, a win over Morlaix
	case prev == "against" && (e.scoreNear(end) || e.scoreNear(i-3)):
		n.team = true
	}
	if teamRoles[e.w(end)] && !e.toks[end].capital && e.capWordAt(end+1) && (end-i == 1 || lex().places[strings.ToLower(e.text[e.toks[i].start:e.toks[end-1].end])]) {
		n.team = true // Pontivy coach Gildas Tanguy
	}
	if !n.team && end < len(e.toks) && e.toks[end].kind == possess {
		if e.scoreNear(end+1) && teamBeforeVerbs[e.w(end+2)] {
			n.team = true // Osijek's 2-1 win
		}
		for k := end + 1; k < end+4 && k < len(e.toks) && e.toks[k].kind == word && !e.toks[k].capital; k++ {
			if teamOwned[e.toks[k].lower] {
				n.team = true // Quimper's coach
				break
			}
		}
	}
	if !n.team && e.wonMatch(k) {
		n.team = true // Osijek went on to win the National Cup final
	}
	if n.team && end-i > 1 && n.votes[typeIndex(article.Person)] > 0 && !(n.votes[typeIndex(article.Person)] <= guess && e.singleOpponent(i, end)) {
		n.team = false // "Carlos Alcaraz beat Jannik Sinner": people
	}
}

// matchWords end what a club wins or loses: "won the National Cup
// final", "lost the semi-final".
var matchWords = wordSet(`final semi-final semifinal quarter-final quarterfinal cup league title championship match game derby
	tie playoff play-off replay`)

// wonMatch reports whether the words from token k on say that the name
// before them won or lost a match or a title: "won the National Cup
// final", "went on to win the league", "lost the semi-final".
func (e *extractor) wonMatch(k int) bool {
	if e.w(k) == "went" && e.w(k+1) == "on" && e.w(k+2) == "to" {
		k += 3
	}
	if !winVerbs[e.w(k)] && e.w(k) != "lost" && e.w(k) != "lose" {
		return false
	}
	if e.w(k+1) != "the" && e.w(k+1) != "their" && e.w(k+1) != "its" {
		return false
	}
	for j := k + 2; j < k+6 && j < len(e.toks) && e.toks[j].kind == word; j++ {
		if matchWords[e.toks[j].lower] {
			return true
		}
	}
	return false
}

// singleOpponent reports whether the other side of a match verb after
// the name [i, end) is a name of one word: "Lorient Amateur beat Pontivy"
// is a club, "Carlos Alcaraz beat Jannik Sinner" two people.
func (e *extractor) singleOpponent(i, end int) bool {
	k := end
	for k < end+2 && auxiliaries[e.w(k)] {
		k++
	}
	if !teamVerbs[e.w(k)] {
		return false
	}
	k++
	if e.w(k) == "the" {
		k++
	}
	return e.capWordAt(k) && !e.capWordAt(k+1) && e.toks[k].lower != "the"
}

// capWordAt reports whether token i is a capitalized word, used or not.
func (e *extractor) capWordAt(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].kind == word && e.toks[i].capital
}

// scoreNear reports whether a score ("24-17", "2–1") stands at token i or
// the one after it.
func (e *extractor) scoreNear(i int) bool {
	for k := i; k < i+2 && k < len(e.toks); k++ {
		if isScore(e.w(k)) {
			return true
		}
	}
	return false
}

func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	return ok && isDigits(a) && isDigits(b) && len(a) <= 3 && len(b) <= 3
}

// clubs gives each name used as a sports club's its own key, apart from
// the town the club is named after: "Quimper" in "Quimper beat Morlaix" is
// the club, in "in Quimper" the town. A word that is a person's surname
// stays the person's ("Sinner beat Alcaraz").
func (e *extractor) clubs() {
	surnames := map[string]bool{}
	for _, n := range e.names {
		if !n.desc && len(n.words) > 1 && n.votes[typeIndex(article.Person)] > 0 {
			surnames[n.words[len(n.words)-1]] = true
		}
	}
	clubs := map[string]bool{}
	for _, n := range e.names {
		if !n.team || n.desc || len(n.words) == 1 && surnames[n.words[0]] {
			continue
		}
		clubs[strings.ToLower(n.name)] = true
	}
	for _, n := range e.names {
		if n.desc || !clubs[strings.ToLower(n.name)] || !n.team && e.townAt(n.tok) {
			continue
		}
		n.key = "club:" + strings.ToLower(n.name)
		n.votes = [8]int{}
		n.vote(article.Organization, strong)
	}
}

// townPreps before a club's name make it the town's: "the training ground
// in Osijek".
var townPreps = set("in", "at", "near", "outside", "around", "across", "from", "of", "to", "into", "through")

// townAt reports whether the name at token i, the name of a club
// elsewhere in the text, stands for its town here: after a preposition of
// place, or before "region" or "area". Its other mentions are the club's,
// as the text uses the name for the club ("Osijek said it would pay").
func (e *extractor) townAt(i int) bool {
	return townPreps[e.w(i-1)]
}

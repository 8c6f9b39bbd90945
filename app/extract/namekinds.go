package extract

// The kinds of name that a few words around it settle: a region, an
// event named after a place or a person, a descriptive mention, a place
// written into a compound word.

import (
	"strings"

	"newsexplorer/app/article"
)

// region extends a place's name to a lower-case "region" after it, which
// the conventions keep ("Kursk region", "Kursk border region").
func (e *extractor) region(n *name) {
	if n == nil {
		return
	}
	j := n.tokEnd
	if e.w(j) == "border" && e.w(j+1) == "region" {
		j += 2
	} else if w := e.w(j); w == "region" || w == "province" || w == "oblast" {
		j++
	} else {
		return
	}
	if e.toks[j-1].capital {
		return
	}
	for k := n.tokEnd; k < j; k++ {
		e.toks[k].used = true
	}
	n.end = e.toks[j-1].end
	n.tokEnd = j
	n.vote(article.Place, strong)
	// The key stays the bare name, so "Kursk region" and "Kursk Oblast" are one place.
}

// eventAfter records "the COVID-19 pandemic": a name, a lower-case event
// noun after it, and "the" before.
func (e *extractor) eventAfter(n *name, i int) {
	if n == nil || !eventNouns[e.w(n.tokEnd)] || e.toks[n.tokEnd].used {
		return
	}
	start := i
	if e.w(i-1) == "the" {
		start = i - 1
	}
	end := n.tokEnd + 1
	if start == i && e.w(i-1) != "the" {
		return
	}
	e.found = append(e.found, mention{start: e.toks[start].start, end: e.toks[end-1].end, typ: article.Event,
		key: "n:" + strings.ToLower(e.text[e.toks[start].start:e.toks[end-1].end]), name: e.text[e.toks[start].start:e.toks[end-1].end], tok: start, tokEnd: end, strong: true})
	e.toks[n.tokEnd].used = true
	// The name inside is then part of the event's name, not a mention of its own.
	n.votes = [8]int{}
	n.vote(article.Event, -1)
}

// possessiveEvent records "Pope Francis' funeral" as an event that holds
// the person.
func (e *extractor) possessiveEvent(n *name, i int) {
	if n == nil {
		return
	}
	j := n.tokEnd
	if j+1 >= len(e.toks) || e.toks[j].kind != possess || !possessiveEvents[e.w(j+1)] {
		return
	}
	// The event starts with the whole run of capitals, titles included.
	start := i
	for start > 0 && e.toks[start-1].kind == word && e.toks[start-1].capital && !e.toks[start-1].sentStart {
		start--
	}
	if start > 0 && e.toks[start-1].kind == word && e.toks[start-1].capital && titleCores[e.toks[start-1].lower] {
		start--
	}
	end := j + 2
	s, t := e.toks[start].start, e.toks[end-1].end
	e.found = append(e.found, mention{start: s, end: t, typ: article.Event, key: "n:" + strings.ToLower(e.text[s:t]), name: e.text[s:t], tok: start, tokEnd: end, strong: true})
	e.toks[j+1].used = true
}

// descriptive records "The Kremlin leader": a descriptive mention of the
// person the text is about, linked when speakers are attributed.
func (e *extractor) descriptive(n *name) {
	if n == nil || !descNouns[e.w(n.tokEnd)] {
		return
	}
	start := n.tok
	if w := e.w(start - 1); w == "the" {
		start--
	} else {
		return
	}
	end := n.tokEnd + 1
	d := &name{mention: mention{start: e.toks[start].start, end: e.toks[end-1].end, typ: article.Person, tok: start, tokEnd: end}, desc: true}
	d.name = e.text[d.start:d.end]
	d.vote(article.Person, strong)
	e.toks[end-1].used = true
	e.names = append(e.names, d)
}

// titleTails go on a title after its core word: "Chief Executive", "Chief
// Operating Officer", "Secretary General".
var titleTails = wordSet(`executive operating financial technology information general secretary counsel economist scientist
	whip justice constable of`)

// compoundPlaces end a word that holds a place's name, which keeps only
// its name: "Warsaw-based", "Amsterdam-listed".
var compoundPlaces = []string{"-based", "-listed", "-born", "-headquartered", "-registered", "-bound"}

// compoundPlace returns the ending of compoundPlaces that w has, or "".
func compoundPlace(w string) string {
	for _, s := range compoundPlaces {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return s
		}
	}
	return ""
}

// surnameTitles are titles that are also surnames: after a given name
// they end a person's name ("Sergio Pastor"), not a title.
var surnameTitles = set("pastor", "king", "bishop", "dean", "marshal", "judge", "prince", "sheriff", "major", "abbott",
	"baron", "earl", "duke", "knight")

// functions are what a title is in charge of, no entity: "Head of
// Communications", "Director of Research".
var functions = wordSet(`communications marketing sales finance operations strategy research engineering
	technology development policy affairs resources security product products design legal compliance
	procurement logistics services investment investments content programming news sport sports`)

// placeFirsts begin the names of places: "County Kerry", "Lake Como",
// "Mount Etna", "Col de la Forclaz".
var placeFirsts = wordSet(`county lake mount mt. cape isle fort loch glen river gulf stade estadio stadio stadion rue avenue
	boulevard piazza plaza place parc pont quai gare porte calle praça ulica plac aleja rynek via strada
	lac mont monte île ile port saint st st. santa san são sankt col colle pic piz puy passo lago cerro pointe cima
	alpe baie golfe isola isla punta cabo`)

package extract

import (
	"strings"

	"newsexplorer/app/article"
)

// The words around a name tell its type when no word list knows it: what
// the sentence does with it (who sells, reports, beats a team, plays at a
// ground), the words before it (a title, a common noun, "the", "at") and
// after it (an apposition, "which" or "who", an age, a possessive and what
// it owns). Each gives a vote; link adds up the votes of every mention of
// one entity, so that one entity gets one type.

// mediaFirst begin the names of broadcasters and stations ("Radio
// Corrib", "TV 2").
var mediaFirst = set("radio", "tv", "télé", "canal", "kanal", "rádio")

// orgFirsts begin the names of organizations in languages that put the
// common noun first ("Gazeta Wyborcza", "Partido Popular", "Ministère de
// la Santé", "Hôpital du Littoral") and of sports clubs ("FC Porto", "Real
// Sociedad", "Olympique Lyonnais").
var orgFirsts = wordSet(`ligue liga lega fédération federación federazione comité comitato conseil consejo consiglio
	ministère ministerio ministero ministerium ministerstwo mairie préfecture assemblée parti partido
	partito partei partia sindicato syndicat sindacato gewerkschaft banque banco banca caisse société
	sociedad società compagnie compañía groupe grupo gruppo institut instituto istituto instytut
	université universidad università universität uniwersytet politechnika hôpital ospedale klinikum
	szpital krankenhaus gazeta gazzetta zeitung dziennik kurier courrier corriere diario giornale
	tygodnik télévision televisión telewizja rundfunk rada komisja urząd sąd tribunale cour gericht
	polizei policja polizia policía verein verband stiftung fondation fundación fondazione fundacja
	stowarzyszenie związek asociación associazione collectif observatoire agence agencia agenzia agentur
	agencja autorité autoridad autorità comisión commissione kommission fc afc sc ac as us rc cf sv vfb
	vfl fk sk nk cd ud sd ssc real racing sporting atlético athletic dynamo dinamo olympique borussia
	eintracht fortuna en stade union entente cercle club association team radio tv`)

// foreignArticles begin names in other languages, most of them titles of
// newspapers and stations ("Le Progrès", "Die Zeit", "El País").
var foreignArticles = wordSet(`le la les el il der die das het los las lo gli`)

// directions begin the names of regions ("West Indies", "North
// Yorkshire", "Western Europe").
var directions = wordSet(`north south east west northern southern eastern western central upper lower greater north-east
	north-west south-east south-west northeast northwest southeast southwest mid inner outer`)

// givenPlaces are places in the word lists that are also given names:
// "Georgia Smith" is no place's organization.
var givenPlaces = wordSet(`chad georgia jordan florence sydney lima paris sofia santiago valencia israel houston washington
	jamaica india kenya victoria austin lagos boston milan chelsea lincoln charlotte orlando regina`)

// venueHeads end the names of venues and facilities, which are places:
// "Claddagh Hall", "Kensington Oval", "Quarry Lane".
var venueHeads = wordSet(`hall arena oval stadium gardens plaza theatre theater station terminal pier beach marina dam
	motorway highway lane drive boulevard crescent terrace quay wharf estate racecourse velodrome
	pavilion dome ground showground strip wall farm mine depot docks canyon falls`)

// competitionNouns after a name, in lower case, make it a competition's or
// an award's ("the Golden Crust baking competition"), an event.
var competitionNouns = wordSet(`competition contest award awards prize tournament trophy championship race festival medal rally
	derby final`)

// moreEventHeads end the names of competitions and awards.
var moreEventHeads = wordSet(`challenge prize award awards trophy contest competition derby final finals bowl series classic
	masters invitational rally regatta medal`)

// orgOwned after an organization's possessive: "Logivance's 14
// warehouses", "the observatory's director".
var orgOwned = wordSet(`shares stock shareholders investors employees staff workers workforce warehouses warehouse factory
	factories plant plants stores shops offices headquarters website customers clients products product
	brand brands board chief executive executives ceo chairman chairwoman spokesperson spokesman
	spokeswoman profits profit revenue revenues sales results accounts auditor auditors subsidiary fleet
	members membership director directors management annual share market statement drivers depot depots
	network subscribers readers listeners viewers editor reporter reporters correspondent secretary
	general founder leadership managers headquarter`)

// personOwned after a person's possessive: "Weber's wife".
var personOwned = wordSet(`wife husband son daughter mother father brother sister parents children family career life death
	birthday partner widow girlfriend boyfriend grandson granddaughter`)

// orgVerbs after a name make it an organization's: companies employ,
// sell and deliver; outlets report; courts rule.
var orgVerbs = wordSet(`employs employ sells sold makes manufactures manufactured produces delivers operates ships shipped
	supplies supplied hires hired reported reports ruled rules publishes published broadcasts broadcast
	aired airs posted listed acquired invests invested lends lent insures builds trades recalled recalls
	funds funded sponsors sponsored owns stocks exports imports employed delivered produced launched
	unveiled exported imported merged shed`)

// agentVerbs before "by" make the name after it an organization's: "the
// turbines were supplied by Siemens Gamesa".
var agentVerbs = wordSet(`supplied built manufactured made operated funded sponsored developed acquired published broadcast
	insured audited commissioned produced`)

// facilities after a name and a determiner make it a place's: "its
// Windsor plant", "at the Douai warehouse".
var facilities = wordSet(`plant factory warehouse site depot mine works refinery smelter campus mill yard shipyard terminal
	hub base facility`)

// placeOf before "of" make the name after it a place's: "residents of
// Millbrook", "north of Kyiv".
var placeOf = wordSet(`residents people inhabitants citizens mayor villagers streets outskirts centre center suburbs north
	south east west northeast northwest southeast southwest heart edge shores coast mayors population
	parts`)

// winVerbs before "the" and a name make it a competition's or an
// award's: "won the Ballon d'Or".
var winVerbs = set("won", "win", "wins", "winning", "lifted", "retained", "defended", "clinched")

// eventFirsts begin the names of races and competitions: "Tour de
// France", "Giro d'Italia", "Coupe de France".
var eventFirsts = set("tour", "giro", "vuelta", "coupe", "copa", "coppa", "pokal", "puchar", "trophée",
	"championnat", "campeonato", "mistrzostwa", "grand")

// holdings before "in" or "of" make the name after it a firm's: "shares
// in Alphabet", "a stake in Halvor".
var holdings = wordSet(`shares share stake stakes shareholders shareholder investors investment investments holding holdings
	stock bonds ceo chairman owners subsidiary unit division takeover acquisition employees customers`)

// auxiliaries may stand between a name and its verb.
var auxiliaries = wordSet(`has have had will would also now still then later already which could can may might must should is
	was were are again never not only first last once`)

// clauseWords after a name show that it ends its noun phrase: "the Colts
// have", "the Corn Exchange, where". A name before any other lower-case
// word may only modify it ("the Paris line", "the Douai warehouse").
var clauseWords = wordSet(`said says say has have had is are was were will would can could did do does must should may might
	also now then in on at of for with to from by and or but that which who where when after before
	since as than beat won lost drew told plays played opened meets met until into near about`)

// surnameEndings end surnames far more often than the names of firms
// or places ("Gerasimov", "Kowalski", "Petrović"): a lone word with one is
// a person's when nothing else tells.
var surnameEndings = []string{"ov", "ova", "ev", "eva", "sky", "ski", "ska", "enko", "chuk", "czyk", "wicz", "vich",
	"vić", "ić", "dze", "shvili", "oglu", "oğlu", "escu", "opoulos", "akis", "sson", "ez"}

func surnameLike(w string) bool {
	for _, s := range surnameEndings {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// isPersonNoun reports whether a lower-case word before a name makes it a
// person's: a role ("chief executive Petra Lindemann", "general secretary
// Nadia Ferrand", "union chair Mette Kjærgaard") or a trade
// ("microbiologist Miriam Adler").
func isPersonNoun(w string) bool {
	if orgNouns[w] {
		return false
	}
	return personNouns[w] || titleCores[w] || len(w) > 5 && strings.HasSuffix(w, "ist") ||
		strings.HasSuffix(w, "ologist")
}

// tradeNouns name a trade that a firm or a person may follow: before a
// name of two words or more ("the property developer Craig Ashdown") they
// make a person more likely, where before one word they say nothing.
var tradeNouns = set("developer", "builder", "designer", "publisher", "printer", "producer", "trader", "dealer",
	"landlord", "operator", "promoter", "manufacturer", "supplier", "retailer")

// ledVerbs before "by" make the name after it a person's: "a group led
// by Craig Ashdown".
var ledVerbs = set("led", "headed", "founded", "chaired", "coached", "managed", "run", "captained", "fronted")

// roleOf reports whether a role stands before the name at token i, with
// "of" or "for": "The chair of the Gielas Sámi Village, Ánte Pavval,"
// and "its head for Central Europe, Markus Keller," name the holder
// next, not a place in a place.
func (e *extractor) roleOf(i int) bool {
	k := i - 1
	if e.w(k) == "the" {
		k--
	}
	if e.w(k) != "of" && e.w(k) != "for" {
		return false
	}
	w := e.w(k - 1)
	return titleCores[w] || isPersonNoun(w) || speakerRoles[w]
}

// premises before "on" and a name make it a street's or a square's: "a
// bicycle shop on Hämeenkatu", "the department store on Marienplatz".
var premises = set("shop", "store", "house", "office", "offices", "building", "restaurant", "cafe", "café", "bakery",
	"bar", "hotel", "flat", "flats", "apartment", "stall", "market", "church", "school", "homes", "houses", "depot")

// ledBy reports whether "led by" or the like stands before the name at
// token i, past an article and a few words in lower case: "led by the
// property developer Craig Ashdown".
func (e *extractor) ledBy(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if e.w(k) == "by" {
			return ledVerbs[e.w(k-1)]
		}
		if e.toks[k].kind != word || e.toks[k].capital {
			return false
		}
	}
	return false
}

// context adds the evidence of the words around a name.
func (e *extractor) context(n *name, i, end int) {
	single := end-i == 1
	prev, prev2 := e.w(i-1), e.w(i-2)
	the := prev == "the"
	if the {
		prev, prev2 = prev2, e.w(i-3) // in the Apennines
	}
	lowerBefore := i > 0 && e.toks[i-1].kind == word && !e.toks[i-1].capital
	switch {
	case placeNouns[prev2] && prev == "of":
		n.vote(article.Place, strong) // the town of Faenza
	case placeOf[prev2] && prev == "of":
		n.vote(article.Place, clue+1) // residents of Millbrook, north of Kyiv
	case e.ledBy(i):
		n.vote(article.Person, strong) // an investment group led by (the property developer) Craig Ashdown
	case lowerBefore && tradeNouns[e.w(i-1)] && !single:
		n.vote(article.Person, clue) // the property developer Craig Ashdown; the developer Barratt Homes has a cue
	case lowerBefore && (orgNouns[e.w(i-1)] || e.w(i-1) == "site" && e.w(i-2) == "news"):
		n.vote(article.Organization, strong) // the parcel company Logivance, the news site Bluenose Report
		n.noun = e.w(i - 1)
	case lowerBefore && isPersonNoun(e.w(i-1)):
		n.vote(article.Person, strong) // microbiologist Miriam Adler
	case compoundPlace(e.w(i-1)) != "" && compoundPlace(e.w(i-1)) != "-born":
		n.vote(article.Organization, strong) // the Ostrava-based Castrum Rail
	case (prev == "in" || prev == "of") && holdings[prev2]:
		n.vote(article.Organization, strong) // shares in Alphabet
	case prev == "at" && (isPersonNoun(prev2) || isPersonNoun(strings.TrimSuffix(prev2, "s")) || prev2 == "staff" || prev2 == "employees"):
		n.vote(article.Organization, clue+1) // analysts at Morgan Stanley
	case locatives[prev] && prev != "to" && prev != "from":
		n.vote(article.Place, clue+1)
	case prev == "on" && premises[prev2]:
		n.vote(article.Place, clue+1) // a bicycle shop on Hämeenkatu
	case prev == "from" || prev == "to" || prev == "at":
		n.vote(article.Place, guess)
	case prev == "by" && agentVerbs[e.w(i-2)]:
		n.vote(article.Organization, clue)
	case the && winVerbs[prev]:
		n.vote(article.Event, clue+1) // won the Golden Boot, lifted the Stanley Cup
	}

	if e.p(i-1) == "," && len(e.names) > 1 {
		// "Santa Clara, California": a place after a place.
		if p := e.names[len(e.names)-2]; p.tokEnd == i-1 && !p.desc && top(p.votes) == article.Place && !e.toks[i].sentStart &&
			!e.roleOf(p.tok) {
			n.vote(article.Place, clue+1)
		}
	}
	next := e.w(end)
	k := end
	for k < end+2 && auxiliaries[e.w(k)] && e.w(k) != "which" {
		k++
	}
	verb := e.w(k)
	switch {
	case speechVerbs[next] && next != "according":
		// Firms speak too: a lone word needs more ("Vitalon said").
		if !single || surnameLike(e.toks[i].lower) {
			n.vote(article.Person, clue)
		}
	case e.p(end) == "," && (e.w(end+1) == "who" || e.w(end+1) == "whose"):
		n.vote(article.Person, clue)
	case e.p(end) == "," && e.w(end+1) == "which":
		n.vote(article.Organization, clue) // no person is a "which"
	case e.p(end) == "," && e.w(end+1) == "where":
		n.vote(article.Place, strong+clue) // the Corn Exchange, where the council meets
	case e.p(end) == "," && isDigits(e.w(end+1)) && len(e.w(end+1)) <= 3 && e.p(end+2) == ",":
		n.vote(article.Person, strong) // Margaret Wynn, 71,
	case (prev == "said" || prev == "told" || prev == "by" && e.w(i-2) == "said") && (!single || surnameLike(e.toks[i].lower)):
		n.vote(article.Person, clue)
	}
	if orgVerbs[verb] && !teamVerbs[verb] {
		n.vote(article.Organization, clue)
	}
	if teamRoles[next] && !e.toks[end].capital && e.capWordAt(end+1) {
		n.vote(article.Organization, strong) // Dallas Cowboys quarterback Dak Prescott
	}
	if facilities[next] && !e.toks[end].capital && (the || prev == "its" || prev == "their" || prev == "at") {
		n.vote(article.Place, clue) // its Windsor plant, the Douai warehouse
	}
	// "founded in 2003", "based in Ostrava": an organization.
	j := end
	if e.p(j) == "," {
		j++
	}
	if e.w(j) == "which" || e.w(j) == "was" || e.w(j) == "is" {
		j++
		if e.w(j) == "is" || e.w(j) == "was" {
			j++
		}
	}
	if w := e.w(j); (w == "founded" || w == "based" || w == "headquartered" || w == "listed") && j > end {
		n.vote(article.Organization, strong)
	}
	// A possessive and what it owns.
	if end < len(e.toks) && e.toks[end].kind == possess {
		for k := end + 1; k < end+4 && k < len(e.toks) && e.toks[k].kind == word && !e.toks[k].capital; k++ {
			w := e.toks[k].lower
			if teamOwned[w] {
				break // a club's: see club
			}
			if orgOwned[w] {
				n.vote(article.Organization, strong)
				break
			}
			if personOwned[w] {
				n.vote(article.Person, clue)
				break
			}
		}
	}
	// "the" before a name that ends its noun phrase: no person.
	if the && (e.endsPhrase(end) || !single) && !titleCores[e.toks[i].lower] {
		n.vote(article.Organization, clue)
		if !single && strings.HasSuffix(e.toks[end-1].lower, "s") && !orgCues[e.toks[end-1].lower] {
			n.vote(article.Place, guess) // the West Indies
		}
	}
	// An apposition: "Enova, the state agency", "Faenza, a town", "Miriam
	// Adler, a microbiologist at …".
	if head, noun := e.apposition(end); head != "" {
		n.vote(head, strong)
		if noun != "" {
			n.noun = noun
		}
	}
}

// apposition returns the type an apposition after a name at token end
// gives it, and its head noun when that makes an organization: the head
// is its last common noun before a clause or a preposition.
func (e *extractor) apposition(end int) (article.Type, string) {
	if e.p(end) != "," {
		return "", ""
	}
	var head article.Type
	noun := ""
	for k := end + 1; k < end+9 && k < len(e.toks); k++ {
		t := e.toks[k]
		w := e.w(k)
		if w == "" {
			if t.kind == possess {
				continue
			}
			break
		}
		if w == "of" && k > end+1 && e.toks[k-1].capital && e.capWordAt(k+1) {
			continue // the Bank of Canada governor
		}
		if w == "who" || w == "whose" || w == "that" || w == "which" || w == "in" || w == "of" || w == "with" ||
			w == "for" || w == "at" || w == "on" || w == "from" || w == "based" || w == "and" || w == "to" ||
			w == "since" || w == "where" || w == "when" || speechVerbs[w] {
			break
		}
		if t.capital && !titleCores[w] {
			continue // a name inside the apposition
		}
		switch {
		case isPersonNoun(w) && !orgNouns[w]:
			head, noun = article.Person, ""
		case orgNouns[w]:
			head, noun = article.Organization, ""
			if !t.capital {
				noun = w
			}
		case placeNouns[w]:
			head, noun = article.Place, ""
		}
	}
	return head, noun
}

// endsPhrase reports whether the name that ends before token i ends its
// noun phrase: punctuation, a verb or a preposition follows, not a noun it
// modifies.
func (e *extractor) endsPhrase(i int) bool {
	if i >= len(e.toks) {
		return true
	}
	t := e.toks[i]
	switch {
	case t.kind == possess:
		return true
	case t.kind != word:
		return true
	case t.capital:
		return false
	}
	return clauseWords[t.lower] || speechVerbs[t.lower] || orgVerbs[t.lower] || teamVerbs[t.lower]
}

// shapeType gives the type a name's own words suggest when no list or cue
// word knows it, and how strongly; "" when they suggest nothing.
func (e *extractor) shapeType(i, end int) (article.Type, int) {
	first, last := e.toks[i].lower, e.toks[end-1].lower
	single := end-i == 1
	words := 0
	for k := i; k < end; k++ {
		if e.toks[k].kind == word && e.toks[k].capital {
			words++
		}
	}
	switch {
	case strings.HasPrefix(first, "l'") || strings.HasPrefix(first, "l’") || strings.HasPrefix(first, "d'") && single:
		return article.Organization, strong // L'Écho de Lille
	case single:
		return "", 0
	case strings.Contains(e.text[e.toks[i].start:e.toks[end-1].end], "&"):
		return article.Organization, strong // Procter & Gamble
	case mediaFirst[first]:
		return article.Organization, strong // Radio Corrib
	case orgFirsts[first] && !(first == "stade" && nameJoins[e.toks[i+1].lower]):
		return article.Organization, strong // Gazeta Wyborcza, FC Porto, but Stade de France
	case foreignArticles[first]:
		return article.Organization, clue // Le Progrès, but in Le Havre
	case first == "line" && isDigits(last):
		return article.Place, strong // a tram line is a facility
	case eventFirsts[first] && (first != "grand" || e.toks[i+1].lower == "prix"):
		return article.Event, strong // Tour de France, Grand Prix of Monaco
	case moreEventHeads[last]:
		return article.Event, strong // Blue Signal Start-up Challenge
	case venueHeads[last]:
		return article.Place, clue + 1 // Claddagh Hall, but Jerry Hall said
	case directions[first] && !titleCores[e.toks[i+1].lower]:
		return article.Place, strong // West Indies
	case lex().places[first] && !givenPlaces[first] && end-i == 2 && !lex().places[last]:
		return article.Organization, strong // France Bleu
	case words >= 4:
		return article.Organization, clue // too long for a person's name
	}
	for k := i; k < end; k++ {
		if strings.ContainsAny(e.text[e.toks[k].start:e.toks[k].end], "0123456789") {
			return article.Organization, clue // Formula 1, Radio 4
		}
	}
	return "", 0
}

// competition votes for an event when a lower-case competition noun
// follows the name, with at most one word between: "the Golden Crust
// baking competition". The noun stays out of the name.
func (e *extractor) competition(n *name) {
	if n == nil {
		return
	}
	j := n.tokEnd
	for k := j; k < j+2 && k < len(e.toks); k++ {
		t := e.toks[k]
		if t.kind != word || t.capital {
			return
		}
		if competitionNouns[t.lower] {
			n.vote(article.Event, strong+clue)
			return
		}
	}
}

// storyNouns name the event a story is about when "the" comes before them
// ("the strike", "the first national strike", "the fraud trial"), some
// only when the text shows what kind of story it is: a trial in court, a
// match on a pitch.
var storyNouns = map[string][]string{
	"strike": nil, "walkout": nil, "march": nil, "protest": nil, "demonstration": nil, "runoff": nil,
	"blockade": nil, "sit-in": nil, "lockout": nil,
	"trial":   {"court", "judge", "jury", "prosecutors", "prosecution", "defendant", "verdict", "accused"},
	"match":   {"referee", "penalty", "goal", "coach", "striker", "half-time", "kick-off", "stoppage"},
	"game":    {"referee", "penalty", "goal", "coach", "striker", "half-time", "kick-off", "stoppage"},
	"final":   {"referee", "penalty", "goal", "coach", "striker", "half-time", "kick-off", "stoppage"},
	"derby":   {"referee", "penalty", "goal", "coach", "striker", "half-time", "kick-off", "stoppage"},
	"hearing": {"court", "judge", "jury", "prosecutors", "tribunal"},
}

// storyEventAt matches "the" and up to three lower-case words before a
// story noun at token i, and returns the match's end (i when none).
func (e *extractor) storyEventAt(i int) int {
	if e.w(i) != "the" {
		return i
	}
	for j := i + 1; j < i+5 && j < len(e.toks); j++ {
		t := e.toks[j]
		if t.kind != word || t.capital || t.used || commonStarts[t.lower] && j > i+1 && t.lower != "first" && t.lower != "second" && t.lower != "new" {
			return i
		}
		context, ok := storyNouns[t.lower]
		if !ok {
			continue
		}
		if w := e.w(i - 2); e.w(i-1) == "of" && (w == "laws" || w == "rules" || w == "spirit" || w == "state") {
			return i // the laws of the game
		}
		if next := e.w(j + 1); next == "of" || next == "for" || j+1 < len(e.toks) && e.toks[j+1].kind == word && !e.toks[j+1].capital && storyNounModifies[next] {
			return i // "the march of time", "the strike fund"
		}
		if len(context) == 0 {
			return j + 1
		}
		for _, w := range context {
			if e.lower[w] {
				return j + 1
			}
		}
		return i
	}
	return i
}

// storyNounModifies follow a story noun that only modifies them: "the
// strike fund", "the trial judge".
var storyNounModifies = wordSet(`fund funds pay ballot action committee judge lawyer lawyers date organisers organizers route ticket
	tickets report day plan plans`)

// top returns the type with the most votes, or "".
func top(v [8]int) article.Type {
	best, bw := -1, 0
	for i, w := range v {
		if w > bw {
			best, bw = i, w
		}
	}
	if best < 0 {
		return ""
	}
	return article.Types[best]
}

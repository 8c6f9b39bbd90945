package extract

import (
	_ "embed"
	"strings"
	"sync"
)

// The word lists are small and compiled into the program, so the
// extractor reads nothing at run time.
var (
	//go:embed lexicon/places.txt
	placesTxt string
	//go:embed lexicon/groups.txt
	groupsTxt string
	//go:embed lexicon/orgs.txt
	orgsTxt string
)

// lexicon holds the word lists, keyed by lowercase name.
type lexicon struct {
	places map[string]bool
	orgs   map[string]bool
	groups map[string]string // adjective or plural → the group's name (plural)
}

// lex returns the word lists, read the first time the annotator runs: a
// program that includes the annotator but does not run it (the reading
// program, through package ui) does not spend its start-up on them.
var lex = sync.OnceValue(loadLexicon)

func loadLexicon() *lexicon {
	l := &lexicon{places: map[string]bool{}, orgs: map[string]bool{}, groups: map[string]string{}}
	for _, line := range lines(placesTxt) {
		l.places[strings.ToLower(line)] = true
	}
	for _, line := range lines(orgsTxt) {
		l.orgs[strings.ToLower(line)] = true
	}
	for _, line := range lines(groupsTxt) {
		adj, plural, _ := strings.Cut(line, "|")
		l.groups[strings.ToLower(adj)] = plural
		l.groups[strings.ToLower(plural)] = plural
	}
	return l
}

// lines returns the non-empty lines of s that are not comments.
func lines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// wordSet is set for a list of words separated by spaces: one string in
// the program rather than one per word.
func wordSet(s string) map[string]bool { return set(strings.Fields(s)...) }

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// commonStarts are words that begin sentences and are not names.
var commonStarts = wordSet(`the a an in on at when but and or so yet if as after before while since for with by from to of this
	that these those it its he she they we i you there here his her their our my your what who which
	where why how some many most much more no not nor every each all both one other another such than
	then now also still only even just however meanwhile although though because until during about over
	under asked according across among between despite without within like unlike instead already yes
	last next earlier later first second third new ask let do does did is are was were be been has have
	had will would can could should might must once few several nobody everyone people media inside
	outside through toward towards whether whose whom around almost nearly thanks today tomorrow
	yesterday said says mr mrs ms dear please thank oh well too very again never always often perhaps
	maybe together above below up down out off any anyone someone something nothing everything none two
	three four five six seven eight nine ten half residents officials critics experts`)

// titleCores are words that make a title: the name after them is a
// person's, and they stay out of it.
var titleCores = wordSet(`president minister secretary mayor chancellor governor senator chief officer director pope king
	queen prince princess judge professor prof. dr. dr mr. mr mrs. mrs ms. ms sir dame lord lady
	ambassador commissioner chair chairman chairwoman chairperson head spokesperson spokesman
	spokeswoman ceo premier gen. coach captain colonel lieutenant admiral marshal rep. sen. gov.
	representative councillor councilor deputy manager founder editor archbishop bishop cardinal rabbi
	imam sheikh emir sultan general sergeant superintendent inspector constable detective justice
	councilwoman councilman councilmember alderman alderwoman assemblyman assemblywoman assemblymember
	congressman congresswoman sheriff trustee supervisor rev. rev reverend pastor fr. prosecutor attorney
	lawyer solicitor barrister magistrate coroner auditor ombudsman treasurer economist analyst`)

// orgCues end (or begin) the names of organizations.
var orgCues = wordSet(`ministry department council staff forces party agency university college school academy institute
	inc. inc ltd ltd. plc llc corp. corp corporation company co. group association union federation
	commission committee court bank fund foundation authority office service services board army navy
	police guard parliament assembly senate congress government administration organization organisation
	society club league network news times post press radio television tv energy airlines airways motors
	holdings solutions systems technologies technology media industries partners capital insurance
	pharmaceuticals labs laboratories hospital clinic museum library church trust alliance coalition
	movement brigade battalion regiment command unit center centre asa ag sa gmbh nv bv ab oyj spa
	railways transit cabinet secretariat directorate inspectorate tribunal chamber exchange børs studios
	channel gazette journal herald tribune telegraph observer guardian mail international watch
	observatory archive archives orchestra initiative mission delegation partnership consortium bureau
	registry prefecture préfecture gendarmerie rail logistics foods pharma steel mining petroleum
	chemicals electric electronics software robotics therapeutics biotech aerospace automotive telecom
	communications networks entertainment records pictures magazine daily weekly review fc afc united
	rovers wanderers athletic albion hotspur brewery bakery supermarkets stores bancorp ventures
	investments securities finance financial hospitals oc ac sc cf sv bc hc rfc rc homes housing coatings
	paints plastics metals materials textiles properties estates ledger chronicle courier sentinel examiner
	dispatch trains infrastructure fm buses ferries shipping freight construction engineering utilities
	builders developments consulting consultants analytics dredging`)

// orgSuffixes may follow an organization's cue word as part of its name.
var orgSuffixes = wordSet(`inc. inc ltd ltd. plc llc corp. asa ag sa gmbh nv bv ab oyj spa co. group`)

// placeHeads end (or begin) the names of places.
var placeHeads = wordSet(`sea ocean river mountains mountain mount mt. island islands bay gulf valley oblast province county
	region strait lake peninsula coast desert square street avenue road bridge canal district state city
	town village heights hills forest park airport harbour harbor port cape isle republic kingdom
	emirates territory territories krai palace stadium cathedral castle tower`)

// eventHeads end the names of events.
var eventHeads = set("day", "war", "olympics", "games", "cup", "festival", "summit", "championship",
	"championships", "revolution", "conference", "expo", "election", "elections", "referendum", "marathon",
	"tournament", "week", "crisis", "pandemic", "uprising", "protests", "massacre", "treaty", "accords",
	"agreement", "forum", "fair", "grand prix", "open", "biennale", "eve")

// events are named days and festivals known by one name.
var events = wordSet(`christmas easter ramadan eid hanukkah thanksgiving diwali passover halloween brexit holocaust lent
	advent pentecost`)

// speechVerbs introduce or follow a direct quote.
var speechVerbs = wordSet(`said says say saying told tells tell added adds stated states wrote writes asked asks noted notes
	explained explains admitted admits warned warns insisted insists replied replies argued argues
	claimed claims declared declares announced announces described describes calls called call recalled
	recalls continued acknowledged conceded complained suggested urged posted tweeted commented
	responded remarked promised predicted concluded stating adding telling writing wrote: shouted cried
	joked laughed smiled sighed agreed disagreed countered whispered stressed emphasized emphasised
	pointed observed confirmed denied answered put puts according`)

// pronouns that can stand for a speaker.
var personPronouns = set("he", "she")

// Month and day names.
var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12}

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

var dayParts = set("morning", "afternoon", "evening", "night")

var seasons = set("spring", "summer", "autumn", "fall", "winter")

var periods = wordSet(`day days week weeks month months year years decade decades century centuries weekend weekends hour
	hours quarter quarters term semester season`)

// Spelled-out numbers.
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true, "dozen": true, "dozens": true,
	"hundreds": true, "thousands": true, "millions": true}

var scales = set("hundred", "thousand", "million", "billion", "trillion", "bn", "m")

// currencies are the words after an amount that make it money: the
// annotator keeps them in the number ("18 billion Norwegian kroner"), and
// the claim finder compares sums only with what they count.
var currencies = wordSet(`euros euro dollars dollar pounds pound kroner krone kronor krona yen yuan rupees rupee
	rubles ruble roubles rouble francs franc pesos peso cents pence hryvnias hryvnia won lira lire shekels shekel
	dinars dinar rand zloty złoty zlotys crowns crown koruna korunas forint forints lei leu lev leva kuna dirhams
	dirham baht ringgit`)

var percentWords = set("percent", "per", "%")

// qualifiers come before a number and belong to it.
var qualifiers = set("about", "around", "nearly", "almost", "approximately", "roughly", "at least",
	"at most", "more than", "less than", "fewer than", "up to", "an estimated", "as many as", "as much as",
	"as few as", "close to", "well over", "just over", "just under", "some")

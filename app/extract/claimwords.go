package extract

import "strings"

// The words the claim finder reads: the cues that attribute a statement,
// the stance they carry, and the words that name a source's channel or a
// silence. They are small sets, compiled in like the other word lists.

// cueVerbs attribute a statement to its speaker: "X said that …", "…,
// X told reporters", "X denied …". The participles ("stating",
// "emphasizing") go on with the statement their sentence began.
var cueVerbs = set("put", "puts", "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
	"adding", "stated", "states", "stating", "wrote", "writes", "writing", "noted", "notes", "explained",
	"explains", "argued", "argues", "arguing", "insisted", "insists", "warned", "warns", "warning",
	"claimed", "claims", "declared", "declares", "announced", "announces", "described", "describes",
	"called", "calls", "posted", "tweeted", "predicted", "predicts", "estimated", "estimates", "maintained",
	"maintains", "stressed", "stresses", "emphasized", "emphasised", "emphasizing", "emphasising",
	"asserted", "asserts", "contended", "contends", "reported", "reports", "alleged", "alleges",
	"accused", "accuses", "blamed", "blames", "framed", "frames", "credited", "credits", "crediting",
	"praised", "praises", "promised", "promises", "pledged", "vowed", "suggested", "suggests",
	"believes", "reiterated", "repeated", "replied", "responded", "answered", "acknowledged",
	"acknowledges", "conceded", "concedes", "admitted", "admits", "confirmed", "confirms", "confirm",
	"confirming", "denied", "denies", "deny", "denying", "disputed", "disputes", "dispute", "disputing",
	"rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "refuted", "refutes",
	"contradicted", "contradicts", "contested", "contests", "challenged", "challenges", "countered",
	"counters", "corroborated", "corroborates", "verified", "agreed", "agrees", "testified", "ruled",
	"found", "concluded", "concludes", "forecast", "forecasts", "projected", "projects", "showed",
	"shows", "criticized", "criticised", "criticizes", "criticises", "questioned", "questions", "defended",
	"defends", "ruling", "concluding")

// weakCues attribute a statement only with a clause after them ("the
// report found that …", "the court ruled that …"): alone they are
// ordinary verbs.
var weakCues = set("found", "showed", "shows", "ruled", "concluded", "concludes", "projected", "projects",
	"forecast", "forecasts", "reports", "reported", "believes", "questions", "credits", "credited",
	"crediting", "calls", "called", "frames", "framed", "ruling", "concluding")

// opposeCues dispute or reject what another party said.
var opposeCues = set("denied", "denies", "deny", "denying", "disputed", "disputes", "dispute", "disputing",
	"rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "refuted", "refutes",
	"contradicted", "contradicts", "contested", "contests", "challenged", "challenges", "countered",
	"counters", "questioned", "questions", "criticized", "criticised", "criticizes", "criticises")

// confirmCues confirm what another party said; said first, they assert.
var confirmCues = set("confirmed", "confirms", "confirm", "confirming", "acknowledged", "acknowledges",
	"conceded", "concedes", "admitted", "admits", "corroborated", "corroborates", "verified", "agreed",
	"agrees")

// labelWords, in what a party rejects, make it the rejection of a label
// or a characterization rather than a dispute of a fact.
var labelWords = set("characterization", "characterisation", "characterizations", "label", "labels",
	"description", "depiction", "portrayal", "term", "accusation", "accusations", "allegation",
	"allegations", "suggestion", "comparison", "claim", "claims")

// backWords, after a cue of dispute or confirmation, point back to what
// another party said: "disputed that", "rejected the account", "the
// union's figures".
var backWords = set("that", "this", "it", "claim", "claims", "account", "accounts", "allegation",
	"allegations", "report", "reports", "figure", "figures", "count", "counts", "estimate", "estimates",
	"statement", "statements", "version", "assertion", "assertions", "characterization",
	"characterisation", "description", "accusation", "accusations", "suggestion", "findings", "finding",
	"number", "numbers", "comments", "remarks", "those", "these", "them")

// disputeWords, in what a party says, dispute what another said: "Those
// numbers are fiction".
var disputeWords = set("fiction", "false", "untrue", "nonsense", "misleading", "inaccurate", "incorrect",
	"baseless", "unfounded", "lies", "lie", "fabricated", "fabrication", "exaggerated", "exaggeration",
	"wrong", "distorted", "distortion", "rubbish", "absurd", "contradicts", "contradict", "contradicted", "refutes",
	"disproves", "invented", "made-up")

// notDisputed after "false" make a thing, not a judgement of what was
// said: "false alarms", "false positives".
var notDisputed = set("alarm", "alarms", "positive", "positives", "negative", "negatives", "start", "starts", "alert",
	"alerts", "teeth", "economy")

// peopleGroups count people, each word with the words that count the
// same people: "10,000 marchers" and "2,000 demonstrators" are figures
// for one crowd, "700 staff" and "200 strikers" for one workforce, but
// 900 patients and 40 doctors are not one count. "People" stands for
// any of them (see conflicting).
var peopleGroups = func() map[string]string {
	out := map[string]string{"people": "people", "persons": "people"}
	for group, words := range map[string]string{
		"crowd":    "protesters protestors demonstrators marchers participants attendees spectators supporters fans visitors delegates",
		"staff":    "workers employees staff strikers members",
		"military": "soldiers troops",
		"pupils":   "students pupils",
	} {
		for _, w := range strings.Fields(words) {
			out[w] = group
		}
	}
	for _, w := range strings.Fields("residents voters children patients passengers volunteers migrants refugees civilians victims doctors nurses") {
		out[w] = w
	}
	return out
}()

// units are the stems of measures: a figure in one of them is a reading,
// not a count that two parties give otherwise.
var units = set("degre", "celsi", "fahre", "kilom", "metre", "meter", "mile", "miles", "minut", "hour",
	"hours", "secon", "day", "days", "week", "weeks", "month", "year", "years", "tonne", "tons", "ton",
	"litre", "liter", "kilog", "gram", "grams", "knot", "knots", "feet", "foot", "inch", "centi", "milli",
	"times")

// moreTitles stand with titleCores before a name: "chief executive
// Petra Lindemann", "LWF general secretary Nadia Ferrand".
var moreTitles = set("executive", "general", "secretary", "deputy", "vice", "senior", "former", "acting",
	"interim", "managing", "press", "union", "party", "lead", "head", "state", "foreign", "prime",
	"finance", "defence", "defense", "health", "interior", "labour", "labor", "team", "club")

// isTitle reports whether a word can stand in a title before a name.
func isTitle(w string) bool { return titleCores[w] || moreTitles[w] }

// prepositions open a phrase that says where or when, not what: after a
// cue they mean its content stands before it ("…, she said on Friday").
var prepositions = set("in", "on", "at", "during", "after", "before", "as", "while", "from", "to",
	"outside", "inside", "with", "without", "when", "last", "this", "late", "early", "earlier", "later",
	"yesterday", "today", "tonight", "afterwards", "then", "again", "too", "also", "recently", "by", "via",
	"through", "over", "under", "near", "beside", "of", "for", "publicly", "privately", "repeatedly")

// aboutWords after a cue say what a quarrel or a call was about, not
// what was said: "has argued over traffic", "called for an end".
var aboutWords = set("over", "about", "with", "for", "against", "into")

// publications stand for whoever published them: "the report said".
var publications = set("report", "study", "survey", "review", "audit", "analysis", "statement", "release",
	"filing", "findings", "paper", "document", "letter", "complaint", "ruling", "judgment", "judgement",
	"decision", "verdict", "order", "notice", "memo", "results")

// judgementCues make a statement a characterization: a label, a judgement
// or an intention, which no record settles.
var judgementCues = set("described", "describes", "called", "calls", "framed", "frames", "branded",
	"labelled", "labeled")

// addressees stand after a cue for whom the words were said to:
// "told reporters that …".
var addressees = set("reporters", "journalists", "the", "press", "media", "him", "her", "them", "us", "me",
	"lawmakers", "parliament", "investors", "analysts", "supporters", "residents", "staff", "employees",
	"workers", "members", "students", "parents", "viewers", "listeners", "readers", "shareholders",
	"officials", "delegates", "jurors", "court", "crowd", "audience", "a", "an", "local", "state")

// adverbs and auxiliaries that may stand between a speaker and the cue:
// "Zelensky has consistently rejected", "Trump later wrote".
var betweenWords = set("has", "have", "had", "also", "later", "then", "once", "again", "previously",
	"repeatedly", "consistently", "publicly", "immediately", "quickly", "firmly", "strongly", "flatly",
	"initially", "first", "originally", "earlier", "further", "separately", "privately", "openly",
	"officially", "formally", "too", "itself", "himself", "herself", "themselves", "would", "will", "could",
	"did", "does", "do", "not", "never", "already", "still", "on", "in", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "last", "this", "week", "month", "year", "yesterday",
	"today", "november", "december", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october")

// roleNouns stand for an organization named earlier: "the company
// said". The value lists words the organization's name may hold
// ("union" for "Dock Workers' Union", "federation" for "Logistics
// Workers' Federation"); nil means any organization that is not of
// another kind (see otherKinds).
var roleNouns = map[string][]string{
	"company": nil, "firm": nil, "group": nil, "business": nil, "carrier": nil, "operator": nil,
	"developer": nil, "manufacturer": nil, "retailer": nil, "insurer": nil, "airline": nil, "bank": {"bank"},
	"maker": nil, "producer": nil, "chain": nil, "brand": nil, "supplier": nil, "lender": nil, "startup": nil,
	"publisher": nil, "distributor": nil, "exporter": nil, "importer": nil, "owner": nil, "landlord": nil,
	"club":       {"club", "fc", "united", "city", "athletic", "sporting", "rovers"},
	"team":       {"club", "fc", "team", "united"},
	"party":      {"party", "alliance", "movement", "front", "democrats", "league"},
	"union":      {"union", "federation", "confederation", "workers", "syndicat", "guild", "trades"},
	"ministry":   {"ministry", "department"},
	"council":    {"council", "municipality", "borough"},
	"commission": {"commission"}, "court": {"court", "tribunal"},
	"police":    {"police", "gendarmerie", "prefecture", "constabulary"},
	"agency":    {"agency", "authority", "office", "administration", "inspectorate", "standards"},
	"authority": {"authority", "agency", "office", "administration"},
	"regulator": {"agency", "authority", "office", "administration", "inspectorate", "standards", "commission", "board", "regulat"},
	"board":     {"board"}, "department": {"department", "ministry"},
	"government": {"government", "ministry", "cabinet", "administration"},
	"committee":  {"committee"}, "league": {"league"}, "federation": {"federation"},
	"association": {"association"}, "university": {"university"}, "school": {"school", "academy", "college"},
	"hospital": {"hospital", "clinic"}, "museum": {"museum"}, "office": {"office"},
	"campaign": {"campaign"}, "mission": {"mission", "observer"}, "observers": {"mission", "observer"},
	"prosecutors": {"prosecut", "attorney", "crown"}, "prosecution": {"prosecut", "attorney", "crown"},
	"institute": {"institute"}, "service": {"service"}, "network": {"network"},
	"broadcaster": {"radio", "tv", "television", "broadcast"}, "newspaper": {"times", "post", "news", "gazette", "journal", "herald", "tribune", "daily"},
	"station": {"radio", "tv", "station"}, "organisers": nil, "organizers": nil, "defence": nil, "defense": nil,
}

// orgKinds stand after an organization's name as its kind: "the Green
// Youth movement", "the Brickly company".
var orgKinds = set("movement", "group", "party", "campaign", "company", "union", "coalition", "association",
	"club", "team", "council", "firm", "network", "alliance", "organisation", "organization", "charity",
	"foundation", "agency", "ministry", "institute", "brand", "chain", "bank", "society", "federation")

// otherKinds are words in the names of organizations that are not
// companies: "the company" never stands for them.
var otherKinds = []string{"union", "federation", "confederation", "ministry", "department", "council",
	"commission", "court", "police", "agency", "authority", "government", "committee", "party",
	"association", "league", "university", "school", "hospital", "office", "prefecture", "tribunal",
	"mission", "institute", "radio", "television", "times", "gazette", "news"}

// spokesWords name someone who speaks for an organization: "a
// spokesperson for the ministry", "a union spokesman".
var spokesWords = set("spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
	"representatives", "official", "officials", "lawyer", "lawyers", "attorney", "attorneys", "statement",
	"source", "sources", "executive", "executives", "head", "chief", "chair", "leader", "leaders",
	"secretary", "director", "manager", "owner", "counsel", "authors", "researchers", "scientists")

// silenceVerbs, with what follows them, say that an actor gave no
// statement: "did not respond to a request for comment".
var silenceHeads = [][]string{
	{"did", "not", "respond"}, {"didn't", "respond"}, {"did", "not", "reply"}, {"did", "not", "return"},
	{"did", "not", "immediately", "respond"}, {"did", "not", "comment"}, {"declined", "to"},
	{"refused", "to", "comment"}, {"could", "not", "be", "reached"}, {"has", "not", "said"},
	{"have", "not", "said"}, {"had", "not", "said"}, {"has", "not", "commented"}, {"have", "not", "commented"},
	{"has", "not", "responded"}, {"have", "not", "responded"}, {"had", "not", "responded"},
	{"was", "not", "consulted"}, {"were", "not", "consulted"}, {"did", "not", "attend"},
	{"was", "not", "available", "for", "comment"}, {"were", "not", "available", "for", "comment"},
	{"has", "yet", "to", "respond"}, {"has", "yet", "to", "comment"}, {"have", "yet", "to", "comment"},
	{"did", "not", "answer"}, {"has", "not", "answered"}, {"made", "no", "comment"},
	{"did", "not", "say"}, {"would", "not", "say"}, {"would", "not", "comment"},
}

// silenceStarts are the first words of silenceHeads.
var silenceStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range silenceHeads {
		m[h[0]] = true
	}
	return m
}()

// stopWords carry no matter: they are left out of a statement's key
// words.
var stopWords = set("that", "this", "with", "from", "have", "has", "had", "been", "were", "will", "would",
	"could", "should", "their", "there", "they", "them", "what", "when", "which", "while", "about", "after",
	"before", "into", "than", "then", "also", "only", "more", "most", "some", "such", "said", "says",
	"told", "added", "because", "over", "under", "very", "just", "even", "still", "other", "these",
	"those", "being", "does", "did", "doing", "your", "ours", "yours", "it's", "its", "his", "her",
	"hers", "our", "we're", "they're", "there's", "can't", "don't", "didn't", "won't", "isn't", "wasn't",
	"aren't", "weren't", "where", "who", "whom", "whose", "why", "how", "each", "every", "much", "many",
	"well", "like", "make", "made", "makes", "take", "took", "come", "came", "going", "want", "wants",
	"think", "thinks", "know", "knows", "know", "year", "years", "week", "weeks", "month", "months",
	"percent", "people", "statement", "according", "reporters", "maybe", "might", "must", "shall", "last",
	"days", "areas", "part", "parts", "other", "further", "certain", "first", "next", "time", "times",
	"said.", "again", "already", "since", "until", "within", "without", "across", "among", "around")

package extract

// The words the claim finder reads: the cues that attribute a statement,
// the stance they carry, and the words that name a source's channel or a
// silence. They are small sets, compiled in like the other word lists.

// cueVerbs attribute a statement to its speaker: "X said that …", "…,
// X told reporters", "X denied …". The participles ("stating",
// "emphasizing") go on with the statement their sentence began.
var cueVerbs = set("said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
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
	"shows", "criticized", "criticised", "criticizes", "criticises", "questioned", "questions")

// weakCues attribute a statement only with a clause after them ("the
// report found that …", "the court ruled that …"): alone they are
// ordinary verbs.
var weakCues = set("found", "showed", "shows", "ruled", "concluded", "concludes", "projected", "projects",
	"forecast", "forecasts", "reports", "reported", "believes", "questions", "credits", "credited",
	"crediting", "calls", "called", "frames", "framed")

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

// roleNouns stand for an organization named earlier: "the company said".
// The value is the word the organization's name holds, or "" for any
// organization.
var roleNouns = map[string]string{
	"company": "", "firm": "", "group": "", "business": "", "club": "", "team": "", "party": "party",
	"union": "union", "ministry": "ministry", "council": "council", "commission": "commission",
	"court": "court", "police": "police", "agency": "agency", "authority": "authority",
	"regulator": "", "board": "board", "department": "department", "government": "government",
	"committee": "committee", "league": "league", "federation": "federation", "association": "association",
	"university": "university", "school": "school", "hospital": "hospital", "museum": "museum",
	"bank": "bank", "office": "office", "campaign": "campaign", "prosecutors": "prosecut",
	"prosecution": "prosecut", "defence": "", "defense": "", "organisers": "", "organizers": "",
	"institute": "institute", "service": "service", "network": "network", "airline": "",
	"carrier": "", "operator": "", "developer": "", "manufacturer": "", "retailer": "", "insurer": "",
	"broadcaster": "", "newspaper": "", "station": "", "mission": "mission", "observers": "",
}

// spokesWords name someone who speaks for an organization: "a
// spokesperson for the ministry", "a union spokesman".
var spokesWords = set("spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
	"representatives", "official", "officials", "lawyer", "lawyers", "attorney", "attorneys", "statement",
	"source", "sources", "executive", "executives", "head", "chief", "chair", "leader", "leaders",
	"secretary", "director", "manager", "owner", "counsel")

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

package extract

import (
	"strings"

	"newsexplorer/app/article"
)

// platforms are the social networks a post can be on, by their names in
// lower case.
var platforms = map[string]string{"telegram": "Telegram", "x": "X", "twitter": "Twitter", "facebook": "Facebook",
	"instagram": "Instagram", "tiktok": "TikTok", "linkedin": "LinkedIn", "youtube": "YouTube",
	"threads": "Threads", "bluesky": "Bluesky", "truth": "Truth Social", "weibo": "Weibo", "vk": "VK",
	"mastodon": "Mastodon", "reddit": "Reddit", "whatsapp": "WhatsApp"}

// postChannel reports whether a name right after the word prev is a
// social network a post is on ("on Instagram", "via Telegram"): the
// channel of a statement, not an organization that speaks.
func postChannel(name, prev string) bool {
	_, ok := platforms[strings.ToLower(name)]
	return ok && (prev == "on" || prev == "via")
}

// postWords name a post on a social network.
var postWords = set("post", "posts", "posted", "tweet", "tweets", "tweeted", "message", "video", "thread")

// writeWords, before "on" and a network, say a post: "wrote on X".
var writeWords = set("wrote", "writes", "write", "writing")

// documentWords name a document or a filing.
var documentWords = set("filing", "filings", "report", "letter", "documents", "document", "submission",
	"accounts", "results", "memo", "complaint", "lawsuit", "indictment", "ruling", "judgment", "judgement",
	"verdict", "minutes", "prospectus", "study", "survey", "audit", "review", "decision", "findings")

// determiners open the noun phrase of a document: "its seasonal report",
// "a court filing".
var determiners = set("a", "an", "its", "the", "their", "his", "her", "our", "this", "that")

// channelReach is how many words around a cue are read for its channel.
const channelReach = 24

// channelOf finds how a statement reached the article: in its sentence,
// or, for a speaker who spoke through a channel just before, that
// channel again. Without one, the source is NotStated.
func (f *claimFinder) channelOf(st *statement, si, cue int) {
	s := f.sents[si]
	if src, ch := f.channelIn(s, cue, st); src != "" {
		st.source, st.channel = src, ch
		if src == article.Document || src == article.OfficialStatement {
			f.publisher = st.speaker
		}
		return
	}
	// The speaker's channel of the sentences just before, in the same or
	// the previous paragraph: "In a post on Truth Social, Trump …" then
	// "…," Trump wrote.
	for k := len(f.stmts) - 1; k >= 0 && k >= len(f.stmts)-4; k-- {
		p := f.stmts[k]
		if p.speaker == st.speaker && p.source != article.NotStated && p.source != "" && (s.para == p.para || st.quote && s.para-p.para <= 1) {
			st.source, st.channel = p.source, p.channel
			return
		}
	}
	st.source, st.channel = article.NotStated, "the article names no channel"
}

// channelIn reads a channel in the words of a sentence outside quotes.
func (f *claimFinder) channelIn(s sentence, cue int, st *statement) (article.SourceKind, string) {
	// The words near the cue: a sentence of any length costs the same.
	from, to := s.from, min(s.to, s.from+2*channelReach)
	if cue >= 0 {
		from, to = max(s.from, cue-channelReach), min(s.to, cue+channelReach)
	}
	for k := from; k < to; k++ {
		if f.quoteOf[k] != 0 {
			continue
		}
		w := f.w(k)
		switch {
		case postWords[w] || writeWords[w] && f.w(k+1) == "on":
			// "in a post on Telegram", "wrote on X"
			if name := f.platformNear(s, k); name != "" {
				return article.SocialMediaPost, "a post on " + name
			}
		case (w == "press" || w == "news") && (f.w(k+1) == "conference" || f.w(k+1) == "briefing"):
			return article.PressConference, "a " + w + " " + f.w(k+1)
		case w == "told" && (f.w(k+1) == "reporters" || f.w(k+1) == "journalists"):
			return article.PressConference, "remarks to " + f.w(k+1)
		case w == "briefing" && f.w(k-1) != "press":
			return article.PressConference, "a briefing"
		case w == "televised" || w == "television" && f.w(k-1) == "state" || w == "broadcast" || w == "address" && f.w(k-1) == "televised":
			return article.TelevisedStatement, f.phrase(s, k, "a televised statement")
		case w == "interview":
			if id := f.outletNear(s, k); id != "" {
				return article.Interview, "an interview with " + f.name(id)
			}
			return article.Interview, "an interview"
		case w == "told" && k == cue:
			if id := f.outletAt(k + 1); id != "" {
				return article.Interview, "remarks to " + f.name(id)
			}
		case w == "on" && k > cue && k < cue+3:
			if id := f.outletAt(k + 1); id != "" {
				return article.Interview, "remarks on " + f.name(id)
			}
		case w == "statement" || w == "release" && (f.w(k-1) == "press" || f.w(k-1) == "the" || f.w(k-1) == "its") || w == "communique":
			where := "a statement"
			if w == "release" {
				where = "a press release"
			}
			if f.near(s, k, "website") {
				where += " on its website"
			}
			return article.OfficialStatement, where
		case documentWords[w] && k != cue && (determiners[f.w(k-1)] || determiners[f.w(k-2)] || f.w(k-1) == "court") && !f.saidAt(cue, k):
			if w == "report" && f.isMedia(st.speaker) {
				return article.MediaReport, "a report by " + f.name(st.speaker)
			}
			return article.Document, f.phrase(s, k, "a "+w)
		}
	}
	if cueW := f.w(cue); cueW == "reported" || cueW == "reports" {
		if f.isMedia(st.speaker) {
			return article.MediaReport, "a report by " + f.name(st.speaker)
		}
	}
	if (f.w(cue) == "confirmed" || f.w(cue) == "confirms") && f.isGovernment(st.speaker) {
		return article.GovernmentConfirmation, "a confirmation by " + f.name(st.speaker)
	}
	return "", ""
}

// phrase is the words from the article before token k that open its noun
// phrase, up to k ("a court filing", "its annual report"), or fallback.
func (f *claimFinder) phrase(s sentence, k int, fallback string) string {
	j := k
	for j > s.from && j > k-3 && f.toks[j-1].kind == word && !cueVerbs[f.w(j-1)] && !phraseStops[f.w(j-1)] {
		j--
	}
	if j == k {
		return fallback
	}
	words := make([]string, 0, k-j+1)
	for i := j; i <= k; i++ {
		words = append(words, f.toks[i].lower)
	}
	if words[0] != "a" && words[0] != "an" && words[0] != "its" && words[0] != "the" && words[0] != "their" {
		words = append([]string{"a"}, words...)
	}
	return strings.Join(words, " ")
}

// phraseStops end a channel's noun phrase on its left.
var phraseStops = set("in", "on", "that", "which", "who", "and", "but")

// saidAt reports whether token k stands in what the cue at token cue
// reports, after its "that": "ruling that the study behind the claim
// …" names the study as what was said about, not where.
func (f *claimFinder) saidAt(cue, k int) bool {
	if cue < 0 || k <= cue {
		return false
	}
	for j := cue + 1; j < k; j++ {
		if f.w(j) == "that" {
			return true
		}
	}
	return false
}

// platformNear finds a social network named within a few words of token
// k ("a post on Telegram", "a Telegram post").
func (f *claimFinder) platformNear(s sentence, k int) string {
	for j := max(s.from, k-3); j < s.to && j <= k+3; j++ {
		if name, ok := platforms[f.w(j)]; ok {
			if f.w(j) == "truth" && f.w(j+1) != "social" {
				continue
			}
			if f.w(j) == "x" && !f.toks[j].capital {
				continue
			}
			return name
		}
	}
	return ""
}

// outletNear finds a news outlet named within a few words of token k.
func (f *claimFinder) outletNear(s sentence, k int) string {
	for j := max(s.from, k-4); j < s.to && j <= k+4; j++ {
		if id := f.outletAt(j); id != "" {
			return id
		}
	}
	return ""
}

// outletAt returns the organization named at token k if it is a news
// outlet.
func (f *claimFinder) outletAt(k int) string {
	if m, ok := f.startAt[k]; ok {
		id := f.a.Mentions[m].Entity
		if f.isMedia(id) {
			return id
		}
	}
	return ""
}

// near reports whether the word w stands in the sentence within a few
// words of token k.
func (f *claimFinder) near(s sentence, k int, w string) bool {
	for j := max(s.from, k-2); j < s.to && j <= k+6; j++ {
		if f.w(j) == w {
			return true
		}
	}
	return false
}

// isMedia reports whether the entity is a news outlet.
func (f *claimFinder) isMedia(id string) bool {
	return f.a.TypeOf(id) == article.Organization && looksLikeMedia(f.name(id))
}

// isGovernment reports whether the entity is a part of a government.
func (f *claimFinder) isGovernment(id string) bool {
	if f.a.TypeOf(id) != article.Organization {
		return false
	}
	l := strings.ToLower(f.name(id))
	for _, w := range []string{"ministry", "department", "government", "state", "office", "cabinet", "administration", "white house", "kremlin"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

package extract

import (
	"slices"
	"strings"

	"newsexplorer/app/article"
)

// cueStatement reads the statement a cue word at token i attributes, if
// it is one: who said it and what they said.
//
// prev is the speaker of the sentence's statement before the cue, if
// any: a participle after a comma ("…, crediting …", "…, stating that …")
// goes on with that speaker, as a statement of its own.
func (f *claimFinder) cueStatement(si, i int, prev string) (statement, bool) {
	s := f.sents[si]
	w := f.w(i)
	if w == "according" && f.w(i+1) == "to" {
		return f.according(si, i)
	}
	if (w == "put" || w == "puts") && !f.putsFigure(i) {
		return statement{}, false // "put" says something only as "put the loss at 241 million"
	}
	if !cueVerbs[w] || publications[f.w(i-1)] && !f.publicationSpeaks(s, i-1) || f.w(i-1) == "not" || f.w(i-1) == "never" {
		// "in a statement posted on its website": the cue's noun, not a
		// speaker, stands before it.
		return statement{}, false
	}
	var speaker string
	before, inverted, goesOn := false, false, false
	subj := i
	if strings.HasSuffix(w, "ing") && f.afterComma(i) && prev != "" {
		speaker, goesOn = prev, true
	} else if id := f.leadSubject(s, i); id != "" && strings.HasSuffix(w, "ing") && f.afterComma(i) {
		// "The agency ordered Vitalon to stop …, ruling that …": the
		// participle goes on with the sentence's subject.
		speaker = id
	} else {
		speaker, before, subj = f.subjectBefore(s, i)
		if speaker != "" {
			f.noteAlly(s, subj, speaker)
		}
		if speaker == "" && !before {
			// "…," said Marta Bellini; "…," the company said.
			speaker, inverted = f.subjectAfter(s, i)
		}
	}
	if speaker == "" {
		return statement{}, false
	}
	st := statement{speaker: speaker, stance: article.Asserts, goesOn: goesOn, cueAt: f.toks[i].start}
	from := i + 1
	if tellCues[w] {
		from = f.skipAddressee(s, from)
	}
	that := false
	if k := f.thatAfter(s, from); k >= 0 {
		from, that = k+1, true
	}
	if weakCues[w] && !that && !goesOn {
		return statement{}, false
	}
	if !that && !tellCues[w] && aboutWords[f.w(i+1)] && !f.approximate(i+1) {
		// "argued over traffic", "called for talks": not what was said.
		return statement{}, false
	}
	if !that && before {
		// "…," Nadia Ferrand told reporters outside the warehouse: the
		// cue names who said the quote before it.
		if q, ok := f.quoteBefore(s, subj); ok {
			st.ev, st.quote = q.Span, true
			f.contentStance(&st)
			f.channelOf(&st, si, i)
			return st, true
		}
	}
	f.stanceOf(&st, s, i)
	switch {
	case st.stance != article.Asserts && st.stance != article.Corroborates && (st.back || st.denial || !f.enoughWords(f.span(from, s.to))):
		// "Ukraine disputed Putin's claims.", "Zelensky has rejected that
		// characterization.": the whole sentence says it. What a denial
		// denies is no evidence without the denial.
		st.ev = f.span(max(s.from, i-maxContent/2), min(s.to, i+maxContent/2))
	case inverted || from >= s.to || f.p(from) == "." || f.p(from) == "," && !that || !that && f.afterComma(f.lead(s, subj)) && !f.clauseAfter(s, from):
		// The content stands before the cue: "…, the company said", "…,
		// the observatory said on Wednesday in its report."
		end := i
		for end > s.from && !(f.p(end-1) == "," || f.toks[end-1].kind == qclose) {
			end--
		}
		if end <= s.from+1 {
			return statement{}, false
		}
		st.ev = f.span(max(s.from, end-1-maxContent), end-1)
	default:
		st.ev = f.span(from, min(f.clauseEnd(from, s.to), from+maxContent))
	}
	if !f.enoughWords(st.ev) {
		return statement{}, false
	}
	f.contentStance(&st)
	f.channelOf(&st, si, i)
	return st, true
}

// approximate reports whether token k is "about" or "around" before a
// figure: "said about 2,500 people had taken part" says how many, where
// "argued about traffic" says what the quarrel was over.
func (f *claimFinder) approximate(k int) bool {
	w := f.w(k + 1)
	return (f.w(k) == "about" || f.w(k) == "around") && w != "" && isDigitByte(w[0])
}

// clauseEnd is where the clause that starts at token from ends: at a
// semicolon outside quotes, which opens a clause of its own ("the union
// put the crowd at 8,000; police said about 2,500 …"), else at to.
func (f *claimFinder) clauseEnd(from, to int) int {
	for k := from; k < to; k++ {
		if f.quoteOf[k] == 0 && f.p(k) == ";" {
			return k
		}
	}
	return to
}

// afterComma reports whether token i follows a comma, or a quote that
// ends in one ("…region," stating).
func (f *claimFinder) afterComma(i int) bool {
	if i == 0 {
		return false
	}
	if f.p(i-1) == "," {
		return true
	}
	t := f.toks[i-1]
	return t.kind == qclose && t.start > 0 && f.text[t.start-1] == ','
}

// thatAfter finds "that" opening the content within a few words after a
// cue ("stated in a Telegram post that", "confirmed Saturday that"), past
// nothing but plain words, or -1.
func (f *claimFinder) thatAfter(s sentence, from int) int {
	for k := from; k < s.to && k < from+8; k++ {
		switch {
		case f.quoteOf[k] != 0 || f.toks[k].kind != word:
			return -1
		case f.w(k) == "that":
			return k
		case cueVerbs[f.w(k)] && k > from:
			return -1
		}
	}
	return -1
}

// according reads "according to X, …" and "…, according to X".
func (f *claimFinder) according(si, i int) (statement, bool) {
	s := f.sents[si]
	k := i + 2
	if f.w(k) == "the" || f.w(k) == "a" {
		k++
	}
	speaker := f.speakerAt(k)
	if w := f.w(k); speaker == "" && (w == "its" || w == "their") {
		// "according to its annual report": the body the sentence is about.
		if speaker = f.leadSubject(s, i); speaker == "" {
			speaker = f.lastOrg
		}
	}
	for j := k + 1; speaker == "" && j < s.to && j <= k+4 && f.toks[j].kind == word; j++ {
		// "according to the market research firm Konsumdata"
		if m, ok := f.startAt[j]; ok {
			speaker, k = f.a.Mentions[m].Entity, j
		}
	}
	if speaker == "" {
		return statement{}, false
	}
	st := statement{speaker: speaker, stance: article.Asserts}
	if i-s.from <= 1 {
		// "According to X, …": the content follows the comma after X.
		j := k
		for j < s.to && f.p(j) != "," {
			j++
		}
		st.ev = f.span(j+1, min(s.to, j+1+maxContent))
	} else {
		st.ev = f.span(max(s.from, i-maxContent), i)
	}
	if !f.enoughWords(st.ev) {
		return statement{}, false
	}
	f.channelOf(&st, si, i)
	if st.source == article.NotStated {
		if t := f.a.TypeOf(speaker); t == article.Organization {
			st.source, st.channel = article.MediaReport, "a report by "+f.name(speaker)
			if !looksLikeMedia(f.name(speaker)) {
				st.source, st.channel = article.NotStated, "the article names no channel"
			}
		}
	}
	return st, true
}

// looksLikeMedia reports whether an organization's name is that of a news
// outlet.
func looksLikeMedia(name string) bool {
	l := strings.ToLower(name)
	for _, w := range []string{"news", "times", "post", "press", "radio", "television", "tv", "media", "gazette",
		"journal", "herald", "tribune", "telegraph", "observer", "guardian", "reuters", "agency", "channel", "daily"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// span is the text of tokens [from, to) as a span, without the white
// space and joining punctuation at its ends.
func (f *claimFinder) span(from, to int) article.Span {
	if from >= to || from >= len(f.toks) {
		return article.Span{}
	}
	return f.trim(article.Span{Start: f.toks[from].start, End: f.toks[to-1].end})
}

// enoughWords reports whether a statement's content says something: at
// least three words.
func (f *claimFinder) enoughWords(sp article.Span) bool {
	if sp.Len() <= 0 {
		return false
	}
	return len(strings.Fields(f.text[sp.Start:sp.End])) >= 3
}

// clauseAfter reports whether a cue's content follows it, from token k:
// a few words that do not open with a phrase of time or place ("the
// agency said the trial had been too small", not "the observatory said on
// Wednesday").
func (f *claimFinder) clauseAfter(s sentence, k int) bool {
	if k >= s.to || f.toks[k].kind != word && f.toks[k].kind != qopen || prepositions[f.w(k)] {
		return false
	}
	n := 0
	for j := k; j < s.to; j++ {
		if f.toks[j].kind == word {
			n++
		}
	}
	return n >= 4
}

// skipAddressee steps over whom the words were said to, after a cue:
// "told Putin", "told reporters", "told the BBC".
func (f *claimFinder) skipAddressee(s sentence, k int) int {
	if k >= s.to {
		return k
	}
	if m, ok := f.startAt[k]; ok {
		end := f.a.Mentions[m].End
		for k < s.to && f.toks[k].start < end {
			k++
		}
		return k
	}
	for n := 0; k < s.to && n < 3 && addressees[f.w(k)]; n++ {
		k++
	}
	return k
}

// stanceOf sets a statement's stance, and what it points back at, from
// its cue and the words after it.
func (f *claimFinder) stanceOf(st *statement, s sentence, cue int) {
	w := f.w(cue)
	switch {
	case opposeCues[w]:
		st.stance, st.denial = article.Disputes, true
	case confirmCues[w]:
		st.stance = article.Corroborates // an assertion if said first: see group
	}
	st.judgment = judgementCues[w]
	if st.stance == article.Asserts {
		return
	}
	// What the cue points at: "disputed Putin's claims", "rejected that
	// characterization", "denied the union's figures".
	for k := cue + 1; k < s.to && k < cue+6; k++ {
		if m, ok := f.startAt[k]; ok && f.quoteOf[k] == 0 {
			end := f.a.Mentions[m].End
			j := k
			for j < s.to && f.toks[j].start < end {
				j++
			}
			if f.toks[j].kind == possess || j < len(f.toks) && f.w(j) == "'s" {
				st.target = f.a.Mentions[m].Entity
			}
		}
		word := f.w(k)
		if backWords[word] && !(pronounWords[word] && f.w(k+1) != "" && !backWords[f.w(k+1)]) {
			// "disputed that", "denied that figure"; not "acknowledged
			// that Vitalon had paid", where "that" opens what is said.
			st.back = true
		}
		if labelWords[word] && st.stance == article.Disputes && word != "claim" && word != "claims" {
			st.label = true
		}
	}
	if st.label {
		st.stance = article.Rejects
	}
}

// putsFigure reports whether "put" at token i gives a figure: "put the
// loss at 241 million litres a day", "put the number of marchers at
// 2,000".
func (f *claimFinder) putsFigure(i int) bool {
	if f.w(i+1) != "the" && f.w(i+1) != "its" && f.w(i+1) != "their" {
		return false
	}
	for k := i + 2; k < i+7 && k < len(f.toks) && f.toks[k].kind == word; k++ {
		if f.w(k) == "at" {
			n := f.w(k + 1)
			return k > i+2 && (n != "" && n[0] >= '0' && n[0] <= '9' || f.isMentionOf(k+1, article.Number))
		}
	}
	return false
}

// contentStance reads a stance from the words of what was said, when its
// cue carries none: "Those numbers are fiction," "Our figures tell the
// same story".
func (f *claimFinder) contentStance(st *statement) {
	if st.stance != article.Asserts {
		return
	}
	toks := f.tokensIn(st.ev)
	for k, t := range toks {
		if t.kind != word {
			continue
		}
		w := t.lower
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].lower
		}
		switch {
		case disputeWords[w] && !(w == "false" && notDisputed[next]):
			st.stance, st.back = article.Disputes, true
			return
		case w == "not" && (next == "true" || next == "correct" || next == "accurate"):
			st.stance, st.back = article.Disputes, true
			return
		case claimNouns[w] && k > 0 && pointers[toks[k-1].lower] && f.denies(toks):
			// "the study behind the claim does not show it".
			st.stance, st.back = article.Disputes, true
			return
		case agreeWords[w] && !f.denies(toks):
			// "the agency's reading of it was sound": it sides with the
			// party whose words it judges.
			if who := f.judgedParty(st.ev); who != "" && who != st.speaker {
				st.stance, st.back, st.target = article.Corroborates, true, who
				return
			}
		case w == "same" && (next == "story" || next == "picture" || next == "conclusion" || next == "trend"):
			st.stance, st.back = article.Corroborates, true
			return
		}
	}
}

// maxContent is the most tokens a reported statement's content holds: a
// sentence runs on past what one statement says, and no statement needs
// more.
const maxContent = 120

// tellCues take whom the words were said to after them: "told reporters
// that …".
var tellCues = set("told", "tells", "tell", "telling", "warned", "warns", "assured", "assures", "informed",
	"informs", "reminded", "reminds")

// leadSubject is the entity named at the start of sentence s ("The
// Federal Food Standards Agency has ordered …", "Vitalon made the claim
// …") when the cue at token cue stands after it, or "".
func (f *claimFinder) leadSubject(s sentence, cue int) string {
	k := s.from
	if w := f.w(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	m, ok := f.startAt[k]
	if !ok || f.quoteOf[k] != 0 || f.a.Mentions[m].End > f.toks[cue].start {
		return ""
	}
	switch f.a.TypeOf(f.a.Mentions[m].Entity) {
	case article.Person, article.Organization, article.Group:
		return f.a.Mentions[m].Entity
	}
	return ""
}

// claimNouns name what another party said, after a pointer word: "the
// claim", "that account", "those figures".
var claimNouns = set("claim", "claims", "account", "assertion", "allegation", "allegations", "figure", "figures")

// pointers point back at something named before: "the claim", "that
// account".
var pointers = set("the", "that", "this", "these", "those", "such")

// denies reports whether words say "not" or "never".
func (f *claimFinder) denies(toks []token) bool {
	return slices.ContainsFunc(toks, isNot)
}

// isNot reports whether a token is "not", "never" or a word ending in
// "n't".
func isNot(t token) bool {
	return t.kind == word && (t.lower == "not" || t.lower == "never" || strings.HasSuffix(t.lower, "n't"))
}

// pronounWords point back alone ("denied that.") or before a noun
// ("rejected that characterization"), but open a clause before any
// other word ("confirmed that the plant had closed").
var pronounWords = set("that", "this", "it", "those", "these", "them")

// agreeWords judge what another party said right: "the agency's reading
// was sound".
var agreeWords = set("sound", "correct", "accurate", "right", "justified", "fair", "reasonable", "valid")

// judgedParty is the party whose words a statement judges, named with a
// possessive before a word for what it said ("the agency's reading",
// "the union's figures"), or "".
func (f *claimFinder) judgedParty(ev article.Span) string {
	lo, end := f.tokenRange(ev)
	for k := lo; k+2 < end; k++ {
		if f.toks[k+1].kind != possess || f.quoteOf[k] != 0 || !judgedNouns[f.w(k+2)] {
			continue
		}
		if m, ok := f.endAt[k]; ok {
			return f.a.Mentions[m].Entity
		}
		if f.w(k-1) != "the" {
			continue
		}
		if hasKey(roleNouns, f.w(k)) {
			return f.roleNoun(k) // "the operator's count"
		}
		return f.orgNamed(k, f.w(k)) // "the agency's reading"
	}
	return ""
}

// judgedNouns name what a party said or did that another can judge.
var judgedNouns = set("reading", "view", "assessment", "conclusion", "conclusions", "finding", "findings",
	"ruling", "decision", "figures", "figure", "count", "account", "analysis", "interpretation", "estimate",
	"report", "claim", "claims", "position", "case")

// publicationSpeaks reports whether the publication noun at token k is
// the subject of the cue after it ("The report said", "Its annual report
// found") rather than the channel of a statement ("in a statement posted
// on its website"): only words in lower case that are no preposition, or
// a possessive, stand between it and the start of the sentence.
func (f *claimFinder) publicationSpeaks(s sentence, k int) bool {
	for j := k - 1; j >= s.from; j-- {
		t := f.toks[j]
		switch {
		case t.kind == possess:
			return true // "Cambria's report said"
		case t.kind != word || t.capital && j > s.from || prepositions[t.lower]:
			return false
		}
	}
	return true
}

package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// claimFinder holds the work of finding one article's claims.
type claimFinder struct {
	a     *article.Article
	text  string
	toks  []token
	sents []sentence

	// startAt and endAt map a token to the speaker-capable mention that
	// starts or ends there (an index into a.Mentions), the outer one, or
	// the person where a person's name ends a longer mention.
	startAt, endAt map[int]int
	// tokAt maps a byte offset to the token that starts there.
	tokAt map[int]int
	// quoteOf is, for each token, 1 + the index in a.Quotes of the quote
	// that holds it, or 0.
	quoteOf []int

	stmts     []statement
	silents   []silence
	nextQuote int // the first quote not read yet

	mentionCount map[string]int    // mentions of each entity
	roles        map[string]string // the organization each role noun stands for
	allies       map[string]string // the organization a person speaks for: "its chair, Graham Tait"
	paraWords    map[int]map[string]bool
	names        map[string][]string // the stems of each entity's name
	matters      []matter

	// What the text is about so far, for pronouns and role nouns, and
	// the sentences where the last person was named and the last
	// speaker spoke.
	lastPerson, lastOrg, lastSpeaker string
	lastPersonAt, lastSpeakerAt      int
	lastOrgAt                        int
	publisher                        string // who last spoke through a document or a statement
}

// sentence is a sentence of the text outside quotes: a quote's own
// sentences stay in the sentence that holds the quote.
type sentence struct {
	from, to int // tokens
	para     int
}

// newClaimFinder readies the work on an article. toks are its text's
// tokens when the annotator has them, or nil.
func newClaimFinder(a *article.Article, toks []token) *claimFinder {
	if toks == nil {
		toks = tokenize(a.Text)
	}
	f := &claimFinder{a: a, text: a.Text, toks: toks}
	byStart := make(map[int]int, len(f.toks))
	byEnd := make(map[int]int, len(f.toks))
	for i, t := range f.toks {
		byStart[t.start] = i
		byEnd[t.end] = i
	}
	f.tokAt = byStart
	f.startAt = map[int]int{}
	f.endAt = map[int]int{}
	for i, m := range a.Mentions {
		t := a.TypeOf(m.Entity)
		s, ok1 := byStart[m.Start]
		e, ok2 := byEnd[m.End]
		if !ok1 || !ok2 {
			continue
		}

		if !t.CanSpeak() {
			continue
		}
		// Mentions are in text order, the longer first: the first to
		// start at a token is the outer one.
		if _, seen := f.startAt[s]; !seen {
			f.startAt[s] = i
		}
		if j, seen := f.endAt[e]; !seen || t == article.Person && a.TypeOf(a.Mentions[j].Entity) != article.Person {
			f.endAt[e] = i
		}
	}
	f.quoteOf = make([]int, len(f.toks))
	q := 0
	for i, t := range f.toks {
		for q < len(a.Quotes) && a.Quotes[q].End <= t.start {
			q++
		}
		if q < len(a.Quotes) && a.Quotes[q].Start <= t.start && t.end <= a.Quotes[q].End {
			f.quoteOf[i] = q + 1
		}
	}
	f.sentences()
	f.learnRoles()
	return f
}

// learnRoles notes the role nouns the text gives its organizations:
// "the parcel company Logivance" makes "the company" Logivance, "the
// union, the LWF" and "Mavis, the company" likewise, whatever type the
// name was given.
func (f *claimFinder) learnRoles() {
	f.roles = map[string]string{}
	for k := range f.toks {
		w := f.w(k)
		if !hasKey(roleNouns, w) || f.quoteOf[k] != 0 {
			continue
		}
		id := ""
		if m, ok := f.startAt[k+1]; ok {
			id = f.a.Mentions[m].Entity // "the company Logivance"
		} else if f.p(k-2) == "," && (f.w(k-1) == "the" || f.w(k-1) == "a") {
			if m, ok := f.endAt[k-3]; ok && !f.onPlatform(m) {
				// "Logivance, the company"; but "In a post on Instagram,
				// the union called …" names the union's channel.
				id = f.a.Mentions[m].Entity
			}
		}
		if id == "" || f.a.TypeOf(id) == article.Place {
			continue
		}
		if _, known := f.roles[w]; !known {
			f.roles[w] = id
		}
		if roleNouns[w] == nil {
			// "the toy maker Brickly": the company, the firm.
			for _, n := range []string{"company", "firm", "group", "business"} {
				if _, known := f.roles[n]; !known {
					f.roles[n] = id
				}
			}
		}
	}
}

// onPlatform reports whether mention m names the social network a post
// is on (see postChannel).
func (f *claimFinder) onPlatform(m int) bool {
	mm := f.a.Mentions[m]
	return postChannel(f.text[mm.Start:mm.End], f.w(f.tokAt[mm.Start]-1))
}

// sentences cuts the text into sentences, outside quotes.
func (f *claimFinder) sentences() {
	para, from := 0, 0
	cut := func(to int) {
		if to > from {
			f.sents = append(f.sents, sentence{from: from, to: to, para: para})
		}
		from = to
	}
	for i, t := range f.toks {
		switch {
		case t.kind == newline:
			cut(i)
			from = i + 1
			para++
		case f.quoteOf[i] != 0:
		case t.kind == qopen && i > 0 && f.quoteOf[i-1] == 0 && f.endsSentence(i-1) && i > from:
			cut(i)
		case t.sentStart && t.kind == word && i > from && !f.inQuoteMark(i):
			cut(i)
		}
	}
	cut(len(f.toks))
}

// inQuoteMark reports whether the token just before i opens a quote that
// i begins.
func (f *claimFinder) inQuoteMark(i int) bool {
	return i > 0 && f.toks[i-1].kind == qopen
}

func (f *claimFinder) endsSentence(i int) bool {
	switch f.toks[i].lower {
	case ".", "!", "?", ":", "…":
		return f.toks[i].kind == punct
	}
	return false
}

// w is the word at token i in lowercase, or "".
func (f *claimFinder) w(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != word {
		return ""
	}
	return f.toks[i].lower
}

// p is the punctuation at token i, or "".
func (f *claimFinder) p(i int) string {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != punct {
		return ""
	}
	return f.toks[i].lower
}

// findStatements reads the text sentence by sentence for statements and
// silences.
func (f *claimFinder) findStatements() {
	for si := range f.sents {
		f.readSentence(si)
	}
	f.untangle()
}

// readSentence finds the statements and silences of one sentence: one
// statement per speaker, from its cues and its quotes together.
func (f *claimFinder) readSentence(si int) {
	s := f.sents[si]
	defer f.noteNames(s) // after its statements: a pronoun looks back
	f.readSilence(si)
	var mine []int // the sentence's statements, as indices in f.stmts
	add := func(st statement) {
		st.sent, st.para = si, s.para
		for k := len(mine) - 1; k >= 0 && k >= len(mine)-4; k-- {
			i := mine[k]
			if f.stmts[i].speaker != st.speaker {
				continue
			}
			if !st.goesOn {
				f.merge(i, st)
				return
			}
			// "…, crediting …": the statement before ends before the cue.
			if cut := st.cueAt; cut > f.stmts[i].ev.Start && cut < f.stmts[i].ev.End {
				f.stmts[i].ev = f.trim(article.Span{Start: f.stmts[i].ev.Start, End: cut})
			}
			break
		}
		mine = append(mine, len(f.stmts))
		f.stmts = append(f.stmts, st)
		f.lastSpeaker, f.lastSpeakerAt = st.speaker, si
		if f.a.TypeOf(st.speaker) == article.Person {
			f.lastPerson, f.lastPersonAt = st.speaker, si
		}
	}
	for i := s.from; i < s.to; i++ {
		if f.quoteOf[i] != 0 || f.toks[i].kind != word {
			continue
		}
		prev := ""
		if len(mine) > 0 {
			prev = f.stmts[mine[len(mine)-1]].speaker
			if weakCues[f.w(i)] && f.stmts[mine[len(mine)-1]].ev.Contains(article.Span{Start: f.toks[i].start, End: f.toks[i].end}) {
				// "saying a trial had found that …": what the speaker
				// reports, not a statement of the trial's.
				continue
			}
		}
		if st, ok := f.cueStatement(si, i, prev); ok {
			add(st)
		}
	}
	cue, cueKnown := -1, false
	for ; f.nextQuote < len(f.a.Quotes) && f.a.Quotes[f.nextQuote].Start < f.toks[s.to-1].end; f.nextQuote++ {
		q := f.a.Quotes[f.nextQuote]
		if q.Start < f.toks[s.from].start || f.covered(mine, q.Span) {
			continue
		}
		st := statement{speaker: q.Speaker, ev: q.Span, stance: article.Asserts, quote: true}
		if !cueKnown {
			cue, cueKnown = f.quoteCue(si), true
		}
		f.contentStance(&st)
		f.channelOf(&st, si, cue)
		add(st)
	}
}

// covered reports whether a statement of the sentence already holds the
// span.
func (f *claimFinder) covered(mine []int, sp article.Span) bool {
	for _, i := range mine[max(0, len(mine)-4):] {
		if f.stmts[i].ev.Contains(sp) {
			return true
		}
	}
	return false
}

// merge adds what a second cue or quote of the same speaker in one
// sentence says to the statement already found there.
func (f *claimFinder) merge(i int, st statement) {
	s := &f.stmts[i]
	s.ev.Start = min(s.ev.Start, st.ev.Start)
	s.ev.End = max(s.ev.End, st.ev.End)
	if s.stance == article.Asserts && st.stance != article.Asserts {
		s.stance = st.stance
	}
	if s.source == "" || s.source == article.NotStated {
		s.source, s.channel = st.source, st.channel
	}
	s.back = s.back || st.back
	s.denial = s.denial || st.denial
	s.label = s.label || st.label
	s.judgment = s.judgment || st.judgment
	if s.target == "" {
		s.target = st.target
	}
}

// quoteCue is the token of the cue word that attributes a quote of
// sentence si, when one stands in the sentence outside quotes, or -1.
func (f *claimFinder) quoteCue(si int) int {
	s := f.sents[si]
	for i := s.from; i < s.to; i++ {
		if f.quoteOf[i] == 0 && cueVerbs[f.w(i)] {
			return i
		}
	}
	return -1
}

// possessed reports whether mention m owns the noun after it: "Aquenta's
// area".
func (f *claimFinder) possessed(m int) bool {
	_, end := f.tokenRange(f.a.Mentions[m].Span)
	return end < len(f.toks) && f.toks[end].kind == possess
}

// noteNames follows the people and organizations the sentence names, for
// the pronouns and role nouns of the sentences after it.
func (f *claimFinder) noteNames(s sentence) {
	seen := false // a person named already in the sentence: the one it is about
	for i := s.from; i < s.to; i++ {
		if f.quoteOf[i] != 0 {
			continue
		}
		if m, ok := f.startAt[i]; ok {
			switch id := f.a.Mentions[m].Entity; {
			case f.isOrg(id) && f.possessed(m):
				f.lastOrg = id // "in Aquenta's area": named, but not as one that may speak next
			case f.isOrg(id):
				f.lastOrg, f.lastOrgAt = id, f.sentOf(s)
			case f.a.TypeOf(id) == article.Person:
				if f.lastPerson == "" || !seen {
					f.lastPerson, f.lastPersonAt = id, f.sentOf(s)
				}
				seen = true
			}
		}
	}
}

// sentOf is the index of a sentence.
func (f *claimFinder) sentOf(s sentence) int {
	return sort.Search(len(f.sents), func(i int) bool { return f.sents[i].from >= s.from })
}

// untangle keeps the statements' evidence from overlapping without
// nesting, which an article cannot hold: a later content that starts
// inside an earlier one starts after it, and one left empty goes.
func (f *claimFinder) untangle() {
	sort.SliceStable(f.stmts, func(i, j int) bool { return f.stmts[i].ev.Start < f.stmts[j].ev.Start })
	out := f.stmts[:0]
	end := 0
	for _, s := range f.stmts {
		if s.ev.Start < end && s.ev.End > end {
			s.ev.Start = end
			s.ev = f.trim(s.ev)
		}
		s.ev = f.snap(s.ev)
		if s.ev.Len() <= 0 || !hasWord(f.text[s.ev.Start:s.ev.End]) {
			continue
		}
		out = append(out, s)
		end = max(end, s.ev.End)
	}
	f.stmts = out
	sort.SliceStable(f.stmts, func(i, j int) bool { return f.stmts[i].sent < f.stmts[j].sent })
}

// snap keeps a statement's evidence from cutting a mention or a quote in
// two: one that runs over its end ends it before, one that runs over
// its start starts it after.
func (f *claimFinder) snap(ev article.Span) article.Span {
	type spanned struct{ start, end int }
	var around []spanned
	from := f.firstMentionFrom(ev.Start)
	for i := max(0, from-8); i < len(f.a.Mentions) && f.a.Mentions[i].Start < ev.End; i++ {
		around = append(around, spanned{f.a.Mentions[i].Start, f.a.Mentions[i].End})
	}
	qs := f.a.Quotes
	// From the first quote that ends after the evidence starts.
	for i := sort.Search(len(qs), func(i int) bool { return qs[i].End > ev.Start }); i < len(qs) && qs[i].Start < ev.End; i++ {
		around = append(around, spanned{qs[i].Start, qs[i].End})
	}
	for changed := true; changed && ev.Start < ev.End; {
		changed = false
		for _, m := range around {
			switch {
			case m.start < ev.Start && ev.Start < m.end && m.end < ev.End:
				ev.Start, changed = m.end, true
			case ev.Start < m.start && m.start < ev.End && ev.End < m.end:
				ev.End, changed = m.start, true
			}
		}
	}
	return f.trim(ev)
}

// trim takes white space and punctuation that opens nothing off a
// span's ends.
func (f *claimFinder) trim(s article.Span) article.Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(f.text[s.Start:s.End])
		if !strings.ContainsRune(" \t\r\n,;:—–-", r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start && isSpaceByte(f.text[s.End-1]) {
		s.End--
	}
	return s
}

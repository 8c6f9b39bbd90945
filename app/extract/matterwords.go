package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// paragraphWords are the key words of a paragraph.
func (f *claimFinder) paragraphWords(para int) map[string]bool {
	if w, ok := f.paraWords[para]; ok {
		return w
	}
	if f.paraWords == nil {
		f.paraWords = map[int]map[string]bool{}
	}
	w := f.readParagraphWords(para)
	f.paraWords[para] = w
	return w
}

// readParagraphWords reads the key words of a paragraph, as far as a
// statement's content reaches.
func (f *claimFinder) readParagraphWords(para int) map[string]bool {
	from, to := -1, -1
	for _, s := range f.sents[f.sentOfPara(para):] {
		if s.para != para {
			break
		}
		if from < 0 {
			from = s.from
		}
		to = s.to
	}
	if from < 0 {
		return map[string]bool{}
	}
	return f.keyWords(f.span(from, min(to, from+4*maxContent)))
}

// sentOfPara is the first sentence of a paragraph, found by halving.
func (f *claimFinder) sentOfPara(para int) int {
	return sort.Search(len(f.sents), func(i int) bool { return f.sents[i].para >= para })
}

// keyWords are the stems of the content words of a span, and of the
// names of the entities it mentions ("the Democratic People's Republic
// of Korea" and "North Korean soldiers" share "korea"). The words of an
// entity the article names often (a main actor, who speaks to many
// matters) are left out.
func (f *claimFinder) keyWords(sp article.Span) map[string]bool {
	out := map[string]bool{}
	if sp.Len() <= 0 {
		return out
	}
	var skip []article.Span
	for _, m := range f.mentionsIn(sp) {
		if t := f.a.TypeOf(m.Entity); t == article.Number || t == article.Date {
			continue
		}
		if f.weight(m.Entity) < 2 {
			skip = append(skip, m.Span)
			continue
		}
		for _, w := range f.nameWords(m.Entity) {
			out[w] = true
		}
	}
	for _, t := range f.tokensIn(sp) {
		if t.kind != word || t.digit || utf8.RuneCountInString(t.lower) < 4 || stopWords[t.lower] || cueVerbs[t.lower] {
			continue
		}
		if inSpans(skip, t.start) {
			continue
		}
		out[stem(t.lower)] = true
	}
	return out
}

// nameWords are the stems of the words of an entity's name, read once.
func (f *claimFinder) nameWords(id string) []string {
	if w, ok := f.names[id]; ok {
		return w
	}
	var out []string
	for _, t := range tokenize(f.name(id)) {
		if t.kind == word && utf8.RuneCountInString(t.lower) >= 4 && !stopWords[t.lower] {
			out = append(out, stem(t.lower))
		}
	}
	if f.names == nil {
		f.names = map[string][]string{}
	}
	f.names[id] = out
	return out
}

// inSpans reports whether byte pos lies in one of the spans.
func inSpans(spans []article.Span, pos int) bool {
	for _, s := range spans {
		if s.Start <= pos && pos < s.End {
			return true
		}
	}
	return false
}

// tokensIn returns the tokens that lie in a span.
func (f *claimFinder) tokensIn(sp article.Span) []token {
	lo, end := f.tokenRange(sp)
	return f.toks[lo:end]
}

// tokenRange returns the first token of a span and the one after its
// last.
func (f *claimFinder) tokenRange(sp article.Span) (int, int) {
	lo := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].start >= sp.Start })
	end := lo
	for end < len(f.toks) && f.toks[end].end <= sp.End {
		end++
	}
	return lo, end
}

// stem cuts a word to its first five letters: "recapture" and
// "recaptured" meet, as do "strike" and "strikes", and "Korea" and
// "Korean".
func stem(w string) string {
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return strings.TrimSuffix(w, "s")
}

// entitiesIn are the entities a span names, the speaker aside.
func (f *claimFinder) entitiesIn(sp article.Span, speaker string) map[string]bool {
	out := map[string]bool{}
	for _, m := range f.mentionsIn(sp) {
		if m.Entity != speaker && f.a.TypeOf(m.Entity) != article.Number && f.a.TypeOf(m.Entity) != article.Date {
			out[m.Entity] = true
		}
	}
	return out
}

// firstMentionFrom returns the index of the first mention that starts at
// byte pos or after, found by halving: mentions are in text order.
func (f *claimFinder) firstMentionFrom(pos int) int {
	ms := f.a.Mentions
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
}

// mentionsIn returns the mentions that lie in a span.
func (f *claimFinder) mentionsIn(sp article.Span) []article.Mention {
	ms := f.a.Mentions
	lo := f.firstMentionFrom(sp.Start)
	var out []article.Mention
	for k := lo; k < len(ms) && ms[k].Start < sp.End; k++ {
		if ms[k].End <= sp.End {
			out = append(out, ms[k])
		}
	}
	return out
}

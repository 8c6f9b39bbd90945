package extract

import "newsexplorer/app/article"

// readSilence finds an actor the sentence says gave no statement: "The
// ministry did not respond to a request for comment", "Lawyers for Dunn
// declined to comment". It reports whether the sentence is one.
func (f *claimFinder) readSilence(si int) bool {
	s := f.sents[si]
	for i := s.from; i < s.to; i++ {
		if f.quoteOf[i] != 0 || f.toks[i].kind != word {
			continue
		}
		n := f.silenceAt(i, s.to)
		if n == 0 {
			continue
		}
		who, _, _ := f.subjectBefore(s, i)
		if who == "" {
			// "Neither the union nor the company responded" and other
			// forms: the nearest actor before the words.
			who = f.actorBefore(s, i)
		}
		if who == "" || !f.a.TypeOf(who).CanSpeak() {
			return false
		}
		f.silents = append(f.silents, silence{entity: who, sent: si, words: f.keyWords(f.span(s.from, s.to))})
		return true
	}
	return false
}

// silenceAt returns how many words of a silence start at token i, or 0.
func (f *claimFinder) silenceAt(i, end int) int {
	if !silenceStarts[f.w(i)] {
		return 0
	}
	for _, head := range silenceHeads {
		if i+len(head) > end {
			continue
		}
		ok := true
		for k, w := range head {
			if f.w(i+k) != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if head[0] == "declined" {
			// "declined to comment", "declined to say": not "declined to
			// raise prices".
			switch f.w(i + 2) {
			case "comment", "say", "respond", "answer", "discuss", "elaborate", "speak", "confirm", "give", "be":
			default:
				continue
			}
		}
		return len(head)
	}
	return 0
}

// actorBefore returns the nearest person or organization named before
// token i in the sentence.
func (f *claimFinder) actorBefore(s sentence, i int) string {
	for k := i - 1; k >= s.from; k-- {
		if id := f.speakerEnding(k); id != "" {
			if t := f.a.TypeOf(id); t == article.Person || t == article.Organization {
				return id
			}
		}
	}
	return ""
}

package extract

import (
	"strings"
	"unicode/utf8"

	"newsexplorer/app/article"
)

// The words the finder writes itself (questions, statements, checks and
// what could settle a claim) take no side: they say who says what, with
// the article's own words in quotation marks, and use none of the loaded
// words the explorer teaches students to notice.

// maxQuoted is the most characters of the article's words a question or
// a statement quotes.
const maxQuoted = 140

// independent reports whether who is none of the claimants and speaks
// for none of them: a company's chief executive does not corroborate the
// company.
func (f *claimFinder) independent(who string, claimants map[string]bool) bool {
	for c := range claimants {
		if f.sameSide(c, who) {
			return false
		}
	}
	return true
}

// status is what the article supports about a claim, and no more.
func (f *claimFinder) status(c *matter) article.Status {
	asserts, opposes, confirms, judgment := map[string]bool{}, map[string]bool{}, false, false
	for _, i := range c.stmts {
		s := f.stmts[i]
		switch s.stance {
		case article.Asserts:
			asserts[s.speaker] = true
		case article.Disputes, article.Rejects:
			opposes[s.speaker] = true
		}
		if s.stance == article.Rejects || s.label {
			judgment = true
		}
		if s.judgment && s.stance == article.Asserts {
			judgment = true
		}
	}
	for _, i := range c.stmts {
		if s := f.stmts[i]; s.stance == article.Corroborates && len(asserts) > 0 && f.independent(s.speaker, asserts) {
			confirms = true
		}
	}
	contested := false
	for a := range asserts {
		for o := range opposes {
			if a != o {
				contested = true
			}
		}
	}
	switch {
	case judgment:
		return article.Characterization
	case contested:
		return article.Contested
	case confirms:
		return article.Corroborated
	}
	return article.Unverified
}

// question asks what the claim is about, quoting its first statement,
// or the figures the parties give.
func (f *claimFinder) question(c *matter) string {
	first := f.stmts[c.stmts[0]]
	if q := f.figureQuestion(c); q != "" {
		return q
	}
	return "Is " + possessive(f.name(first.speaker)) + " statement accurate: " + f.quoted(first.ev) + "?"
}

// figureQuestion asks which of two figures for one quantity is right,
// when two parties give different ones.
func (f *claimFinder) figureQuestion(c *matter) string {
	for x, i := range c.stmts {
		for _, j := range c.stmts[x+1:] {
			a, b := f.stmts[i], f.stmts[j]
			if a.speaker == b.speaker {
				continue
			}
			for _, fa := range a.figures {
				for _, fb := range b.figures {
					if fa.noun == fb.noun && fa.value != fb.value {
						return "Which figure is right: " + fa.value + " (" + f.name(a.speaker) + ") or " + fb.value + " (" + f.name(b.speaker) + ")?"
					}
				}
			}
		}
	}
	return ""
}

// statementLine says in one line what a party says: its name, "says",
// and its words in quotation marks.
func (f *claimFinder) statementLine(s *statement) string {
	verb := " says: "
	switch s.stance {
	case article.Disputes:
		verb = " disputes it: "
	case article.Rejects:
		verb = " rejects it: "
	case article.Corroborates:
		verb = " confirms it: "
	}
	return f.name(s.speaker) + verb + f.quoted(s.ev) + "."
}

// quoted is the text of a span in quotation marks, shortened at a word
// to maxQuoted characters, with any quotation marks of its own made
// single.
func (f *claimFinder) quoted(sp article.Span) string {
	t := strings.Join(strings.Fields(f.text[sp.Start:sp.End]), " ")
	t = strings.Trim(t, "\"“”«» ")
	t = strings.TrimRight(t, ",;:")
	t = singleQuotes.Replace(t)
	if utf8.RuneCountInString(t) > maxQuoted {
		cut := 0
		for i := range t {
			if utf8.RuneCountInString(t[:i]) >= maxQuoted {
				break
			}
			if t[i] == ' ' {
				cut = i
			}
		}
		if cut == 0 {
			cut = len(t)
		}
		t = strings.TrimRight(t[:cut], ",;: ") + " …"
	}
	return "“" + t + "”"
}

// singleQuotes makes the quotation marks of quoted words single, inside
// the double marks the finder puts around them.
var singleQuotes = strings.NewReplacer("\"", "'", "“", "‘", "”", "’", "«", "‘", "»", "’")

// possessive is "Name's", or "Name'" for a name ending in s.
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// checks are what a reader would check next: the original of each
// statement, by the kind of source it came through, and what the status
// asks for.
func (f *claimFinder) checks(c *matter, status article.Status) []string {
	var out []string
	seen := map[article.SourceKind]bool{}
	for _, i := range c.stmts {
		s := f.stmts[i]
		if seen[s.source] {
			continue
		}
		seen[s.source] = true
		name := f.name(s.speaker)
		switch s.source {
		case article.SocialMediaPost:
			out = append(out, "Find the original post ("+s.channel+") and check its date and its full wording.")
		case article.OfficialStatement:
			out = append(out, "Find "+possessive(name)+" statement in full, on its own website or channels.")
		case article.Document:
			out = append(out, "Find the document the article refers to ("+s.channel+") and read the passage in full.")
		case article.MediaReport:
			out = append(out, "Find the original report ("+s.channel+") and the sources it names.")
		case article.Interview, article.PressConference, article.TelevisedStatement:
			out = append(out, "Find a recording or a transcript of "+s.channel+" and read the words around the quote.")
		case article.GovernmentConfirmation:
			out = append(out, "Find the confirmation in "+possessive(name)+" own publications.")
		default:
			out = append(out, "Look for where "+name+" said this first: the article names no channel.")
		}
	}
	switch status {
	case article.Contested:
		if f.figureQuestion(c) != "" {
			out = append(out, "Look for an independent count of the figures, by someone who is neither party.")
		} else {
			out = append(out, "Look for reporting by outlets with sources of their own, besides the parties' statements.")
		}
	case article.Unverified:
		out = append(out, "Look for a second source, independent of the speaker, that reports the same.")
	case article.Characterization:
		out = append(out, "Ask what facts the description rests on, and whether the article gives any.")
	}
	for _, e := range c.silent {
		out = append(out, "Check whether "+f.name(e)+" has spoken on this since, on its own channels.")
	}
	return out
}

// settle says what kind of independent source could settle the claim.
func (f *claimFinder) settle(c *matter, status article.Status) string {
	switch status {
	case article.Characterization:
		return "No single source settles a description or a judgement; facts on what it describes, from sources with no stake, show how well it fits."
	case article.Contested:
		if f.figureQuestion(c) != "" {
			return "An independent count or an official record of the figures."
		}
		return "A source with no stake in the question, such as a record, a document or independent reporting from the place."
	}
	return "A record or a source independent of the speaker that confirms or contradicts the statement."
}

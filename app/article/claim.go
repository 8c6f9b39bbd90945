package article

import (
	"slices"
	"time"
)

// Stance is a party's position on a claim.
type Stance string

// The stances a party can take in an article.
const (
	Asserts      Stance = "asserts"
	Disputes     Stance = "disputes"
	Corroborates Stance = "corroborates"
	Rejects      Stance = "rejects"
	// Silent: the article names the party but gives no statement from it.
	Silent Stance = "silent"
)

// Stances lists the stances in the order a reader meets them.
var Stances = []Stance{Asserts, Disputes, Corroborates, Rejects, Silent}

// Label is the stance in words for readers.
func (s Stance) Label() string {
	switch s {
	case Asserts:
		return "Asserts"
	case Disputes:
		return "Disputes"
	case Corroborates:
		return "Corroborates"
	case Rejects:
		return "Rejects"
	case Silent:
		return "No statement in this article"
	}
	return string(s)
}

func (s Stance) valid() bool { return slices.Contains(Stances, s) }

// Status is what the article lets a reader say about a claim, and no more:
// it is never a verdict the article cannot support.
type Status string

// The statuses a claim can have.
const (
	// Contested: parties in the article disagree.
	Contested Status = "contested"
	// Corroborated: sources independent of the claimant confirm it.
	Corroborated Status = "corroborated"
	// Unverified: asserted, with nothing in the article to confirm or deny it.
	Unverified Status = "unverified"
	// Characterization: a characterization or opinion, not a checkable fact.
	Characterization Status = "characterization"
)

// Statuses lists the statuses.
var Statuses = []Status{Contested, Corroborated, Unverified, Characterization}

// Label is the status in words for readers.
func (s Status) Label() string {
	switch s {
	case Contested:
		return "Contested"
	case Corroborated:
		return "Corroborated by independent sources"
	case Unverified:
		return "Unverified"
	case Characterization:
		return "Characterization or opinion"
	}
	return string(s)
}

func (s Status) valid() bool { return slices.Contains(Statuses, s) }

// SourceKind is the kind of channel a statement came through.
type SourceKind string

// The kinds of source.
const (
	TelevisedStatement     SourceKind = "televised-statement"
	SocialMediaPost        SourceKind = "social-media-post"
	MediaReport            SourceKind = "media-report"
	GovernmentConfirmation SourceKind = "government-confirmation"
	OfficialStatement      SourceKind = "official-statement"
	Interview              SourceKind = "interview"
	PressConference        SourceKind = "press-conference"
	// Document is a document or filing: a court filing, a report, a
	// letter, minutes, a company's accounts.
	Document SourceKind = "document"
	// NotStated: the article reports the position but names no channel
	// for it ("Zelensky has rejected that characterization").
	NotStated SourceKind = "not-stated"
	// ArticleFraming is the article's own wording: how the outlet frames a
	// claim rather than what a party says.
	ArticleFraming SourceKind = "article-framing"
)

// SourceKinds lists the kinds of source.
var SourceKinds = []SourceKind{TelevisedStatement, SocialMediaPost, MediaReport, GovernmentConfirmation, OfficialStatement, Interview, PressConference, Document, NotStated, ArticleFraming}

// Label is the kind of source in words for readers.
func (k SourceKind) Label() string {
	switch k {
	case TelevisedStatement:
		return "Statement at a televised meeting"
	case SocialMediaPost:
		return "Social-media post"
	case MediaReport:
		return "Media report"
	case GovernmentConfirmation:
		return "Government confirmation"
	case OfficialStatement:
		return "Official statement"
	case Interview:
		return "Interview"
	case PressConference:
		return "Press conference"
	case Document:
		return "Document or filing"
	case NotStated:
		return "Channel not stated in the article"
	case ArticleFraming:
		return "The article's own framing"
	}
	return string(k)
}

func (k SourceKind) valid() bool { return slices.Contains(SourceKinds, k) }

// Evidence is a passage of the article that one or more claims rest on:
// a quote, a sentence, or the article's own framing words.
type Evidence struct {
	// ID is unique in its article ("e4"), numbered in text order from 1.
	ID string
	Span
	// Claims are the ids of the claims the passage is evidence for.
	Claims []string
}

// Party is one side of a claim: an entity, or several that speak together
// (Russia: Putin, Gerasimov and the Kremlin).
type Party struct {
	// ID is unique within its claim.
	ID string
	// Name is how the panel names the party ("Russia").
	Name string
	// Members are the ids of the entities that make up the party.
	Members []string
	// Stance is the party's position on the claim.
	Stance Stance
	// Statement says in one line what the party says, in neutral words;
	// empty when the party is Silent.
	Statement string
	// Source is the kind of channel, and Channel the channel itself
	// ("a post on Telegram"). Both are empty when the party is Silent.
	Source  SourceKind
	Channel string
	// Evidence are the ids of the passages where the article reports the
	// party's position.
	Evidence []string
}

// Claim is a question the article reports competing answers to.
type Claim struct {
	// ID is unique in its article.
	ID string
	// Question is the contested question, as a reader would ask it.
	Question string
	// Status is what the article supports about the claim.
	Status Status
	// Parties are the sides, each with its position.
	Parties []Party
	// Framing are the ids of passages in the article's own wording about
	// the claim ("what he claimed was").
	Framing []string
	// Checks are what a reader would check next, in the spirit of lateral
	// reading.
	Checks []string
	// Settle says what kind of independent source could settle the claim.
	Settle string
	// Suggested is true for a claim the automatic annotator found and no
	// person has checked yet: the page says so, and a teacher accepts,
	// edits or rejects it in the editor. A claim written or accepted by a
	// person has it false.
	Suggested bool
}

// Dating places a time the article mentions, or the article itself, on
// the calendar, with the reasoning that lets one infer it.
type Dating struct {
	// From and To bound the time; To equals From for a single day.
	From, To time.Time
	// Reasoning says how the date follows from the text and what one knows.
	Reasoning string
	// Doubt, when not empty, says why the text's own words for this time
	// may be wrong and what other reporting says ("earlier this year" for
	// a deployment reported months before the year began). The timeline
	// then marks the dating as doubtful rather than showing it as fact.
	// Only a time the text names, an entity's When, can have one.
	Doubt string
}

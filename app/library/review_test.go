package library

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/article"
)

// The tests in this file pin what a careful review of the default article
// found: each claim's question fits its status, the timeline marks what is
// doubtful, the article's attributions stay the article's, parties have
// the members the article shows, the explanations of loaded language take
// no side, and the title says what Ukraine disputes.

// goldCopy is the extractor's copy of the default article, scored by its
// quality test; it must stay the same file.
const goldCopy = "../extract/testdata/gold/kursk.json"

// TestGoldCopy checks that the extractor's gold copy of the default
// article is the same file, byte for byte.
func TestGoldCopy(t *testing.T) {
	_, raw, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	gold, err := os.ReadFile(goldCopy)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gold, raw) {
		t.Errorf("%s differs from %s: copy the default article over it", goldCopy, DefaultFile)
	}
}

// TestDefaultClaimQuestions checks that each question asks one thing, so
// that one status fits it: whether North Korean troops fight is
// corroborated, how many there are rests on South Korean media alone.
func TestDefaultClaimQuestions(t *testing.T) {
	a := loadDefault(t)
	for _, c := range a.Claims {
		if n := strings.Count(c.Question, "?"); n != 1 || !strings.HasSuffix(c.Question, "?") {
			t.Errorf("claim %q: question %q is not one question", c.ID, c.Question)
		}
		if strings.Contains(c.Question, ", and ") || strings.Contains(strings.ToLower(c.Question), "and how many") {
			t.Errorf("claim %q: question %q asks two things", c.ID, c.Question)
		}
	}
	troops, _ := claimByID(a, "north-korean-troops")
	if q := strings.ToLower(troops.Question); strings.Contains(q, "how many") || !strings.Contains(q, "fighting") {
		t.Errorf("north-korean-troops asks %q; want whether they fight, not how many", troops.Question)
	}
	numbers, ok := claimByID(a, "north-korean-troop-numbers")
	if !ok {
		t.Fatal("no claim on the numbers of North Korean troops")
	}
	if !strings.HasPrefix(numbers.Question, "How many") {
		t.Errorf("north-korean-troop-numbers asks %q; want how many", numbers.Question)
	}
	var speaking []string
	for _, p := range numbers.Parties {
		if p.Stance != article.Silent {
			speaking = append(speaking, p.ID)
		}
	}
	if !slices.Equal(speaking, []string{"south-korean-media"}) || numbers.Status != article.Unverified {
		t.Errorf("the numbers: status %q, parties speaking %v; want unverified, on South Korean media's word alone", numbers.Status, speaking)
	}
}

// TestDefaultDoubtfulDating checks that "earlier this year" is not shown
// as fact: its words would put the deployment in 2025, reporting at the
// time in autumn 2024, so the dating is marked doubtful, says why, and
// covers both.
func TestDefaultDoubtfulDating(t *testing.T) {
	a := loadDefault(t)
	e, ok := a.Entity("earlier-this-year")
	if !ok || e.When == nil {
		t.Fatal("\"earlier this year\" is not dated")
	}
	d := e.When
	if strings.TrimSpace(d.Doubt) == "" {
		t.Errorf("\"earlier this year\" is dated %s to %s as fact; want it marked doubtful", d.From.Format(time.DateOnly), d.To.Format(time.DateOnly))
	}
	for _, want := range []string{"November", "October 2024"} {
		if !strings.Contains(d.Doubt, want) {
			t.Errorf("the doubt does not say why with %q: %s", want, d.Doubt)
		}
	}
	autumn, year := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 4, 26, 0, 0, 0, 0, time.UTC)
	if d.From.After(autumn) || d.To.Before(year) {
		t.Errorf("dated %s to %s; want it to cover both October 2024 and early 2025", d.From.Format(time.DateOnly), d.To.Format(time.DateOnly))
	}
	for _, other := range a.Entities {
		if other.ID != e.ID && other.When != nil && other.When.Doubt != "" {
			t.Errorf("entity %q is marked doubtful too: %s", other.ID, other.When.Doubt)
		}
	}
}

// TestDefaultAttributions checks that the article's attributions stay the
// article's: "very productive" is Trump's as the article gives it, and a
// check sends students to find who first used the words.
func TestDefaultAttributions(t *testing.T) {
	a := loadDefault(t)
	for _, q := range a.Quotes {
		if a.Text[q.Start:q.End] == "very productive" && q.Speaker != "trump" {
			t.Errorf("\"very productive\" is attributed to %q; the article gives it to Trump", q.Speaker)
		}
	}
	c, _ := claimByID(a, "rome-meeting")
	found := false
	for _, check := range c.Checks {
		if strings.Contains(check, `"very productive"`) && strings.Contains(check, "first used") {
			found = true
		}
	}
	if !found {
		t.Errorf("rome-meeting: no check asks who first used \"very productive\": %q", c.Checks)
	}
	for _, p := range c.Parties {
		if p.ID == "united-states" && !strings.Contains(p.Channel, "as the article has it") {
			t.Errorf("rome-meeting: Trump's position does not say it is the article's account: %q, %q", p.Statement, p.Channel)
		}
	}
}

// TestDefaultClaimMembers checks that each party's members are the
// entities the article shows speaking on that question, or for a silent
// party those it names and hears nothing from: Gerasimov speaks only about
// North Korea's participation, and the General Staff he heads is not shown
// speaking at all.
func TestDefaultClaimMembers(t *testing.T) {
	a := loadDefault(t)
	want := map[string][]string{
		"kursk-retaken/russia":                          {"putin"},
		"kursk-retaken/ukraine":                         {"ua-general-staff"},
		"north-korean-troops/russia":                    {"putin", "gerasimov", "kremlin"},
		"north-korean-troops/south-korean-media":        {"south-korean-media"},
		"north-korean-troops/united-states":             {"state-department"},
		"north-korean-troops/north-korea":               {"north-korea", "pyongyang"},
		"north-korean-troop-numbers/south-korean-media": {"south-korean-media"},
		"north-korean-troop-numbers/russia":             {"putin", "gerasimov"},
		"north-korean-troop-numbers/north-korea":        {"north-korea", "pyongyang"},
		"neo-nazi-label/russia":                         {"putin", "kremlin"},
		"neo-nazi-label/ukraine":                        {"zelensky"},
		"putin-wants-peace/united-states":               {"trump"},
		"putin-wants-peace/russia":                      {"putin"},
		"civilian-strikes/united-states":                {"trump"},
		"civilian-strikes/russia":                       {"putin"},
		"rome-meeting/united-states":                    {"trump"},
		"rome-meeting/ukraine":                          {"zelensky"},
		"us-mediation/united-states":                    {"trump"},
		"us-mediation/russia":                           {"russia"},
		"us-mediation/ukraine":                          {"ukraine"},
	}
	seen := 0
	for _, c := range a.Claims {
		for _, p := range c.Parties {
			key := c.ID + "/" + p.ID
			w, ok := want[key]
			if !ok {
				t.Errorf("%s: not in the table", key)
				continue
			}
			seen++
			if !slices.Equal(p.Members, w) {
				t.Errorf("%s: members %v, want %v", key, p.Members, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d parties found of the %d in the table", seen, len(want))
	}
}

// TestDefaultSources checks that a position whose channel the article does
// not name says so, and says what the article does say.
func TestDefaultSources(t *testing.T) {
	a := loadDefault(t)
	notStated := map[string]bool{"neo-nazi-label/ukraine": true, "us-mediation/united-states": true}
	for _, c := range a.Claims {
		for _, p := range c.Parties {
			key := c.ID + "/" + p.ID
			if p.Stance == article.Silent {
				continue
			}
			if got := p.Source == article.NotStated; got != notStated[key] {
				t.Errorf("%s: source %q; the article names a channel: %v", key, p.Source, !notStated[key])
			}
			if p.Source == article.NotStated && !strings.HasPrefix(p.Channel, "the article says only") {
				t.Errorf("%s: channel %q; want what the article does say", key, p.Channel)
			}
		}
	}
}

// TestDefaultHedgedDoubt checks that Trump's "maybe" stays in his
// position, which is asserted, not a dispute.
func TestDefaultHedgedDoubt(t *testing.T) {
	a := loadDefault(t)
	c, _ := claimByID(a, "putin-wants-peace")
	for _, p := range c.Parties {
		if p.ID == "united-states" && (p.Stance != article.Asserts || !strings.Contains(p.Statement, "maybe")) {
			t.Errorf("putin-wants-peace, united-states: %s %q; want asserts, with the hedge kept", p.Stance, p.Statement)
		}
	}
}

// TestDefaultLoadedExplanations checks that the explanations of loaded
// language and their neutral wordings take no side on a question the
// explorer shows as contested, and say what a label does rather than what
// its user meant.
func TestDefaultLoadedExplanations(t *testing.T) {
	a := loadDefault(t)
	loaded := map[string]article.LoadedPhrase{}
	for _, l := range a.Loaded {
		loaded[a.Text[l.Start:l.End]] = l
	}
	defeat := loaded["the full defeat of the enemy"]
	if n := defeat.Neutral; !strings.Contains(n, "Ukrainian forces") || !strings.Contains(n, "he describes") {
		t.Errorf("the neutral wording of \"the full defeat of the enemy\" is %q; want Putin's account, attributed to him, naming Ukrainian forces", n)
	}
	for _, bad := range []string{"driving Ukrainian forces out", "what happened on the ground", "denies"} {
		if strings.Contains(defeat.Why+defeat.Neutral, bad) {
			t.Errorf("\"the full defeat of the enemy\" still prejudges the contested recapture with %q", bad)
		}
	}
	if !strings.Contains(defeat.Why, "disputes") {
		t.Errorf("the explanation of \"the full defeat of the enemy\" does not say the result is disputed: %s", defeat.Why)
	}
	narrative := loaded["narrative"]
	if stem(narrative.Neutral) == stem("claimed") || strings.Contains(strings.ToLower(narrative.Neutral), "claim") {
		t.Errorf("the neutral wording of \"narrative\" is %q, the word the lesson on \"claimed\" warns about", narrative.Neutral)
	}
	label := loaded["neo-Nazi regime"]
	for _, bad := range []string{"meant to", "anyone could check", "intended"} {
		if strings.Contains(label.Why, bad) {
			t.Errorf("the explanation of \"neo-Nazi regime\" says %q: %s", bad, label.Why)
		}
	}
}

// TestDefaultTitle checks that the title says what Ukraine disputes, so
// that it cannot be read as disputing North Korea's role.
func TestDefaultTitle(t *testing.T) {
	a := loadDefault(t)
	_, ukraine, ok := strings.Cut(a.Title, "Ukraine")
	if !ok || !strings.Contains(ukraine, "recapture") || strings.HasSuffix(a.Title, " it") {
		t.Errorf("title %q; want what Ukraine disputes, the recapture, named", a.Title)
	}
	if !strings.HasPrefix(a.Title, "Putin credits North Korean troops") {
		t.Errorf("title %q; want it to start as before, which pages and tests look for", a.Title)
	}
}

// TestDefaultNestedCounts checks the counts a card shows: every place the
// text names an entity, names inside a longer mention included. "Kremlin"
// in "The Kremlin leader" counts for the Kremlin as the whole phrase
// counts for Putin, as "South Korean" in "South Korean media" counts for
// South Koreans.
func TestDefaultNestedCounts(t *testing.T) {
	a := loadDefault(t)
	tests := []struct {
		entity string
		total  int
		inside string // the longer mention one of them lies in
	}{
		{"kremlin", 3, "The Kremlin leader"},
		{"putin", 7, ""},
		{"south-koreans", 1, "South Korean media"},
	}
	for _, tt := range tests {
		ms := a.MentionsOf(tt.entity)
		if len(ms) != tt.total {
			t.Errorf("%s: %d mentions, want %d", tt.entity, len(ms), tt.total)
		}
		if tt.inside == "" {
			continue
		}
		nested := 0
		for _, m := range ms {
			for _, o := range a.Mentions {
				if o.Entity != m.Entity && o.Span != m.Span && o.Contains(m.Span) && mentionText(a, o.Span) == tt.inside {
					nested++
				}
			}
		}
		if nested != 1 {
			t.Errorf("%s: %d mentions inside %q, want 1", tt.entity, nested, tt.inside)
		}
	}
}

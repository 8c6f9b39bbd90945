package exercise

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

// TestGenerateDefault counts the default article's exercises by kind.
func TestGenerateDefault(t *testing.T) {
	a := kursk(t)
	exercises := Generate(a)
	got := map[Kind]int{}
	for _, e := range exercises {
		got[e.Kind]++
	}
	var summary []string
	for _, k := range Kinds {
		summary = append(summary, fmt.Sprintf("%s %d", k, got[k]))
	}
	t.Logf("%d exercises: %s", len(exercises), strings.Join(summary, ", "))
	for _, e := range []Exercise{exercises[0], find(t, exercises, "claim-or-fact/north-korean-troops"), find(t, exercises, "missing-voice/putin-wants-peace/russia")} {
		t.Logf("%s: %s", e.ID, e.Prompt)
	}

	if len(exercises) < 12 {
		t.Errorf("got %d exercises, want at least 12", len(exercises))
	}
	if len(got) < 5 {
		t.Errorf("got %d kinds of exercise, want at least 5", len(got))
	}
	// 12 quotes; 12 party statements, less 3 repeated on another claim
	// through the same channel; 12 parties with evidence, less South
	// Korean media's second claim on the same passage; 8 claims; 6
	// loaded phrases; 8 silent parties; one Written dating.
	want := map[Kind]int{WhoSaidIt: 12, SourceKind: 9, FindEvidence: 11, ClaimOrFact: 8, LoadedLanguage: 6, MissingVoice: 8, WhenWritten: 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("exercises by kind = %v, want %v", got, want)
	}
}

// TestGenerateSuggested checks that a claim the annotator suggested gives
// the same exercises as one a person wrote, each marked Suggested, and
// only those.
func TestGenerateSuggested(t *testing.T) {
	path := filepath.Join("testdata", "articles", "porto.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		marked []string // the claims marked as suggested
	}{
		{"none", nil},
		{"one", []string{"stunt"}},
		{"every claim", []string{"trees-planned", "stunt"}},
	}
	want := Generate(load(t, "porto.json"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := string(data)
			for _, id := range tt.marked {
				file = strings.Replace(file, `"id": "`+id+`",`, `"id": "`+id+`", "suggested": true,`, 1)
			}
			a, err := article.Parse(path, []byte(file))
			if err != nil {
				t.Fatal(err)
			}
			got := Generate(a)
			if len(got) != len(want) {
				t.Fatalf("%d exercises, want %d as without the mark", len(got), len(want))
			}
			suggested := 0
			for i, e := range got {
				if wantMark := slices.Contains(tt.marked, e.Claim); e.Suggested != wantMark {
					t.Errorf("%s: Suggested = %v, want %v", e.ID, e.Suggested, wantMark)
				}
				if e.Suggested {
					suggested++
				}
				e.Suggested = false
				if !reflect.DeepEqual(e, want[i]) {
					t.Errorf("exercise %d differs from the one without the mark:\n got %+v\nwant %+v", i+1, e, want[i])
				}
			}
			if len(tt.marked) > 0 && suggested == 0 {
				t.Errorf("no exercise is marked, for claims %v", tt.marked)
			}
		})
	}
}

// TestGenerateWellFormed checks what every exercise of every test article
// must satisfy.
func TestGenerateWellFormed(t *testing.T) {
	articles := map[string]*article.Article{"kursk": kursk(t)}
	for _, name := range []string{"porto.json", "porto-no-quotes.json", "porto-no-claims.json", "porto-plain.json"} {
		articles[name] = load(t, name)
	}
	for name, a := range articles {
		t.Run(name, func(t *testing.T) {
			checkWellFormed(t, a, Generate(a))
		})
	}
}

// checkWellFormed checks every exercise against the article it was made
// from.
func checkWellFormed(t *testing.T, a *article.Article, exercises []Exercise) {
	t.Helper()
	evidence := map[string]bool{}
	for _, ev := range a.Evidence {
		evidence[ev.ID] = true
	}
	links := map[string]bool{}
	for _, m := range a.Mentions {
		links[m.ID] = true
	}
	for _, q := range a.Quotes {
		links[q.ID] = true
	}
	for _, l := range a.Loaded {
		links[l.ID] = true
	}
	maps := func(m map[string]bool) func(string) bool { return func(id string) bool { return m[id] } }
	isEvidence, isLink := maps(evidence), maps(links)
	ids := map[string]bool{}
	prompts := map[string]string{} // exercise id by prompt
	lastKind := -1
	for _, e := range exercises {
		switch {
		case strings.TrimSpace(e.Prompt) == "", strings.TrimSpace(e.Hint) == "", strings.TrimSpace(e.Explanation) == "":
			t.Errorf("%s: empty prompt, hint or explanation: %+v", e.ID, e)
		case !strings.HasPrefix(e.ID, string(e.Kind)+"/"):
			t.Errorf("%s: ID does not start with its kind %q", e.ID, e.Kind)
		case ids[e.ID]:
			t.Errorf("%s: ID used twice", e.ID)
		case strings.Contains(e.Prompt, ",”?") || strings.Contains(e.Prompt, ";”?") || strings.Contains(e.Prompt, ":”?"):
			t.Errorf("%s: a quote's comma before the question mark: %s", e.ID, e.Prompt)
		case prompts[e.Prompt] != "":
			t.Errorf("%s: the same question as %s, which a student cannot tell apart: %s", e.ID, prompts[e.Prompt], e.Prompt)
		case e.Answer == "":
			t.Errorf("%s: no answer", e.ID)
		case e.Link != "" && !isLink(e.Link) && !isEvidence(e.Link):
			t.Errorf("%s: link %q is no quote, mention, loaded phrase or evidence of the article", e.ID, e.Link)
		}
		if c, ok := e.Choice(e.Answer); ok && regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(c.Label)+`\b`).MatchString(e.Hint) {
			t.Errorf("%s: the hint gives the answer %q away: %s", e.ID, c.Label, e.Hint)
		}
		ids[e.ID] = true
		prompts[e.Prompt] = e.ID
		k := slices.Index(Kinds, e.Kind)
		if k < lastKind {
			t.Errorf("%s: kind %s comes after %s", e.ID, e.Kind, Kinds[lastKind])
		}
		lastKind = k

		if e.Kind == FindEvidence {
			if len(e.Choices) != 0 {
				t.Errorf("%s: find-evidence has choices %v", e.ID, e.Choices)
			}
			for _, id := range e.Accepted() {
				if !isEvidence(id) {
					t.Errorf("%s: accepted evidence %q is not in the article", e.ID, id)
				}
			}
			continue
		}
		if n := len(e.Choices); n < 2 || n > MaxChoices {
			t.Errorf("%s: %d choices, want 2 to %d", e.ID, n, MaxChoices)
		}
		labels, choiceIDs := map[string]bool{}, map[string]bool{}
		answers := 0
		for _, c := range e.Choices {
			if c.ID == "" || c.Label == "" || labels[strings.ToLower(c.Label)] || choiceIDs[c.ID] {
				t.Errorf("%s: empty or repeated choice %+v", e.ID, c)
			}
			labels[strings.ToLower(c.Label)], choiceIDs[c.ID] = true, true
			if c.ID == e.Answer {
				answers++
				continue
			}
			if c.Feedback == "" {
				t.Errorf("%s: wrong choice %q has no feedback", e.ID, c.ID)
			}
		}
		if answers != 1 {
			t.Errorf("%s: answer %q is among the choices %d times, want once", e.ID, e.Answer, answers)
		}
	}
}

// TestGenerateDeterministic generates twice, from two separate loads.
func TestGenerateDeterministic(t *testing.T) {
	first := Generate(kursk(t))
	second := Generate(kursk(t))
	if !reflect.DeepEqual(first, second) {
		t.Error("two generations from the same article differ")
	}
}

// TestGenerateReadingOrder checks that quotes come in text order, and
// claim exercises in the order the file lists the claims.
func TestGenerateReadingOrder(t *testing.T) {
	a := kursk(t)
	var quotes, claims []string
	for _, e := range Generate(a) {
		switch e.Kind {
		case WhoSaidIt:
			quotes = append(quotes, e.Link)
		case ClaimOrFact:
			claims = append(claims, e.Claim)
		}
	}
	var wantQuotes, wantClaims []string
	for _, q := range a.Quotes {
		wantQuotes = append(wantQuotes, q.ID)
	}
	for _, c := range a.Claims {
		wantClaims = append(wantClaims, c.ID)
	}
	if !slices.Equal(quotes, wantQuotes) {
		t.Errorf("who-said-it quotes = %v, want %v", quotes, wantQuotes)
	}
	if !slices.Equal(claims, wantClaims) {
		t.Errorf("claim-or-fact claims = %v, want %v", claims, wantClaims)
	}
}

// TestChoiceOrder checks that the answer is not always in the same place,
// and that the kinds with a natural order keep it.
func TestChoiceOrder(t *testing.T) {
	positions := map[int]int{}
	for _, e := range Generate(kursk(t)) {
		i := slices.IndexFunc(e.Choices, func(c Choice) bool { return c.ID == e.Answer })
		switch e.Kind {
		case FindEvidence:
			continue
		case ClaimOrFact:
			var got []string
			for _, c := range e.Choices {
				got = append(got, c.ID)
			}
			if want := []string{AttributedClaim, ReportedFact, Characterization}; !slices.Equal(got, want) {
				t.Errorf("%s: choices %v, want %v", e.ID, got, want)
			}
		case WhenWritten:
			if !slices.IsSortedFunc(e.Choices, func(x, y Choice) int { return strings.Compare(x.ID, y.ID) }) {
				t.Errorf("%s: date ranges not in calendar order: %v", e.ID, e.Choices)
			}
		default:
			positions[i]++
		}
	}
	t.Logf("answer positions among shuffled choices: %v", positions)
	if len(positions) < 3 {
		t.Errorf("the answer stands in only %d places (%v); want the shuffle to spread it", len(positions), positions)
	}
}

// TestGenerateGolden keeps the default article's exercises as readable
// JSON, so that a change to any of them shows in review.
func TestGenerateGolden(t *testing.T) {
	b, err := json.MarshalIndent(Generate(kursk(t)), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/kursk.golden.json", append(b, '\n'))
}

// TestGenerateDegrades checks which kinds an article gets when it lacks
// quotes, claims, loaded phrases or a dating.
func TestGenerateDegrades(t *testing.T) {
	all := []Kind{WhoSaidIt, SourceKind, FindEvidence, ClaimOrFact, LoadedLanguage, MissingVoice, WhenWritten}
	claimKinds := []Kind{SourceKind, FindEvidence, ClaimOrFact, MissingVoice}
	without := func(kinds []Kind, k Kind) []Kind {
		return slices.DeleteFunc(slices.Clone(kinds), func(x Kind) bool { return x == k })
	}

	noQuotes := kursk(t)
	noQuotes.Quotes = nil
	noClaims := kursk(t)
	noClaims.Claims, noClaims.Evidence = nil, nil
	noLoaded := kursk(t)
	noLoaded.Loaded = nil
	neither := kursk(t)
	neither.Quotes, neither.Claims, neither.Evidence, neither.Written = nil, nil, nil, nil
	nothing := kursk(t)
	nothing.Quotes, nothing.Claims, nothing.Evidence, nothing.Written, nothing.Loaded = nil, nil, nil, nil, nil

	tests := []struct {
		name string
		a    *article.Article
		want []Kind
	}{
		{"porto", load(t, "porto.json"), all},
		{"porto without quotes or loaded phrases", load(t, "porto-no-quotes.json"), append(slices.Clone(claimKinds), WhenWritten)},
		{"porto without claims or loaded phrases", load(t, "porto-no-claims.json"), []Kind{WhoSaidIt, WhenWritten}},
		{"porto without quotes, claims, loaded phrases or dating", load(t, "porto-plain.json"), nil},
		{"kursk", kursk(t), all},
		{"kursk without quotes", noQuotes, without(all, WhoSaidIt)},
		{"kursk without claims", noClaims, []Kind{WhoSaidIt, LoadedLanguage, WhenWritten}},
		{"kursk without loaded phrases", noLoaded, without(all, LoadedLanguage)},
		{"kursk without quotes, claims or dating", neither, []Kind{LoadedLanguage}},
		{"kursk without quotes, claims, loaded phrases or dating", nothing, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exercises := Generate(tt.a)
			var got []Kind
			for _, e := range exercises {
				if !slices.Contains(got, e.Kind) {
					got = append(got, e.Kind)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kinds = %v, want %v", got, tt.want)
			}
			checkWellFormed(t, tt.a, exercises)
		})
	}
}

// TestGenerateBroken feeds articles built by hand whose annotations do
// not hold together: nothing panics, and what is made is well formed.
func TestGenerateBroken(t *testing.T) {
	if got := Generate(nil); got != nil {
		t.Errorf("Generate(nil) = %v, want nil", got)
	}
	if got := Generate(&article.Article{}); len(got) != 0 {
		t.Errorf("Generate(empty article) = %v, want none", got)
	}

	a := kursk(t)
	a.Quotes = append(a.Quotes,
		article.QuoteSpan{ID: "q98", Speaker: "nobody", Span: article.Span{Start: 0, End: 5}},
		article.QuoteSpan{ID: "q99", Speaker: "putin", Span: article.Span{Start: 10, End: len(a.Text) + 10}},
	)
	a.Claims = append(a.Claims,
		article.Claim{ID: "ghost", Question: "Is this broken?", Status: "unknown", Parties: []article.Party{
			{ID: "p", Name: "P", Stance: article.Asserts, Source: "carrier-pigeon", Evidence: []string{"e999"}},
			{ID: "q", Name: "Q", Stance: article.Silent},
		}},
		article.Claim{ID: "lonely", Question: "Who speaks?", Status: article.Contested, Parties: []article.Party{
			{ID: "s", Name: "S", Stance: article.Silent},
		}},
	)
	a.Written = &article.Dating{Reasoning: "no date"}
	exercises := Generate(a)
	// Each of these would rest on a broken annotation: an unknown speaker,
	// a span outside the text, an unknown source or status, evidence that
	// is not in the article, a silent party with no other party to choose
	// from, a dating with no date.
	for _, id := range []string{"who-said-it/q98", "who-said-it/q99", "source-kind/ghost/p", "find-evidence/ghost/p",
		"claim-or-fact/ghost", "missing-voice/lonely/s", "when-written/kursk"} {
		if slices.ContainsFunc(exercises, func(e Exercise) bool { return e.ID == id }) {
			t.Errorf("made %s from a broken annotation", id)
		}
	}
	checkWellFormed(t, a, exercises)
}

// TestDefaultArticleUnchanged notes what the counts in these tests rest
// on, so that a change to the default article explains a failure here.
func TestDefaultArticleUnchanged(t *testing.T) {
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 12 || len(a.Claims) != 8 || len(a.Loaded) != 6 || a.Written == nil {
		t.Fatalf("the default article has %d quotes, %d claims, %d loaded phrases, written %v; these tests expect 12, 8, 6 and a dating",
			len(a.Quotes), len(a.Claims), len(a.Loaded), a.Written)
	}
}

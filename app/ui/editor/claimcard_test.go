package editor

import (
	"strings"
	"testing"

	"newsexplorer/app/article"

	"newsexplorer/app/ui/uitest"
)

// TestClaimCards checks the claims panel's cards: the hooks of the
// reader's panel on every claim (data-claim, data-party and data-stance on
// each party, data-evidence on a control for each of its passages), and
// on each claim the annotator suggested, and on those alone,
// data-suggested="true", the note that says it was found automatically,
// which describes its heading, and the controls that accept and reject it.
func TestClaimCards(t *testing.T) {
	a := uitest.SuggestedArticle(t)
	ed := newView(nil)
	ed.setDraft(a)
	html := uitest.Render(t, ed)
	cards := uitest.Chunks(t, html, "data-claim")
	var got []string
	for _, card := range cards {
		if card.Tag.Name == "li" {
			got = append(got, card.Tag.Attrs["data-claim"])
		}
	}
	if want := "strike-turnout pay-offer strike-happened"; strings.Join(got, " ") != want {
		t.Fatalf("cards %v, want %s", got, want)
	}
	for _, c := range a.Claims {
		card := cardHTML(t, html, c.ID)
		tags, _ := uitest.GoappTags(t, card)
		li := tags[0]
		// go-app writes an attribute whose value is "true" bare.
		if mark, ok := li.Attrs["data-suggested"]; c.Suggested != (ok && (mark == "true" || li.Bare["data-suggested"])) {
			t.Errorf("%s (suggested %v): data-suggested %q", c.ID, c.Suggested, mark)
		}
		text := uitest.TextContent(card)
		note := strings.Contains(text, "Found automatically — check it before you teach with it.")
		accept := uitest.FindTags(tags, "button", "data-accept", c.ID)
		reject := uitest.FindTags(tags, "button", "data-reject", c.ID)
		if !c.Suggested {
			if note || len(accept)+len(reject) > 0 {
				t.Errorf("%s, a person's claim, has the note (%v) or %d controls of a suggestion", c.ID, note, len(accept)+len(reject))
			}
		} else {
			if !note {
				t.Errorf("%s does not say it was found automatically:\n%s", c.ID, text)
			}
			if len(accept) != 1 || len(reject) != 1 {
				t.Fatalf("%s: %d Accept and %d Reject controls, want one each", c.ID, len(accept), len(reject))
			}
			for _, b := range append(accept, reject...) {
				if b.Attrs["type"] != "button" || b.Attrs["aria-describedby"] != claimHeadingID(c.ID) || b.Attrs["data-claim"] != c.ID {
					t.Errorf("%s: control %s is not a button described by the claim's heading", c.ID, b.Src)
				}
			}
			heading := uitest.FindTags(tags, "h4", "id", claimHeadingID(c.ID))
			if len(heading) != 1 || heading[0].Attrs["aria-describedby"] != suggestedNoteID(c.ID) || len(uitest.FindTags(tags, "p", "id", suggestedNoteID(c.ID))) != 1 {
				t.Errorf("%s: the heading is not described by the note", c.ID)
			}
		}
		for _, p := range c.Parties {
			parties := uitest.FindTags(tags, "li", "data-party", p.ID)
			if len(parties) != 1 || parties[0].Attrs["data-stance"] != string(p.Stance) {
				t.Errorf("%s: party %s is not marked once with its stance %s", c.ID, p.ID, p.Stance)
			}
			for _, ev := range p.Evidence {
				shows := uitest.FindTags(tags, "button", "data-evidence", ev)
				if len(shows) == 0 || shows[0].Attrs["aria-controls"] != ev || shows[0].Attrs["type"] != "button" {
					t.Errorf("%s: no control shows evidence %s", c.ID, ev)
				}
			}
		}
	}
	if text := uitest.TextContent(html); !strings.Contains(text, "2 claims were found automatically.") {
		t.Errorf("the panel does not say how many claims were found automatically:\n%s", text)
	}
}

// cardHTML is the HTML of the card of the claim with the given ID.
func cardHTML(t *testing.T, html, claim string) string {
	t.Helper()
	start := strings.Index(html, `data-claim="`+claim+`"`)
	if start < 0 {
		t.Fatalf("no card for %s", claim)
	}
	start = strings.LastIndex(html[:start], "<li")
	depth, i := 0, start
	for {
		open := strings.Index(html[i+1:], "<li")
		end := strings.Index(html[i+1:], "</li>")
		if end < 0 {
			t.Fatalf("the card of %s is not closed", claim)
		}
		if open >= 0 && open < end {
			depth++
			i += 1 + open
			continue
		}
		i += 1 + end
		if depth == 0 {
			return html[start : i+len("</li>")]
		}
		depth--
	}
}

// TestKeepPersonClaims checks when annotating keeps the claims of the
// article open: only with the same text, whichever way the article open
// came, and only those a person wrote or accepted, with what the status
// then says.
func TestKeepPersonClaims(t *testing.T) {
	annotated := func(t *testing.T) *article.Article {
		a := uitest.SuggestedArticle(t)
		// The annotator's suggestions: the two of the file, as it would
		// find them again.
		if err := a.RemoveClaim("strike-happened"); err != nil {
			t.Fatal(err)
		}
		return a
	}
	accepted := func(t *testing.T) *article.Article {
		a := uitest.SuggestedArticle(t)
		if err := a.AcceptClaim("pay-offer"); err != nil {
			t.Fatal(err)
		}
		return a
	}
	tests := []struct {
		name   string
		open   func(t *testing.T) *article.Article
		claims string // the claims of the new annotation after, "?" after a suggestion
		said   string
	}{
		{"no article open", func(t *testing.T) *article.Article { return nil }, "strike-turnout? pay-offer?", ""},
		{"another text", func(t *testing.T) *article.Article { return uitest.ClaimsArticle(t) }, "strike-turnout? pay-offer?", ""},
		{"only suggestions", func(t *testing.T) *article.Article {
			a := uitest.SuggestedArticle(t)
			if err := a.RemoveClaim("strike-happened"); err != nil {
				t.Fatal(err)
			}
			return a
		}, "strike-turnout? pay-offer?", ""},
		{"a claim a person wrote", uitest.SuggestedArticle, "strike-happened strike-turnout? pay-offer?",
			" The claim you wrote or accepted is kept as it was."},
		{"one accepted, its suggestion left out", accepted, "pay-offer strike-happened strike-turnout?",
			" The 2 claims you wrote or accepted are kept as they were. 1 suggestion that repeated them is left out."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := annotated(t)
			said, err := keepPersonClaims(tt.open(t), a)
			if err != nil {
				t.Fatal(err)
			}
			var claims []string
			for _, c := range a.Claims {
				if c.Suggested {
					claims = append(claims, c.ID+"?")
				} else {
					claims = append(claims, c.ID)
				}
			}
			if got := strings.Join(claims, " "); got != tt.claims {
				t.Errorf("claims %q, want %q", got, tt.claims)
			}
			if said != tt.said {
				t.Errorf("said %q, want %q", said, tt.said)
			}
		})
	}
}

func TestAnnotatedSummary(t *testing.T) {
	a := uitest.SuggestedArticle(t)
	if got, want := annotatedSummary(a), "Annotated: 8 highlights, 2 quotes and 2 suggested claims found."; got != want {
		t.Errorf("annotatedSummary = %q, want %q", got, want)
	}
	a.Claims = nil
	if got, want := annotatedSummary(a), "Annotated: 8 highlights and 2 quotes found."; got != want {
		t.Errorf("annotatedSummary with no claims = %q, want %q", got, want)
	}
}

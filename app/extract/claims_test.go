package extract

import (
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// partyIn describes a party a test expects among an article's claims:
// its name, stance, kind of source and words of its evidence.
type partyIn struct {
	name     string
	stance   article.Stance
	source   article.SourceKind // "" for any
	evidence string             // words its evidence holds; "" for a silent party
}

// findParty returns the claim and the party of a whose name is want's
// and whose evidence holds want's words.
func findParty(a *article.Article, want partyIn) (article.Claim, article.Party, bool) {
	for _, c := range a.Claims {
		for _, p := range c.Parties {
			if p.Name != want.name {
				continue
			}
			if want.evidence == "" && p.Stance == article.Silent {
				return c, p, true
			}
			for _, s := range a.Passages(p.Evidence) {
				if strings.Contains(a.Text[s.Start:s.End], want.evidence) {
					return c, p, true
				}
			}
		}
	}
	return article.Claim{}, article.Party{}, false
}

// describe lists an article's claims for a failure message.
func describe(a *article.Article) string {
	var b strings.Builder
	for _, c := range a.Claims {
		b.WriteString("\n  [" + string(c.Status) + "] " + c.Question)
		for _, p := range c.Parties {
			b.WriteString("\n     " + p.Name + " " + string(p.Stance) + " (" + string(p.Source) + ": " + p.Channel + ")")
			for _, s := range a.Passages(p.Evidence) {
				b.WriteString(" «" + a.Text[s.Start:s.End] + "»")
			}
		}
	}
	return b.String()
}

// TestClaimPatterns checks each way a statement is attributed, each way
// its speaker is named, and each stance, on short texts: the party found,
// its stance, its kind of source and its evidence.
func TestClaimPatterns(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []partyIn
		status article.Status // of the first wanted party's claim; "" for any
	}{
		{"said that", "Mayor Anna Berg said on Monday that the Elm Street bridge would reopen in May after repairs.",
			[]partyIn{{"Anna Berg", article.Asserts, article.NotStated, "the Elm Street bridge would reopen in May"}}, article.Unverified},
		{"according to", "The Elm Street bridge will reopen in May after three months of repairs, according to the Transport Ministry.",
			[]partyIn{{"Transport Ministry", article.Asserts, "", "The Elm Street bridge will reopen in May"}}, ""},
		{"told reporters", "Union leader Tom Hale told reporters that 500 workers had walked out at the plant in Leeds.",
			[]partyIn{{"Tom Hale", article.Asserts, article.PressConference, "500 workers had walked out"}}, ""},
		{"statement on its website", "The toy maker Brickly recalled 20,000 building sets on Tuesday. In a statement posted on its website, the company said the recall was a precaution and no child had been hurt.",
			[]partyIn{{"Brickly", article.Asserts, article.OfficialStatement, "the recall was a precaution"}}, ""},
		{"quote, then speaker", "\"We will not close a single school this year,\" said Education Minister Clara Voss.",
			[]partyIn{{"Clara Voss", article.Asserts, "", "We will not close a single school this year"}}, ""},
		{"quote, speaker and channel after", "\"The water is safe to drink,\" the city's health officer, Paul Dunne, wrote in a post on Facebook.",
			[]partyIn{{"Paul Dunne", article.Asserts, article.SocialMediaPost, "The water is safe to drink"}}, ""},
		{"he said", "John Miles has run the Harbour Street shelter for ten years. He said the shelter turned away 40 people every night in January.",
			[]partyIn{{"John Miles", article.Asserts, "", "the shelter turned away 40 people"}}, ""},
		{"a spokesperson for", "The Health Ministry opened 12 new clinics in March. A spokesperson for the ministry said the clinics had seen 9,000 patients in their first month.",
			[]partyIn{{"Health Ministry", article.Asserts, "", "the clinics had seen 9,000 patients"}}, ""},
		{"denied", "The Clean Air Now campaign said police had used tear gas on the crowd near the town hall. The Metropolitan Police denied that officers had used tear gas at any point during the march.",
			[]partyIn{
				{"Metropolitan Police", article.Disputes, "", "denied that officers had used tear gas"},
				{"Clean Air Now", article.Asserts, "", "police had used tear gas on the crowd"},
			}, article.Contested},
		{"disputed the figure", "The Dock Workers' Union said 700 staff joined the strike at the port of Felixstowe. The port operator Harwell Logistics disputed the figure, saying fewer than 200 staff had stopped work.",
			[]partyIn{
				{"Dock Workers' Union", article.Asserts, "", "700 staff joined the strike"},
				{"Harwell Logistics", article.Disputes, "", "disputed the figure"},
			}, article.Contested},
		{"a role with a word before it speaks for its organization", "The Northern League said the pitch at Elm Park was safe for the match. Harrow Rovers, whose captain Ian Doyle hurt his knee in the first half, disputed the league's account. Its sports director, Ian Cole, said the pitch had been frozen at kick-off.",
			[]partyIn{{"Ian Cole", article.Disputes, "", "the pitch had been frozen"}}, article.Contested},
		{"a report that says", "Cambria Trains said in its annual report on Tuesday that 91 percent of its trains had run on time. The report said cancellations had fallen to 1,140 trains.",
			[]partyIn{{"Cambria Trains", article.Asserts, "", "cancellations had fallen"}}, ""},
		{"a network is no role's organization", "Severnside Students' Union said 8,000 students marched. According to the union, most lectures were empty. In a post on Instagram, the union called the rise unfair.",
			[]partyIn{{"Severnside Students' Union", article.Asserts, "", "most lectures were empty"}}, ""},
		{"said about a figure; a semicolon ends a statement", "Students marched through Bristol on Wednesday. Severnside Students' Union put the crowd at 8,000; Wessex Police said about 2,500 people had taken part.",
			[]partyIn{
				{"Wessex Police", article.Disputes, "", "about 2,500 people had taken part"},
				{"Severnside Students' Union", article.Asserts, "", "8,000"},
			}, article.Contested},
		{"also said adds a matter", "The Harbour Fund said the ferry company Nordline was asking 4.2 million crowns a year for each ferry.\nNordline disputed the figure. In a statement, the company said 4.2 million crowns was the list price. The statement also said passengers had made 40 percent fewer complaints since March. The consumer group Ferry Watch confirmed that complaints had fallen.",
			[]partyIn{
				{"Nordline", article.Asserts, "", "40 percent fewer complaints"},
				{"Ferry Watch", article.Corroborates, "", "complaints had fallen"},
			}, article.Corroborated},
		{"a role for a region names who speaks for the company", "The Harbour Fund said the ferry company Nordline was asking 4.2 million crowns a year for each ferry.\nNordline disputed the figure in a statement. \"The fund is quoting a number it knows nobody pays,\" Nordline's head for Scandinavia, Per Holm, told a business daily.",
			[]partyIn{{"Per Holm", article.Disputes, "", "nobody pays"}}, article.Contested},
		{"conflicting figures", "The Housing Now coalition said 10,000 people marched through the centre of Lyon on Saturday. Police commissioner Jean Morel said 2,000 people took part in the march.",
			[]partyIn{{"Jean Morel", article.Disputes, "", "2,000 people took part"}}, article.Contested},
		{"conflicting amounts", "The Rail Workers' Union said drivers take home 2,100 euros a month on average. The operator Nordbahn said average pay was 2,600 euros a month.",
			[]partyIn{{"Nordbahn", article.Disputes, "", "average pay was 2,600 euros a month"}}, article.Contested},
		{"an ally goes on", "The Harbour Authority said the old pier at Kessel was safe for visitors. The Dock Workers' Union disputed the authority's claims. The union's chair, Ruth Okafor, stated that cracks had opened along the pier in March.",
			[]partyIn{{"Ruth Okafor", article.Disputes, "", "cracks had opened along the pier"}}, article.Contested},
		{"a denial of a counter-claim", "The prosecutor, Ann Lyle, said the builder Karl Moss had kept taking deposits after his firm ran out of money. His lawyer, Dev Rana, said Moss had put £200,000 of his own money into the firm. Lyle disputed that figure, saying bank records showed £50,000.",
			[]partyIn{
				{"Dev Rana", article.Asserts, "", "Moss had put £200,000 of his own money"},
				{"Ann Lyle", article.Disputes, "", "Lyle disputed that figure"},
			}, article.Contested},
		{"acknowledged that", "The Rail Workers' Union said the night service had been cut twice in 2024. The operator Nordbahn acknowledged that the service had been cut, citing a shortage of drivers.",
			[]partyIn{{"Nordbahn", article.Corroborates, "", "the service had been cut"}}, article.Corroborated},
		{"a title names whom a person speaks for", "The Food Safety Board ordered the brewer Hopfen to stop saying its beer \"helps you sleep\", ruling that the study behind the claim does not show it. Road works closed the brewery's gate on Monday. Hopfen made the claim in a press release in May, saying a study of 300 drinkers in Munich had found that they slept an hour longer. \"Science now confirms what our customers have always told us,\" chief executive Anna Roth said in the release.",
			[]partyIn{{"Anna Roth", article.Asserts, article.OfficialStatement, "Science now confirms"}}, article.Contested},
		{"no one corroborates their own side", "The toy maker Brickly said its building sets were safe for children under three. Its chief executive, Tom Vale, confirmed on Friday that every set had passed its safety tests.",
			[]partyIn{{"Brickly", article.Asserts, "", "its building sets were safe"}}, article.Unverified},
		{"judges another party's words right", "The Dock Workers' Union said 700 staff joined the strike at the port of Felixstowe. The port operator Harwell Logistics disputed the figure, saying fewer than 200 staff had stopped work. Lena Fisch, an economist at the University of Essex, said the operator's count was accurate.",
			[]partyIn{{"Lena Fisch", article.Disputes, "", "the operator's count was accurate"}}, article.Contested},
		{"what a ruling is about is no channel", "The Food Safety Board ordered the brewer Hopfen to stop saying its beer \"helps you sleep\", ruling that the study behind the claim does not show it.",
			[]partyIn{{"Hopfen", article.Asserts, article.NotStated, "helps you sleep"}}, article.Contested},
		{"made the claim", "The Food Safety Board ordered the brewer Hopfen to stop saying its beer \"helps you sleep\", ruling that the study behind the claim does not show it. Road works closed the brewery's gate on Monday. Hopfen made the claim in a press release in May, saying a study of 300 drinkers in Munich had found that they slept an hour longer.",
			[]partyIn{
				{"Hopfen", article.Asserts, article.OfficialStatement, "a study of 300 drinkers in Munich had found"},
				{"Hopfen", article.Asserts, "", "helps you sleep"},
			}, article.Contested},
		{"sums of money with nothing to say what they count are not one quantity", "The Ministry of Finance said the new ferry terminal would cost 12 million euros. The Port Workers' Union said the port had spent 3 million euros on its cranes.",
			[]partyIn{{"Ministry of Finance", article.Asserts, "", "the new ferry terminal would cost 12 million euros"}}, article.Unverified},
		{"words that contradict another party's statement dispute it", "The Valencia Police Command said officers had arrested 14 people without the use of force. Vigía, a group that monitors policing, wrote on X that the footage \"contradicts every line of the police statement\".",
			[]partyIn{{"Vigía", article.Disputes, article.SocialMediaPost, "contradicts every line of the police statement"}}, article.Contested},
		{"a count over a period is not the same quantity as a count", "Paolo Zorzut, a historian, said the coffee trade had employed about 2,000 people in Trieste. The councillor Marco Sancin said the city expected about 150,000 visitors a year.",
			[]partyIn{{"Marco Sancin", article.Asserts, "", "the city expected about 150,000 visitors a year"}}, article.Unverified},
		{"a study's authors speak for the centre it came from; false alarms dispute nothing", "The study came from the university's Centre for Early Diagnosis. Its authors reported that a panel of 12 proteins had picked out 94 percent of the cancers, with false alarms in fewer than 2 percent of volunteers.",
			[]partyIn{{"Centre for Early Diagnosis", article.Asserts, "", "a panel of 12 proteins had picked out 94 percent"}}, article.Unverified},
		{"passengers a tram carries and people who go past a shop are not one count", "The operator Kiskovo said each tram can carry up to 250 passengers. Mikko Salonen, who runs a bicycle shop on Hämeenkatu, on the route, said: \"On a normal weekend about 200 people go past.\"",
			[]partyIn{{"Mikko Salonen", article.Asserts, "", "On a normal weekend about 200 people go past"}}, ""},
		{"a group the text names later, in an apposition", "The regulator put the loss at 241 million litres a day, and a consumer group said both figures were too low. Water Voice, a consumer group with 18,000 members, said meters covered only part of the network.",
			[]partyIn{{"Water Voice", article.Asserts, "", "both figures were too low"}}, ""},
		{"it: the body that spoke, not one named as an owner since", "In a statement on Friday, the Water Standards Authority said Aquenta's figure left out supply pipes. On its estimate, those pipes lost 54 million litres a day in Aquenta's area. It said the company had missed its leakage target.",
			[]partyIn{{"Water Standards Authority", article.Asserts, "", "the company had missed its leakage target"}}, ""},
		{"put the number at", "The Housing Now coalition said 10,000 people marched through Lyon on Saturday. Police put the number of marchers at 2,000.",
			[]partyIn{{"Police", article.Disputes, "", "the number of marchers at 2,000"}}, article.Contested},
		{"according to its report: the body the sentence is about", "Aquenta, the company that supplies water to the East Midlands, lost 187 million litres a day through leaking pipes last year, according to its annual report.",
			[]partyIn{{"Aquenta", article.Asserts, "", "lost 187 million litres a day"}}, ""},
		{"counts of different people", "The Health Ministry said 900 patients had waited more than a year for surgery at the hospital in Braga. The Northern Doctors' Union said 40 staff had left the hospital since January.",
			[]partyIn{{"Health Ministry", article.Asserts, "", "900 patients had waited"}}, article.Unverified},
		{"rejected a label", "Interior Minister Karl Brandt called the protesters \"extremists\" in a speech on Friday. The Green Youth movement rejected that characterization in a statement.",
			[]partyIn{{"Green Youth", article.Rejects, article.OfficialStatement, "rejected that characterization"}}, article.Characterization},
		{"confirmed", "The airline Nordair said its flight to Oslo was delayed by a storm on Sunday. Oslo Airport confirmed that a storm had closed its runway for two hours on Sunday afternoon.",
			[]partyIn{{"Oslo Airport", article.Corroborates, "", "a storm had closed its runway"}}, article.Corroborated},
		{"in a court filing", "Lawyers for the developer Stonegate said in a court filing that the council had approved the tower in 2021.",
			[]partyIn{{"Stonegate", article.Asserts, article.Document, "the council had approved the tower in 2021"}}, ""},
		{"in a post on Telegram", "The regional governor Ivan Petrov said in a post on Telegram that the power plant had been repaired overnight.",
			[]partyIn{{"Ivan Petrov", article.Asserts, article.SocialMediaPost, "the power plant had been repaired overnight"}}, ""},
		{"ruling that", "The Food Safety Board ordered the brewer Hopfen to withdraw its advertising on Monday, ruling that the study behind the advert was too small.",
			[]partyIn{{"Food Safety Board", article.Asserts, "", "the study behind the advert was too small"}}, ""},
		{"saying a study found", "The brewer Hopfen was fined on Monday. Hopfen defended the advert in a statement, saying a study in Munich had found that drinkers slept better.",
			[]partyIn{{"Hopfen", article.Asserts, article.OfficialStatement, "a study in Munich had found that drinkers slept better"}}, ""},
		{"the claim is not", "The brewer Hopfen said its beer \"helps you sleep\". The Food Safety Board said the study behind the claim did not show it.",
			[]partyIn{{"Food Safety Board", article.Disputes, "", "the study behind the claim did not show it"}}, article.Contested},
		{"says not of an earlier statement", "The Harbour Council said most of the lorries would switch to the ring road. The Dockside Traders' Association disputed the council's count in a statement. \"They will not go to the ring road,\" its chair, Ruth Okafor, told reporters.",
			[]partyIn{
				{"Harbour Council", article.Asserts, "", "most of the lorries would switch to the ring road"},
				{"Ruth Okafor", article.Disputes, "", "They will not go to the ring road"},
			}, article.Contested},
		{"did not respond", "The Food Workers' Union said the company Fennec Foods had cut 300 jobs at its plant in Cork. Fennec Foods did not respond to a request for comment.",
			[]partyIn{{"Fennec Foods", article.Silent, "", ""}}, ""},
		{"declined to comment", "Maria Lopez said the new road had doubled the traffic past the school in Newbury. Newbury Town Council declined to comment on the traffic figures.",
			[]partyIn{{"Maria Lopez", article.Asserts, "", "the new road had doubled the traffic"}, {"Newbury Town Council", article.Silent, "", ""}}, ""},
	}
	for _, tt := range tests {
		a, err := Annotate(tt.name, tt.text)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for i, want := range tt.want {
			c, p, ok := findParty(a, want)
			if !ok {
				t.Errorf("%s: no party %q with evidence %q; the claims found:%s", tt.name, want.name, want.evidence, describe(a))
				continue
			}
			if p.Stance != want.stance {
				t.Errorf("%s: %s's stance is %s, want %s", tt.name, want.name, p.Stance, want.stance)
			}
			if want.source != "" && p.Source != want.source {
				t.Errorf("%s: %s spoke through %s (%s), want %s", tt.name, want.name, p.Source, p.Channel, want.source)
			}
			if i == 0 && tt.status != "" && c.Status != tt.status {
				t.Errorf("%s: the claim's status is %s, want %s:%s", tt.name, c.Status, tt.status, describe(a))
			}
			if !c.Suggested {
				t.Errorf("%s: a claim found automatically is not marked as a suggestion", tt.name)
			}
		}
	}
}

// TestClaimNoOne checks that a statement the text attributes to no one
// it names gives no position: "critics say", "it is feared".
func TestClaimNoOne(t *testing.T) {
	for _, text := range []string{
		"Critics say the new stadium in Leeds will never pay for itself.",
		"It is feared that the old dam above the village of Grimsby will fail in the next storm.",
		"Some residents said the market should stay where it is.",
	} {
		a, err := Annotate("no one", text)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Claims) != 0 {
			t.Errorf("%q: claims found for a statement by no one named:%s", text, describe(a))
		}
	}
}

// TestClaimWordsTakeNoSide checks the words the finder writes itself
// (questions, statements, checks, what could settle a claim) on every
// gold article: none of them uses a word the explorer teaches students
// to notice, outside the article's own words in quotation marks.
func TestClaimWordsTakeNoSide(t *testing.T) {
	loaded := []string{"claimed", "admitted", "insisted", "regime", "narrative", "rhetoric", "so-called",
		"alleged", "slammed", "blasted", "radical", "extremist", "propaganda", "conceded", "boasted", "lie"}
	for _, gold := range loadGold(t) {
		a, err := Annotate(gold.Title, gold.Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range a.Claims {
			fields := append([]string{c.Question, c.Settle}, c.Checks...)
			for _, p := range c.Parties {
				fields = append(fields, p.Statement, p.Channel)
			}
			for _, field := range fields {
				own := outsideQuotes(field)
				for _, w := range strings.Fields(strings.ToLower(own)) {
					w = strings.Trim(w, ".,;:!?()")
					for _, l := range loaded {
						if w == l {
							t.Errorf("%s: the finder's own words use %q: %q", gold.ID, l, field)
						}
					}
				}
			}
		}
	}
}

// outsideQuotes is s without what stands between “ and ”.
func outsideQuotes(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '“':
			in = true
		case r == '”':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestDefaultArticleContests checks the aim for the default article:
// the claims found hold the contest over Kursk (Russia asserts, Ukraine
// disputes) and the one over the "neo-Nazi" label (asserted, and
// rejected by Zelensky).
func TestDefaultArticleContests(t *testing.T) {
	var gold *article.Article
	for _, a := range loadGold(t) {
		if a.ID == "kursk" {
			gold = a
		}
	}
	if gold == nil {
		t.Fatal("the gold articles have no kursk")
	}
	a, err := Annotate(gold.Title, gold.Text)
	if err != nil {
		t.Fatal(err)
	}
	holds := func(p article.Party, words string) bool {
		for _, s := range a.Passages(p.Evidence) {
			if strings.Contains(a.Text[s.Start:s.End], words) {
				return true
			}
		}
		return false
	}
	contest := func(asserted, opposed string) bool {
		for _, c := range a.Claims {
			var yes, no bool
			for _, p := range c.Parties {
				switch {
				case p.Stance == article.Asserts && holds(p, asserted):
					yes = true
				case (p.Stance == article.Disputes || p.Stance == article.Rejects) && holds(p, opposed):
					no = true
				}
			}
			if yes && no {
				return true
			}
		}
		return false
	}
	if !contest("Kursk", "Ukraine disputed Putin's claims") {
		t.Errorf("no claim holds the contest over Kursk:%s", describe(a))
	}
	if !contest("neo-Nazi", "rejected that characterization") {
		t.Errorf("no claim holds the contest over the \"neo-Nazi\" label:%s", describe(a))
	}
}

// TestClaimSemicolon checks that a statement's evidence ends at a
// semicolon that opens another party's statement, so that neither
// party is shown saying the other's figure.
func TestClaimSemicolon(t *testing.T) {
	a, err := Annotate("semicolon", "Severnside Students' Union put the crowd at 8,000; Wessex Police said about 2,500 people had taken part.")
	if err != nil {
		t.Fatal(err)
	}
	_, union, ok := findParty(a, partyIn{name: "Severnside Students' Union", evidence: "8,000"})
	if !ok {
		t.Fatalf("no position of the union:%s", describe(a))
	}
	for _, s := range a.Passages(union.Evidence) {
		if got := a.Text[s.Start:s.End]; strings.Contains(got, "2,500") {
			t.Errorf("the union's evidence %q holds the police's figure", got)
		}
	}
}

package extract

import (
	"strings"
	"testing"
	"time"

	"newsexplorer/app/article"
)

// found lists an annotation's mentions as "type:text" and its quotes as
// "quote:text=speaker's name".
func found(a *article.Article) map[string]bool {
	out := map[string]bool{}
	for _, m := range a.Mentions {
		out[string(a.TypeOf(m.Entity))+":"+a.Text[m.Start:m.End]] = true
	}
	for _, q := range a.Quotes {
		e, _ := a.Entity(q.Speaker)
		out["quote:"+a.Text[q.Start:q.End]+"="+e.Name] = true
	}
	return out
}

// TestAnnotate checks the conventions one case at a time: titles out of
// names, nationalities as groups, numbers with their qualifiers, relative
// dates, quotes with speakers before, after and through pronouns.
func TestAnnotate(t *testing.T) {
	tests := []annotationCase{
		{
			name: "title out of the name, nationality a group",
			text: "Russian President Vladimir Putin spoke on Saturday.",
			want: []string{"group:Russian", "person:Vladimir Putin", "date:Saturday"},
			not:  []string{"person:Russian President Vladimir Putin", "person:President Vladimir Putin"},
		},
		{
			name: "money keeps its currency sign",
			text: "The branch costs $1.2 million a year and saves €640,000, about £2 billion in all.",
			want: []string{"number:$1.2 million", "number:€640,000", "number:about £2 billion"},
			not:  []string{"number:1.2 million", "number:640,000"},
		},
		{
			name: "a local office's title out of the name",
			text: "Councilwoman Dana Kim voted against the plan. Kim said the library must stay open.",
			want: []string{"person:Dana Kim", "person:Kim"},
			not:  []string{"person:Councilwoman Dana Kim"},
		},
		{
			name: "a court's and a profession's titles out of the name",
			text: "Prosecutor Ann Lyle said the builder had lied. Solicitor Dev Rana disagreed.",
			want: []string{"person:Ann Lyle", "person:Dev Rana"},
			not:  []string{"person:Prosecutor Ann Lyle", "person:Solicitor Dev Rana"},
		},
		{
			name: "a surname that is also a capital stands for the person named before",
			text: "Mayor Ana Lima said on Monday that Porto will plant trees.\n\"We will start in May,\" Lima told reporters in Porto.",
			want: []string{"person:Ana Lima", "person:Lima", "place:Porto", "quote:We will start in May,=Ana Lima"},
			not:  []string{"place:Lima"},
		},
		{
			name: "title with an organization in it",
			text: "He met Chief of the General Staff Valery Gerasimov in Moscow.",
			want: []string{"organization:General Staff", "person:Valery Gerasimov", "place:Moscow"},
		},
		{
			name: "numbers with qualifiers and currencies, ordinals left out",
			text: "More than 11,000 troops came, the first of about $1.6 billion in aid and 40 percent of the cost.",
			want: []string{"number:More than 11,000", "number:about $1.6 billion", "number:40 percent"},
			not:  []string{"number:first"},
		},
		{
			name: "an organization named by its last word",
			text: "Amnesty International and Human Rights Watch said the European Central Bank had not replied.",
			want: []string{"organization:Amnesty International", "organization:Human Rights Watch", "organization:European Central Bank"},
			not:  []string{"person:Amnesty International", "person:Human Rights Watch"},
		},
		{
			name: "a common noun before a name tells its type",
			text: "Parents' group Smartphone Free Childhood praised the move, and the watchdog Ofgem agreed with teacher Ana Lima.",
			want: []string{"organization:Smartphone Free Childhood", "organization:Ofgem", "person:Ana Lima"},
			not:  []string{"person:Smartphone Free Childhood", "person:Ofgem"},
		},
		{
			name: "ranges, scores and tallies are one number; a span of years is one date",
			text: "The Rangers won 5-2. Prices rose 3-4% over 2019-2020, and the vote was 52–48 in the 2024–25 season, a 11-kilometre line, on 2025-04-26.",
			want: []string{"number:5-2", "number:3-4%", "date:2019-2020", "number:52–48", "date:2024–25", "number:11", "date:2025-04-26"},
			not:  []string{"number:5", "number:3", "date:2019", "number:52", "number:48", "date:2024", "number:2025", "number:11-kilometre"},
		},
		{
			name: "spelled numbers with a hyphen, fractions, ordinal periods and times of day by name",
			text: "Thirty-eight people dropped out, almost a quarter of the participants, in the first term. Workers stopped at midday and counted before dawn.",
			want: []string{"number:Thirty-eight", "number:almost a quarter", "date:the first term", "date:midday", "date:before dawn"},
		},
		{
			name: "relative and absolute dates",
			text: "The deal was signed on March 4, 2025, earlier this year, and talks went on over the last few days.",
			want: []string{"date:March 4, 2025", "date:earlier this year", "date:the last few days"},
		},
		{
			name: "speaker after the quote, and the quote after it by the same speaker",
			text: "\"We have never seen water rise this fast,\" said Marta Bellini. \"People woke up on their roofs.\"",
			want: []string{"quote:We have never seen water rise this fast,=Marta Bellini", "quote:People woke up on their roofs.=Marta Bellini"},
		},
		{
			name: "pronoun speaker and surname linking, curly quotes",
			text: "Helen Okafor has no doubts. “The corridors are louder,” she said. Okafor smiled.",
			want: []string{"quote:The corridors are louder,=Helen Okafor", "person:Okafor"},
		},
		{
			name: "speaker before the quote",
			text: "Gerasimov told Putin: \"The region is ours.\"",
			want: []string{"quote:The region is ours.=Gerasimov"},
		},
		{
			name: "according to",
			text: "According to Tomás Ruiz, the ban works. “They come home with more to say,” he said.",
			want: []string{"person:Tomás Ruiz", "quote:They come home with more to say,=Tomás Ruiz"},
		},
		{
			name: "a quoted name is no quote",
			text: "Russia marks \"Victory Day\" each May.",
			want: []string{"event:Victory Day", "place:Russia"},
			not:  []string{"quote:Victory Day=Russia"},
		},
		{
			name: "sentence starts are not names",
			text: "Firefighters rescued residents. Heavy rain fell in Italy.",
			want: []string{"place:Italy"},
			not:  []string{"organization:Firefighters", "person:Heavy", "organization:Heavy"},
		},
		{
			name: "acronym linked to the organization",
			text: "The Marlow Bay Transit Authority (MBTA) published figures. The MBTA ordered trams.",
			want: []string{"organization:Marlow Bay Transit Authority", "organization:MBTA"},
		},
	}
	checkAnnotations(t, tests)
}

// annotationCase is a short text, the annotations annotating it must
// give (as found writes them) and those it must not.
type annotationCase struct {
	name, text string
	want, not  []string
}

// checkAnnotations annotates each case's text and checks what it finds,
// and that the result loads as an article file.
func checkAnnotations(t *testing.T, tests []annotationCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Annotate("Test", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			got := found(a)
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %s; got %v", w, keys(got))
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("found %s, which should not be", n)
				}
			}
			checkLoads(t, a)
		})
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// checkLoads checks that the annotation, written as an article file,
// loads with every check the loader makes.
func checkLoads(t *testing.T, a *article.Article) {
	t.Helper()
	b, err := article.Encode(a)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	again, err := article.Parse("annotated.json", b)
	if err != nil {
		t.Fatalf("the annotation does not load: %v", err)
	}
	if len(again.Mentions) != len(a.Mentions) || len(again.Quotes) != len(a.Quotes) {
		t.Fatalf("after loading: %d mentions and %d quotes, want %d and %d", len(again.Mentions), len(again.Quotes), len(a.Mentions), len(a.Quotes))
	}
}

// TestAnnotateErrors checks the texts Annotate refuses.
func TestAnnotateErrors(t *testing.T) {
	for _, text := range []string{"", "  \n\t ", "bad \xff utf-8", strings.Repeat("a", MaxText+1)} {
		if _, err := Annotate("T", text); err == nil || !strings.HasPrefix(err.Error(), "extract: ") {
			t.Errorf("Annotate(%.20q): error %v, want one that starts with \"extract: \"", text, err)
		}
	}
	a, err := Annotate("", "Some text about Italy.")
	if err != nil || a.Title == "" || !a.TitleIsOurs || a.ID == "" {
		t.Errorf("no title: %+v, %v; want a title made from the text", a, err)
	}
}

// TestGoldLoads checks that the annotation of every gold article loads,
// and that annotating twice gives the same file.
func TestGoldLoads(t *testing.T) {
	for _, gold := range loadGold(t) {
		b1, err := File(gold.Title, gold.Text)
		if err != nil {
			t.Fatalf("%s: %v", gold.ID, err)
		}
		b2, _ := File(gold.Title, gold.Text)
		if string(b1) != string(b2) {
			t.Errorf("%s: two annotations of the same text differ", gold.ID)
		}
	}
}

// TestLongText checks that a megabyte of text annotates in bounded time
// and loads.
func TestLongText(t *testing.T) {
	gold := loadGold(t)
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, g := range gold {
			b.WriteString(g.Text)
			b.WriteByte('\n')
		}
	}
	text := b.String()
	start := time.Now()
	a, err := Annotate("Long", text)
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bytes: %d mentions, %d quotes in %v", len(text), len(a.Mentions), len(a.Quotes), took)
	if took > 10*time.Second {
		t.Errorf("a megabyte took %v to annotate", took)
	}
	if testing.Short() {
		return
	}
	checkLoads(t, a)
}

package extract

import "testing"

// TestTypesFromContext checks each kind of context that types a name no
// word list knows: what the sentence does with it, the words around it,
// what the text says about it elsewhere, and its own shape. want and not
// list "type:text" as found() gives them.
func TestTypesFromContext(t *testing.T) {
	tests := []annotationCase{
		// What the sentence does with the name.
		{
			name: "clubs named by a town beat and lose; the town stays a place",
			text: "Philadelphia beat Dallas 24-17 on Sunday. Fans in Philadelphia celebrated until midnight.",
			want: []string{"organization:Philadelphia", "organization:Dallas", "place:Philadelphia"},
			not:  []string{"person:Philadelphia", "person:Dallas"},
		},
		{
			name: "a club by its nickname, and a team that loses to a town's club",
			text: "The Colts beat the Jaguars on Sunday, and the Tigers lost to Leeds 2-1.",
			want: []string{"organization:Colts", "organization:Jaguars", "organization:Tigers", "organization:Leeds"},
			not:  []string{"person:Colts", "person:Jaguars", "person:Leeds"},
		},
		{
			name: "a town's club by its coach and a win with a score",
			text: "Quimper won 3-0 in the rain. Quimper's coach praised his players.",
			want: []string{"organization:Quimper"},
			not:  []string{"person:Quimper"},
		},
		{
			name: "a town's club by a score and a win, by a final it wins, and in every mention but the town's",
			text: "Osijek's 2-1 win over Rijeka sent them through. Osijek went on to win the National Cup final in May. Osijek said it would appeal. Its president spoke at the training ground in Osijek.",
			want: []string{"organization:Osijek", "organization:Rijeka", "place:Osijek"},
			not:  []string{"person:Osijek", "person:Rijeka"},
		},
		{
			name: "people who beat people stay people",
			text: "Carlos Alcaraz beat Jannik Sinner in five sets. Sinner beat Alcaraz in the spring.",
			want: []string{"person:Carlos Alcaraz", "person:Jannik Sinner", "person:Sinner", "person:Alcaraz"},
			not:  []string{"organization:Sinner", "organization:Alcaraz"},
		},
		{
			name: "a one-word firm that sells, employs and reports",
			text: "Last year Vantrix sold 2 million phones. The firm employs 900 people in Tilburg, and Corvella reported record sales.",
			want: []string{"organization:Vantrix", "organization:Corvella"},
			not:  []string{"person:Vantrix", "person:Corvella"},
		},
		{
			name: "a one-word firm that speaks is still a firm",
			text: "The drinks maker released its figures. Vitalon said the trial was sound, and Vitalon said it would appeal.",
			want: []string{"organization:Vitalon"},
			not:  []string{"person:Vitalon"},
		},
		{
			name: "an outlet that reports, and one by its article",
			text: "Le Progrès reported on Tuesday that France Bleu had dropped the programme.",
			want: []string{"organization:Le Progrès", "organization:France Bleu", "place:France"},
			not:  []string{"person:Le Progrès", "person:France Bleu"},
		},
		{
			name: "a name after \"supplied by\" is a firm's",
			text: "The turbines were supplied by Siemens Gamesa and installed in May.",
			want: []string{"organization:Siemens Gamesa"},
			not:  []string{"person:Siemens Gamesa"},
		},
		{
			name: "a club named like a city that beats another",
			text: "Manchester City beat Arsenal 2-1 on Saturday, and Erling Haaland scored twice for City.",
			want: []string{"organization:Manchester City", "organization:Arsenal", "person:Erling Haaland"},
			not:  []string{"place:Manchester City", "person:Arsenal"},
		},
		{
			name: "a club before its player's role, a club of two words that beats a town's, a club's suffix",
			text: "Dallas Cowboys quarterback Dak Prescott threw twice. Lorient Amateur beat Pontivy 3-2, and Pontivy coach Gildas Tanguy told Radio Bro Gwened they would face Vannes OC. The referee followed the laws of the game.",
			want: []string{"organization:Dallas Cowboys", "person:Dak Prescott", "organization:Lorient Amateur", "organization:Pontivy",
				"person:Gildas Tanguy", "organization:Radio Bro Gwened", "organization:Vannes OC"},
			not: []string{"person:Dallas Cowboys", "person:Lorient Amateur", "person:Bro Gwened", "person:Vannes OC", "event:the game"},
		},
		{
			name: "a known place of two words at a sentence's start keeps both",
			text: "New York has lost five straight.",
			want: []string{"place:New York"},
			not:  []string{"organization:York"},
		},
		{
			name: "shares in a firm, analysts at a bank, a plant in a town",
			text: "Shares in Alphabet fell 1% after analysts at Morgan Stanley cut their target. Stellantis said it will close its Windsor plant.",
			want: []string{"organization:Alphabet", "organization:Morgan Stanley", "organization:Stellantis", "place:Windsor"},
			not:  []string{"place:Alphabet", "person:Morgan Stanley", "organization:Windsor"},
		},
		{
			name: "a place after a place and a comma, a dateline with its agency",
			text: "INDIANAPOLIS (AP) — The chipmaker, based in Santa Clara, Calvera, said demand was strong.",
			want: []string{"place:INDIANAPOLIS", "organization:AP", "place:Santa Clara", "place:Calvera"},
			not:  []string{"organization:INDIANAPOLIS", "organization:Calvera"},
		},
		{
			name: "the place a match is played at",
			text: "The final was played at Kensington Oval, and the concert was held at Claddagh Hall.",
			want: []string{"place:Kensington Oval", "place:Claddagh Hall"},
			not:  []string{"person:Kensington Oval", "organization:Claddagh Hall", "person:Claddagh Hall"},
		},
		// The words around it.
		{
			name: "a common noun before the name: firm, outlet, trade, role",
			text: "The parcel company Logivance, the science magazine Forschung Heute and the regional daily L'Écho de Lille all quoted microbiologist Miriam Adler and general secretary Nadia Ferrand.",
			want: []string{"organization:Logivance", "organization:Forschung Heute", "organization:L'Écho de Lille",
				"person:Miriam Adler", "person:Nadia Ferrand"},
			not: []string{"person:Logivance", "person:Forschung Heute", "person:L'Écho de Lille"},
		},
		{
			name: "an apposition after the name, headed by its common noun",
			text: "Miriam Adler, a microbiologist at the Rhineland Institute, agreed. Anders Lie, the Bank of Norway governor, did not. Enova, the state agency, paid.",
			want: []string{"person:Miriam Adler", "person:Anders Lie", "organization:Enova", "organization:Bank of Norway"},
			not:  []string{"organization:Miriam Adler", "organization:Anders Lie", "person:Enova"},
		},
		{
			name: "which, who, an age, founded and based in",
			text: "Logivance, which employs 9,200 people, said it would appeal. Weber, 58, disagreed. Castrum Rail, founded in 1991, is based in Ostrava. The Warsaw-based Kovra, who some call a start-up, grew.",
			want: []string{"organization:Logivance", "person:Weber", "organization:Castrum Rail", "place:Ostrava",
				"place:Warsaw", "organization:Kovra"},
			not: []string{"person:Logivance", "organization:Weber", "organization:Warsaw-based Kovra"},
		},
		{
			name: "what a possessive owns",
			text: "Halvor's chief executive resigned and Halvor's shares fell. Tomasz Wilk's wife voted.",
			want: []string{"organization:Halvor", "person:Tomasz Wilk"},
			not:  []string{"person:Halvor"},
		},
		{
			name: "\"the\" before a name: no person",
			text: "Officials at the Corvane Mill Trust said the Blue Harbour had been sold.",
			want: []string{"organization:Corvane Mill Trust"},
			not:  []string{"person:Blue Harbour"},
		},
		{
			name: "a place's possessive before an organization splits",
			text: "Marchetti said Austria's Ministry of Mobility had promised to halve them.",
			want: []string{"place:Austria", "organization:Ministry of Mobility"},
			not:  []string{"person:Austria's Ministry of Mobility"},
		},
		// What the article says about the same entity elsewhere.
		{
			name: "one entity, one type: the mention that says what it is types them all",
			text: "Brevik reported a loss on Monday. Brevik, the Oslo-based shipping company, blamed fuel. Brevik said it would cut routes.",
			want: []string{"organization:Brevik"},
			not:  []string{"person:Brevik"},
		},
		{
			name: "a dateline's dash starts a sentence; what a title is in charge of is no entity",
			text: "LILLE, France – Warehouse workers walked out. Media contact: Anders Lie, Head of Communications.",
			want: []string{"place:LILLE", "place:France", "person:Anders Lie"},
			not:  []string{"organization:Warehouse", "organization:Communications"},
		},
		{
			name: "a firm named only at the starts of sentences",
			text: "Logivance cut 300 jobs in March. Logivance disputed the figure. Temu, its rival, said in a statement that competition was healthy. Farmers said the rain came late.",
			want: []string{"organization:Logivance", "organization:Temu"},
			not:  []string{"organization:Farmers", "person:Farmers"},
		},
		{
			name: "a town the text names is a place inside an organization's name",
			text: "ASHCOMBE, North Yorkshire – Ashcombe Town Council voted on Tuesday. Ashcombe, a market town, has argued over traffic.",
			want: []string{"place:Ashcombe", "organization:Ashcombe Town Council", "place:North Yorkshire"},
			not:  []string{"person:North Yorkshire"},
		},
		{
			name: "a surname of several words stands for the person named before",
			text: "Marine Le Pen spoke in Lyon on Sunday. Le Pen said the vote was lost.",
			want: []string{"person:Marine Le Pen", "person:Le Pen"},
			not:  []string{"organization:Le Pen"},
		},
		// The name's own shape.
		{
			name: "regions of several words",
			text: "The West Indies won the toss. Rain fell across Western Europe and the North Atlantic, and in County Kerry.",
			want: []string{"place:West Indies", "place:Western Europe", "place:North Atlantic", "place:County Kerry"},
			not:  []string{"person:West Indies", "person:Western Europe", "person:North Atlantic", "person:County Kerry"},
		},
		{
			name: "competitions and awards are events",
			text: "In 2020 Lunara won the Blue Signal Start-up Challenge, and Sunita Rao's bakery won the Golden Crust baking competition and the Harbour Prize.",
			want: []string{"event:Blue Signal Start-up Challenge", "event:Golden Crust", "event:Harbour Prize"},
			not:  []string{"person:Blue Signal Start-up Challenge", "person:Golden Crust", "person:Harbour Prize"},
		},
		{
			name: "what a winner wins, and races named noun first",
			text: "Pogacar won the Tour de France in July and the Giro d'Italia in May, and Messi won the Ballon d'Or.",
			want: []string{"event:Tour de France", "event:Giro d'Italia", "event:Ballon d'Or"},
			not:  []string{"organization:Tour de France", "person:Ballon d'Or", "organization:Ballon d'Or"},
		},
		{
			name: "stations, streets and venues",
			text: "Brennan told Radio Corrib about the flooding on Quarry Lane near the Old Quarry Estate and at Stade de la Route de Lorient.",
			want: []string{"organization:Radio Corrib", "place:Quarry Lane", "place:Old Quarry Estate", "place:Stade de la Route de Lorient"},
			not:  []string{"person:Radio Corrib", "person:Quarry Lane", "person:Old Quarry Estate"},
		},
		{
			name: "a wind farm is a place, a firm named by its trade an organization",
			text: "Nordvik Energy ASA opened the Havbris Offshore Wind Farm. Parcels went by Nordmark Logistics.",
			want: []string{"place:Havbris Offshore Wind Farm", "organization:Nordmark Logistics"},
			not:  []string{"organization:Havbris Offshore Wind Farm", "person:Nordmark Logistics"},
		},
		{
			name: "organizations named noun first, clubs by their prefix, a stadium by its own",
			text: "Stade Rennais beat FC Nantes at Stade de la Beaujoire. Gazeta Wyborcza and Hôpital du Littoral reported it, and US Quimper lost to Real Sociedad 2-1.",
			want: []string{"organization:Stade Rennais", "organization:FC Nantes", "place:Stade de la Beaujoire",
				"organization:Gazeta Wyborcza", "organization:Hôpital du Littoral", "organization:US Quimper", "organization:Real Sociedad"},
			not: []string{"person:Gazeta Wyborcza", "person:Stade Rennais", "place:US"},
		},
		{
			name: "a name the text places with \"where\" is a venue",
			text: "She told the Ashcombe Gazette at the Corn Exchange, where the council meets.",
			want: []string{"organization:Ashcombe Gazette", "place:Corn Exchange"},
			not:  []string{"organization:Corn Exchange"},
		},
		{
			name: "a nationality's media are an organization, the nationality inside",
			text: "South Korean media reported that more troops had arrived.",
			want: []string{"organization:South Korean media", "group:South Korean"},
		},
		{
			name: "the story's event by its common noun",
			text: "Workers walked out on Tuesday in the first national strike in its history. Pay is at the heart of the strike.",
			want: []string{"event:the first national strike", "event:the strike"},
		},
		{
			name: "a firm's plural trade word and a local paper's title; a chemist at a university is a person",
			text: "The factory's owner, Delmaro Coatings, denied it. Tenants of Ardent Homes told the Leeds Ledger. Marieke Vos, an environmental chemist at Radboud University, said so.",
			want: []string{"organization:Delmaro Coatings", "organization:Ardent Homes", "organization:Leeds Ledger", "person:Marieke Vos"},
			not:  []string{"person:Delmaro Coatings", "person:Ardent Homes", "person:Leeds Ledger", "organization:Marieke Vos"},
		},
		{
			name: "a name joined by \"and\" to a place is a place",
			text: "Residents of Tabuenca and Ainzón were evacuated on Sunday.",
			want: []string{"place:Tabuenca", "place:Ainzón"},
			not:  []string{"organization:Ainzón"},
		},
		{
			name: "a surname that is also a title, a person a group is led by, and a developer's two-word name",
			text: "Union spokesman Sergio Pastor spoke first. Vantera, an investment group led by the property developer Craig Ashdown, bought the club. Ashdown spoke on Monday.",
			want: []string{"person:Sergio Pastor", "person:Craig Ashdown", "person:Ashdown"},
			not:  []string{"organization:Craig Ashdown", "organization:Ashdown"},
		},
		{
			name: "the name after \"the chair of\" a place is the chair, not a place in it",
			text: "The chair of the Gielas Sámi Village, Ánte Pavval, said the herders had warned of it.",
			want: []string{"person:Ánte Pavval"},
			not:  []string{"place:Ánte Pavval"},
		},
		{
			name: "a company's name ends with what it runs or does; a station by its letters",
			text: "Cambria Trains said on Tuesday that most delays came from signal failures on track maintained by Westline Infrastructure. Westline Infrastructure declined to comment. The regulator's director told Taff FM the figures would change.",
			want: []string{"organization:Cambria Trains", "organization:Westline Infrastructure", "organization:Taff FM"},
			not:  []string{"person:Cambria Trains", "person:Westline Infrastructure", "person:Taff FM"},
		},
		{
			name: "a time of day written with a dot",
			text: "\"I now take the train before mine, which means leaving home at 5.50 a.m.,\" she said.",
			want: []string{"date:5.50 a.m."},
			not:  []string{"number:5.50"},
		},
		{
			name: "a mountain pass named in French is a place",
			text: "The federation opened an inquiry into a crash on the descent of the Col de la Forclaz during the race on Tuesday.",
			want: []string{"place:Col de la Forclaz"},
			not:  []string{"organization:Col de la Forclaz"},
		},
		{
			name: "a role for a region names its holder next, not a place in a place",
			text: "\"Nobody pays that,\" Orvanta's head for Central Europe, Markus Keller, told a business daily. Keller denied the report.",
			want: []string{"person:Markus Keller", "place:Central Europe"},
			not:  []string{"place:Markus Keller", "organization:Keller"},
		},
		{
			name: "a name after premises and \"on\" is a street or a square",
			text: "Mikko Salonen runs a bicycle shop on Hämeenkatu. Her next project is the empty department store on Marienplatz.",
			want: []string{"place:Hämeenkatu", "place:Marienplatz"},
			not:  []string{"organization:Hämeenkatu", "organization:Marienplatz"},
		},
		{
			name: "regions and networks the word lists know",
			text: "Saxony promised the money in 2022. Aerinza's chief executive wrote in a post on LinkedIn that the strikes were to blame.",
			want: []string{"place:Saxony", "organization:LinkedIn"},
			not:  []string{"organization:Saxony", "person:LinkedIn"},
		},
		{
			name: "two-word personal names stay people",
			text: "Sophie Marchetti started Lunara in 2019. Nadia Ferrand told reporters outside the warehouse. Jonas Weber ran the trial.",
			want: []string{"person:Sophie Marchetti", "person:Nadia Ferrand", "person:Jonas Weber"},
			not:  []string{"organization:Sophie Marchetti", "organization:Nadia Ferrand", "organization:Jonas Weber"},
		},
	}
	checkAnnotations(t, tests)
}

// TestSpeakers checks quote speakers where a company, a previous
// sentence or a role stands near the person or organization who speaks.
func TestSpeakers(t *testing.T) {
	// want and not name quotes as "quote:text=speaker's name".
	tests := []annotationCase{
		{
			name: "a sentence that opens with he: his words about a person he names",
			text: "\"He goes down because he has nowhere else to go,\" coach Mikael Sandberg told a broadcaster. He said the referee, Sofia Ekdahl, had been \"rushed into it\" by the bench.",
			want: []string{"quote:rushed into it=Mikael Sandberg"},
			not:  []string{"quote:rushed into it=Sofia Ekdahl"},
		},
		{
			name: "a post on a network: the one who posts, not the network",
			text: "Severnside Students' Union put the crowd at 8,000. In a post on Instagram, the union called the rise \"a tax on ambition\".",
			want: []string{"quote:a tax on ambition=Severnside Students' Union"},
			not:  []string{"quote:a tax on ambition=Instagram"},
		},
		{
			name: "a union's role before the name: the person, not the company named before",
			text: "Drivers at Nordmark Logistics walked out on Monday. \"We will stay out until the offer changes,\" Union chair Mette Kjærgaard told reporters.",
			want: []string{"quote:We will stay out until the offer changes,=Mette Kjærgaard"},
		},
		{
			name: "a lower-case role and an organization's initials before the name",
			text: "The Logistics Workers' Federation called the strike. \"Those numbers are fiction,\" LWF general secretary Nadia Ferrand told reporters.",
			want: []string{"quote:Those numbers are fiction,=Nadia Ferrand"},
		},
		{
			name: "an apposition after a role: the person",
			text: "Ashcombe Town Council voted on Tuesday. \"Something had to change,\" the council's leader, Helen Garside, told the Ashcombe Gazette.",
			want: []string{"quote:Something had to change,=Helen Garside"},
		},
		{
			name: "its chair, named: the person",
			text: "The Old Quarry Estate Residents' Association disputed the figure. \"They will come through our estate,\" its chair, Graham Tait, told Moorland Radio.",
			want: []string{"quote:They will come through our estate,=Graham Tait"},
		},
		{
			name: "a spokesperson, then the ministry: not the person of the sentence before",
			text: "The Ministry of Health published the figures on Monday. Jan Olsen disputed them. A spokesperson said only that the ministry was \"reviewing the figures\".",
			want: []string{"quote:reviewing the figures=Ministry of Health"},
			not:  []string{"quote:reviewing the figures=Jan Olsen"},
		},
		{
			name: "a spokesperson for a ministry the text never names: no speaker",
			text: "Jan Olsen, the head of Nordmark, spoke first. A spokesperson said only that the ministry was \"reviewing the figures\".",
			not:  []string{"quote:reviewing the figures=Jan Olsen", "quote:reviewing the figures=Nordmark"},
		},
		{
			name: "a spokesperson for the department after the quote",
			text: "The Department of the Marine, which funds the observatory, will use the report. \"Farms need to know,\" a spokesperson for the department said.",
			want: []string{"quote:Farms need to know,=Department of the Marine"},
		},
		{
			name: "the ruling said: the agency that ruled",
			text: "The Federal Food Standards Agency ordered Vitalon to stop. \"Science now confirms it,\" chief executive Petra Lindemann said in a release. In its ruling, the agency said the trial was too small. \"The advertised effect is not shown by the data,\" the ruling said.",
			want: []string{"quote:Science now confirms it,=Petra Lindemann",
				"quote:The advertised effect is not shown by the data,=Federal Food Standards Agency"},
		},
		{
			name: "she after a sentence whose speaker is not its first person",
			text: "Sophie Marchetti runs Lunara. In 2020 Lunara won the Blue Signal Start-up Challenge, and Marchetti said it would open a line to Warsaw. \"If the cars come on time,\" she added.",
			want: []string{"quote:If the cars come on time,=Sophie Marchetti"},
		},
		{
			name: "a comma after the closing mark, then the attribution",
			text: "Nvidia reported record revenue. Demand for its chips was \"insane\", chief executive Jensen Huang told CNBC.",
			want: []string{"quote:insane=Jensen Huang"},
		},
		{
			name: "the company's trade as the subject, not the place in its apposition",
			text: "Nvidia reported record revenue. The chipmaker, based in Santa Clara, California, said demand was \"insane\". \"It is a good quarter,\" the chipmaker said.",
			want: []string{"quote:insane=Nvidia", "quote:It is a good quarter,=Nvidia"},
			not:  []string{"quote:insane=California"},
		},
		{
			name: "the speaker before an apposition, not a place named inside it",
			text: "Police raided six flats. Vigía, a Valencia-based group that monitors policing, wrote on X that the footage \"contradicts every line of the police statement\".",
			want: []string{"quote:contradicts every line of the police statement=Vigía"},
			not:  []string{"quote:contradicts every line of the police statement=Valencia"},
		},
		{
			name: "the spokesperson: the organization a spokesperson spoke for before",
			text: "The Valencia Police Command rejected the group's figures. A spokesperson for the command said 14 people were arrested. The man had \"resisted being handcuffed\", the spokesperson said.",
			want: []string{"quote:resisted being handcuffed=Valencia Police Command"},
		},
		{
			name: "it: the organization that last spoke as a sentence's subject",
			text: "Daiva Jonaitienė said the rise was too small. The Public Finance Council, an independent body, said the deficit would grow. It called the forecast \"optimistic\".",
			want: []string{"quote:optimistic=Public Finance Council"},
			not:  []string{"quote:optimistic=Daiva Jonaitienė"},
		},
		{
			name: "a clause about the quoted words after the quote is not its attribution",
			text: "Aistė Petrauskienė spoke first. Rasa Juodytė said the council had \"left out the new tax\", which she said would bring in 150 million euros.",
			want: []string{"quote:left out the new tax=Rasa Juodytė"},
			not:  []string{"quote:left out the new tax=Aistė Petrauskienė"},
		},
		{
			name: "the mayor: the person the text gave that title",
			text: "Mayor Lena Kraus opened the bridge on Monday. Peter Voss, the council's finance chief, was there too. \"It is the best day of my time in office,\" the mayor said.",
			want: []string{"quote:It is the best day of my time in office,=Lena Kraus"},
			not:  []string{"quote:It is the best day of my time in office,=Peter Voss"},
		},
		{
			name: "the 45-year-old: the person the text gave that age",
			text: "Lena Kraus, 45, has led Görlitz since 2019. Her rival Tom Berger disputes her figures. \"The debt has fallen by a third,\" the 45-year-old said.",
			want: []string{"quote:The debt has fallen by a third,=Lena Kraus"},
			not:  []string{"quote:The debt has fallen by a third,=Tom Berger"},
		},
		{
			name: "a spokesperson for a body the text does not name: no one",
			text: "Union spokesman Dave Price said: \"The plan exists on paper.\" A spokesperson for the regional government said only that the review \"will look at every decision\".",
			want: []string{"quote:The plan exists on paper.=Dave Price"},
			not:  []string{"quote:will look at every decision=Dave Price"},
		},
		{
			name: "a colon after a clause: its subject, not the person who spoke before in the sentence",
			text: "Ana Ruiz, the region's head of emergencies, said the order went out at 6 p.m. Luis Mora of the firefighters' union SIF disagreed: \"That is not true.\"",
			want: []string{"quote:That is not true.=Luis Mora"},
			not:  []string{"quote:That is not true.=Ana Ruiz"},
		},
		{
			name: "a pronoun after a phrase that sets the scene: the person, not the outlet in the phrase",
			text: "Health Minister Rachel Dunmore urged both sides to talk. Speaking to the radio station Steel City Radio, she said the strike was \"a matter for the trust and its staff\".",
			want: []string{"quote:a matter for the trust and its staff=Rachel Dunmore"},
			not:  []string{"quote:a matter for the trust and its staff=Steel City Radio"},
		},
		{
			name: "a quote over two paragraphs, after a chair named in the paragraph before",
			text: "Ferrona's spokesman, Henrik Dahlberg, said the company would appeal.\nThe chair of the Gielas Sámi Village, Ánte Pavval, said the herders had warned of this.\n\"A reindeer does not climb onto a lorry.\n\"Nobody from Ferrona ever walked with us. Not once,\" he said.",
			want: []string{"quote:A reindeer does not climb onto a lorry.=Ánte Pavval", "quote:Nobody from Ferrona ever walked with us. Not once,=Ánte Pavval"},
		},
		{
			name: "a clause after the quote that goes on with \"and that\" is not its attribution",
			text: "The journal's editor-in-chief, Dr Ruth Adeyemi, said in an email that two images \"appear to be the same image, flipped\", and that the journal Clinical Oncology Letters had added a note.",
			want: []string{"quote:appear to be the same image, flipped=Ruth Adeyemi", "organization:Clinical Oncology Letters"},
			not:  []string{"quote:appear to be the same image, flipped=Clinical Oncology Letters", "person:Clinical Oncology Letters"},
		},
		{
			name: "a pronoun after the person the sentence named before the quote",
			text: "Tomás Arregui, the head teacher, spoke first. \"I have never seen it,\" he said.\nSara Llaneza wrote on Facebook that the school had sent its pupils home at 11 a.m. \"There was a single teacher for the whole school,\" she wrote.",
			want: []string{"quote:There was a single teacher for the whole school,=Sara Llaneza"},
			not:  []string{"quote:There was a single teacher for the whole school,=Tomás Arregui"},
		},
		{
			name: "a news site by its noun, and the person who spoke before it",
			text: "Sean MacIsaac, who leads the opposition, put the figure lower still, he told the news site Bluenose Report. \"The mayor is counting the same families twice,\" he added.",
			want: []string{"organization:Bluenose Report", "quote:The mayor is counting the same families twice,=Sean MacIsaac"},
			not:  []string{"person:Bluenose Report"},
		},
		{
			name: "a ruling's words are the body's, not those of the person whose shoulder it names",
			text: "The North Sea Hockey League suspended him. The league's disciplinary panel ruled on Monday that Ryan Mackie's shoulder had made \"direct and avoidable contact\" with the forward's head.",
			want: []string{"quote:direct and avoidable contact=North Sea Hockey League"},
			not:  []string{"quote:direct and avoidable contact=Ryan Mackie"},
		},
		{
			name: "the regional government: the region the text names most",
			text: "Teachers in Asturias went on strike. The Teachers' Union of Asturias said 9,100 had joined it. The regional government said every school in Asturias had opened, \"with the minimum services the law requires\".",
			want: []string{"quote:with the minimum services the law requires=Asturias"},
			not:  []string{"quote:with the minimum services the law requires=Teachers' Union of Asturias"},
		},
		{
			name: "said, then the person after the company",
			text: "\"Today we show that floating wind is an industry,\" said Nordvik Energy chief executive Ingrid Eriksen.",
			want: []string{"quote:Today we show that floating wind is an industry,=Ingrid Eriksen"},
		},
	}
	checkAnnotations(t, tests)
}

package article_test

import (
	"fmt"

	"newsexplorer/app/article"
)

func ExampleParse() {
	const file = `{
  "format": "news-explorer-article/1",
  "id": "demo",
  "title": "A visit",
  "text": "Ana Lima visited Porto on Monday.\nIn Porto, Lima said: “Porto is ready.”",
  "entities": [
    { "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor of Porto." },
    { "id": "porto", "name": "Porto", "type": "place", "description": "City in Portugal." },
    { "id": "monday", "name": "Monday", "type": "date", "description": "The day of the visit." }
  ],
  "mentions": [
    { "entity": "porto", "exact": "Porto", "prefix": "visited " },
    { "entity": "lima", "exact": "Ana Lima" },
    { "entity": "monday", "exact": "Monday" },
    { "entity": "lima", "exact": "Lima", "prefix": ", " },
    { "entity": "porto", "exact": "Porto", "suffix": " is" },
    { "entity": "porto", "exact": "Porto", "start": 37 }
  ],
  "quotes": [
    { "speaker": "lima", "exact": "Porto is ready." }
  ]
}`
	a, err := article.Parse("demo.json", []byte(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range a.Mentions {
		fmt.Printf("%s %-6s %-6s at %2d: %s\n", m.ID, a.TypeOf(m.Entity), m.Entity, article.Runes(a.Text, m.Start), a.Text[m.Start:m.End])
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s said by %s: %s\n", q.ID, q.Speaker, a.Text[q.Start:q.End])
	}
	// Output:
	// m1 person lima   at  0: Ana Lima
	// m2 place  porto  at 17: Porto
	// m3 date   monday at 26: Monday
	// m4 place  porto  at 37: Porto
	// m5 person lima   at 44: Lima
	// m6 place  porto  at 56: Porto
	// q1 said by lima: Porto is ready.
}

func ExampleParse_errors() {
	const file = `{
  "format": "news-explorer-article/1",
  "id": "demo",
  "title": "A visit",
  "text": "Ana Lima visited Porto. Lima was pleased.",
  "entities": [
    { "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor of Porto." }
  ],
  "mentions": [
    { "entity": "lima", "exact": "Lima" },
    { "entity": "porto", "exact": "Porto" }
  ]
}`
	_, err := article.Parse("demo.json", []byte(file))
	fmt.Println(err)
	// Output:
	// demo.json:10:5: mention 1 ("Lima"): anchor "Lima": "Lima" matches 2 places (characters 4, 24): add a prefix, a suffix or a start to choose one
	// demo.json:11:5: mention 2 ("Porto"): unknown entity id "porto"
}

package formats_test

import (
	"fmt"

	"newsexplorer/app/article"
	"newsexplorer/app/formats"
)

func ExampleParseW3C() {
	a, err := article.Parse("demo.json", []byte(`{
  "format": "news-explorer-article/1", "id": "demo", "title": "A visit",
  "text": "Ação 🎉 Ana Lima said: “Porto is ready.”",
  "entities": [{ "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor of Porto." }],
  "mentions": [{ "entity": "lima", "exact": "Ana Lima" }],
  "quotes": [{ "speaker": "lima", "exact": "Porto is ready." }]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	jsonld, err := formats.EncodeW3C(a, "https://school.example/articles/demo")
	if err != nil {
		fmt.Println(err)
		return
	}
	back, err := formats.ParseW3C(a, jsonld)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range back.Mentions {
		fmt.Printf("%s: %s at code point %d, byte %d\n", m.Entity, back.Text[m.Start:m.End], article.Runes(back.Text, m.Start), m.Start)
	}
	for _, q := range back.Quotes {
		fmt.Printf("said by %s: %s\n", q.Speaker, back.Text[q.Start:q.End])
	}
	// Output:
	// lima: Ana Lima at code point 7, byte 12
	// said by lima: Porto is ready.
}

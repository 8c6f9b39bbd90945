package exercise_test

import (
	"fmt"
	"strings"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

func ExampleGenerate() {
	const file = `{
  "format": "news-explorer-article/1",
  "id": "demo",
  "title": "A visit",
  "text": "Ana Lima visited Porto on Monday.\nIn Porto, Lima said: “Porto is ready.” Rui Costa, her rival, called it “a show”.",
  "entities": [
    { "id": "lima", "name": "Ana Lima", "type": "person", "description": "Mayor of Porto.", "aliases": ["Lima"] },
    { "id": "costa", "name": "Rui Costa", "type": "person", "description": "Her rival." }
  ],
  "mentions": [
    { "entity": "lima", "exact": "Ana Lima" },
    { "entity": "lima", "exact": "Lima", "prefix": ", " },
    { "entity": "costa", "exact": "Rui Costa" }
  ],
  "quotes": [
    { "speaker": "lima", "exact": "Porto is ready." },
    { "speaker": "costa", "exact": "a show" }
  ]
}`
	a, err := article.Parse("demo.json", []byte(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	exercises := exercise.Generate(a)
	for _, e := range exercises {
		var choices []string
		for _, c := range e.Choices {
			choices = append(choices, c.Label)
		}
		fmt.Printf("%s: %s [%s]\n", e.ID, e.Prompt, strings.Join(choices, " | "))
	}
	e := exercises[0]
	fmt.Println(e.Check("costa").Feedback)
	fmt.Println(e.Check("lima").Feedback)
	// Output:
	// who-said-it/q1: According to the article, who said “Porto is ready.”? [Rui Costa | Ana Lima]
	// who-said-it/q2: According to the article, who said “a show”? [Ana Lima | Rui Costa]
	// Not Rui Costa. The article does quote Rui Costa elsewhere (“a show”, paragraph 2), but not here: look again at who the text says said these words.
	// Right. According to the article, Ana Lima said it (Mayor of Porto). The sentence names the speaker before the quote: “In Porto, Lima said”.
}

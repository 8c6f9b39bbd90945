package extract

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkAnnotate annotates the default article once, 10 times and 100
// times over, to show the time per character stays the same.
func BenchmarkAnnotate(b *testing.B) {
	var kursk string
	for _, g := range loadGold(b) {
		if g.ID == "kursk" {
			kursk = g.Text
		}
	}
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(kursk+"\n", n)
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := Annotate("Kursk", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkClaims finds the claims of the default article, once, 10
// times and 100 times over, after its entities: the time the claim
// finder adds to Annotate, with the check of the claims found.
func BenchmarkClaims(b *testing.B) {
	var kursk string
	for _, g := range loadGold(b) {
		if g.ID == "kursk" {
			kursk = g.Text
		}
	}
	for _, n := range []int{1, 10, 100} {
		text := strings.Repeat(kursk+"\n", n)
		e := &extractor{text: text}
		e.run()
		a := e.article()
		a.ID, a.Title = "kursk", "Kursk"
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				c := *a
				addClaims(&c, findClaims(&c, nil))
			}
		})
	}
}

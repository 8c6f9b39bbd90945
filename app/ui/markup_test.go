package ui

import (
	"html"
	"testing"
)

func TestMarkupEscapes(t *testing.T) {
	tests := []struct {
		name string
		m    func(*Markup)
		want string
	}{
		{"text", func(m *Markup) { m.Elem("p", `<script>alert("x")</script> & more`) },
			`<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more</p>`},
		{"attribute", func(m *Markup) { m.Open("q", "title", `a" onmouseover="x`).Close("q") },
			`<q title="a&#34; onmouseover=&#34;x"></q>`},
		{"nested", func(m *Markup) { m.Open("ul", "class", "x").Elem("li", "one").Elem("li", "two").Close("ul") },
			`<ul class="x"><li>one</li><li>two</li></ul>`},
		{"odd attrs ignore the last name", func(m *Markup) { m.Open("div", "id", "a", "hidden").Close("div") },
			`<div id="a"></div>`},
	}
	for _, tt := range tests {
		var m Markup
		tt.m(&m)
		if got := m.String(); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestEscapeHTML checks that EscapeHTML escapes as html.EscapeString
// does, which it stands in for.
func TestEscapeHTML(t *testing.T) {
	for _, s := range []string{"", "plain", `Kursk & "the front"`, "<b>bold</b>", "it's", "a\\b", "naïve — ünïcödé 🙂 &amp;", `&'<>"`, "&&<<>>''\"\""} {
		if got, want := EscapeHTML(s), html.EscapeString(s); got != want {
			t.Errorf("escapeHTML(%q) = %q, want %q", s, got, want)
		}
	}
}

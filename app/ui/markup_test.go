package ui

import (
	"html"
	"testing"
)

func TestMarkupEscapes(t *testing.T) {
	tests := []struct {
		name string
		m    func(*markup)
		want string
	}{
		{"text", func(m *markup) { m.elem("p", `<script>alert("x")</script> & more`) },
			`<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more</p>`},
		{"attribute", func(m *markup) { m.open("q", "title", `a" onmouseover="x`).close("q") },
			`<q title="a&#34; onmouseover=&#34;x"></q>`},
		{"nested", func(m *markup) { m.open("ul", "class", "x").elem("li", "one").elem("li", "two").close("ul") },
			`<ul class="x"><li>one</li><li>two</li></ul>`},
		{"odd attrs ignore the last name", func(m *markup) { m.open("div", "id", "a", "hidden").close("div") },
			`<div id="a"></div>`},
	}
	for _, tt := range tests {
		var m markup
		tt.m(&m)
		if got := m.String(); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestEscapeHTML checks that escapeHTML escapes as html.EscapeString
// does, which it stands in for.
func TestEscapeHTML(t *testing.T) {
	for _, s := range []string{"", "plain", `Kursk & "the front"`, "<b>bold</b>", "it's", "a\\b", "naïve — ünïcödé 🙂 &amp;", `&'<>"`, "&&<<>>''\"\""} {
		if got, want := escapeHTML(s), html.EscapeString(s); got != want {
			t.Errorf("escapeHTML(%q) = %q, want %q", s, got, want)
		}
	}
}

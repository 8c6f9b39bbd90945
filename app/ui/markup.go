package ui

import "strings"

// Markup builds a fragment of HTML as a string, for the parts of the page
// that never change once rendered: the article's header, its text, the
// claims and the timeline. go-app then keeps each as one raw node rather
// than hundreds of elements, which is what makes the page interactive soon
// after the app starts. Text and attribute values are always escaped.
type Markup struct {
	b strings.Builder
}

// open writes a start tag; attrs are name, value pairs.
func (m *Markup) Open(tag string, attrs ...string) *Markup {
	m.b.WriteByte('<')
	m.b.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.b.WriteByte(' ')
		m.b.WriteString(attrs[i])
		m.b.WriteString(`="`)
		m.b.WriteString(AttrValue(attrs[i+1]))
		m.b.WriteByte('"')
	}
	m.b.WriteByte('>')
	return m
}

// close writes an end tag.
func (m *Markup) Close(tag string) *Markup {
	m.b.WriteString("</")
	m.b.WriteString(tag)
	m.b.WriteByte('>')
	return m
}

// text writes escaped text.
func (m *Markup) Text(s string) *Markup {
	m.b.WriteString(EscapeHTML(s))
	return m
}

// elem writes an element holding only text.
func (m *Markup) Elem(tag, text string, attrs ...string) *Markup {
	return m.Open(tag, attrs...).Text(text).Close(tag)
}

// AttrValue escapes s for an attribute value in double quotes: as
// EscapeHTML does, and the backslash too, so that a page's backslashes
// are all go-app's, whose pre-render quotes its attribute values as Go
// strings, which the server reads back (server.tidy).
func AttrValue(s string) string {
	s = EscapeHTML(s)
	if strings.IndexByte(s, '\\') >= 0 {
		s = strings.ReplaceAll(s, `\`, "&#92;")
	}
	return s
}

// EscapeHTML escapes &, ', <, > and " exactly as html.EscapeString does.
// The reading program has its own rather than call html.EscapeString,
// whose strings.Replacer adds about 20 kB to the program (4 kB on the
// wire), and the program's size on the wire is held within 1.25 times
// that of a minimal go-app program.
func EscapeHTML(s string) string {
	if !strings.ContainsAny(s, `&'<>"`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// raw writes html as it is: HTML built and escaped already.
func (m *Markup) Raw(html string) *Markup {
	m.b.WriteString(html)
	return m
}

// String returns the HTML written so far.
func (m *Markup) String() string { return m.b.String() }

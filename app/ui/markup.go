package ui

import "strings"

// markup builds a fragment of HTML as a string, for the parts of the page
// that never change once rendered: the article's header, its text, the
// claims and the timeline. go-app then keeps each as one raw node rather
// than hundreds of elements, which is what makes the page interactive soon
// after the app starts. Text and attribute values are always escaped.
type markup struct {
	b strings.Builder
}

// open writes a start tag; attrs are name, value pairs.
func (m *markup) open(tag string, attrs ...string) *markup {
	m.b.WriteByte('<')
	m.b.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.b.WriteByte(' ')
		m.b.WriteString(attrs[i])
		m.b.WriteString(`="`)
		m.b.WriteString(attrValue(attrs[i+1]))
		m.b.WriteByte('"')
	}
	m.b.WriteByte('>')
	return m
}

// close writes an end tag.
func (m *markup) close(tag string) *markup {
	m.b.WriteString("</")
	m.b.WriteString(tag)
	m.b.WriteByte('>')
	return m
}

// text writes escaped text.
func (m *markup) text(s string) *markup {
	m.b.WriteString(escapeHTML(s))
	return m
}

// elem writes an element holding only text.
func (m *markup) elem(tag, text string, attrs ...string) *markup {
	return m.open(tag, attrs...).text(text).close(tag)
}

// attrValue escapes s for an attribute value in double quotes: as
// escapeHTML does, and the backslash too, so that a page's backslashes
// are all go-app's, whose pre-render quotes its attribute values as Go
// strings, which the server reads back (server.tidy).
func attrValue(s string) string {
	s = escapeHTML(s)
	if strings.IndexByte(s, '\\') >= 0 {
		s = strings.ReplaceAll(s, `\`, "&#92;")
	}
	return s
}

// escapeHTML escapes &, ', <, > and " exactly as html.EscapeString does.
// The reading program has its own rather than call html.EscapeString,
// whose strings.Replacer adds about 20 kB to the program (4 kB on the
// wire), and the program's size on the wire is held within 1.25 times
// that of a minimal go-app program.
func escapeHTML(s string) string {
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

// String returns the HTML written so far.
func (m *markup) String() string { return m.b.String() }

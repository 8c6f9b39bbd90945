package server

import (
	"bytes"
	"html"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// pageWriter holds a page go-app renders so that tidy can correct it
// before it is sent.
type pageWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (p *pageWriter) WriteHeader(status int) { p.status = status }

func (p *pageWriter) Write(b []byte) (int, error) { return p.body.Write(b) }

// servePage lets go-app render a page, then lets fill put in what is the
// page's own (its article's data, the program that runs it) and tidies
// what go-app wrote before sending it.
func servePage(pages http.Handler, fill func(path string, page []byte) []byte, w http.ResponseWriter, r *http.Request) {
	p := &pageWriter{ResponseWriter: w, status: http.StatusOK}
	pages.ServeHTTP(p, r)
	body := p.body.Bytes()
	if ct := w.Header().Get("Content-Type"); len(ct) >= 9 && ct[:9] == "text/html" {
		body = fill(r.URL.Path, body)
		body = tidy(body)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(p.status)
	w.Write(body)
}

// tidy corrects the start tags of a page that go-app pre-rendered, and
// makes the page the same byte for byte at every run:
//
//   - go-app quotes an attribute's value as a Go string, so that a
//     double quote in it (an article's title in og:title) became \",
//     which ends the value and lets the rest be read as markup, and a
//     line break became \n. Such a value is read back and written as
//     HTML. The explorer's own markup escapes its backslashes
//     (ui.attrValue), so every backslash in a value is go-app's.
//   - go-app writes an attribute whose value is "true" with no value,
//     which is right for boolean HTML attributes but makes
//     aria-pressed="true" read as undefined; ARIA attributes get it back.
//   - go-app writes attributes in the random order of a map; they are
//     sorted by name, so that a page's validators and an export's files
//     do not change from one run to the next.
//   - go-app writes the values of the page's meta elements (its title and
//     description, for link previews) as they are, with no escape of "&"
//     or "<"; they are escaped, so that a title's "&amp;" reads as such.
//   - go-app writes the page's address and picture for link previews
//     (og:url, og:image) from a domain the explorer does not know, as
//     "https://" with no host, and an empty author; those are left out.
//
// The text of script and style elements is copied as it is.
func tidy(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page) + 1024)
	var attrs []tagAttr
	for i := 0; i < len(page); {
		if page[i] != '<' || i+1 >= len(page) || !isLetter(page[i+1]) {
			out.WriteByte(page[i])
			i++
			continue
		}
		name, end := tagName(page, i+1)
		var ok bool
		attrs, end, ok = readAttrs(page, end, attrs[:0])
		if !ok {
			out.Write(page[i:])
			break
		}
		if !emptyMeta(name, attrs) {
			writeTag(&out, name, attrs, page[end-2] == '/')
		}
		i = end
		if name == "script" || name == "style" {
			close := bytes.Index(page[i:], []byte("</"+name))
			if close < 0 {
				close = len(page) - i
			}
			out.Write(page[i : i+close])
			i += close
		}
	}
	return out.Bytes()
}

// tagAttr is an attribute of a start tag: its name, and its value as
// written, quotes and all; "" for none.
type tagAttr struct {
	name, value string
}

// tagName reads a tag's name from page[i:] and returns it in lower case
// with the index after it.
func tagName(page []byte, i int) (string, int) {
	j := i
	for j < len(page) && (isLetter(page[j]) || page[j] >= '0' && page[j] <= '9' || page[j] == '-') {
		j++
	}
	return string(bytes.ToLower(page[i:j])), j
}

// readAttrs reads a start tag's attributes from page[i:] up to and with
// its closing '>', and returns them with the index after it; false when
// the tag does not end. A double-quoted value may hold go-app's
// backslash escapes.
func readAttrs(page []byte, i int, attrs []tagAttr) ([]tagAttr, int, bool) {
	for {
		for i < len(page) && (isSpace(page[i]) || page[i] == '/') {
			i++
		}
		if i >= len(page) {
			return attrs, i, false
		}
		if page[i] == '>' {
			return attrs, i + 1, true
		}
		j := i
		for j < len(page) && !isSpace(page[j]) && page[j] != '=' && page[j] != '>' && page[j] != '/' {
			j++
		}
		a := tagAttr{name: string(page[i:j])}
		i = j
		if i < len(page) && page[i] == '=' {
			i++
			j = i
			switch {
			case j < len(page) && page[j] == '"':
				for j++; j < len(page) && page[j] != '"'; j++ {
					if page[j] == '\\' {
						j++
					}
				}
				j++
			case j < len(page) && page[j] == '\'':
				for j++; j < len(page) && page[j] != '\''; j++ {
				}
				j++
			default:
				for j < len(page) && !isSpace(page[j]) && page[j] != '>' {
					j++
				}
			}
			if j > len(page) {
				return attrs, len(page), false
			}
			a.value = string(page[i:j])
			i = j
		}
		attrs = append(attrs, a)
	}
}

// emptyMeta reports whether a tag is a meta element that go-app filled
// with nothing: an address with no host, or an author with no name.
func emptyMeta(name string, attrs []tagAttr) bool {
	if name != "meta" {
		return false
	}
	var property, metaName, content string
	for _, a := range attrs {
		v := unquote(a.value)
		switch a.name {
		case "property":
			property = v
		case "name":
			metaName = v
		case "content":
			content = v
		}
	}
	switch {
	case property == "og:url" || property == "og:image":
		return content == "https://" || strings.HasPrefix(content, "https:///")
	case metaName == "author":
		return strings.TrimSpace(content) == ""
	}
	return false
}

// writeTag writes a start tag with its attributes sorted by name, each
// value in double quotes as HTML reads it, and ARIA attributes with no
// value as "true".
func writeTag(out *bytes.Buffer, name string, attrs []tagAttr, selfClosing bool) {
	slices.SortStableFunc(attrs, func(x, y tagAttr) int { return strings.Compare(x.name, y.name) })
	out.WriteByte('<')
	out.WriteString(name)
	for _, a := range attrs {
		out.WriteByte(' ')
		out.WriteString(a.name)
		switch {
		case a.value == "" && strings.HasPrefix(a.name, "aria-"):
			out.WriteString(`="true"`)
		case name == "meta" && a.value != "":
			// Only go-app writes meta elements, and their values are
			// its text as it is: "&amp;" in a title is those five
			// characters, which HTML would read as "&".
			out.WriteString(`="`)
			out.WriteString(html.EscapeString(unquote(a.value)))
			out.WriteByte('"')
		case strings.HasPrefix(a.value, `"`) && strings.IndexByte(a.value, '\\') >= 0:
			out.WriteString(`="`)
			out.WriteString(strings.ReplaceAll(unquote(a.value), `"`, "&#34;"))
			out.WriteByte('"')
		case a.value != "":
			out.WriteByte('=')
			out.WriteString(a.value)
		}
	}
	if selfClosing {
		out.WriteString("/")
	}
	out.WriteByte('>')
}

// unquote is the text of an attribute's value as written: go-app's Go
// string read back, or the value without its quotes; HTML's character
// references are left as they are.
func unquote(v string) string {
	if len(v) >= 2 && v[0] == '"' && strings.IndexByte(v, '\\') >= 0 {
		if s, err := strconv.Unquote(v); err == nil {
			return s
		}
	}
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// fillArticleData puts the data of the article id in the page's article
// data slot, the first one, which stands in the head before any text that
// comes from an article, and names the article in the slot's
// data-article attribute, so that the app can tell the page of one
// article from another's. A page with no article keeps the slot empty.
func fillArticleData(page []byte, id, data string) []byte {
	if data == "" {
		return page
	}
	i := bytes.Index(page, []byte(articleDataSlot))
	if i < 0 {
		return page
	}
	// Article ids are lowercase letters, digits and hyphens (the article
	// package checks), so the id needs no escaping; the attribute comes
	// first, in the order tidy sorts attributes in.
	open := `<script data-article="` + id + `"` + strings.TrimPrefix(articleDataSlot[:len(articleDataSlot)-len("</script>")], "<script")
	out := make([]byte, 0, len(page)+len(open)+len(data))
	out = append(out, page[:i]...)
	out = append(out, open...)
	out = append(out, data...)
	return append(out, page[i+len(articleDataSlot)-len("</script>"):]...)
}

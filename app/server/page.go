package server

import (
	"bytes"
	"net/http"
	"strconv"
)

// pageWriter holds a page go-app renders so that fixARIA can correct it
// before it is sent.
type pageWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (p *pageWriter) WriteHeader(status int) { p.status = status }

func (p *pageWriter) Write(b []byte) (int, error) { return p.body.Write(b) }

// servePage lets go-app render a page, then restores the values of ARIA
// attributes and lets fill put in what is the page's own (its article's
// data, the program that runs it) before sending it.
func servePage(pages http.Handler, fill func(path string, page []byte) []byte, w http.ResponseWriter, r *http.Request) {
	p := &pageWriter{ResponseWriter: w, status: http.StatusOK}
	pages.ServeHTTP(p, r)
	body := p.body.Bytes()
	if ct := w.Header().Get("Content-Type"); len(ct) >= 9 && ct[:9] == "text/html" {
		body = fill(r.URL.Path, body)
		body = fixARIA(body)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(p.status)
	w.Write(body)
}

// fixARIA gives back their value to ARIA attributes that go-app's
// pre-render wrote bare. go-app writes any attribute whose value is "true"
// with no value, which is right for boolean HTML attributes but makes
// aria-pressed="true" read as undefined. fixARIA looks only inside tags,
// outside quoted values; the text between tags has no raw '<' or '>'.
func fixARIA(html []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(html) + 256)
	inTag, quote := false, byte(0)
	for i := 0; i < len(html); i++ {
		c := html[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case !inTag:
			inTag = c == '<'
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			inTag = false
		case isSpace(c) && bytes.HasPrefix(html[i+1:], []byte("aria-")):
			j := i + 1 + len("aria-")
			for j < len(html) && (html[j] == '-' || html[j] >= 'a' && html[j] <= 'z') {
				j++
			}
			if j < len(html) && (isSpace(html[j]) || html[j] == '>' || html[j] == '/') {
				out.Write(html[i:j])
				out.WriteString(`="true"`)
				i = j - 1
				continue
			}
		}
		out.WriteByte(c)
	}
	return out.Bytes()
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// fillArticleData puts data in the page's article data slot, the first
// one, which stands in the head before any text that comes from an
// article. A page with no article keeps the slot empty.
func fillArticleData(page []byte, data string) []byte {
	if data == "" {
		return page
	}
	i := bytes.Index(page, []byte(articleDataSlot))
	if i < 0 {
		return page
	}
	end := i + len(articleDataSlot) - len("</script>")
	out := make([]byte, 0, len(page)+len(data))
	out = append(out, page[:end]...)
	out = append(out, data...)
	return append(out, page[end:]...)
}

package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Format is the value of the "format" field that every article file
// carries; it names this version of the file format.
const Format = "news-explorer-article/1"

// MaxFileSize is the largest article file Parse accepts.
const MaxFileSize = 8 << 20

// Error is one problem found in an article file: where it is and what is
// wrong.
type Error struct {
	// File is the name the file was loaded under.
	File string
	// Line and Col locate the problem in the file, from 1; zero when the
	// problem concerns the file as a whole.
	Line, Col int
	// Where names the field or annotation ("mention 12 (entity \"putin\")").
	Where string
	// Msg says what is wrong.
	Msg string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Where != "" {
		b.WriteString(e.Where)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is every problem found in one file, in file order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// file is an article file's JSON form. README.md documents it.
type file struct {
	Format      string      `json:"format"`
	ID          string      `json:"id"`
	Title       string      `json:"title"`
	TitleIsOurs bool        `json:"titleIsOurs,omitempty"`
	Headline    string      `json:"headline,omitempty"`
	Outlet      string      `json:"outlet,omitempty"`
	Byline      string      `json:"byline,omitempty"`
	Published   string      `json:"published,omitempty"`
	Written     *fileDating `json:"written,omitempty"`
	Text        string      `json:"text"`
	// The arrays are decoded element by element, to know where each
	// element stands in the file.
	Entities []fileEntity  `json:"-"`
	Mentions []fileMention `json:"-"`
	Quotes   []fileQuote   `json:"-"`
	Claims   []fileClaim   `json:"-"`
}

type fileEntity struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Type        Type        `json:"type"`
	Description string      `json:"description"`
	Aliases     []string    `json:"aliases,omitempty"`
	When        *fileDating `json:"when,omitempty"`
}

type fileDating struct {
	From      string `json:"from"`
	To        string `json:"to,omitempty"`
	Reasoning string `json:"reasoning"`
}

type fileClaim struct {
	ID       string      `json:"id"`
	Question string      `json:"question"`
	Status   Status      `json:"status"`
	Parties  []fileParty `json:"parties"`
	Framing  []Anchor    `json:"framing,omitempty"`
	Checks   []string    `json:"checks"`
	Settle   string      `json:"settle"`
}

type fileParty struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Members   []string   `json:"members"`
	Stance    Stance     `json:"stance"`
	Statement string     `json:"statement,omitempty"`
	Source    SourceKind `json:"source,omitempty"`
	Channel   string     `json:"channel,omitempty"`
	Evidence  []Anchor   `json:"evidence,omitempty"`
}

type fileMention struct {
	Entity string `json:"entity"`
	Anchor
}

type fileQuote struct {
	Speaker string `json:"speaker"`
	Anchor
}

// positions remembers where each element of the file's arrays begins.
type positions struct {
	entities, mentions, quotes, claims []int64
	fields                             map[string]int64
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Parse reads an article file. name is used in error messages. On failure
// the error is an ErrorList with every problem found, or a single *Error
// when the JSON itself cannot be read.
func Parse(name string, data []byte) (*Article, error) {
	p := parser{name: name, data: data}
	f, pos, err := p.decode()
	if err != nil {
		return nil, err
	}
	return p.build(f, pos)
}

type parser struct {
	name string
	data []byte
	errs ErrorList
}

func (p *parser) errorAt(off int64, where, format string, args ...any) *Error {
	e := &Error{File: p.name, Where: where, Msg: fmt.Sprintf(format, args...)}
	if off >= 0 {
		e.Line, e.Col = lineCol(p.data, off)
	}
	return e
}

func (p *parser) add(off int64, where, format string, args ...any) {
	p.errs = append(p.errs, p.errorAt(off, where, format, args...))
}

// lineCol converts a byte offset into a 1-based line and column, the column
// counted in characters.
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}

// skipSpace moves off past white space and one comma, to where the next
// JSON value begins.
func (p *parser) skipSpace(off int64) int64 {
	for off < int64(len(p.data)) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func (p *parser) decode() (*file, *positions, error) {
	if len(p.data) > MaxFileSize {
		return nil, nil, ErrorList{p.errorAt(-1, "", "file is %d bytes; the most an article file may have is %d", len(p.data), MaxFileSize)}
	}
	if !utf8.Valid(p.data) {
		off := int64(0)
		for i := 0; i < len(p.data); {
			r, size := utf8.DecodeRune(p.data[i:])
			if r == utf8.RuneError && size == 1 {
				off = int64(i)
				break
			}
			i += size
		}
		return nil, nil, ErrorList{p.errorAt(off, "", "file is not valid UTF-8 text")}
	}
	dec := json.NewDecoder(bytes.NewReader(p.data))
	dec.DisallowUnknownFields()
	var f file
	pos := &positions{fields: map[string]int64{}}

	fail := func(err error) (*file, *positions, error) {
		return nil, nil, ErrorList{p.jsonError(dec, err)}
	}
	tok, err := dec.Token()
	if err != nil {
		return fail(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, nil, ErrorList{p.errorAt(0, "", "an article file is a JSON object, starting with {")}
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		at := p.skipSpace(dec.InputOffset())
		if _, dup := pos.fields[key]; dup {
			return nil, nil, ErrorList{p.errorAt(at, "", "field %q appears twice", key)}
		}
		pos.fields[key] = at
		switch key {
		case "entities":
			err = p.decodeArray(dec, key, &pos.entities, func() error {
				var e fileEntity
				err := dec.Decode(&e)
				f.Entities = append(f.Entities, e)
				return err
			})
		case "mentions":
			err = p.decodeArray(dec, key, &pos.mentions, func() error {
				var m fileMention
				err := dec.Decode(&m)
				f.Mentions = append(f.Mentions, m)
				return err
			})
		case "quotes":
			err = p.decodeArray(dec, key, &pos.quotes, func() error {
				var q fileQuote
				err := dec.Decode(&q)
				f.Quotes = append(f.Quotes, q)
				return err
			})
		case "claims":
			err = p.decodeArray(dec, key, &pos.claims, func() error {
				var c fileClaim
				err := dec.Decode(&c)
				f.Claims = append(f.Claims, c)
				return err
			})
		case "written":
			err = dec.Decode(&f.Written)
		case "format":
			err = dec.Decode(&f.Format)
		case "id":
			err = dec.Decode(&f.ID)
		case "title":
			err = dec.Decode(&f.Title)
		case "titleIsOurs":
			err = dec.Decode(&f.TitleIsOurs)
		case "headline":
			err = dec.Decode(&f.Headline)
		case "outlet":
			err = dec.Decode(&f.Outlet)
		case "byline":
			err = dec.Decode(&f.Byline)
		case "published":
			err = dec.Decode(&f.Published)
		case "text":
			err = dec.Decode(&f.Text)
		default:
			return nil, nil, ErrorList{p.errorAt(at-int64(len(key))-3, "", "unknown field %q", key)}
		}
		if err != nil {
			return fail(err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return fail(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, ErrorList{p.errorAt(p.skipSpace(dec.InputOffset()), "", "unexpected content after the article's closing }")}
	}
	return &f, pos, nil
}

func (p *parser) decodeArray(dec *json.Decoder, key string, offs *[]int64, each func() error) error {
	at := p.skipSpace(dec.InputOffset())
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return &json.UnmarshalTypeError{Value: "non-array", Field: key, Offset: at + 1}
	}
	for dec.More() {
		*offs = append(*offs, p.skipSpace(dec.InputOffset()))
		if err := each(); err != nil {
			return err
		}
	}
	_, err = dec.Token()
	return err
}

// jsonError turns an error from encoding/json into an *Error with a
// position.
func (p *parser) jsonError(dec *json.Decoder, err error) *Error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return p.errorAt(syn.Offset, "", "malformed JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		where := ""
		if typ.Field != "" {
			where = "field " + typ.Field
		}
		return p.errorAt(typ.Offset, where, "%s where the file format wants %s", typ.Value, jsonKind(typ.Type))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return p.errorAt(int64(len(p.data)), "", "malformed JSON: the file ends too early")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.HasPrefix(msg, "unknown field") {
		return p.errorAt(dec.InputOffset(), "", "%s", msg)
	}
	return p.errorAt(dec.InputOffset(), "", "malformed JSON: %s", msg)
}

func jsonKind(t interface{ String() string }) string {
	if t == nil {
		return "another kind of value"
	}
	switch s := t.String(); {
	case s == "string", s == "article.Type":
		return "a string"
	case s == "bool":
		return "true or false"
	case s == "int", s == "*int":
		return "a whole number"
	case strings.HasPrefix(s, "[]"):
		return "an array"
	default:
		return "an object"
	}
}

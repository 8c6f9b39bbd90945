package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
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

// file is an article file's JSON form. docs/article-format.md documents it.
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
	Loaded   []fileLoaded  `json:"-"`
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
	// Doubt is a pointer so that a field present but blank is an error
	// rather than the same as no field.
	Doubt *string `json:"doubt,omitempty"`
}

type fileClaim struct {
	ID       string      `json:"id"`
	Question string      `json:"question"`
	Status   Status      `json:"status"`
	Parties  []fileParty `json:"parties"`
	Framing  []Anchor    `json:"framing,omitempty"`
	Checks   []string    `json:"checks"`
	Settle   string      `json:"settle"`
	// Suggested marks a claim found automatically and not yet checked.
	Suggested bool `json:"suggested,omitempty"`
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
	entities, mentions, quotes, claims, loaded []int64
	fields                                     map[string]int64
}

// validID reports whether id is lowercase letters and digits in words
// joined by single hyphens ("north-korea"). It is written out rather than
// a regular expression so that the browser does not compile one when the
// app starts.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Parse reads an article file. name is used in error messages. On failure
// the error is an ErrorList: every problem found, or the first one when the
// JSON itself cannot be read.
func Parse(name string, data []byte) (*Article, error) {
	p := parser{name: name, data: data}
	f, pos, err := p.decode()
	if err != nil {
		return nil, err
	}
	return p.build(f, pos)
}

// check validates f, an article as its file holds it but not written
// out, as Parse validates a file it has read: name is used in error
// messages, which give no line and column.
func check(name string, f *file) (*Article, error) {
	unknown := func(n int) []int64 {
		offs := make([]int64, n)
		for i := range offs {
			offs[i] = -1
		}
		return offs
	}
	pos := &positions{
		entities: unknown(len(f.Entities)), mentions: unknown(len(f.Mentions)), quotes: unknown(len(f.Quotes)),
		claims: unknown(len(f.Claims)), loaded: unknown(len(f.Loaded)), fields: map[string]int64{},
	}
	p := parser{name: name}
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
		e.Line, e.Col = LineCol(p.data, off)
	}
	return e
}

func (p *parser) add(off int64, where, format string, args ...any) {
	p.errs = append(p.errs, p.errorAt(off, where, format, args...))
}

// LineCol converts a byte offset in data into a 1-based line and column,
// the column counted in characters, as the explorer's messages about a
// file give them.
func LineCol(data []byte, off int64) (int, int) {
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
	// A byte-order mark, as some editors save, is not part of the JSON.
	p.data = bytes.TrimPrefix(p.data, []byte("\xef\xbb\xbf"))
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
		keyAt := p.skipSpace(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		at := p.skipSpace(dec.InputOffset())
		if _, dup := pos.fields[key]; dup {
			return nil, nil, ErrorList{p.errorAt(keyAt, "", "field %q appears twice", key)}
		}
		pos.fields[key] = at
		field := fmt.Sprintf("field %q", key)
		switch key {
		case "entities":
			err = decodeList(p, dec, key, "entity", entityFields, &pos.entities, &f.Entities)
		case "mentions":
			err = decodeList(p, dec, key, "mention", mentionFields, &pos.mentions, &f.Mentions)
		case "quotes":
			err = decodeList(p, dec, key, "quote", quoteFields, &pos.quotes, &f.Quotes)
		case "claims":
			err = decodeList(p, dec, key, "claim", claimFields, &pos.claims, &f.Claims)
		case "loaded":
			err = decodeList(p, dec, key, "loaded phrase", loadedFields, &pos.loaded, &f.Loaded)
		case "written":
			err = p.value(dec, &f.Written, field, "from, to, reasoning")
		case "format":
			// A file of another format, such as one a newer version
			// wrote, is reported as that alone: its other fields are
			// not this format's, and errors about them would mislead.
			if err = p.value(dec, &f.Format, field, ""); err == nil && f.Format != Format {
				return nil, nil, ErrorList{p.errorAt(at, "format", "%q is not a format this version reads (%q)", f.Format, Format)}
			}
		case "id":
			err = p.value(dec, &f.ID, field, "")
		case "title":
			err = p.value(dec, &f.Title, field, "")
		case "titleIsOurs":
			err = p.value(dec, &f.TitleIsOurs, field, "")
		case "headline":
			err = p.value(dec, &f.Headline, field, "")
		case "outlet":
			err = p.value(dec, &f.Outlet, field, "")
		case "byline":
			err = p.value(dec, &f.Byline, field, "")
		case "published":
			err = p.value(dec, &f.Published, field, "")
		case "text":
			err = p.value(dec, &f.Text, field, "")
		default:
			return nil, nil, ErrorList{p.errorAt(keyAt, "", "unknown field %q: an article file has %s", key, topFields)}
		}
		if err != nil {
			return fail(err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return fail(err)
	}
	end := skipWhite(p.data, dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, ErrorList{p.errorAt(end, "", "unexpected content after the article's closing }")}
	}
	return &f, pos, nil
}

// The fields each part of the file has, for error messages.
const (
	topFields     = "format, id, title, titleIsOurs, headline, outlet, byline, published, written, text, entities, mentions, quotes, claims, loaded"
	entityFields  = "id, name, type, description, aliases, when"
	mentionFields = "entity, exact, prefix, suffix, start"
	quoteFields   = "speaker, exact, prefix, suffix, start"
	claimFields   = "id, question, status, parties, framing, checks, settle, suggested"
)

func skipWhite(data []byte, off int64) int64 {
	for off < int64(len(data)) && isSpace(data[off]) {
		off++
	}
	return off
}

// decodeList decodes the array of a field element by element into list,
// noting where each element begins in offs.
func decodeList[T any](p *parser, dec *json.Decoder, key, noun, allowed string, offs *[]int64, list *[]T) error {
	return p.decodeArray(dec, key, offs, func(n int) error {
		var v T
		where := noun + " " + strconv.Itoa(n)
		err := p.value(dec, &v, where, allowed)
		*list = append(*list, v)
		p.nameElement(err, where, (*offs)[len(*offs)-1])
		return err
	})
}

// nameElement adds to the error of an array element that does not decode
// what names the element in the checks after decoding, when it can be
// read: its exact text, or else its id (`mention 3 ("Putin")`).
func (p *parser) nameElement(err error, where string, start int64) {
	var e *Error
	if !errors.As(err, &e) {
		return
	}
	rest, ok := strings.CutPrefix(e.Where, where)
	if !ok {
		return
	}
	var key struct {
		Exact string `json:"exact"`
		ID    string `json:"id"`
	}
	if json.NewDecoder(bytes.NewReader(p.data[start:])).Decode(&key) != nil {
		return
	}
	switch {
	case key.Exact != "":
		e.Where = fmt.Sprintf("%s (%s)%s", where, excerpt(key.Exact), rest)
	case key.ID != "":
		e.Where = fmt.Sprintf("%s (%q)%s", where, key.ID, rest)
	}
}

func (p *parser) decodeArray(dec *json.Decoder, key string, offs *[]int64, each func(n int) error) error {
	at := p.skipSpace(dec.InputOffset())
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return p.errorAt(at, fmt.Sprintf("field %q", key), "%s where the file format wants an array [ … ]", describe(tok))
	}
	for n := 1; dec.More(); n++ {
		*offs = append(*offs, p.skipSpace(dec.InputOffset()))
		if err := each(n); err != nil {
			return err
		}
	}
	_, err = dec.Token()
	return err
}

// describe names the kind of a JSON token for an error message.
func describe(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			return "an object"
		}
		return "an array"
	case string:
		return "a string"
	case bool:
		return "true or false"
	case nil:
		return "null"
	}
	return "a number"
}

// value decodes the next JSON value into v. On failure it decodes the value
// again on its own, so that the error's position counts from where the
// value starts, and returns an *Error that names where (a field, or an
// annotation and its field) and, for an unknown field, the fields allowed.
func (p *parser) value(dec *json.Decoder, v any, where, allowed string) error {
	start := p.skipSpace(dec.InputOffset())
	if err := dec.Decode(v); err == nil {
		return nil
	}
	alone := json.NewDecoder(bytes.NewReader(p.data[start:]))
	alone.DisallowUnknownFields()
	err := alone.Decode(v)
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return p.errorAt(start, where, "malformed JSON around this value: is a colon (:) or a comma missing before it?")
	case errors.As(err, &syn):
		return p.errorAt(start+max(syn.Offset-1, 0), where, "malformed JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		name := typ.Field
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		if name != "" && !strings.HasPrefix(where, "field ") {
			where += fmt.Sprintf(", field %q", name)
		}
		return p.errorAt(p.valueStart(start, typ.Offset), where, "%s where the file format wants %s", article(typ.Value), jsonKind(typ.Type))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return p.errorAt(int64(len(p.data)), where, "malformed JSON: the file ends too early")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if name, ok := strings.CutPrefix(msg, "unknown field "); ok && allowed != "" {
		at := start
		if i := bytes.Index(p.data[start:], []byte(name)); i >= 0 {
			at += int64(i)
		}
		return p.errorAt(at, where, "%s: it has %s", msg, allowed)
	}
	return p.errorAt(start, where, "malformed JSON: %s", msg)
}

// valueStart finds where the JSON value that ends end bytes after start
// begins, by reading the tokens from start again: encoding/json reports a
// type error after the value.
func (p *parser) valueStart(start, end int64) int64 {
	d := json.NewDecoder(bytes.NewReader(p.data[start:]))
	for {
		before := d.InputOffset()
		if _, err := d.Token(); err != nil || d.InputOffset() >= end {
			return p.skipSpace(start + before)
		}
	}
}

// article puts "a" or "an" before a JSON kind ("a string", "an object").
func article(kind string) string {
	if kind == "" {
		return "a value"
	}
	if strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// jsonError turns an error from encoding/json into an *Error with a
// position.
func (p *parser) jsonError(dec *json.Decoder, err error) *Error {
	var pe *Error
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &pe):
		return pe
	case errors.As(err, &syn):
		return p.errorAt(skipWhite(p.data, max(syn.Offset-1, 0)), "", "malformed JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return p.errorAt(int64(len(p.data)), "", "malformed JSON: the file ends too early")
	}
	return p.errorAt(dec.InputOffset(), "", "malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
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

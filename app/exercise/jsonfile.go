package exercise

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

// textOf checks that a file is text a parser may read, and returns it
// without a leading byte-order mark; or says what is wrong.
func textOf(data []byte) ([]byte, string) {
	if len(data) > MaxProgressSize {
		return nil, fmt.Sprintf("the file is %d bytes; a progress file has at most %d", len(data), MaxProgressSize)
	}
	body := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(body) {
		return nil, "the file is not UTF-8 text"
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, "the file is empty"
	}
	return body, ""
}

// jsonProblem turns an error from encoding/json into words, with the line
// and column of a syntax error in body; fields lists the fields allowed,
// for an unknown one.
func jsonProblem(body []byte, err error, fields string) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &syn) && syn.Offset >= int64(len(body)):
		return "malformed JSON: the file ends too early; is it cut short?"
	case errors.As(err, &syn):
		line, col := lineCol(body, syn.Offset-1)
		return fmt.Sprintf("malformed JSON at line %d, column %d: %s", line, col, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("%s where the format wants an object { … }", withArticle(typ.Value))
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q: %s where the format wants %s", typ.Field, withArticle(typ.Value), wants(typ.Type.String()))
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.HasPrefix(msg, "unknown field ") {
		return msg + ": " + fields
	}
	return "malformed JSON: " + msg
}

// wants names the kind of JSON value a Go type takes.
func wants(goType string) string {
	switch {
	case goType == "string", goType == "*string":
		return "a string"
	case goType == "int", goType == "*int":
		return "a whole number"
	case goType == "bool", goType == "*bool":
		return "true or false"
	case strings.HasPrefix(goType, "[]"):
		return "an array [ … ]"
	}
	return "an object { … }"
}

// withArticle puts "a" or "an" before the kind of a JSON value ("a
// string", "an array", "a number 1.5").
func withArticle(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// jsonValue names the kind of a raw JSON value.
func jsonValue(raw json.RawMessage) string {
	s := bytes.TrimSpace(raw)
	if len(s) == 0 {
		return "nothing"
	}
	switch s[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

// strictDecode decodes one JSON value into v, refusing fields v does not
// have.
func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("unexpected content after the JSON value")
	}
	return nil
}

// maxDepth bounds how deeply badKey descends; encoding/json refuses
// deeper documents before it is called.
const maxDepth = 10000

// Problems badKey finds.
const (
	keyTwice   = "twice"
	keyUnknown = "unknown"
)

// badKey finds the first key of a JSON document that encoding/json would
// let through but a valid file must not have: one that appears twice in
// the same object (encoding/json keeps the last), or one that is not
// written in lowercase ASCII letters (encoding/json matches field names
// regardless of case, so "Format" or "ſtudent" would pass for a field).
// It returns the key's path ("answers.2.tries", arrays counted from 1)
// and the problem, keyTwice or keyUnknown; or "", "".
func badKey(data []byte) (path, problem string) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	path, problem, _ = walk(dec, "", 0)
	return path, problem
}

func walk(dec *json.Decoder, path string, depth int) (string, string, error) {
	if depth > maxDepth {
		return "", "", errors.New("too deep")
	}
	tok, err := dec.Token()
	if err != nil {
		return "", "", err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return "", "", nil
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	switch d {
	case '{':
		seen := map[string]bool{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return "", "", err
			}
			key, _ := tok.(string)
			switch {
			case strings.TrimFunc(key, func(r rune) bool { return 'a' <= r && r <= 'z' }) != "" || key == "":
				return join(key), keyUnknown, nil
			case seen[key]:
				return join(key), keyTwice, nil
			}
			seen[key] = true
			if path, problem, err := walk(dec, join(key), depth+1); path != "" || err != nil {
				return path, problem, err
			}
		}
	case '[':
		for i := 1; dec.More(); i++ {
			if path, problem, err := walk(dec, join(strconv.Itoa(i)), depth+1); path != "" || err != nil {
				return path, problem, err
			}
		}
	}
	_, err = dec.Token() // the closing delimiter
	return "", "", err
}

// wherePath splits the path of a field into the answer it belongs to, if
// any, and the field: "answers.2.tries" is answer 2's field "tries".
func wherePath(path string) (where, field string) {
	if rest, ok := strings.CutPrefix(path, "answers."); ok {
		n, field, ok := strings.Cut(rest, ".")
		if ok {
			return "answer " + n, field
		}
	}
	return "", path
}

// lineCol converts a byte offset of data into a line and a column, both
// from 1, the column counted in characters.
func lineCol(data []byte, off int64) (int, int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

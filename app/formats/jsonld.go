package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"newsexplorer/app/article"
)

// many is a JSON-LD value that may be given alone or in an array.
type many []json.RawMessage

func (m *many) UnmarshalJSON(b []byte) error {
	switch {
	case bytes.Equal(b, []byte("null")):
		*m = nil
		return nil
	case len(b) > 0 && b[0] == '[':
		var list []json.RawMessage
		err := json.Unmarshal(b, &list)
		*m = list
		return err
	}
	*m = many{json.RawMessage(b)}
	return nil
}

// strs is a JSON-LD string value that may be given alone or in an array.
type strs []string

func (s *strs) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		var list []string
		err := json.Unmarshal(b, &list)
		*s = list
		return err
	}
	var one string
	if err := json.Unmarshal(b, &one); err != nil {
		return err
	}
	*s = strs{one}
	return nil
}

func (s strs) has(v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// jsonProblemIn is jsonProblem for the whole file, data: malformed JSON
// is placed by line and column, as an editor shows them, rather than by
// byte.
func jsonProblemIn(data []byte, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		if len(bytes.TrimSpace(data)) == 0 {
			return errors.New("the file is empty")
		}
		line, col := article.LineCol(data, max(syn.Offset-1, 0))
		return fmt.Errorf("malformed JSON at line %d, column %d: %s", line, col, strings.TrimPrefix(syn.Error(), "json: "))
	}
	return jsonProblem(err)
}

// jsonProblem says what is wrong with JSON in words that do not name Go
// types.
func jsonProblem(err error) error {
	var typ *json.UnmarshalTypeError
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Errorf("%q is %s where a %s is expected", typ.Field, kind(typ.Value), goKind(typ.Type.String()))
		}
		return fmt.Errorf("%s where a %s is expected", kind(typ.Value), goKind(typ.Type.String()))
	case errors.As(err, &syn):
		return fmt.Errorf("malformed JSON at byte %d: %s", syn.Offset, strings.TrimPrefix(syn.Error(), "json: "))
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

func kind(v string) string {
	switch v {
	case "":
		return "a value"
	case "array", "object":
		return "an " + v
	}
	return "a " + v
}

func goKind(t string) string {
	switch {
	case t == "string", strings.HasSuffix(t, "strs"), t == "*string":
		return "string"
	case t == "int", t == "*int":
		return "whole number"
	case strings.HasPrefix(t, "[]"), strings.HasSuffix(t, "many"):
		return "list"
	}
	return "JSON object"
}

// iriOf reads a JSON-LD reference: an IRI string, or an object with an id.
func iriOf(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var o struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(raw, &o)
	return o.ID
}

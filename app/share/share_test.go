package share

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"testing"
)

// TestRoundTrip frames bytes and reads them back, through a whole link.
func TestRoundTrip(t *testing.T) {
	for _, data := range [][]byte{{}, {0}, []byte("any bytes \xff\x00 at all"), bytes.Repeat([]byte{1, 2, 3, 250}, 5000)} {
		token := Token(data)
		link := Link("https://school.example", Path+"/classroom", token, "assign=1&check=0a1b2c3d")
		u, err := url.Parse(link)
		if err != nil {
			t.Fatal(err)
		}
		if u.Path != "/shared/classroom" || u.Query().Get(KeyParam) != Key(data) || u.Query().Get("assign") != "1" {
			t.Errorf("link %.80s: path %q, query %q", link, u.Path, u.RawQuery)
		}
		got, ok := FromFragment(u.Fragment)
		if !ok || got != token {
			t.Fatalf("the fragment gives %.40q, %v; want the token", got, ok)
		}
		b, err := Decode(got)
		if err != nil || !bytes.Equal(b, data) {
			t.Errorf("Decode gives %d bytes, %v; want the %d written", len(b), err, len(data))
		}
		if strings.ContainsAny(token, "+/=#&?% ") {
			t.Errorf("the token has characters a link would escape: %.80s", token)
		}
	}
}

// TestKey checks that the key is twelve hexadecimal digits that differ
// for different bytes.
func TestKey(t *testing.T) {
	a, b := Key([]byte("one article")), Key([]byte("one article."))
	if len(a) != 12 || strings.Trim(a, "0123456789abcdef") != "" || a == b {
		t.Errorf("Key = %q and %q, want two different twelve-digit keys", a, b)
	}
	if got := TokenKey(Token([]byte("x"))); got != Key([]byte("x")) {
		t.Errorf("TokenKey = %q, want %q", got, Key([]byte("x")))
	}
}

// TestCut checks that every token cut short is refused, and said to be
// cut once its data has begun.
func TestCut(t *testing.T) {
	token := Token(bytes.Repeat([]byte("an article file "), 40))
	dataAt := strings.LastIndex(token, ".") + 1
	for n := 0; n < len(token); n++ {
		_, err := Decode(token[:n])
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%d characters: %v, want an *Error", n, err)
		}
		if n >= dataAt && (!e.Cut || !strings.Contains(e.Msg, "incomplete")) {
			t.Errorf("%d characters: %v, want it said to be cut short", n, err)
		}
	}
}

// TestChanged checks tokens changed or made by another version.
func TestChanged(t *testing.T) {
	token := Token([]byte("an article file"))
	last := strings.LastIndex(token, ".")
	flip := func(i int) string {
		b := []byte(token)
		if b[i] == 'A' {
			b[i] = 'B'
		} else {
			b[i] = 'A'
		}
		return string(b)
	}
	tests := []struct{ name, token, want string }{
		{"a character of the data", flip(last + 3), "was changed"},
		{"a character of the key", flip(last - 1), "was changed"},
		{"data added", token + "AA", "was changed"},
		{"a newer version", "2" + token[1:], "another version of News Explorer"},
		{"not a token", "hello", "was changed"},
		{"not base64url", token[:last+1] + strings.Repeat("*", len(token)-last-1), "was changed"},
	}
	for _, tt := range tests {
		_, err := Decode(tt.token)
		var e *Error
		if !errors.As(err, &e) || e.Cut || !strings.Contains(e.Msg, tt.want) {
			t.Errorf("%s: %v, want an error saying %q", tt.name, err, tt.want)
		}
	}
}

// TestDecodeFor checks that a link whose query names another article
// than its fragment carries is refused as changed.
func TestDecodeFor(t *testing.T) {
	token := Token([]byte("one"))
	if _, err := DecodeFor(Key([]byte("one")), token); err != nil {
		t.Errorf("the right key: %v", err)
	}
	if _, err := DecodeFor("", token); err != nil {
		t.Errorf("no key: %v", err)
	}
	if _, err := DecodeFor(Key([]byte("two")), token); err != Changed {
		t.Errorf("another key: %v, want Changed", err)
	}
}

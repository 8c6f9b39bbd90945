// Package share writes and reads the links that carry a whole article
// file, so that a teacher can hand an article to a class with no server
// to run: the file, compressed by the browser (deflate-raw), travels in
// the link's fragment, which browsers never send to a server.
//
// A link to a shared article is
//
//	https://<site>/shared?id=<key>#share=1.<n>.<key>.<data>
//
// where data is the compressed file in base64url without padding, n the
// number of its characters and key twelve hexadecimal digits of its
// FNV-64a hash. The key names the article in the browser's storage, so
// that the query, which a server may see, carries no part of it; n and
// the key in the fragment tell a link cut short from one changed.
//
// The package frames and checks the bytes; it neither compresses nor
// parses them (the browser's CompressionStream does the first,
// article.Parse the second), and it imports only the standard library.
package share

import (
	"encoding/base64"
	"fmt"
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"
)

// Path is the reading view of a shared article; the exercises and the
// teacher's view are below it.
const Path = "/shared"

// The parts of a link.
const (
	// KeyParam is the query parameter with the article's key.
	KeyParam = "id"
	// FragmentPrefix starts the fragment that carries the article.
	FragmentPrefix = "share="
	// Version is the version of the token's format.
	Version = "1"
)

// MaxLink is the longest link Share offers; a longer one is not safe to
// paste in every mail or message, so the editor offers the file instead.
const MaxLink = 32 << 10

// Key names compressed article bytes: twelve hexadecimal digits of their
// FNV-64a hash.
func Key(compressed []byte) string {
	h := fnv.New64a()
	h.Write(compressed)
	return fmt.Sprintf("%012x", h.Sum64()>>16)
}

// Token frames compressed article bytes for a link's fragment (after
// FragmentPrefix): "1.<n>.<key>.<data>".
func Token(compressed []byte) string {
	data := base64.RawURLEncoding.EncodeToString(compressed)
	return Version + "." + strconv.Itoa(len(data)) + "." + Key(compressed) + "." + data
}

// Link is the whole link to a shared article: the site's origin
// ("https://school.example") or "", then Path, or path below it, with the
// key in the query and the token in the fragment. query, if not empty,
// is added to the query (an assignment's).
func Link(origin, path, token, query string) string {
	key := TokenKey(token)
	q := KeyParam + "=" + url.QueryEscape(key)
	if query != "" {
		q += "&" + query
	}
	return origin + path + "?" + q + "#" + FragmentPrefix + token
}

// TokenKey is the key a token names, or "" if it names none.
func TokenKey(token string) string {
	parts := strings.SplitN(token, ".", 4)
	if len(parts) < 4 {
		return ""
	}
	return parts[2]
}

// FromFragment returns the token a link's fragment (without the "#")
// carries, and whether it carries one.
func FromFragment(fragment string) (string, bool) {
	return strings.CutPrefix(fragment, FragmentPrefix)
}

// Error is a link that does not carry a whole, unchanged article. Msg says
// so in words a reader can act on; Cut is true when the link lost its end.
type Error struct {
	Cut bool
	Msg string
}

func (e *Error) Error() string { return "shared article: " + e.Msg }

// Missing is the problem of a link to a shared article whose article is
// neither in the link nor kept in this browser.
var Missing = &Error{Cut: true, Msg: "This link to a shared article does not carry the article: the long part that starts with “#share=” at its end is missing, and the article is not kept in this browser from an earlier visit. The link was probably cut short when it was copied: ask for the whole link again, or for the article file."}

// Changed is the problem of a link whose parts do not match: the key in
// its query is not the one of the article in its fragment.
var Changed = &Error{Msg: "This link to a shared article was changed after it was made: the article it carries does not match its check. Ask for the link again, or for the article file."}

// DecodeFor is Decode for a link whose query names the article key: the
// token must carry that article. An empty key checks the token alone.
func DecodeFor(key, token string) ([]byte, error) {
	b, err := Decode(token)
	if err == nil && key != "" && Key(b) != key {
		return nil, Changed
	}
	return b, err
}

// Decode checks a token and returns the compressed bytes it carries: a
// token cut short, changed, or made by another version is an *Error.
func Decode(token string) ([]byte, error) {
	cut := func(have, want int) ([]byte, error) {
		return nil, &Error{Cut: true, Msg: fmt.Sprintf(
			"This link to a shared article is incomplete: it carries %d of the article's %d characters, so it was probably cut short when it was copied. Ask for the whole link again, or for the article file.", have, want)}
	}
	changed := Changed
	parts := strings.SplitN(token, ".", 4)
	if parts[0] != Version {
		if _, err := strconv.Atoi(parts[0]); err == nil && len(parts) > 1 {
			return nil, &Error{Msg: fmt.Sprintf("This link to a shared article was made by another version of News Explorer (its format %q; this one reads %q). Reload the page to get the newest version, then open the link again.", parts[0], Version)}
		}
		return nil, changed
	}
	if len(parts) < 4 {
		return cut(0, 0)
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil || n < 0 || len(parts[2]) != 12 {
		return nil, changed
	}
	data := parts[3]
	switch {
	case len(data) < n:
		return cut(len(data), n)
	case len(data) > n:
		return nil, changed
	}
	b, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil || Key(b) != parts[2] {
		return nil, changed
	}
	return b, nil
}

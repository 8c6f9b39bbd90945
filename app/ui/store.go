package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UnreadableSuffix marks where saved data that cannot be read is set
// aside, so that nothing the reader saved is silently lost.
const UnreadableSuffix = ".unreadable"

// Storage is the browser's localStorage, or a null value where the
// browser refuses it (storage switched off, or a sandboxed page).
func Storage() (st app.Value) {
	defer func() {
		if recover() != nil {
			st = app.Null()
		}
	}()
	return app.Window().Get("localStorage")
}

// KeyValue is a string store such as the browser's localStorage.
type KeyValue interface {
	// Get returns the value saved under key; ok is false when there is
	// none.
	Get(key string) (value string, ok bool)
	// Set saves value under key, or says why it could not.
	Set(key, value string) error
	// Remove deletes key.
	Remove(key string)
}

// UnreadableError is saved data that could not be read. The data is set
// aside under Aside; Err says what is wrong and where.
type UnreadableError struct {
	// Key is where the data was saved, Aside where it is kept now: Key
	// itself when it could not be set aside.
	Key, Aside string
	// Err is the problem, usually an *exercise.ParseError.
	Err error
	// AsideErr, when not nil, says why the data could not be set aside.
	AsideErr error
}

func (e *UnreadableError) Error() string {
	if e.AsideErr != nil {
		return fmt.Sprintf("%v. It could not be set aside either: %v. So it is still kept in this browser under %q", e.Err, e.AsideErr, e.Key)
	}
	return fmt.Sprintf("%v; it is kept in this browser under %q", e.Err, e.Aside)
}

func (e *UnreadableError) Unwrap() error { return e.Err }

// maxAside bounds the keys tried when setting unreadable data aside.
const maxAside = 100

// SetAside copies raw to the first free key after key (or one that holds
// the same data already) and removes key.
func SetAside(st KeyValue, key, raw string) (string, error) {
	for i := 1; i <= maxAside; i++ {
		aside := key + UnreadableSuffix
		if i > 1 {
			aside += "-" + strconv.Itoa(i)
		}
		old, taken := st.Get(aside)
		if taken && old != raw {
			continue
		}
		if err := st.Set(aside, raw); err != nil {
			return "", err
		}
		st.Remove(key)
		return aside, nil
	}
	return "", fmt.Errorf("%s: no free key to set it aside under (tried %d)", key, maxAside)
}

// BrowserStore is the browser's localStorage as a KeyValue. Where the
// browser has none (storage switched off, a sandboxed page, the server),
// nothing is found and saving says so.
type BrowserStore struct{}

func (BrowserStore) Get(key string) (string, bool) {
	st := Storage()
	if !app.IsClient || !st.Truthy() {
		return "", false
	}
	v := st.Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false
	}
	return v.String(), true
}

func (BrowserStore) Set(key, value string) (err error) {
	st := Storage()
	if !app.IsClient || !st.Truthy() {
		return errors.New("this browser keeps no saved data for the page")
	}
	defer func() {
		if r := recover(); r != nil {
			err = refusal(fmt.Sprint(r), len(key)+len(value))
		}
	}()
	st.Call("setItem", key, value)
	return nil
}

// refusal says why the browser refused to save size bytes, from the
// message of the exception it threw: a full storage in words a reader
// can act on, anything else as the browser put it.
func refusal(msg string, size int) error {
	msg = strings.TrimPrefix(msg, "JavaScript error: ")
	if strings.Contains(strings.ToLower(msg), "quota") {
		return fmt.Errorf("the browser has no room left for this site's saved data (it would take %s; browsers keep about 5 MB for each site)", humanize.Bytes(uint64(size)))
	}
	return fmt.Errorf("the browser refused to save: %s", msg)
}

func (BrowserStore) Remove(key string) {
	if st := Storage(); app.IsClient && st.Truthy() {
		st.Call("removeItem", key)
	}
}

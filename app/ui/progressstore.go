package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
	"newsexplorer/app/exercise"
)

// A student's answers are saved in the browser as each one is given, as a
// progress file (exercise.Progress, format news-explorer-progress/1) under
// one key per article, so they survive a reload, going offline and an
// update of the app.

// progressKeyPrefix starts the key of each article's saved progress.
const progressKeyPrefix = "newsexplorer/progress/"

// progressKey is the key an article's progress is saved under.
func progressKey(articleID string) string {
	return progressKeyPrefix + articleID
}

// keyValue is a string store such as the browser's localStorage.
type keyValue interface {
	// Get returns the value saved under key; ok is false when there is
	// none.
	Get(key string) (value string, ok bool)
	// Set saves value under key, or says why it could not.
	Set(key, value string) error
	// Remove deletes key.
	Remove(key string)
}

// unreadableError is saved data that could not be read. The data is set
// aside under Aside; Err says what is wrong and where.
type unreadableError struct {
	// Key is where the data was saved, Aside where it is kept now: Key
	// itself when it could not be set aside.
	Key, Aside string
	// Err is the problem, usually an *exercise.ParseError.
	Err error
	// AsideErr, when not nil, says why the data could not be set aside.
	AsideErr error
}

func (e *unreadableError) Error() string {
	if e.AsideErr != nil {
		return fmt.Sprintf("%v. It could not be set aside either: %v. So it is still kept in this browser under %q", e.Err, e.AsideErr, e.Key)
	}
	return fmt.Sprintf("%v; it is kept in this browser under %q", e.Err, e.Aside)
}

func (e *unreadableError) Unwrap() error { return e.Err }

// maxAside bounds the keys tried when setting unreadable data aside.
const maxAside = 100

// loadProgress reads the article's saved progress from st. With nothing
// saved it returns empty progress. Saved data that cannot be read is
// never deleted: it is moved to a key of its own (the progress key with
// ".unreadable", or ".unreadable-2" and on when that one holds other
// data), and the error, an *unreadableError, says what and where. The
// progress returned is then empty.
func loadProgress(st keyValue, a *article.Article) (*exercise.Progress, error) {
	key := progressKey(a.ID)
	raw, ok := st.Get(key)
	if !ok {
		return exercise.NewProgress(a.ID), nil
	}
	p, err := exercise.ParseProgress("saved answers", []byte(raw), a)
	if err == nil {
		return p, nil
	}
	aside, moveErr := setAside(st, key, raw)
	if moveErr != nil {
		// The data stays where it is; nothing is saved over it until the
		// student starts over.
		return exercise.NewProgress(a.ID), &unreadableError{Key: key, Aside: key, Err: err, AsideErr: moveErr}
	}
	return exercise.NewProgress(a.ID), &unreadableError{Key: key, Aside: aside, Err: err}
}

// setAside copies raw to the first free key after key (or one that holds
// the same data already) and removes key.
func setAside(st keyValue, key, raw string) (string, error) {
	for i := 1; i <= maxAside; i++ {
		aside := key + unreadableSuffix
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

// saveProgress saves the progress under its article's key.
func saveProgress(st keyValue, p *exercise.Progress) error {
	return st.Set(progressKey(p.Article), string(p.Encode()))
}

// browserStore is the browser's localStorage as a keyValue. Where the
// browser has none (storage switched off, a sandboxed page, the server),
// nothing is found and saving says so.
type browserStore struct{}

func (browserStore) Get(key string) (string, bool) {
	st := storage()
	if !app.IsClient || !st.Truthy() {
		return "", false
	}
	v := st.Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false
	}
	return v.String(), true
}

func (browserStore) Set(key, value string) (err error) {
	st := storage()
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

func (browserStore) Remove(key string) {
	if st := storage(); app.IsClient && st.Truthy() {
		st.Call("removeItem", key)
	}
}

package exercises

import (
	"newsexplorer/app/article"
	"newsexplorer/app/exercise"

	"newsexplorer/app/ui"
)

// A student's answers are saved in the browser as each one is given, as a
// progress file (exercise.Progress, format news-explorer-progress/1) under
// one key per article, so they survive a reload, going offline and an
// update of the app.

// progressKeyPrefix starts the key of each article's saved progress.
const progressKeyPrefix = "newsexplorer/progress/"

// progressKey is the key an article's progress is saved under. id is the
// article's id, or for a shared article "shared-" and its key; answers
// given for an assignment are kept apart, with "@" and the assignment's
// id after it.
func progressKey(id string) string {
	return progressKeyPrefix + id
}

// loadProgress reads the article's saved progress from st. With nothing
// saved it returns empty progress. Saved data that cannot be read is
// never deleted: it is moved to a key of its own (the progress key with
// ".unreadable", or ".unreadable-2" and on when that one holds other
// data), and the error, an *ui.UnreadableError, says what and where. The
// progress returned is then empty.
func loadProgress(st ui.KeyValue, key string, a *article.Article) (*exercise.Progress, error) {
	raw, ok := st.Get(key)
	if !ok {
		return exercise.NewProgress(a.ID), nil
	}
	p, err := exercise.ParseProgress("saved answers", []byte(raw), a)
	if err == nil {
		return p, nil
	}
	aside, moveErr := ui.SetAside(st, key, raw)
	if moveErr != nil {
		// The data stays where it is; nothing is saved over it until the
		// student starts over.
		return exercise.NewProgress(a.ID), &ui.UnreadableError{Key: key, Aside: key, Err: err, AsideErr: moveErr}
	}
	return exercise.NewProgress(a.ID), &ui.UnreadableError{Key: key, Aside: aside, Err: err}
}

// saveProgress saves the progress under key.
func saveProgress(st ui.KeyValue, key string, p *exercise.Progress) error {
	return st.Set(key, string(p.Encode()))
}

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

// progressKey is the key an article's progress is saved under.
func progressKey(articleID string) string {
	return progressKeyPrefix + articleID
}

// loadProgress reads the article's saved progress from st. With nothing
// saved it returns empty progress. Saved data that cannot be read is
// never deleted: it is moved to a key of its own (the progress key with
// ".unreadable", or ".unreadable-2" and on when that one holds other
// data), and the error, an *ui.UnreadableError, says what and where. The
// progress returned is then empty.
func loadProgress(st ui.KeyValue, a *article.Article) (*exercise.Progress, error) {
	key := progressKey(a.ID)
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

// saveProgress saves the progress under its article's key.
func saveProgress(st ui.KeyValue, p *exercise.Progress) error {
	return st.Set(progressKey(p.Article), string(p.Encode()))
}

package editor

import (
	"newsexplorer/app/article"

	"newsexplorer/app/ui"
)

// The article being corrected in the editor is kept in the browser as an
// article file, the same JSON the library reads, under one key, saved
// after every change, so that it survives a reload, going offline and an
// update of the app.

// draftKey is where the editor keeps its article.
const draftKey = "newsexplorer/draft"

// loadDraft reads the kept article from st; a is nil when none is kept.
// A kept article that cannot be read is never deleted: it is moved to a
// key of its own, and the error, an *ui.UnreadableError, says what and where.
func loadDraft(st ui.KeyValue) (*article.Article, error) {
	raw, ok := st.Get(draftKey)
	if !ok {
		return nil, nil
	}
	a, err := article.Parse("the article kept in this browser", []byte(raw))
	if err == nil {
		return a, nil
	}
	aside, moveErr := ui.SetAside(st, draftKey, raw)
	if moveErr != nil {
		return nil, &ui.UnreadableError{Key: draftKey, Aside: draftKey, Err: err, AsideErr: moveErr}
	}
	return nil, &ui.UnreadableError{Key: draftKey, Aside: aside, Err: err}
}

// saveDraft keeps a in st as an article file, compact: the browser's room
// for saved data is small, and only the editor reads it back.
func saveDraft(st ui.KeyValue, a *article.Article) error {
	data, err := article.EncodeCompact(a)
	if err != nil {
		return err
	}
	return st.Set(draftKey, string(data))
}

package editor

import (
	"errors"
	"strings"
	"testing"

	"newsexplorer/app/article"

	"newsexplorer/app/ui"
	"newsexplorer/app/ui/uitest"
)

// TestDraftRoundTrip checks that a kept article, corrected, reads back
// with its corrections.
func TestDraftRoundTrip(t *testing.T) {
	a := uitest.ClaimsArticle(t)
	if err := a.SetEntityType(a.Mentions[0].Entity, article.Organization); err != nil {
		t.Fatal(err)
	}
	st := &uitest.MemStore{M: map[string]string{}}
	if err := saveDraft(st, a); err != nil {
		t.Fatal(err)
	}
	got, err := loadDraft(st)
	if err != nil {
		t.Fatal(err)
	}
	if got.TypeOf(got.Mentions[0].Entity) != article.Organization || len(got.Mentions) != len(a.Mentions) {
		t.Errorf("the kept article lost its correction: %+v", got.Mentions[0])
	}
	if none, err := loadDraft(&uitest.MemStore{M: map[string]string{}}); none != nil || err != nil {
		t.Errorf("nothing kept: got %v, %v; want nil, nil", none, err)
	}
}

// TestDraftUnreadable checks that a kept article that cannot be read is
// reported, with where it now is, and kept, never deleted.
func TestDraftUnreadable(t *testing.T) {
	for _, raw := range []string{
		`{"format": "news-explorer-article/1", "id": "x"`,
		`{"format": "news-explorer-article/0", "id": "x", "title": "X", "text": "x"}`,
		`not json`,
	} {
		st := &uitest.MemStore{M: map[string]string{draftKey: raw}}
		a, err := loadDraft(st)
		var u *ui.UnreadableError
		if a != nil || !errors.As(err, &u) {
			t.Errorf("%q: got %v, %v; want an unreadableError", raw, a, err)
			continue
		}
		if st.M[u.Aside] != raw || u.Aside != draftKey+ui.UnreadableSuffix {
			t.Errorf("%q: kept under %q as %q", raw, u.Aside, st.M[u.Aside])
		}
		if _, still := st.M[draftKey]; still {
			t.Errorf("%q: the unreadable article is still where the editor would save over it", raw)
		}
		if !strings.Contains(err.Error(), "the article kept in this browser") {
			t.Errorf("%q: the error does not say what could not be read: %v", raw, err)
		}
	}
	// When the browser refuses to set it aside, it stays where it is.
	st := &uitest.MemStore{M: map[string]string{draftKey: "broken"}, Full: true}
	if _, err := loadDraft(st); err == nil || st.M[draftKey] != "broken" {
		t.Errorf("storage full: error %v, kept %q", err, st.M[draftKey])
	}
}

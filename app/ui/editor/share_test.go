package editor

import (
	"strings"
	"testing"

	"newsexplorer/app/ui/uitest"
)

// TestSharePanel checks what the editor shows after Share: the link in a
// field with data-share-link and a copy button; for a link over the safe
// length, a warning and the file to download instead, and no link; and
// nothing once the article has changed since.
func TestSharePanel(t *testing.T) {
	a := uitest.DefaultArticle(t)
	tests := []struct {
		name  string
		share shared
		want  []string
		not   []string
	}{
		{"a link", shared{of: a, link: "https://s.example/shared?id=0123456789ab#share=1.4.0123456789ab.AAAA"},
			[]string{`data-share-link="value"`, "#share=1.4.0123456789ab.AAAA", "Copy the link"}, []string{"data-share-too-long"}},
		{"too long", shared{of: a, tooLong: 40000},
			[]string{"data-share-too-long", "40,000 characters", `data-download="article"`}, []string{"data-share-link"}},
		{"another article", shared{of: uitest.DefaultArticle(t), link: "https://s.example/shared"},
			nil, []string{"data-share-link", "data-share-too-long"}},
	}
	for _, tt := range tests {
		ed := newView(nil)
		ed.setDraft(a)
		ed.share = tt.share
		html := uitest.Render(t, ed)
		for _, w := range tt.want {
			if !strings.Contains(html, w) {
				t.Errorf("%s: the editor lacks %s", tt.name, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(html, n) {
				t.Errorf("%s: the editor shows %s", tt.name, n)
			}
		}
	}
}

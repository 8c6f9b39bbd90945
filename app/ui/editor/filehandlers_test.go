package editor

import (
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestFileTooLarge checks what the editor says when the article file it
// downloads is larger than the explorer reads: nothing up to the limit,
// and beyond it the size, the limit and what to do.
func TestFileTooLarge(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want []string
	}{
		{1000, nil},
		{article.MaxFileSize, nil},
		{article.MaxFileSize + 1, []string{"long.json is 8.4 MB", "more than the 8.4 MB", "refuse", "nothing is lost"}},
		{12_000_000, []string{"long.json is 12 MB", "remove highlights or split the article"}},
	} {
		got := fileTooLarge("long.json", tc.n)
		if (got == "") != (tc.want == nil) {
			t.Errorf("fileTooLarge(%d) = %q", tc.n, got)
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("fileTooLarge(%d) = %q, want it to say %q", tc.n, got, w)
			}
		}
	}
}

func TestFileKindHint(t *testing.T) {
	cases := []struct {
		name, data, want string // want: the start of the hint, "" for none
	}{
		{"an article file", `{"format": "news-explorer-article/1"}`, ""},
		{"a broken article file", `{"format": `, ""},
		{"empty", "  \n", ""},
		{"a list", "\uFEFF [1, 2, 3]", "a.json is a JSON list, not an article file"},
		{"plain text", "Putin said on Saturday…", "a.json does not start with “{”, so it is not an article file but perhaps plain text"},
		{"annotations", `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}`, "a.json is JSON-LD, as annotations and claims are written"},
	}
	for _, c := range cases {
		got := fileKindHint("a.json", []byte(c.data))
		if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
			t.Errorf("%s: %q, want one starting %q", c.name, got, c.want)
		}
	}
}

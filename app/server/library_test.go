package server

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/ui"
)

var articleDataRE = regexp.MustCompile(`<script (?:data-article="([a-z0-9-]+)" )?id="` + ui.ArticleDataID + `" type="application/json">([^<]*)</script>`)

// pageArticleID returns the id of the article whose data a page carries,
// or "" when its slot is empty.
func pageArticleID(t *testing.T, page string) string {
	t.Helper()
	m := articleDataRE.FindAllStringSubmatch(page, -1)
	if len(m) != 1 {
		t.Fatalf("the page has %d article data elements, want 1", len(m))
	}
	named, data := m[0][1], m[0][2]
	if data == "" {
		if named != "" {
			t.Errorf("the page's empty article data names article %q", named)
		}
		return ""
	}
	a, err := article.Parse("page", []byte(data))
	if err != nil {
		t.Fatalf("the page's article data: %v", err)
	}
	if named != a.ID {
		t.Errorf("the page's article data is article %q's, and names %q", a.ID, named)
	}
	return a.ID
}

// TestLibraryPages checks that each page carries the data of its own
// article, and the library page none, and that every page carries the
// catalog.
func TestLibraryPages(t *testing.T) {
	h, _ := handler(t)
	tests := []struct {
		path    string
		status  int
		article string // the id of the article the page carries
		title   string // in the page's <title>
	}{
		{"/", 200, "kursk", "Putin credits"},
		{"/classroom", 200, "kursk", "Exercises: Putin credits"},
		{"/classroom/teacher", 200, "kursk", "Teacher's view: Putin credits"},
		{"/articles/kursk", 200, "kursk", "Putin credits"},
		{"/articles/porto", 200, "porto", "Porto plans 300 trees"},
		{"/articles/porto?show=quote", 200, "porto", "Porto plans 300 trees"},
		{"/articles/porto/", 200, "porto", "Porto plans 300 trees"},
		{"/articles/porto/classroom", 200, "porto", "Exercises: Porto plans 300 trees"},
		{"/articles/porto/teacher", 200, "porto", "Teacher's view: Porto plans 300 trees"},
		{"/articles/porto/teacher/", 200, "porto", "Teacher's view: Porto plans 300 trees"},
		{"/library", 200, "", "Library"},
		{"/articles/nope", 404, "", ""},
	}
	for _, tt := range tests {
		r := get(t, h, "GET", tt.path)
		page := body(t, r)
		if r.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, r.StatusCode, tt.status)
		}
		if r.StatusCode != 200 {
			if strings.Contains(page, "<script") {
				t.Errorf("GET %s = %d carries a script: %s", tt.path, r.StatusCode, page)
			}
			continue
		}
		if got := pageArticleID(t, page); got != tt.article {
			t.Errorf("GET %s carries article %q, want %q", tt.path, got, tt.article)
		}
		if !strings.Contains(page, `id="`+ui.LibraryDataID+`"`) {
			t.Errorf("GET %s does not carry the catalog", tt.path)
		}
		if title := regexp.MustCompile(`<title>([^<]*)</title>`).FindStringSubmatch(page); tt.title != "" && (title == nil || !strings.Contains(html.UnescapeString(title[1]), tt.title)) {
			t.Errorf("GET %s: title %q, want it to say %q", tt.path, title, tt.title)
		}
	}
}

// TestLibraryPageLinks checks the library page's list on the server: an
// entry per article with its links, and the navigation to it from every
// page.
func TestLibraryPageLinks(t *testing.T) {
	h, _ := handler(t)
	page := body(t, get(t, h, "GET", ui.LibraryPath))
	for _, id := range []string{"kursk", "porto"} {
		for _, want := range []string{
			`data-library-article="` + id + `"`,
			`href="/articles/` + id + `"`,
			`href="/articles/` + id + `/classroom"`,
			`href="/articles/` + id + `/teacher"`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("the library page has no %s", want)
			}
		}
	}
	for _, p := range ui.Paths(site.cat) {
		if !strings.Contains(body(t, get(t, h, "GET", p)), `href="/library"`) {
			t.Errorf("page %s does not link the library", p)
		}
	}
	porto := body(t, get(t, h, "GET", "/articles/porto"))
	for _, want := range []string{`href="/articles/porto/classroom"`, `href="/articles/porto/teacher"`, `action="/articles/porto"`} {
		if !strings.Contains(porto, want) {
			t.Errorf("/articles/porto has no %s", want)
		}
	}
}

// TestArticleFiles checks that each article's file is served as it was
// read, and stored by the service worker, and that the export writes the
// library's pages and files.
func TestArticleFiles(t *testing.T) {
	h, _ := handler(t)
	s := h.(*Site)
	want, err := os.ReadFile(libraryArticle)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"/articles/porto.json": want, "/articles/kursk.json": site.raw}
	for p, want := range files {
		r := get(t, h, "GET", p)
		if r.StatusCode != 200 || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("GET %s = %d %s, want 200 application/json", p, r.StatusCode, r.Header.Get("Content-Type"))
		}
		if got := body(t, r); got != string(want) {
			t.Errorf("GET %s is not the article's file", p)
		}
		found := false
		for _, u := range s.Precache {
			found = found || u == p
		}
		if !found {
			t.Errorf("%s is not stored for offline use", p)
		}
	}
	out := filepath.Join(t.TempDir(), "dist")
	if err := s.Export(out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"library/index.html", "articles/porto/index.html", "articles/porto/classroom/index.html", "articles/porto/teacher/index.html", "articles/kursk/index.html"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("the export has no %s: %v", name, err)
			continue
		}
		if want := s.assets["/"+strings.TrimSuffix(name, "/index.html")].body; !bytes.Equal(b, want) {
			t.Errorf("the export's %s is not the page served", name)
		}
	}
	if b, err := os.ReadFile(filepath.Join(out, "articles", "porto.json")); err != nil || !bytes.Equal(b, want) {
		t.Errorf("the export's articles/porto.json is not the file: %v", err)
	}
}

// TestLibraryVersion checks that a change to any article of the library
// makes a new version, and that two articles may not share an id.
func TestLibraryVersion(t *testing.T) {
	handler(t)
	base, err := gather(site.cfg)
	if err != nil {
		t.Fatal(err)
	}
	changed := site.cfg
	other := changed.Library[0]
	other.File = bytes.Replace(other.File, []byte("Porto will plant"), []byte("Porto will plant"), 1)
	other.File = append(other.File, '\n', ' ')
	changed.Library = []Source{other}
	c, err := gather(changed)
	if err != nil {
		t.Fatal(err)
	}
	v1, _ := Version(site.web, base.all)
	v2, _ := Version(site.web, c.all)
	if v1 == v2 {
		t.Errorf("a changed library article kept the version %s", v1)
	}
	dup := site.cfg
	dup.Library = []Source{{Article: site.art, File: site.raw}}
	if _, err := gather(dup); err == nil || !strings.Contains(err.Error(), `two articles have the id "kursk"`) {
		t.Errorf("two articles with one id: %v, want an error", err)
	}
}

// TestByteOrderMark serves an article file that an editor saved with a
// byte-order mark before its JSON, as the loader reads it: on the page
// and as its file, without the mark.
func TestByteOrderMark(t *testing.T) {
	handler(t)
	cfg := site.cfg
	marked := cfg.Library[0]
	plain := marked.File
	marked.File = append([]byte("\xef\xbb\xbf"), plain...)
	if _, err := article.Parse("marked.json", marked.File); err != nil {
		t.Fatalf("the loader refuses the marked file: %v", err)
	}
	cfg.Library = []Source{marked}
	c, err := gather(cfg)
	if err != nil {
		t.Fatalf("an article file with a byte-order mark: %v", err)
	}
	if got := c.files[ui.ArticleFile(marked.Article.ID)]; !bytes.Equal(got, plain) {
		t.Errorf("the file served is not the article's file without its mark: starts %q", got[:min(8, len(got))])
	}
	if _, err := article.Parse("page", []byte(html.UnescapeString(c.data[marked.Article.ID]))); err != nil {
		t.Errorf("the page's data does not read as the article: %v", err)
	}
}

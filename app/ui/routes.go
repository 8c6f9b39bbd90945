package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// LibraryPath is the page that lists every article of the library.
const LibraryPath = "/library"

// ArticlesPath is the folder of the library's pages: /articles/<id> is an
// article's reading view, /articles/<id>/classroom its exercises,
// /articles/<id>/teacher its teacher's view, and /articles/<id>.json its
// file, which the browser fetches when it opens an article that the page
// does not carry.
const ArticlesPath = "/articles/"

// ArticleDataID is the id of the page element that carries the JSON of
// the article the page shows, from which the browser side reads it.
const ArticleDataID = "article-data"

// LibraryDataID is the id of the page element that carries the catalog's
// JSON: every article's id, title and figures.
const LibraryDataID = "library-data"

// Catalog is the library as the pages list it. Every page carries it, so
// that the browser side knows every route without the articles
// themselves.
type Catalog struct {
	// Default is the id of the default article, which the pages at /,
	// /classroom and /classroom/teacher show.
	Default string `json:"default"`
	// Entries lists every article, the default first.
	Entries []Entry `json:"articles"`
}

// Entry is one article of the catalog.
type Entry struct {
	// ID is the article's id, which its paths carry.
	ID string `json:"id"`
	// Title is the article's short title; TitleIsOurs is true when it was
	// written for the explorer.
	Title       string `json:"title"`
	TitleIsOurs bool   `json:"titleIsOurs,omitempty"`
	// Stats are its length and counts.
	Stats article.Stats `json:"stats"`
}

// NewCatalog makes the catalog of articles, the first of which is the
// default.
func NewCatalog(arts []*article.Article) Catalog {
	var c Catalog
	for i, a := range arts {
		if i == 0 {
			c.Default = a.ID
		}
		c.Entries = append(c.Entries, Entry{ID: a.ID, Title: a.Title, TitleIsOurs: a.TitleIsOurs, Stats: a.Stats()})
	}
	return c
}

// ArticleFile is the path of the article file with the given id.
func ArticleFile(id string) string { return ArticlesPath + id + ".json" }

// ArticlePaths are the paths of one article's three pages.
type ArticlePaths struct {
	ID, Reader, Classroom, Teacher string
	// Shared is true for the pages of a shared article, whose addresses
	// carry the article (see SharedPaths); Key and Token are its key and
	// the token that carries it, once it is known.
	Shared     bool
	Key, Token string
}

// DefaultPaths are the pages of the default article, at the top.
func DefaultPaths(id string) ArticlePaths {
	return ArticlePaths{ID: id, Reader: "/", Classroom: ClassroomPath, Teacher: TeacherPath}
}

// LibraryPaths are the pages of an article under /articles/.
func LibraryPaths(id string) ArticlePaths {
	base := ArticlesPath + id
	return ArticlePaths{ID: id, Reader: base, Classroom: base + "/classroom", Teacher: base + "/teacher"}
}

// pagesOf lists the paths of every article page: the default article's at
// the top, then every article's (the default's included) under /articles/.
func pagesOf(cat Catalog) []ArticlePaths {
	out := []ArticlePaths{DefaultPaths(cat.Default)}
	for _, e := range cat.Entries {
		out = append(out, LibraryPaths(e.ID))
	}
	return out
}

// loaded holds the articles at hand, by id: on the server every article,
// in the browser the one the page carries and those fetched since. It is
// only written before the app runs and on the UI goroutine.
var loaded = map[string]*article.Article{}

// The explorer is two WebAssembly programs, so that a reader's first
// visit downloads only what reading needs. Both know every page: a page
// of the other program is opened by loading it in full (see
// loadOtherProgramInFull and handOff), which brings its program.
const (
	// ReaderWasm runs the reading view and the library.
	ReaderWasm = "/web/app.wasm"
	// AuthorWasm runs the classroom's pages and the editor: the
	// exercises, the teacher's views and the editor.
	AuthorWasm = "/web/author.wasm"
)

// WasmFor returns the program that runs the page at path.
func WasmFor(cat Catalog, path string) string {
	if isAuthorsPage(cat, path) {
		return AuthorWasm
	}
	return ReaderWasm
}

// isAuthorsPage reports whether the page at path is one that
// AuthorWasm runs.
func isAuthorsPage(cat Catalog, path string) bool {
	path = strings.TrimSuffix(path, "/")
	if path == EditorPath {
		return true
	}
	for _, p := range append(pagesOf(cat), SharedPaths("")) {
		if path == p.Classroom || path == p.Teacher {
			return true
		}
	}
	return false
}

// Pages are the constructors of the pages a program runs. A nil one is a
// page of the other program, which a link loads in full (see
// loadOtherProgramInFull and handOff).
type Pages struct {
	// Library and Editor make the pages that show no article of their
	// own.
	Library, Editor func() app.Composer
	// Reader, Exercises and Teacher make an article's three pages, given
	// their paths.
	Reader, Exercises, Teacher func(p ArticlePaths) app.Composer
}

// Routes registers every page with the component that renders it, as the
// server does to pre-render them: the library page, the default article
// at /, /classroom and /classroom/teacher, and every article under
// /articles/. arts are the articles at hand; a page whose article is not
// among them fetches it from its file (ArticleFile) when it opens.
func Routes(cat Catalog, arts []*article.Article, pages Pages) {
	for _, a := range arts {
		loaded[a.ID] = a
	}
	route := func(path string, c func() app.Composer) {
		if c == nil {
			c = func() app.Composer { return &handOff{} }
		}
		app.Route(path, c)
		// A static host answers a folder's page at its path with a slash.
		if path != "/" {
			app.Route(path+"/", c)
		}
	}
	route(LibraryPath, pages.Library)
	route(EditorPath, pages.Editor)
	for _, p := range append(pagesOf(cat), SharedPaths("")) {
		for _, pg := range []struct {
			path string
			make func(ArticlePaths) app.Composer
		}{{p.Reader, pages.Reader}, {p.Classroom, pages.Exercises}, {p.Teacher, pages.Teacher}} {
			if pg.make == nil {
				route(pg.path, nil)
				continue
			}
			route(pg.path, func() app.Composer { return pg.make(p) })
		}
	}
}

// Program is one of the explorer's two WebAssembly programs: the path of
// its code (ReaderWasm or AuthorWasm) and the pages it runs.
type Program struct {
	Wasm  string
	Pages Pages
	// UnsavedTyping and UnsavedWarning, when set, count the fields of a
	// page that hold typing not saved yet, and warn of it in the update
	// notice, before a reload would lose it.
	UnsavedTyping  func() int
	UnsavedWarning func(fields int, notNow app.EventHandler) []app.UI
}

// Start registers the program's pages, the others as pages to load in
// full, and the view for an address that names no page; the program
// then runs with app.RunWhenOnBrowser. arts are the articles the page
// carries (see FromPage).
func (p Program) Start(cat Catalog, arts []*article.Article) {
	unsavedTyping, unsavedWarning = p.UnsavedTyping, p.UnsavedWarning
	Routes(cat, arts, p.Pages)
	loadOtherProgramInFull(cat, p.Wasm)
	holdDefaults()
	routeNotFound()
}

// Paths lists the path of every page Routes registers for the catalog,
// the shared article's pages among them, which the server pre-renders,
// the service worker stores and the static export writes.
func Paths(cat Catalog) []string {
	paths := []string{LibraryPath, EditorPath}
	for _, p := range append(pagesOf(cat), SharedPaths("")) {
		paths = append(paths, p.Reader, p.Classroom, p.Teacher)
	}
	return paths
}

// CanonicalPath returns the path of the page that a folder's index.html
// stands for (/classroom/index.html is /classroom, /index.html is /), and
// whether path was one.
func CanonicalPath(path string) (string, bool) {
	const index = "/index.html"
	if !strings.HasSuffix(path, index) {
		return path, false
	}
	if p := strings.TrimSuffix(path, index); p != "" {
		return p, true
	}
	return "/", true
}

// PageArticle returns the id of the article the page at path shows, and
// false for a page that shows none (the library, a path that is no page).
func PageArticle(cat Catalog, path string) (string, bool) {
	path = strings.TrimSuffix(path, "/")
	if path == "" {
		path = "/"
	}
	for _, p := range pagesOf(cat) {
		if path == p.Reader || path == p.Classroom || path == p.Teacher {
			return p.ID, true
		}
	}
	return "", false
}

// EditorPath is the editor: a teacher opens an article file, checks its
// annotations, corrects them, and downloads the result.
const EditorPath = "/edit"

// ClassroomPath is the path of the student's classroom view.
const ClassroomPath = "/classroom"

// TeacherPath is the teacher's view of the classroom: the answer key, the
// printable worksheet and the class summary.
const TeacherPath = "/classroom/teacher"

// Package ui holds the explorer's go-app components. The same components
// render on the server, which sends the page with the article and its
// highlights already in the HTML, and in the browser, where the WebAssembly
// build takes over and makes the page interactive.
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

// articlePaths are the paths of one article's three pages.
type articlePaths struct {
	ID, Reader, Classroom, Teacher string
}

// defaultPaths are the pages of the default article, at the top.
func defaultPaths(id string) articlePaths {
	return articlePaths{ID: id, Reader: "/", Classroom: ClassroomPath, Teacher: TeacherPath}
}

// libraryPaths are the pages of an article under /articles/.
func libraryPaths(id string) articlePaths {
	base := ArticlesPath + id
	return articlePaths{ID: id, Reader: base, Classroom: base + "/classroom", Teacher: base + "/teacher"}
}

// pagesOf lists the paths of every article page: the default article's at
// the top, then every article's (the default's included) under /articles/.
func pagesOf(cat Catalog) []articlePaths {
	out := []articlePaths{defaultPaths(cat.Default)}
	for _, e := range cat.Entries {
		out = append(out, libraryPaths(e.ID))
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
	// ReaderWasm runs the reading view, the exercises and the library.
	ReaderWasm = "/web/app.wasm"
	// AuthorWasm runs the pages for authors: the editor and the
	// teacher's views.
	AuthorWasm = "/web/author.wasm"
)

// WasmFor returns the program that runs the page at path.
func WasmFor(cat Catalog, path string) string {
	if isAuthorPage(cat, path) {
		return AuthorWasm
	}
	return ReaderWasm
}

func isAuthorPage(cat Catalog, path string) bool {
	path = strings.TrimSuffix(path, "/")
	if path == EditorPath {
		return true
	}
	for _, p := range pagesOf(cat) {
		if path == p.Teacher {
			return true
		}
	}
	return false
}

// pageRoutes are the constructors of an article's three pages, and of
// the pages that do not show an article; a nil constructor is a page of
// the other program.
type pageRoutes struct {
	library, editor            func() app.Composer
	reader, classroom, teacher func(p articlePaths) func() app.Composer
}

// Routes registers every page with the component that renders it, as the
// server does to pre-render them: the library page, the default article
// at /, /classroom and /classroom/teacher, and every article under
// /articles/. arts are the articles at hand; a page whose article is not
// among them fetches it from its file (ArticleFile) when it opens.
func Routes(cat Catalog, arts ...*article.Article) {
	// The server only renders the editor; it never annotates.
	all, author := readerRoutes(cat), authorRoutes(nil)
	all.editor, all.teacher = author.editor, author.teacher
	routes(cat, arts, all)
}

// ReaderRoutes registers the pages that ReaderWasm runs, and the others
// as pages to load in full.
func ReaderRoutes(cat Catalog, arts ...*article.Article) {
	routes(cat, arts, readerRoutes(cat))
	loadOtherProgramInFull(cat, ReaderWasm)
	holdDefaults()
	routeNotFound()
}

// AuthorRoutes registers the pages that AuthorWasm runs, and the others
// as pages to load in full; the editor annotates pasted text with
// annotate.
func AuthorRoutes(annotate Annotator, cat Catalog, arts ...*article.Article) {
	unsavedTyping, unsavedWarning = unsavedFields, warnUnsaved
	routes(cat, arts, authorRoutes(annotate))
	loadOtherProgramInFull(cat, AuthorWasm)
	holdDefaults()
	routeNotFound()
}

// readerRoutes are the pages ReaderWasm runs.
func readerRoutes(cat Catalog) pageRoutes {
	return pageRoutes{
		library: func() app.Composer { return newLibraryPage(cat) },
		reader: func(p articlePaths) func() app.Composer {
			return func() app.Composer {
				if parts, ok := pageParts[p.ID]; ok && loaded[p.ID] == nil {
					return newPageReader(p.ID, parts).at(p)
				}
				return newReader(articleFor(p.ID), nil).at(p)
			}
		},
		classroom: func(p articlePaths) func() app.Composer {
			return func() app.Composer { return newClassroom(articleFor(p.ID), nil).at(p) }
		},
	}
}

// authorRoutes are the pages AuthorWasm runs, the editor annotating with
// annotate.
func authorRoutes(annotate Annotator) pageRoutes {
	return pageRoutes{
		editor: func() app.Composer { return newEditor(annotate) },
		teacher: func(p articlePaths) func() app.Composer {
			return func() app.Composer { return newTeacher(articleFor(p.ID), nil).at(p) }
		},
	}
}

// routes registers every page of the catalog, each with its constructor
// in r or, where r has none, as a page to load in full.
func routes(cat Catalog, arts []*article.Article, r pageRoutes) {
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
	route(LibraryPath, r.library)
	route(EditorPath, r.editor)
	for _, p := range pagesOf(cat) {
		for _, pg := range []struct {
			path string
			make func(articlePaths) func() app.Composer
		}{{p.Reader, r.reader}, {p.Classroom, r.classroom}, {p.Teacher, r.teacher}} {
			if pg.make == nil {
				route(pg.path, nil)
				continue
			}
			route(pg.path, pg.make(p))
		}
	}
}

// Paths lists the path of every page Routes registers for the catalog,
// which the server pre-renders, the service worker stores and the static
// export writes.
func Paths(cat Catalog) []string {
	paths := []string{LibraryPath, EditorPath}
	for _, p := range pagesOf(cat) {
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

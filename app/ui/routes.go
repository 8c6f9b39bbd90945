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

// Routes registers the explorer's pages for the catalog's articles: the
// library page, the default article at /, /classroom and
// /classroom/teacher, and every article under /articles/. arts are the
// articles at hand; a page whose article is not among them fetches it
// from its file (ArticleFile) when it opens.
func Routes(cat Catalog, arts ...*article.Article) {
	for _, a := range arts {
		loaded[a.ID] = a
	}
	library := func() app.Composer { return newLibraryPage(cat) }
	app.Route(LibraryPath, library)
	app.Route(LibraryPath+"/", library)
	editor := func() app.Composer { return newEditor() }
	app.Route(EditorPath, editor)
	app.Route(EditorPath+"/", editor)
	for _, p := range pagesOf(cat) {
		reader := func() app.Composer { return newReader(loaded[p.ID], nil).at(p) }
		classroom := func() app.Composer { return newClassroom(loaded[p.ID], nil).at(p) }
		teacher := func() app.Composer { return newTeacher(loaded[p.ID], nil).at(p) }
		app.Route(p.Reader, reader)
		app.Route(p.Classroom, classroom)
		app.Route(p.Teacher, teacher)
		// A static host answers a folder's page at its path with a slash.
		if p.Reader != "/" {
			app.Route(p.Reader+"/", reader)
		}
		app.Route(p.Classroom+"/", classroom)
		app.Route(p.Teacher+"/", teacher)
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

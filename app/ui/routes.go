// Package ui holds the explorer's go-app components. The same components
// render on the server, which sends the page with the article and its
// highlights already in the HTML, and in the browser, where the WebAssembly
// build takes over and makes the page interactive.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/article"
)

// Routes registers the explorer's pages for an article. err, if not nil,
// is why the article could not be loaded; the page then says so.
func Routes(a *article.Article, err error) {
	app.Route("/", func() app.Composer { return newReader(a, err) })
	app.Route(ClassroomPath, func() app.Composer { return newClassroom(a, err) })
	app.Route(TeacherPath, func() app.Composer { return newTeacher(a, err) })
	app.Route(EditorPath, func() app.Composer { return newEditor() })
	// A static host answers a folder's page at its path with a slash.
	app.Route(ClassroomPath+"/", func() app.Composer { return newClassroom(a, err) })
	app.Route(TeacherPath+"/", func() app.Composer { return newTeacher(a, err) })
}

// Paths lists the path of every page Routes registers, which the server
// pre-renders, the service worker stores and the static export writes.
func Paths() []string {
	return []string{"/", ClassroomPath, TeacherPath, EditorPath}
}

// ArticleDataID is the id of the page element that carries the article
// file's JSON, from which the browser side reads the article.
const ArticleDataID = "article-data"

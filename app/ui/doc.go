// Package ui holds what every page of the explorer uses, and each page
// has a package of its own below it:
//
//   - reader: the reading view of an article, and the library page;
//   - exercises: an article's exercises for students;
//   - teacher: the teacher's views: answer key, worksheet, class summary;
//   - editor: the editor, where an author corrects an article file.
//
// A page package imports this one and never another page, so a change to
// one page cannot break another, and the reading program (wasm/) links
// neither the editor nor the annotator.
//
// This package has the page shell and the site's routes (Catalog, Pages,
// Routes, Program, Masthead, the not-found and hand-off pages); reading
// what the server put in the page (FromPage) and fetching an article's
// file (FetchArticle); HTML built as one string (Markup, ArticleHTML);
// helpers for the DOM, the focus and text selection (MarkReady,
// FocusTarget, SelectableText); the browser's storage (BrowserStore,
// SetAside, OtherTabs); files in and out (ReadFile, DownloadFile); and the
// offline and update notices.
//
// Its components, and the pages', render on the server, which sends the
// page with the article and its highlights already in the HTML, and in
// the browser, where the WebAssembly program takes over and makes the page
// interactive.
package ui

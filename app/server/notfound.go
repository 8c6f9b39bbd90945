package server

import (
	"html"
	"net/http"
	"strconv"
	"strings"
)

// NotFoundFile is the page a static host sends for an address that names
// no file: Netlify, Cloudflare Pages and GitHub Pages read 404.html at the
// top of the site. Export writes it.
const NotFoundFile = "404.html"

// notFoundPage is the page for an address that names no page of the
// explorer, such as an article no longer in the library: it says so, and
// links to the library and the default article. path is the address
// asked for, or "" for the static site's 404.html, which serves every
// such address. It needs no script, so it works with the site's
// Content-Security-Policy and without the app.
func notFoundPage(path string) []byte {
	what := "This address names no page of the explorer."
	if path != "" {
		what = "The address <code>" + html.EscapeString(path) + "</code> names no page of the explorer."
	}
	return []byte(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found · News Explorer</title>
<link rel="icon" href="/web/icon.svg">
<link rel="stylesheet" href="/web/style.css">
</head>
<body>
<main id="main" class="not-found">
<h1>Page not found</h1>
<p>` + what + ` It may be mistyped, or the article may have left the library.</p>
<ul>
<li><a href="/library">The library of articles</a></li>
<li><a href="/">The default article</a></li>
</ul>
</main>
</body>
</html>
`)
}

// notFound answers a request for a page that does not exist with the
// not-found page and status 404.
func notFound(w http.ResponseWriter, r *http.Request) {
	page := notFoundPage(r.URL.Path)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(page)))
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		w.Write(page)
	}
}

// isPage reports whether p is the path of one of the site's pages, with or
// without a slash at its end, as static hosts answer folders.
func (s *Site) isPage(p string) bool {
	if a, ok := s.assets[p]; ok && a.isPage() {
		return true
	}
	if trimmed, ok := strings.CutSuffix(p, "/"); ok && trimmed != "" {
		a, ok := s.assets[trimmed]
		return ok && a.isPage()
	}
	return false
}

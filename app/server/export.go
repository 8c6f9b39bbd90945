package server

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Export writes the site as static files under dir, for any static host or
// CDN: every route's page (as index.html), go-app's scripts, worker and
// manifest, every file under web/ with its .br and .gz twins, a _headers
// file with the headers the server sends, for hosts that read one, and
// 404.html, the page hosts send for an address that names no page. dir
// must be empty or not exist, so that no stale file is left in the
// export. Every file written but 404.html is one the server answers with
// 200.
func (s *Site) Export(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("static: %s is not empty; give a new folder", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("static: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("static: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("static: %w", err)
	}
	defer root.Close()
	for _, p := range s.paths() {
		a := s.assets[p]
		name := exportName(p, a)
		if err := root.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return fmt.Errorf("static: %w", err)
		}
		files := []struct {
			name string
			body []byte
		}{{name, a.body}, {name + ".br", a.br}, {name + ".gz", a.gz}}
		for _, f := range files {
			if f.body == nil {
				continue
			}
			if err := root.WriteFile(f.name, f.body, 0o644); err != nil {
				return fmt.Errorf("static: %w", err)
			}
		}
	}
	if err := root.WriteFile("_headers", []byte(s.headersFile()), 0o644); err != nil {
		return fmt.Errorf("static: %w", err)
	}
	if err := root.WriteFile(NotFoundFile, notFoundPage(""), 0o644); err != nil {
		return fmt.Errorf("static: %w", err)
	}
	return nil
}

// paths lists the site's paths in order.
func (s *Site) paths() []string {
	paths := make([]string, 0, len(s.assets))
	for p := range s.assets {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// exportName is the file a path is written to: a page is the index.html
// of its folder, so that a plain file server answers the path with it.
func exportName(p string, a *asset) string {
	name := strings.TrimPrefix(p, "/")
	if a.isPage() {
		name = filepath.Join(name, "index.html")
	}
	return filepath.FromSlash(name)
}

// headersFile is the _headers file that Netlify and Cloudflare Pages read:
// the security headers on everything, and "no-cache" so that every visit
// checks for a new version.
func (s *Site) headersFile() string {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, kv := range SecurityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	b.WriteString("  Cache-Control: no-cache\n")
	b.WriteString("/*.wasm\n  Content-Type: application/wasm\n")
	b.WriteString("/*.webmanifest\n  Content-Type: application/manifest+json\n")
	return b.String()
}

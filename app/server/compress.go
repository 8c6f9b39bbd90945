package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// Compressed twins: a web file may have name.br and name.gz beside it,
// written once by Compress (make build runs it) at the highest settings.
// The server uses a twin only if it decodes to the file itself, so a stale
// twin is never sent; it compresses what has no good twin at start-up.

// twinExts are the extensions of compressed twins, which are never served
// as files of their own.
var twinExts = []string{".br", ".gz"}

// largeFile is the size above which start-up compression uses quicker,
// lower settings and says that a twin would do better.
const largeFile = 512 << 10

// compressible reports whether a content type is worth compressing.
func compressible(ctype string) bool {
	switch {
	case strings.HasPrefix(ctype, "text/"),
		strings.HasPrefix(ctype, "application/wasm"),
		strings.HasPrefix(ctype, "application/javascript"), // go-app's scripts
		strings.HasPrefix(ctype, "application/json"),
		strings.HasPrefix(ctype, "application/manifest+json"),
		strings.HasPrefix(ctype, "application/xml"),
		strings.HasPrefix(ctype, "image/svg+xml"):
		return true
	}
	return false
}

// isTwin reports whether name is the compressed twin of another file in
// names.
func isTwin(name string, names map[string]bool) bool {
	for _, ext := range twinExts {
		if base, ok := strings.CutSuffix(name, ext); ok && names[base] {
			return true
		}
	}
	return false
}

func brotliBytes(b []byte, quality int) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, quality)
	w.Write(b) // writes to a bytes.Buffer do not fail
	w.Close()
	return out.Bytes()
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzip.BestCompression) // the level is valid
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func unbrotli(b []byte) ([]byte, error) { return io.ReadAll(brotli.NewReader(bytes.NewReader(b))) }

func gunzip(b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// pays reports whether a compressed form saves enough to be worth sending.
func pays(compressed, body []byte) bool {
	return len(compressed) > 0 && len(compressed) < len(body)-len(body)/10
}

// readTwin reads name's twin with extension ext and checks it against
// body: it returns the twin when it decodes to body, and stale when a twin
// is there but does not.
func readTwin(web fs.FS, name, ext string, body []byte) (twin []byte, stale bool) {
	b, err := fs.ReadFile(web, name+ext)
	if err != nil {
		return nil, false
	}
	decode := gunzip
	if ext == ".br" {
		decode = unbrotli
	}
	if d, err := decode(b); err == nil && bytes.Equal(d, body) {
		return b, false
	}
	return nil, true
}

// compressAsset fills in a's compressed forms, from valid twins in web when
// there are any. name is the file's name in web, or "" for a file the
// server generates. It returns a note for the operator when a twin is
// stale or a large file had none.
func compressAsset(a *asset, web fs.FS, name string) (note string) {
	if !compressible(a.ctype) {
		return ""
	}
	if name != "" {
		var brStale, gzStale bool
		a.br, brStale = readTwin(web, name, ".br", a.body)
		a.gz, gzStale = readTwin(web, name, ".gz", a.body)
		switch {
		case brStale && gzStale:
			note = fmt.Sprintf("%s.br and %s.gz are stale or broken, so they are not sent", name, name)
		case brStale:
			note = fmt.Sprintf("%s.br is stale or broken, so it is not sent", name)
		case gzStale:
			note = fmt.Sprintf("%s.gz is stale or broken, so it is not sent", name)
		}
	}
	if a.br == nil {
		quality := brotli.BestCompression
		if len(a.body) > largeFile {
			quality = 5
			if note == "" && name != "" {
				note = fmt.Sprintf("%s has no brotli twin, so it is compressed quickly rather than well", name)
			}
		}
		a.br = brotliBytes(a.body, quality)
	}
	if a.gz == nil {
		a.gz = gzipBytes(a.body)
	}
	if !pays(a.br, a.body) {
		a.br = nil
	}
	if !pays(a.gz, a.body) {
		a.gz = nil
	}
	if note != "" {
		note += "; run make build (or newsexplorer compress) to write the twins"
	}
	return note
}

// Compress writes brotli and gzip twins, at the highest settings, beside
// every compressible file in dir that lacks an up-to-date pair. It is
// slow for large files (the wasm takes about 20 s), which is why it runs
// at build time and not at start-up. It reports each file it writes.
func Compress(dir string, report io.Writer) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("compress: %w", err)
	}
	defer root.Close()
	web := root.FS()
	names, err := webNames(web)
	if err != nil {
		return fmt.Errorf("compress: %w", err)
	}
	for _, name := range names {
		if !compressible(contentType(name)) {
			continue
		}
		body, err := fs.ReadFile(web, name)
		if err != nil {
			return fmt.Errorf("compress: %w", err)
		}
		for _, ext := range twinExts {
			if twin, _ := readTwin(web, name, ext, body); twin != nil {
				continue
			}
			twin := gzipBytes(body)
			if ext == ".br" {
				twin = brotliBytes(body, brotli.BestCompression)
			}
			if err := root.WriteFile(name+ext, twin, 0o644); err != nil {
				return fmt.Errorf("compress: %w", err)
			}
			fmt.Fprintf(report, "compress: wrote %s\n", filepath.Join(dir, name+ext))
		}
	}
	return nil
}

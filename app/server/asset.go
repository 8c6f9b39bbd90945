package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// asset is one file the server sends, held in memory with its compressed
// forms so that no request reads the disk or compresses anything.
type asset struct {
	path    string // the URL path it answers
	ctype   string
	body    []byte
	br, gz  []byte // the compressed forms; nil when compression does not pay
	etag    string // a quoted hash of body; each compressed form's adds its coding (etagFor)
	modTime time.Time
}

func newAsset(urlPath, ctype string, body []byte, modTime time.Time) *asset {
	sum := sha256.Sum256(body)
	if ctype == "" {
		ctype = contentType(urlPath)
	}
	return &asset{
		path:    urlPath,
		ctype:   ctype,
		body:    body,
		etag:    `"` + hex.EncodeToString(sum[:12]) + `"`,
		modTime: modTime,
	}
}

// contentType is the type of a file from its name, with the types the app
// needs spelled out rather than left to the system's tables.
func contentType(name string) string {
	switch ext := path.Ext(name); ext {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".webmanifest":
		return "application/manifest+json"
	case ".json":
		return "application/json"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".html":
		return "text/html; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".xml":
		return "application/xml"
	default:
		if t := mime.TypeByExtension(ext); t != "" {
			return t
		}
		return "application/octet-stream"
	}
}

// serve sends the asset in the best encoding the request accepts, with
// its validators, so that a client holding the same version gets a 304.
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "no-cache")
	enc := ""
	if a.br != nil || a.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		enc = negotiate(r.Header.Get("Accept-Encoding"), a.br != nil, a.gz != nil)
	}
	h.Set("ETag", a.etagFor(enc))
	if enc == "" && (r.Header.Get("Range") != "" || r.Header.Get("If-Match") != "" || r.Header.Get("If-Unmodified-Since") != "") {
		// A range of the file as it is, or a rarer condition:
		// ServeContent answers those.
		http.ServeContent(w, r, "", a.modTime, bytes.NewReader(a.body))
		return
	}
	// Everything else, which is nearly every request, is the whole file
	// in one write. ServeContent would send no length with a
	// Content-Encoding, and a range of a compressed stream is no use to a
	// browser, so a compressed answer is always the whole file.
	if !a.modTime.IsZero() {
		h.Set("Last-Modified", a.modTime.UTC().Format(http.TimeFormat))
	}
	if notModified(r, a, enc) {
		h.Del("Content-Type")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	switch enc {
	case "br":
		body = a.br
	case "gzip":
		body = a.gz
	}
	if enc != "" {
		h.Set("Content-Encoding", enc)
	} else {
		h.Set("Accept-Ranges", "bytes")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagFor is the asset's tag in the given coding: a strong tag names
// one sequence of bytes, so the brotli and gzip forms each have their
// own, the file's tag with "-br" or "-gzip" before its closing quote.
func (a *asset) etagFor(enc string) string {
	if enc == "" {
		return a.etag
	}
	return a.etag[:len(a.etag)-1] + "-" + enc + `"`
}

// notModified reports whether the client's copy of the asset in the
// coding enc is current: its If-None-Match names that form's tag, or,
// without one, its If-Modified-Since is no older than the asset.
func notModified(r *http.Request, a *asset, enc string) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		etag := a.etagFor(enc)
		for _, tag := range strings.Split(inm, ",") {
			tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
			if tag == "*" || tag == etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" && !a.modTime.IsZero() {
		t, err := http.ParseTime(ims)
		return err == nil && !a.modTime.Truncate(time.Second).After(t)
	}
	return false
}

// negotiate picks the encoding to send from an Accept-Encoding header:
// "br", "gzip" or "" for the file as it is. It prefers brotli, then gzip,
// among the codings the client accepts with a non-zero quality, and
// honours "*" and "identity;q=0" as far as the forms on offer allow.
func negotiate(header string, haveBr, haveGz bool) string {
	q := map[string]float64{}
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		weight := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0
				}
				weight = f
			}
		}
		if name == "x-gzip" {
			name = "gzip"
		}
		q[name] = weight
	}
	accepts := func(coding string) bool {
		if w, ok := q[coding]; ok {
			return w > 0
		}
		w, ok := q["*"]
		return ok && w > 0
	}
	switch {
	case haveBr && accepts("br"):
		return "br"
	case haveGz && accepts("gzip"):
		return "gzip"
	}
	return ""
}

// isPage reports whether the asset is a pre-rendered page; an HTML file
// under web/ is a file like any other.
func (a *asset) isPage() bool {
	return strings.HasPrefix(a.ctype, "text/html") && !strings.HasPrefix(a.path, "/web/")
}

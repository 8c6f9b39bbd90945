package server

import "net/http"

// contentSecurityPolicy lets the page load only its own files. Go's
// WebAssembly needs 'wasm-unsafe-eval' to compile app.wasm; nothing needs
// inline scripts or styles, so neither is allowed.
const contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data:; " +
	"connect-src 'self'; " +
	"manifest-src 'self'; " +
	"worker-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'none'; " +
	"form-action 'self'; " +
	"frame-ancestors 'none'"

// SecurityHeaders are the headers sent with every answer, pages and
// files alike. The static export writes them for hosts that read a
// _headers file.
var SecurityHeaders = [][2]string{
	{"Content-Security-Policy", contentSecurityPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
	{"X-Frame-Options", "DENY"},
}

func setSecurityHeaders(h http.Header) {
	for _, kv := range SecurityHeaders {
		h.Set(kv[0], kv[1])
	}
}

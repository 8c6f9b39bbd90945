//go:build !js

package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/server"
)

// main is the host side. With -web it serves the app from that folder
// (app.wasm and the icons, with their compressed twins) as the explorer's
// server does; with -files it serves a folder with Go's http.FileServer
// instead, under the same connection limits, as a baseline for throughput.
// With -web and -page it sends that page at / in place of its own: the
// explorer's, so that the benchmarks can tell what carrying the explorer's
// pre-rendered page costs a go-app program that does nothing else. Either
// way it says where it listens, as the explorer's server does.
//
//	minimal -addr 127.0.0.1:0 -web dir
//	minimal -addr 127.0.0.1:0 -web dir -page explorer.html
//	minimal -addr 127.0.0.1:0 -files dir
func main() {
	log.SetFlags(0)
	log.SetPrefix("minimal: ")
	addr := flag.String("addr", "127.0.0.1:8001", "address to listen on")
	web := flag.String("web", "", "web folder of the minimal app, app.wasm among them")
	files := flag.String("files", "", "folder to serve with http.FileServer instead of the app")
	page := flag.String("page", "", "with -web, a page to send at / in place of the app's own")
	flag.Parse()

	var (
		h    http.Handler
		what string
	)
	switch {
	case *files != "":
		h, what = http.FileServer(http.Dir(*files)), fmt.Sprintf("http.FileServer serving %q", *files)
	case *web != "":
		site, err := build(*web)
		if err != nil {
			log.Fatal(err)
		}
		for _, note := range site.Notes {
			fmt.Printf("note: %s\n", note)
		}
		h, what = site, fmt.Sprintf("Minimal go-app app (version %s) serving %q", site.Version, *web)
		if *page != "" {
			b, err := os.ReadFile(*page)
			if err != nil {
				log.Fatal(err)
			}
			h, what = withPage(site, b), what+" with the page "+*page
		}
	default:
		log.Fatal("one of -web or -files is required")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s at http://%s/\n", what, ln.Addr())
	if err := server.Serve(ctx, server.HTTPServer(h), ln, server.ShutdownGrace); err != nil {
		log.Fatal(err)
	}
}

// withPage sends page at / with the headers the server sends with every
// page, and everything else as site does.
func withPage(site http.Handler, page []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			site.ServeHTTP(w, r)
			return
		}
		for _, kv := range server.SecurityHeaders {
			w.Header().Set(kv[0], kv[1])
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(page)
	})
}

// build makes the minimal app's site the way the explorer's is made: local
// icons, a version that is a hash of what is served, and server.Build.
func build(dir string) (*server.Site, error) {
	web, err := server.OpenWeb(dir)
	if err != nil {
		return nil, err
	}
	version, err := server.Version(web, "")
	if err != nil {
		return nil, err
	}
	routes()
	h := &app.Handler{
		Name:  "Minimal",
		Title: "Minimal",
		Lang:  "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Version: version,
	}
	return server.Build(web, h, paths)
}

// Command newsexplorer serves the News Explorer: the pages, pre-rendered
// with the article and its highlights, and the static files under web/,
// the WebAssembly app among them.
//
//	newsexplorer [-addr 127.0.0.1:8000] [-web web] [-article file.json]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
	"newsexplorer/app/server"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("newsexplorer: ")
	addr := flag.String("addr", "127.0.0.1:8000", "address to listen on")
	web := flag.String("web", "web", "folder of static assets, app.wasm among them")
	file := flag.String("article", "", "article file to show instead of the default article")
	flag.Parse()

	if err := run(*addr, *web, *file); err != nil {
		log.Fatal(err)
	}
}

func run(addr, webDir, file string) error {
	a, raw, err := loadArticle(file)
	if err != nil {
		return err
	}
	web, err := server.OpenWeb(webDir)
	if err != nil {
		return err
	}
	if _, err := fs.Stat(web, "app.wasm"); err != nil {
		log.Printf("warning: %s/app.wasm is missing, so pages will not become interactive; run make build", webDir)
	}
	h, version, err := server.New(server.Config{Web: web, Article: a, ArticleFile: raw})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      5 * time.Minute, // app.wasm on a slow school link
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Printf("News Explorer (version %s) serving %q at http://%s/\n", version, a.Title, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Println("shutting down; letting downloads in progress finish")
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// loadArticle loads the article file given, or the default article.
func loadArticle(file string) (*article.Article, []byte, error) {
	if file == "" {
		return library.Default()
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	a, err := article.Parse(file, raw)
	if err != nil {
		return nil, nil, err
	}
	return a, raw, nil
}

// Command fileserver serves a folder with Go's http.FileServer under the
// connection limits of the explorer's server: the baseline against which
// make bench measures the explorer's requests per second. It says where it
// listens, as the explorer's server does.
//
// It sits under testdata so that ./... ignores it; the benchmarks build it
// by its path:
//
//	go build -o fileserver ./app/browser/testdata/fileserver
//	fileserver -addr 127.0.0.1:0 -files dir
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

	"newsexplorer/app/server"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("fileserver: ")
	addr := flag.String("addr", "127.0.0.1:8001", "address to listen on")
	files := flag.String("files", "", "folder to serve with http.FileServer")
	flag.Parse()
	if *files == "" {
		log.Fatal("-files is required")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("http.FileServer serving %q at http://%s/\n", *files, ln.Addr())
	h := http.FileServer(http.Dir(*files))
	if err := server.Serve(ctx, server.HTTPServer(h), ln, server.ShutdownGrace); err != nil {
		log.Fatal(err)
	}
}

// Command newsexplorer serves the News Explorer: the pages, pre-rendered
// with the article and its highlights, and the static files under web/,
// the WebAssembly programs among them.
//
//	newsexplorer [serve] [-addr 127.0.0.1:8000] [-web web] [-article file.json] [-articles dir]
//
// Its other subcommands, static, compress, export, import, annotate and
// validate, are run by package newsexplorer/app/cli, whose Usage lists
// them all: they export the same site as static files, write the
// compressed twins of web's files, and write, convert and check article
// files.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"

	"newsexplorer/app/cli"
	"newsexplorer/app/server"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("newsexplorer: ")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		if err == flag.ErrHelp {
			os.Exit(2)
		}
		log.Fatal(err)
	}
}

// run runs the subcommand args name; serve when it names none. It serves
// the explorer itself and hands every other subcommand to the cli
// package.
func run(ctx context.Context, args []string, out io.Writer) error {
	cmd := cli.Serve
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	if cmd != cli.Serve {
		return cli.Run(cmd, args, out)
	}
	fl, src := cli.SiteFlagSet(cmd)
	addr := fl.String("addr", "127.0.0.1:8000", "address to listen on")
	if err := cli.ParseFlags(fl, args); err != nil {
		return err
	}
	return serve(ctx, *addr, *src, out)
}

// serve builds the site from src and serves it at addr until ctx is
// cancelled, then lets the answers in progress finish.
func serve(ctx context.Context, addr string, src cli.Sources, out io.Writer) error {
	site, title, err := src.Build(out)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "News Explorer (version %s) serving %q at http://%s/\n", site.Version, title, ln.Addr())
	said := make(chan struct{})
	stopping := context.AfterFunc(ctx, func() {
		fmt.Fprintln(out, "shutting down: no new connections; letting downloads in progress finish")
		close(said)
	})
	err = server.Serve(ctx, server.HTTPServer(site), ln, server.ShutdownGrace)
	if !stopping() {
		<-said
	}
	fmt.Fprintln(out, "stopped")
	return err
}

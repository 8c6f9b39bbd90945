// Command newsexplorer serves the News Explorer: the pages, pre-rendered
// with the article and its highlights, and the static files under web/,
// the WebAssembly app among them. It can also export the same site as
// static files, and write the compressed twins of web/'s files.
//
//	newsexplorer [serve] [-addr 127.0.0.1:8000] [-web web] [-article file.json] [-articles dir]
//	newsexplorer static -out dist [-web web] [-article file.json] [-articles dir]
//	newsexplorer compress [-web web]
//	newsexplorer export [-format w3c|schema] [-source IRI] [file.json]
//	newsexplorer import [-article file.json] annotations.jsonld
//	newsexplorer annotate [-title T] [-out file.json] [text.txt]
//	newsexplorer validate dir|file.json ...
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

	"newsexplorer/app/article"
	"newsexplorer/app/library"
	"newsexplorer/app/server"
)

const usage = `usage:
  newsexplorer [serve] [-addr 127.0.0.1:8000] [-web web] [-article file.json] [-articles dir]
      serve the explorer
  newsexplorer static -out dir [-web web] [-article file.json] [-articles dir]
      write the whole site as static files for any static host
  newsexplorer compress [-web web]
      write brotli and gzip twins of web's files (make build runs it)
  newsexplorer export [-format w3c|schema] [-source IRI] [file.json]
      write an article's annotations (w3c) or claims (schema) as JSON-LD
  newsexplorer import [-format w3c|schema] [-article file.json] file.jsonld
      read W3C Web Annotations or schema.org ClaimReview (told apart by the
      file's context) onto an article and write its article file
  newsexplorer annotate [-title T] [-out file.json] [text.txt]
      annotate plain text (the file, or standard input) and write an article file
  newsexplorer validate [-article file.json] dir|file.json ...
      check article files and folders of them; exit status 1 on any error
`

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

// run runs the subcommand args name; serve when it names none.
func run(ctx context.Context, args []string, out io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	fl := flag.NewFlagSet("newsexplorer "+cmd, flag.ContinueOnError)
	fl.Usage = func() { fmt.Fprint(fl.Output(), usage) }
	web := fl.String("web", "web", "folder of static assets, app.wasm among them")
	switch cmd {
	case "serve":
		addr := fl.String("addr", "127.0.0.1:8000", "address to listen on")
		file := fl.String("article", "", "article file to show instead of the default article")
		articles := fl.String("articles", "", "folder of article files for the library")
		if err := parseFlags(fl, args); err != nil {
			return err
		}
		return serve(ctx, *addr, *web, *file, *articles, out)
	case "static":
		dir := fl.String("out", "", "folder to write the site to; it must be empty or not exist")
		file := fl.String("article", "", "article file to show instead of the default article")
		articles := fl.String("articles", "", "folder of article files for the library")
		if err := parseFlags(fl, args); err != nil {
			return err
		}
		if *dir == "" {
			return fmt.Errorf("static: -out is required")
		}
		site, _, err := build(*web, *file, *articles, out)
		if err != nil {
			return err
		}
		if err := site.Export(*dir); err != nil {
			return err
		}
		fmt.Fprintf(out, "wrote the site (version %s) to %s\n", site.Version, *dir)
		return nil
	case "compress":
		if err := parseFlags(fl, args); err != nil {
			return err
		}
		return server.Compress(*web, out)
	case "export":
		return exportFormats(fl, args, out)
	case "import":
		return importFormats(fl, args, out)
	case "annotate":
		title := fl.String("title", "", "the article's title; made from the text's first words when empty")
		file := fl.String("out", "", "article file to write; standard output when empty")
		if err := fl.Parse(args); err != nil {
			return err
		}
		return annotate(*title, fl.Args(), *file, out)
	case "validate":
		return validate(fl, args, out)
	default:
		fmt.Fprint(os.Stderr, usage)
		return fmt.Errorf("unknown command %q", cmd)
	}
}

// parseFlags parses the flags of a command that takes no other
// arguments, and refuses any: "serve my.json" would otherwise serve the
// default article without a word.
func parseFlags(fl *flag.FlagSet, args []string) error {
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q: name an article file with -article, and a folder of them with -articles", fl.Name(), fl.Arg(0))
	}
	return nil
}

// build loads the article, the library's folder and the web folder and
// builds the site. It prints what was left out of the library and the
// site's notes, and returns the article's title.
func build(webDir, file, articles string, out io.Writer) (*server.Site, string, error) {
	a, raw, err := loadArticle(file)
	if err != nil {
		return nil, "", err
	}
	others := loadLibrary(a, raw, file, articles, out)
	web, err := server.OpenWeb(webDir)
	if err != nil {
		return nil, "", err
	}
	site, err := server.New(server.Config{Web: web, Article: a, ArticleFile: raw, Library: others})
	if err != nil {
		return nil, "", err
	}
	for _, note := range site.Notes {
		fmt.Fprintf(out, "note: %s\n", note)
	}
	return site, a.Title, nil
}

func serve(ctx context.Context, addr, webDir, file, articles string, out io.Writer) error {
	site, title, err := build(webDir, file, articles, out)
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

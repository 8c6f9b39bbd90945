// Package cli runs the subcommands of the newsexplorer command other than
// serving: static, compress, export, import, annotate and validate. It
// also builds the site from the files the command line names (Sources),
// which serving and static share.
//
// The command's main package reads the subcommand's name; it serves the
// explorer itself and hands every other subcommand to Run.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"

	"newsexplorer/app/server"
)

// Usage is the command's usage text, printed for -h and for a subcommand
// the command does not have.
const Usage = `usage:
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
      annotate plain text (the file, or standard input) and write an article file;
      over an article file of the same text, keep the claims a person wrote or accepted
  newsexplorer validate [-article file.json] dir|file.json ...
      check article files and folders of them; exit status 1 on any error
`

// Serve is the name of the subcommand that serves the explorer, the one
// the command runs when it is given none. The main package runs it; Run
// does not.
const Serve = "serve"

// commands are the subcommands Run runs, by name. Each parses its own
// arguments and writes what it reports to out.
var commands = map[string]func(args []string, out io.Writer) error{
	"static":   static,
	"compress": compress,
	"export":   export,
	"import":   importAnnotations,
	"annotate": annotate,
	"validate": validate,
}

// Run runs the subcommand named cmd with the arguments that follow its
// name, writing what it reports to out. For a name it does not know, it
// prints Usage to standard error and returns an error. A -h among the
// arguments prints Usage and returns flag.ErrHelp.
func Run(cmd string, args []string, out io.Writer) error {
	run, ok := commands[cmd]
	if !ok {
		fmt.Fprint(os.Stderr, Usage)
		return fmt.Errorf("unknown command %q", cmd)
	}
	return run(args, out)
}

// newFlagSet returns the flag set of the subcommand cmd. It returns its
// errors rather than exiting, prints Usage for -h, and has the -web flag,
// which every subcommand accepts and which sets *web. A subcommand that
// reads no web folder passes nil: it accepts -web and ignores it.
func newFlagSet(cmd string, web *string) *flag.FlagSet {
	if web == nil {
		web = new(string)
	}
	fl := flag.NewFlagSet("newsexplorer "+cmd, flag.ContinueOnError)
	fl.Usage = func() { fmt.Fprint(fl.Output(), Usage) }
	fl.StringVar(web, "web", "web", "folder of static assets, app.wasm among them")
	return fl
}

// ParseFlags parses the flags of a subcommand that takes no other
// arguments, and refuses any: "serve my.json" would otherwise serve the
// default article without a word.
func ParseFlags(fl *flag.FlagSet, args []string) error {
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q: name an article file with -article, and a folder of them with -articles", fl.Name(), fl.Arg(0))
	}
	return nil
}

// compress runs "newsexplorer compress": it writes the brotli and gzip
// twins of the web folder's files.
func compress(args []string, out io.Writer) error {
	var web string
	fl := newFlagSet("compress", &web)
	if err := ParseFlags(fl, args); err != nil {
		return err
	}
	return server.Compress(web, out)
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
	"newsexplorer/app/server"
)

// loadLibrary reads the article files of the folder dir for the library
// of the default article a (read from raw). Files with errors are
// reported on out and left out; they never stop the server. It returns
// the library's other articles.
func loadLibrary(a *article.Article, raw []byte, file, dir string, out io.Writer) []server.Source {
	if dir == "" {
		return nil
	}
	if file == "" {
		file = library.DefaultFile
	}
	lib, rep := library.Load(library.Item{Article: a, File: file, Raw: raw}, dir)
	printReport(out, rep, "so it is left out of the library")
	var others []server.Source
	var ids []string
	for i, it := range lib.Items {
		ids = append(ids, it.Article.ID)
		if i > 0 {
			others = append(others, server.Source{Article: it.Article, File: it.Raw})
		}
	}
	ids[0] += " (the default)"
	fmt.Fprintf(out, "library: %s: %s\n", english.Plural(len(ids), "article", ""), strings.Join(ids, ", "))
	return others
}

// printReport prints each problem, with every error an article file has
// on a line of its own, then each note. left says what became of a file
// with errors.
func printReport(out io.Writer, rep library.Report, left string) {
	for _, p := range rep.Problems {
		var list article.ErrorList
		if errors.As(p.Err, &list) {
			fmt.Fprintf(out, "error: %s: %s, %s:\n", p.File, english.Plural(len(list), "error", ""), left)
			for _, e := range list {
				fmt.Fprintf(out, "  %s\n", e)
			}
			continue
		}
		fmt.Fprintf(out, "error: %s\n", strings.TrimPrefix(p.Err.Error(), "library: "))
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(out, "note: %s\n", n)
	}
}

// validate checks article files, and folders of them, as the server would
// load them into its library: it prints every problem and a line for each
// valid article, and fails if any file has an error.
func validate(fl *flag.FlagSet, args []string, out io.Writer) error {
	file := fl.String("article", "", "the default article the library will have, if not the embedded one")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() == 0 {
		return errors.New("validate: give the article files or folders to check")
	}
	def, raw, err := loadArticle(*file)
	if err != nil {
		return err
	}
	name := *file
	if name == "" {
		name = library.DefaultFile
	}
	items, rep := library.ReadFiles(fl.Args())
	kept, dups := library.Unique(append([]library.Item{{Article: def, File: name, Raw: raw}}, items...))
	rep.Problems = append(rep.Problems, dups.Problems...)
	for _, it := range kept[1:] {
		s := it.Article.Stats()
		fmt.Fprintf(out, "ok: %s: %q (id %s): %s, %s; %s, %s, %s, %s\n", it.File, it.Article.Title, it.Article.ID,
			english.Plural(s.Characters, "character", ""), english.Plural(s.Words, "word", ""),
			english.Plural(s.Entities, "entity", "entities"), english.Plural(s.Highlights, "highlight", ""),
			english.Plural(s.Quotes, "quote", ""), english.Plural(s.Claims, "claim", ""))
	}
	printReport(out, rep, "so the library would leave it out")
	if n := len(rep.Problems); n > 0 {
		return fmt.Errorf("validate: %s, %s", english.Plural(len(kept)-1, "valid article", ""), english.Plural(n, "problem", ""))
	}
	fmt.Fprintf(out, "validate: %s, no problems\n", english.Plural(len(kept)-1, "valid article", ""))
	return nil
}

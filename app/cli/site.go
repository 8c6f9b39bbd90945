package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
	"newsexplorer/app/server"
)

// Sources names the files a site is built from, as the flags -web,
// -article and -articles give them.
type Sources struct {
	// Web is the folder of static assets, the WebAssembly programs among
	// them.
	Web string
	// Article is the default article's file; the embedded default article
	// when empty.
	Article string
	// Articles is a folder of article files for the library; the library
	// holds the default article alone when empty.
	Articles string
}

// SiteFlagSet returns the flag set of cmd, a subcommand that builds a
// site: the flag set of every subcommand (-web), with -article and
// -articles. The three flags set the Sources it returns.
func SiteFlagSet(cmd string) (*flag.FlagSet, *Sources) {
	src := &Sources{}
	fl := newFlagSet(cmd, &src.Web)
	fl.StringVar(&src.Article, "article", "", "article file to show instead of the default article")
	fl.StringVar(&src.Articles, "articles", "", "folder of article files for the library")
	return fl, src
}

// Build loads the article, the library's folder and the web folder and
// builds the site. It prints to out what was left out of the library and
// the site's notes, and returns the default article's title.
func (src Sources) Build(out io.Writer) (site *server.Site, title string, err error) {
	a, raw, err := loadArticle(src.Article)
	if err != nil {
		return nil, "", err
	}
	others := loadLibrary(a, raw, src.Article, src.Articles, out)
	web, err := server.OpenWeb(src.Web)
	if err != nil {
		return nil, "", err
	}
	site, err = server.New(server.Config{Web: web, Article: a, ArticleFile: raw, Library: others})
	if err != nil {
		return nil, "", err
	}
	for _, note := range site.Notes {
		fmt.Fprintf(out, "note: %s\n", note)
	}
	return site, a.Title, nil
}

// static runs "newsexplorer static": it writes the whole site as static
// files into the folder -out names, which must be empty or not exist.
func static(args []string, out io.Writer) error {
	fl, src := SiteFlagSet("static")
	dir := fl.String("out", "", "folder to write the site to; it must be empty or not exist")
	if err := ParseFlags(fl, args); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("static: -out is required")
	}
	site, _, err := src.Build(out)
	if err != nil {
		return err
	}
	if err := site.Export(*dir); err != nil {
		return err
	}
	fmt.Fprintf(out, "wrote the site (version %s) to %s\n", site.Version, *dir)
	return nil
}

// loadArticle loads the article file given, or the default article when
// file is empty.
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

// loadLibrary reads the article files of the folder dir for the library
// of the default article a (read from raw, out of file). Files with
// errors are reported on out and left out; they never stop the server. It
// returns the library's other articles.
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

package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/dustin/go-humanize/english"

	"newsexplorer/app/library"
)

// validate checks article files, and folders of them, as the server would
// load them into its library: it prints every problem and a line for each
// valid article, and fails if any file has an error.
func validate(args []string, out io.Writer) error {
	fl := newFlagSet("validate", nil)
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

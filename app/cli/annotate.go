package cli

import (
	"fmt"
	"io"
	"os"

	"newsexplorer/app/extract"
)

// stdin is where annotate reads text when no file is named; tests replace it.
var stdin io.Reader = os.Stdin

// annotate runs "newsexplorer annotate": it reads plain text from the
// file its arguments name (standard input when there is none, or when it
// is "-"), annotates it automatically and writes the article file to the
// file -out names, or to out when there is none.
func annotate(args []string, out io.Writer) error {
	fl := newFlagSet("annotate", nil)
	title := fl.String("title", "", "the article's title; made from the text's first words when empty")
	outFile := fl.String("out", "", "article file to write; standard output when empty")
	if err := fl.Parse(args); err != nil {
		return err
	}
	return annotateText(*title, fl.Args(), *outFile, out)
}

// annotateText reads plain text from the file named in args (standard
// input when there is none, or when it is "-"), annotates it
// automatically and writes the article file to outFile, or to out when
// outFile is empty.
func annotateText(title string, args []string, outFile string, out io.Writer) error {
	if len(args) > 1 {
		return fmt.Errorf("annotate: one text file at most, not %d", len(args))
	}
	name := "standard input"
	src := stdin
	if len(args) == 1 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return fmt.Errorf("annotate: %w", err)
		}
		defer f.Close()
		name, src = args[0], f
	}
	text, err := io.ReadAll(io.LimitReader(src, extract.MaxText+1))
	if err != nil {
		return fmt.Errorf("annotate: reading %s: %w", name, err)
	}
	data, err := extract.File(title, string(text))
	if err != nil {
		return fmt.Errorf("annotate: %s: %w", name, err)
	}
	if outFile == "" {
		_, err = out.Write(data)
		return err
	}
	if err := os.WriteFile(outFile, data, 0o644); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	return nil
}

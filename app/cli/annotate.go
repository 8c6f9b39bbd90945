package cli

import (
	"fmt"
	"io"
	"os"

	"newsexplorer/app/article"
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
// outFile is empty. Over an article file of the same text, the claims a
// person wrote or accepted in it are kept (keepClaims).
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
	a, err := extract.Annotate(title, string(text))
	if err != nil {
		return fmt.Errorf("annotate: %s: %w", name, err)
	}
	if outFile != "" {
		if err := keepClaims(outFile, a); err != nil {
			return err
		}
	}
	data, err := article.Encode(a)
	if err != nil {
		return fmt.Errorf("annotate: %s: %w", name, err)
	}
	if _, err := article.Parse(a.ID+".json", data); err != nil {
		return fmt.Errorf("annotate: %s: the annotation does not load: %w", name, err)
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

// keepClaims keeps in a, the text just annotated, the claims a person
// wrote or accepted in the article file at path, when it holds an article
// of the same text, so that annotating again never overwrites or repeats
// them (article.KeepClaims). A path with no file, or with a file that is
// not an article of the same text, is written over as before. When the
// claims cannot be kept, it says why, and the file is left as it is.
func keepClaims(path string, a *article.Article) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	old, err := article.Parse(path, data)
	if err != nil || old.Text != a.Text {
		return nil
	}
	if err := a.KeepClaims(old); err != nil {
		return fmt.Errorf("annotate: %s: the claims a person wrote or accepted in it could not be kept, so it is left as it is: %w", path, err)
	}
	return nil
}

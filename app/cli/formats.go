package cli

import (
	"fmt"
	"io"
	"os"

	"newsexplorer/app/article"
	"newsexplorer/app/formats"
)

// export runs "newsexplorer export": it writes an article's annotations
// (-format w3c) or claims (-format schema) as JSON-LD.
func export(args []string, out io.Writer) error {
	fl := newFlagSet("export", nil)
	format := fl.String("format", "w3c", "w3c (W3C Web Annotation) or schema (schema.org ClaimReview)")
	source := fl.String("source", "", "IRI that names the article (default urn:newsexplorer:article:ID)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 1 {
		return fmt.Errorf("export: give one article file, or none for the default article")
	}
	a, _, err := loadArticle(fl.Arg(0))
	if err != nil {
		return err
	}
	var b []byte
	switch *format {
	case "w3c":
		b, err = formats.EncodeW3C(a, *source)
	case "schema":
		b, err = formats.EncodeClaimReview(a, *source)
	default:
		return fmt.Errorf("export: unknown -format %q: use w3c or schema", *format)
	}
	if err != nil {
		return err
	}
	_, err = out.Write(b)
	return err
}

// importAnnotations runs "newsexplorer import": it reads W3C Web
// Annotation JSON-LD (-format w3c) or schema.org ClaimReview JSON-LD
// (-format schema) onto an article and writes the article file that
// results.
func importAnnotations(args []string, out io.Writer) error {
	fl := newFlagSet("import", nil)
	format := fl.String("format", "", "w3c (W3C Web Annotation: the annotations) or schema (schema.org ClaimReview: the claims); told apart by the file's JSON-LD context when not given")
	file := fl.String("article", "", "article file whose text the annotations select (default: the default article)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	parse := formats.Import
	switch *format {
	case "":
	case "w3c":
		parse = formats.ParseW3C
	case "schema":
		parse = formats.ParseClaimReview
	default:
		return fmt.Errorf("import: unknown -format %q: use w3c or schema", *format)
	}
	if fl.NArg() != 1 {
		return fmt.Errorf("import: give one annotation file (W3C Web Annotation or schema.org ClaimReview JSON-LD)")
	}
	base, _, err := loadArticle(*file)
	if err != nil {
		return err
	}
	name := fl.Arg(0)
	if fi, err := os.Stat(name); err == nil && fi.Size() > formats.MaxSize {
		return fmt.Errorf("import: %s is %d bytes; the most an annotation file may have is %d", name, fi.Size(), formats.MaxSize)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	a, err := parse(base, data)
	if err != nil {
		return fmt.Errorf("import: %s:\n%w", name, err)
	}
	b, err := article.Encode(a)
	if err != nil {
		return err
	}
	_, err = out.Write(b)
	return err
}

package cli

import (
	"io"
	"testing"

	"newsexplorer/app/cli/clitest"
)

// run runs the command line args, a subcommand's name first, as the
// command would.
func run(args []string, out io.Writer) error {
	return Run(args[0], args[1:], out)
}

// porto is a valid article file, from the library's test data.
const porto = "../library/testdata/porto.json"

// articlesFolder writes a folder with two valid articles, one with an
// error, one with the id of another, and a file that is no article.
func articlesFolder(t *testing.T) string {
	t.Helper()
	return clitest.ArticlesFolder(t, porto)
}

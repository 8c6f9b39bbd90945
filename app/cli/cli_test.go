package cli

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"newsexplorer/app/cli/clitest"
)

// TestRunRefuses checks that a command line that cannot work stops with
// an error that says why, and writes nothing.
func TestRunRefuses(t *testing.T) {
	web := clitest.WebFolder(t)
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "old.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"static without -out", []string{"static", "-web", web}, "-out"},
		{"static into a folder with files", []string{"static", "-out", full, "-web", web}, full},
		{"static from a missing web folder", []string{"static", "-out", filepath.Join(t.TempDir(), "o"), "-web", missing}, "missing"},
		{"static with a missing article", []string{"static", "-out", filepath.Join(t.TempDir(), "o"), "-web", web, "-article", missing + ".json"}, "missing.json"},
		{"unknown command", []string{"frobnicate", "-web", web}, `unknown command "frobnicate"`},
		{"serve, which the main package runs", []string{"serve", "-web", web}, `unknown command "serve"`},
		{"unknown flag", []string{"static", "-bogus"}, "bogus"},
		{"compress a missing folder", []string{"compress", "-web", missing}, "missing"},
		{"static with an argument", []string{"static", "-out", filepath.Join(t.TempDir(), "o"), "-web", web, "my.json"}, `static: unexpected argument "my.json": name an article file with -article`},
		{"compress with an argument", []string{"compress", "-web", web, "extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(tt.args, &out)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: run(%q) = %v, want an error that says %s", tt.name, tt.args, err, tt.want)
		}
	}
	if entries, _ := os.ReadDir(full); len(entries) != 1 {
		t.Errorf("a refused static left %d files in the folder, want the 1 there before", len(entries))
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("a refused command created %s", missing)
	}
}

// TestHelp checks that -h stops every subcommand with flag.ErrHelp, on
// which the command exits with status 2.
func TestHelp(t *testing.T) {
	for name := range commands {
		if err := Run(name, []string{"-h"}, io.Discard); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s -h = %v, want flag.ErrHelp", name, err)
		}
	}
}

// TestUsage checks that the usage text names every subcommand Run runs,
// and serve, which the main package runs, and no other.
func TestUsage(t *testing.T) {
	got := usageCommands()
	var want []string
	for name := range commands {
		want = append(want, name)
	}
	want = append(want, Serve)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the usage names the subcommands %q, want %q", got, want)
	}
}

// usageCommands returns the subcommands Usage names, sorted.
func usageCommands() []string {
	var names []string
	for _, m := range regexp.MustCompile(`(?m)^  newsexplorer \[?([a-z]+)`).FindAllStringSubmatch(Usage, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// TestCompressCommand checks "newsexplorer compress": twins beside every
// compressible file of the folder, none for images, one line for each
// file written, and nothing written again on a second run.
func TestCompressCommand(t *testing.T) {
	web := clitest.WebFolder(t)
	var out bytes.Buffer
	if err := run([]string{"compress", "-web", web}, &out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"app.wasm", "style.css", "noscript.css", "icon.svg"} {
		for _, ext := range []string{".br", ".gz"} {
			p := filepath.Join(web, name+ext)
			if _, err := os.Stat(p); err != nil {
				t.Errorf("compress wrote no %s%s: %v", name, ext, err)
			}
			if !strings.Contains(out.String(), "compress: wrote "+p+"\n") {
				t.Errorf("compress did not report %s", p)
			}
		}
	}
	for _, name := range []string{"icon-192.png.br", "icon-192.png.gz", "icon-512.png.br"} {
		if _, err := os.Stat(filepath.Join(web, name)); err == nil {
			t.Errorf("compress wrote %s", name)
		}
	}
	out.Reset()
	if err := run([]string{"compress", "-web", web}, &out); err != nil || out.Len() != 0 {
		t.Errorf("a second compress: %v, reported %q; want nothing to do", err, out.String())
	}
}

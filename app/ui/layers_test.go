package ui

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The explorer's page packages, each of which may import this package but
// no other page.
var pagePackages = []string{
	"newsexplorer/app/ui/reader",
	"newsexplorer/app/ui/exercises",
	"newsexplorer/app/ui/teacher",
	"newsexplorer/app/ui/editor",
}

// deps lists, with go list -deps, every package that pkg links when built
// for goos/goarch ("" for the host's).
func deps(t *testing.T, goos, goarch, pkg string) []string {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg)
	cmd.Env = os.Environ()
	if goos != "" {
		cmd.Env = append(cmd.Env, "GOOS="+goos, "GOARCH="+goarch)
	}
	out, err := cmd.Output()
	if err != nil {
		msg := err.Error()
		if ee, ok := err.(*exec.ExitError); ok {
			msg += ": " + string(ee.Stderr)
		}
		t.Fatalf("go list -deps %s: %s", pkg, msg)
	}
	return strings.Fields(string(out))
}

// TestPagesImportNoOtherPage checks the rule that keeps the pages apart: a
// page package imports the shared package, never another page, so that a
// change to the editor cannot break the reader. The shared package
// imports no page.
func TestPagesImportNoOtherPage(t *testing.T) {
	for _, pkg := range append([]string{"newsexplorer/app/ui"}, pagePackages...) {
		linked := deps(t, "js", "wasm", pkg)
		for _, other := range pagePackages {
			if other != pkg && slices.Contains(linked, other) {
				t.Errorf("%s imports %s: a page imports only newsexplorer/app/ui, never another page", pkg, other)
			}
		}
	}
}

// TestProgramsLinkTheirPagesOnly checks what each WebAssembly program
// carries: the reading program (web/app.wasm), which every reader
// downloads first, links neither the classroom's pages (the exercises
// and the teacher's views, and their model) nor the editor, the annotator
// or the server's code; the program for the classroom and authors does
// not link the reading view.
func TestProgramsLinkTheirPagesOnly(t *testing.T) {
	tests := []struct {
		program    string
		want, deny []string
	}{
		{
			program: "newsexplorer/wasm",
			want:    []string{"newsexplorer/app/ui/reader"},
			deny: []string{
				"newsexplorer/app/ui/exercises", "newsexplorer/app/exercise",
				"newsexplorer/app/ui/editor", "newsexplorer/app/ui/teacher",
				"newsexplorer/app/extract", "newsexplorer/app/server", "newsexplorer/app/library",
			},
		},
		{
			program: "newsexplorer/wasm/author",
			want: []string{
				"newsexplorer/app/ui/exercises", "newsexplorer/app/ui/editor", "newsexplorer/app/ui/teacher",
				"newsexplorer/app/extract",
			},
			deny: []string{
				"newsexplorer/app/ui/reader",
				"newsexplorer/app/server", "newsexplorer/app/library",
			},
		},
	}
	for _, tt := range tests {
		linked := deps(t, "js", "wasm", tt.program)
		for _, pkg := range tt.want {
			if !slices.Contains(linked, pkg) {
				t.Errorf("%s does not link %s, which it runs", tt.program, pkg)
			}
		}
		for _, pkg := range tt.deny {
			if slices.Contains(linked, pkg) {
				t.Errorf("%s links %s", tt.program, pkg)
			}
		}
	}
}

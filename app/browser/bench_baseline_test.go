//go:build !js

package browser

import (
	"bytes"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/webtest"
)

// The reference for start-up and size is the project's baseline app
// (../shared/baseline-app beside the repository): one go-app v10.1.11
// component with a button and 300 spans, served by go-app's own handler.
// testdata/baseline-app is a copy of it, so that make bench also runs on a
// clone without ../shared; when ../shared is there, the benchmarks use it
// and stop if the copy differs.

// sharedBaseline is where the shared baseline app stands, relative to the
// repository.
const sharedBaseline = "../shared/baseline-app"

// baselineCopy is the repository's copy of it.
const baselineCopy = "app/browser/testdata/baseline-app"

// baselineApp is the baseline app built as its README says, in a folder of
// its own.
type baselineApp struct {
	from string // the folder it was copied from
	dir  string // where it was built: server, web/app.wasm
}

// baselineSource returns the folder to build the baseline app from, and a
// note saying which it is. It is ../shared/baseline-app when that exists,
// after checking that the repository's copy is the same byte for byte.
func baselineSource(t *testing.T) (dir, note string) {
	t.Helper()
	shared := filepath.Join(root, sharedBaseline)
	copied := filepath.Join(root, baselineCopy)
	if _, err := os.Stat(shared); err != nil {
		return copied, fmt.Sprintf("%s (%s is absent)", baselineCopy, sharedBaseline)
	}
	a, err := treeFiles(shared)
	if err != nil {
		t.Fatal(err)
	}
	b, err := treeFiles(copied)
	if err != nil {
		t.Fatal(err)
	}
	if diff := treeDiff(a, b); diff != "" {
		t.Fatalf("%s differs from %s (%s): copy it again with\n\trm -r %s && cp -r %s %s",
			baselineCopy, sharedBaseline, diff, baselineCopy, sharedBaseline, baselineCopy)
	}
	return shared, fmt.Sprintf("%s (%s is the same)", sharedBaseline, baselineCopy)
}

// treeFiles reads every regular file under dir, by its path in dir.
func treeFiles(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the baseline app: %w", err)
	}
	return files, nil
}

// treeDiff says which files differ between two trees, or "" when none.
func treeDiff(a, b map[string][]byte) string {
	var diff []string
	for name, x := range a {
		switch y, ok := b[name]; {
		case !ok:
			diff = append(diff, name+" missing from the copy")
		case !bytes.Equal(x, y):
			diff = append(diff, name+" changed")
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			diff = append(diff, name+" only in the copy")
		}
	}
	return strings.Join(diff, ", ")
}

// buildBaseline copies the baseline app to a temporary folder (its source
// may be read-only) and builds it there as its README says: the wasm with
// GOOS=js GOARCH=wasm -trimpath -ldflags='-s -w' into web/app.wasm, then
// the server.
func buildBaseline(t *testing.T) baselineApp {
	t.Helper()
	from, note := baselineSource(t)
	report("base  the baseline app: %s", note)
	b := baselineApp{from: from, dir: t.TempDir()}
	copyDir(t, from, b.dir)
	run := func(env []string, args ...string) {
		cmd := exec.Command("go", args...)
		cmd.Dir = b.dir
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("building the baseline app: %v go %v: %v\n%s", env, args, err, out)
		}
	}
	run([]string{"GOOS=js", "GOARCH=wasm"}, "build", "-trimpath", "-ldflags=-s -w", "-o", "web/app.wasm", ".")
	run(nil, "build", "-o", "server", ".")
	return b
}

// wasm returns the baseline's app.wasm as built.
func (b baselineApp) wasm(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(b.dir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// start serves the baseline app on a free loopback port, from its own
// folder, and waits until it answers.
func (b baselineApp) start(t *testing.T) *server {
	t.Helper()
	addr := freeAddr(t)
	cmd := exec.Command(filepath.Join(b.dir, "server"), "-addr", addr)
	cmd.Dir = b.dir
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the baseline app: %v", err)
	}
	s := &server{url: "http://" + addr, cmd: cmd}
	t.Cleanup(s.stop)
	up := webtest.Eventually(30*time.Second, func() bool {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
	if !up {
		t.Fatalf("the baseline app does not answer at %s", addr)
	}
	return s
}

//go:build !js

package engines

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"newsexplorer/app/webtest"
)

// baselineDir is the reference app for start-up and size:
// NEWSEXPLORER_BASELINE, else ../shared/baseline-app beside the
// repository, else its copy in app/browser/testdata, which the Chromium
// benchmarks check against it.
func baselineDir() string {
	shared := filepath.Join(root, "..", "shared", "baseline-app")
	if _, err := os.Stat(shared); err != nil {
		shared = filepath.Join(root, "app", "browser", "testdata", "baseline-app")
	}
	return envOr("NEWSEXPLORER_BASELINE", shared)
}

// goTool is the go command on the PATH, as make puts it there; its
// absence shows when the build of the baseline runs it.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return "go"
}

// startBaseline copies the baseline app to a folder of the test (its own
// may be read-only), builds it as its README says (the WebAssembly
// program with -trimpath -ldflags='-s -w', and its own server) and serves
// it on a free loopback port until the test ends. Its page marks itself
// ready with [data-ready="true"].
func startBaseline(t testing.TB) *server {
	t.Helper()
	src := baselineDir()
	if _, err := os.Stat(filepath.Join(src, "go.mod")); err != nil {
		t.Fatalf("baseline: no app at %s (set NEWSEXPLORER_BASELINE): %v", src, err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatalf("baseline: copying %s: %v", src, err)
	}
	build := func(env []string, args ...string) {
		cmd := exec.Command(goTool(), args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("baseline: go %v: %v\n%s", args, err, out)
		}
	}
	build([]string{"GOOS=js", "GOARCH=wasm"}, "build", "-trimpath", "-ldflags=-s -w", "-o", "web/app.wasm", ".")
	build(nil, "build", "-o", "server", ".")
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(dir, "server"), "-addr", fmt.Sprintf("127.0.0.1:%d", port))
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		t.Fatalf("baseline: starting its server: %v", err)
	}
	s := &server{url: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd}
	t.Cleanup(s.stop)
	if !webtest.Eventually(30*time.Second, func() bool {
		res, err := http.Get(s.url + "/")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	}) {
		t.Fatalf("baseline: its server did not answer at %s within 30s", s.url)
	}
	return s
}

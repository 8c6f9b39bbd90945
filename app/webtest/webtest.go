//go:build !js

package webtest

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"syscall"
	"time"
)

// Root is the repository's top folder, where the servers run.
var Root = func() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("webtest: cannot tell where the package's source is")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}()

// Articles is the library the tests' servers have besides the default
// article, relative to Root.
const Articles = "app/browser/testdata/articles"

// FirstMatch reads r line by line until a line matches re and returns
// its submatches, or fails after limit. The rest of r is read and
// dropped, so that the process writing it never blocks.
func FirstMatch(r io.Reader, re *regexp.Regexp, limit time.Duration) ([]string, error) {
	found := make(chan []string, 1)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m
				break
			}
		}
		io.Copy(io.Discard, r)
	}()
	select {
	case m := <-found:
		return m, nil
	case <-time.After(limit):
		return nil, fmt.Errorf("no line matching %q within %v", re, limit)
	}
}

// Stop ends a process started with cmd: it asks it to stop (SIGTERM),
// kills it if it has not gone within grace, and waits until it has.
func Stop(cmd *exec.Cmd, grace time.Duration) {
	if cmd.Process == nil || cmd.ProcessState != nil {
		return
	}
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(grace):
		cmd.Process.Kill()
		<-done
	}
}

// Eventually asks cond until it is true, at most for limit, and reports
// whether it became true: for what a test reads outside the page, such
// as a file downloaded or a server coming up.
func Eventually(limit time.Duration, cond func() bool) bool {
	for deadline := time.Now().Add(limit); ; time.Sleep(25 * time.Millisecond) {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
	}
}

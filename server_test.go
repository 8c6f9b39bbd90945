package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsexplorer/app/cli/clitest"
)

// porto is a valid article file, from the library's test data.
const porto = "app/library/testdata/porto.json"

// TestServe checks "newsexplorer serve", and the default command: it says
// where it serves, answers there, and returns nil once its context is
// cancelled, as on SIGINT or SIGTERM.
func TestServe(t *testing.T) {
	web := clitest.WebFolder(t)
	for _, args := range [][]string{
		{"serve", "-addr", "127.0.0.1:0", "-web", web},
		{"-addr", "127.0.0.1:0", "-web", web},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		pr, pw := io.Pipe()
		lines := make(chan string, 100)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(pr)
			for sc.Scan() {
				lines <- sc.Text()
			}
		}()
		done := make(chan error, 1)
		go func() {
			err := run(ctx, args, pw)
			pw.Close()
			done <- err
		}()

		serving := regexp.MustCompile(`^News Explorer \(version ([0-9a-f]{16})\) serving ".+" at (http://127\.0\.0\.1:[0-9]+/)$`)
		var url, version string
		timeout := time.After(20 * time.Second)
	wait:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					cancel()
					t.Fatalf("run(%q) ended before it served: %v", args, <-done)
				}
				if m := serving.FindStringSubmatch(l); m != nil {
					version, url = m[1], m[2]
					break wait
				}
				t.Errorf("run(%q) said %q before serving", args, l)
			case <-timeout:
				cancel()
				t.Fatalf("run(%q) did not say where it serves in 20s", args)
			}
		}

		tr := &http.Transport{}
		c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
		for _, p := range []string{"", "app.js", "web/style.css"} {
			resp, err := c.Get(url + p)
			if err != nil {
				t.Errorf("GET %s%s: %v", url, p, err)
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s%s = %d", url, p, resp.StatusCode)
			}
			if p == "app.js" && !bytes.Contains(b, []byte(version)) {
				t.Errorf("GET %sapp.js does not carry version %s", url, version)
			}
		}
		tr.CloseIdleConnections()

		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run(%q) after cancel = %v, want nil", args, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("run(%q) did not return 10s after its context was cancelled", args)
		}
		var rest []string
		for l := range lines {
			rest = append(rest, l)
		}
		if len(rest) == 0 || rest[len(rest)-1] != "stopped" {
			t.Errorf("run(%q) said %q after the cancel, want it to end with \"stopped\"", args, rest)
		}
		if _, err := c.Get(url); err == nil {
			t.Errorf("GET %s answered after serve returned", url)
		}
	}
}

// TestServeLibrary checks "newsexplorer serve -articles": it says which
// files it left out and why before it serves, and serves every good
// article, the default among them.
func TestServeLibrary(t *testing.T) {
	web := clitest.WebFolder(t)
	dir := clitest.ArticlesFolder(t, porto)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-web", web, "-articles", dir}, pw)
		pw.Close()
		done <- err
	}()
	serving := regexp.MustCompile(`serving ".+" at (http://127\.0\.0\.1:[0-9]+/)$`)
	var said []string
	var url string
	sc := bufio.NewScanner(pr)
	for url == "" && sc.Scan() {
		said = append(said, sc.Text())
		if m := serving.FindStringSubmatch(sc.Text()); m != nil {
			url = m[1]
		}
	}
	go io.Copy(io.Discard, pr)
	if url == "" {
		t.Fatalf("serve ended before serving (%v), having said %q", <-done, said)
	}
	text := strings.Join(said, "\n")
	for _, want := range []string{
		"error: " + filepath.Join(dir, "c-bad.json") + ": 1 error, so it is left out of the library:\n  " + filepath.Join(dir, "c-bad.json") + ":73:5: mention 2",
		"error: " + filepath.Join(dir, "d-copy.json") + `: id "porto" is already used by the article in ` + filepath.Join(dir, "a-porto.json"),
		"note: " + filepath.Join(dir, "notes.txt") + ": not a .json file",
		"library: 3 articles: kursk (the default), porto, ferry\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("serve said:\n%s\nwant it to say %q", text, want)
		}
	}
	c := &http.Client{Timeout: 10 * time.Second}
	for p, want := range map[string]int{"library": 200, "articles/porto": 200, "articles/ferry/classroom": 200, "articles/kursk": 200, "articles/ferry.json": 200, "articles/c-bad": 404} {
		resp, err := c.Get(url + p)
		if err != nil {
			t.Errorf("GET %s: %v", p, err)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s = %d, want %d", p, resp.StatusCode, want)
		}
	}
	c.CloseIdleConnections()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve after cancel = %v", err)
	}
}

// TestRunRefuses checks that a command line that cannot be served stops
// with an error that says why, and that every other subcommand is handed
// to the cli package, which refuses one it does not have.
func TestRunRefuses(t *testing.T) {
	web := clitest.WebFolder(t)
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"serve from a missing web folder", []string{"serve", "-addr", "127.0.0.1:0", "-web", missing}, "missing"},
		{"serve with an argument", []string{"serve", "-addr", "127.0.0.1:0", "-web", web, "my.json"}, `serve: unexpected argument "my.json": name an article file with -article`},
		{"a bare argument", []string{"-addr", "127.0.0.1:0", "-web", web, "my.json"}, `unexpected argument "my.json"`},
		{"unknown flag", []string{"-bogus"}, "bogus"},
		{"unknown command", []string{"frobnicate", "-web", web}, `unknown command "frobnicate"`},
		{"a subcommand of the cli package", []string{"static", "-web", web}, "static: -out is required"},
	}
	for _, tt := range tests {
		err := run(context.Background(), tt.args, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: run(%q) = %v, want an error that says %s", tt.name, tt.args, err, tt.want)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("a refused command created %s", missing)
	}
	for _, args := range [][]string{{"-h"}, {"serve", "-h"}, {"static", "-h"}} {
		if err := run(context.Background(), args, io.Discard); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("run(%q) = %v, want flag.ErrHelp, which exits with status 2", args, err)
		}
	}
}

// TestValidateExitStatus runs the command itself: 0 when every file is
// valid, 1 when one is not.
func TestValidateExitStatus(t *testing.T) {
	if os.Getenv("NEWSEXPLORER_RUN_MAIN") == "1" {
		os.Args = append([]string{"newsexplorer"}, strings.Fields(os.Getenv("NEWSEXPLORER_ARGS"))...)
		main()
		os.Exit(0)
	}
	dir := clitest.ArticlesFolder(t, porto)
	for _, tt := range []struct {
		args string
		code int
	}{
		{"validate " + filepath.Join(dir, "a-porto.json"), 0},
		{"validate " + dir, 1},
		{"validate " + filepath.Join(dir, "c-bad.json"), 1},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestValidateExitStatus$")
		cmd.Env = append(os.Environ(), "NEWSEXPLORER_RUN_MAIN=1", "NEWSEXPLORER_ARGS="+tt.args)
		out, err := cmd.CombinedOutput()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tt.code {
			t.Errorf("newsexplorer %s exited %d, want %d:\n%s", tt.args, code, tt.code, out)
		}
	}
}

// TestVersionFollowsServer builds the server twice, linked differently,
// and exports the same site with each: the same program gives the same
// version at every run, and another build of the server alone, with the
// same web folder and article, gives a new one, so that installed apps
// update to pages it renders differently.
func TestVersionFollowsServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the server twice")
	}
	dir := t.TempDir()
	web := clitest.WebFolder(t)
	build := func(name string, flags ...string) string {
		exe := filepath.Join(dir, name)
		cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", exe, ".")...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %v: %v\n%s", flags, err, b)
		}
		return exe
	}
	version := func(exe string) string {
		out := filepath.Join(t.TempDir(), "dist")
		b, err := exec.Command(exe, "static", "-out", out, "-web", web).CombinedOutput()
		if err != nil {
			t.Fatalf("%s static: %v\n%s", filepath.Base(exe), err, b)
		}
		m := regexp.MustCompile(`version ([0-9a-f]{16})`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s static said %q, with no version", filepath.Base(exe), b)
		}
		return string(m[1])
	}
	plain, stripped := build("plain"), build("stripped", "-ldflags=-s")
	first, again, other := version(plain), version(plain), version(stripped)
	if first != again {
		t.Errorf("one server program gave versions %s and %s", first, again)
	}
	if first == other {
		t.Errorf("two builds of the server gave the same version %s", first)
	}
}

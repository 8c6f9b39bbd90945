package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// articlesFolder writes a folder with two valid articles, one with an
// error, one with the id of another, and a file that is no article.
func articlesFolder(t *testing.T) string {
	t.Helper()
	good, err := os.ReadFile("app/library/testdata/porto.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "articles")
	files := map[string]string{
		"a-porto.json": string(good),
		"b-ferry.json": strings.Replace(string(good), `"id": "porto"`, `"id": "ferry"`, 1),
		"c-bad.json":   strings.Replace(string(good), `"exact": "Ana Lima"`, `"exact": "Ana Lyma"`, 1),
		"d-copy.json":  string(good),
		"notes.txt":    "not an article",
	}
	os.MkdirAll(dir, 0o755)
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestValidate checks "newsexplorer validate": a line for each valid
// article, every problem with its file, line and what is wrong, and an
// error, which exits non-zero, when any file has one.
func TestValidate(t *testing.T) {
	dir := articlesFolder(t)
	good := filepath.Join(dir, "a-porto.json")
	tests := []struct {
		name    string
		args    []string
		wantErr string   // "" for success
		lines   []string // each a prefix of one line of the output, in order
	}{
		{
			name:  "a valid file",
			args:  []string{good},
			lines: []string{`ok: ` + good + `: "Porto plans 300 trees" (id porto): 224 characters, 39 words; 8 entities, 11 highlights, 2 quotes, 2 claims`, "validate: 1 valid article, no problems"},
		},
		{
			name:    "a folder",
			args:    []string{dir},
			wantErr: "validate: 2 valid articles, 2 problems",
			lines: []string{
				"ok: " + good + ": ",
				"ok: " + filepath.Join(dir, "b-ferry.json") + `: "Porto plans 300 trees" (id ferry)`,
				"error: " + filepath.Join(dir, "c-bad.json") + ": 1 error, so the library would leave it out:",
				"  " + filepath.Join(dir, "c-bad.json") + `:73:5: mention 2 ("Ana Lyma"): anchor "Ana Lyma": "Ana Lyma" is not in the text`,
				"error: " + filepath.Join(dir, "d-copy.json") + `: id "porto" is already used by the article in ` + good,
				"note: " + filepath.Join(dir, "notes.txt") + ": not a .json file",
			},
		},
		{
			name:    "the default article's id",
			args:    []string{"app/library/articles/kursk.json"},
			wantErr: "validate: 0 valid articles, 1 problem",
			lines:   []string{`error: app/library/articles/kursk.json: id "kursk" is already used by the default article (articles/kursk.json)`},
		},
		{
			name:    "a missing folder and file",
			args:    []string{filepath.Join(dir, "nope"), filepath.Join(dir, "nope.json")},
			wantErr: "2 problems",
			lines: []string{
				"error: " + filepath.Join(dir, "nope") + " cannot be read: no such file or directory",
				"error: " + filepath.Join(dir, "nope.json") + " cannot be read: no such file or directory",
			},
		},
		{name: "nothing to check", args: nil, wantErr: "give the article files or folders"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(context.Background(), append([]string{"validate"}, tt.args...), &out)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: validate = %v, want success", tt.name, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%s: validate = %v, want an error saying %q", tt.name, err, tt.wantErr)
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if len(tt.lines) > 0 && len(lines) != len(tt.lines) {
			t.Errorf("%s: %d lines, want %d:\n%s", tt.name, len(lines), len(tt.lines), out.String())
			continue
		}
		for i, want := range tt.lines {
			if !strings.HasPrefix(lines[i], want) {
				t.Errorf("%s: line %d = %q, want it to start %q", tt.name, i+1, lines[i], want)
			}
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
	dir := articlesFolder(t)
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

// TestServeLibrary checks "newsexplorer serve -articles": it says which
// files it left out and why before it serves, and serves every good
// article, the default among them.
func TestServeLibrary(t *testing.T) {
	web := webFolder(t)
	dir := articlesFolder(t)
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

// TestStaticLibrary checks "newsexplorer static -articles": a missing
// folder is said and the default article written all the same; a folder's
// articles are written with their pages and files.
func TestStaticLibrary(t *testing.T) {
	web := webFolder(t)
	out := filepath.Join(t.TempDir(), "dist")
	var report bytes.Buffer
	missing := filepath.Join(t.TempDir(), "nope")
	if err := run(context.Background(), []string{"static", "-out", out, "-web", web, "-articles", missing}, &report); err != nil {
		t.Fatal(err)
	}
	if want := "error: articles folder " + missing + " does not exist\nlibrary: 1 article: kursk (the default)\n"; !strings.HasPrefix(report.String(), want) {
		t.Errorf("static said %q, want it to start %q", report.String(), want)
	}
	out2 := filepath.Join(t.TempDir(), "dist")
	if err := run(context.Background(), []string{"static", "-out", out2, "-web", web, "-articles", articlesFolder(t)}, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"library/index.html", "articles/kursk/index.html", "articles/porto/index.html", "articles/ferry/teacher/index.html", "articles/porto.json", "articles/ferry.json"} {
		if _, err := os.Stat(filepath.Join(out2, filepath.FromSlash(name))); err != nil {
			t.Errorf("static -articles wrote no %s", name)
		}
	}
}

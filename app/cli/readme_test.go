package cli

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The repository's documents and Makefile, from this package's folder.
const (
	repoRoot = "../.."
	makefile = repoRoot + "/Makefile"
)

// docFiles returns the README and every document under docs/, as paths
// relative to the repository's root.
func docFiles(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob(filepath.Join(repoRoot, "docs", "*.md"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("no documents in docs/: %v", err)
	}
	files := []string{"README.md"}
	for _, d := range docs {
		rel, err := filepath.Rel(repoRoot, d)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.ToSlash(rel))
	}
	return files
}

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDocsNameRealCommands checks that every make target the README and
// the documents name (`make X` in their code) is one the Makefile
// defines, and every subcommand they name (`newsexplorer X`) is one the
// command has, so that neither goes stale when a target or a subcommand
// is renamed or removed.
func TestDocsNameRealCommands(t *testing.T) {
	targets := makeTargets(readRepoFile(t, "Makefile"))
	if len(targets) == 0 {
		t.Fatalf("found no targets in %s", makefile)
	}
	named := map[string]bool{} // every `make X` and `newsexplorer X` found
	for _, name := range docFiles(t) {
		for _, c := range codeSpans(readRepoFile(t, name)) {
			for _, target := range makeTargetsNamed(c.text) {
				named["make "+target] = true
				if !targets[target] {
					t.Errorf("%s:%d: names `make %s`, but the Makefile has no target %q", name, c.line, target, target)
				}
			}
			for _, cmd := range subcommandsNamed(c.text) {
				named["newsexplorer "+cmd] = true
				if _, ok := commands[cmd]; !ok && cmd != Serve {
					t.Errorf("%s:%d: names `newsexplorer %s`, but the command has no subcommand %q", name, c.line, cmd, cmd)
				}
			}
		}
	}
	// The README's two set-up commands, and a subcommand of each kind, are
	// found: a scanner that found nothing would pass every document.
	for _, want := range []string{"make run", "make test", "newsexplorer serve", "newsexplorer validate"} {
		if !named[want] {
			t.Errorf("the documents never name `%s` in their code, or the scan missed it", want)
		}
	}
}

// TestDocsLinks checks that every relative link in the README and the
// documents leads to a file that exists and, when it names a heading of
// a document (#anchor), to a heading that document has.
func TestDocsLinks(t *testing.T) {
	headings := map[string]map[string]bool{} // document → its anchors
	anchorsOf := func(name string) map[string]bool {
		if headings[name] == nil {
			headings[name] = anchors(readRepoFile(t, name))
		}
		return headings[name]
	}
	docsLinked := 0
	for _, name := range docFiles(t) {
		for _, l := range links(readRepoFile(t, name)) {
			file, anchor, _ := strings.Cut(l.target, "#")
			target := name
			if file != "" {
				target = path.Join(path.Dir(name), file)
				if _, err := os.Stat(filepath.Join(repoRoot, filepath.FromSlash(target))); err != nil {
					t.Errorf("%s:%d: the link to %s leads to no file (%s)", name, l.line, l.target, target)
					continue
				}
				if name == "README.md" && strings.HasPrefix(target, "docs/") {
					docsLinked++
				}
			}
			if anchor != "" && strings.HasSuffix(target, ".md") && !anchorsOf(target)[anchor] {
				t.Errorf("%s:%d: the link to %s names a heading %s does not have", name, l.line, l.target, target)
			}
		}
	}
	if docsLinked == 0 {
		t.Errorf("README.md links to no document in docs/, or the scan missed the links")
	}
}

// TestDocScanners checks the scanners the tests above rely on, on
// samples of what the documents hold.
func TestDocScanners(t *testing.T) {
	makefileText := "# a comment: not a target\nGO ?= go\nSHELL := bash\n.PHONY: all ghost\nall: build\nbuild: $(WASM)\n\tgo build -o x: y\n$(WASM): a.go\nrun test: build\n"
	if got, want := sortedKeys(makeTargets(makefileText)), []string{"all", "build", "run", "test"}; !slices.Equal(got, want) {
		t.Errorf("makeTargets = %q, want %q", got, want)
	}

	for _, tt := range []struct {
		code       string
		make, cmds []string
	}{
		{code: "make run    # builds the app", make: []string{"run"}},
		{code: "make run ADDR=127.0.0.1:8080", make: []string{"run"}},
		{code: "make build deps", make: []string{"build", "deps"}},
		{code: "make -j2 bogus", make: []string{"bogus"}},
		{code: "cd app && make test", make: []string{"test"}},
		{code: "$(MAKE) or remake or make_it", make: nil},
		{code: "newsexplorer [serve] [-addr A]", cmds: []string{"serve"}},
		{code: "./bin/newsexplorer validate articles/", cmds: []string{"validate"}},
		{code: "./bin/newsexplorer -article my.json", cmds: nil},
		{code: "newsexplorer export [-format w3c|schema]", cmds: []string{"export"}},
		{code: "newsexplorer frobnicate", cmds: []string{"frobnicate"}},
		{code: "bin/newsexplorer", cmds: nil},
		{code: "urn:newsexplorer:article:kursk newsexplorer/progress/kursk newsexplorer: unknown", cmds: nil},
	} {
		if got := makeTargetsNamed(tt.code); !slices.Equal(got, tt.make) {
			t.Errorf("makeTargetsNamed(%q) = %q, want %q", tt.code, got, tt.make)
		}
		if got := subcommandsNamed(tt.code); !slices.Equal(got, tt.cmds) {
			t.Errorf("subcommandsNamed(%q) = %q, want %q", tt.code, got, tt.cmds)
		}
	}

	doc := "# Title\n\nRun `make run`, then\n`newsexplorer\nvalidate`.\n\n```sh\nmake test\n# a comment, not a heading\n```\n\n## Teacher's view: the key (`/teacher`)\n\nSee [the guide](docs/guide.md#reading), [key](#teachers-view-the-key-teacher) and [site](https://example.org/x).\n"
	var spans []string
	for _, c := range codeSpans(doc) {
		spans = append(spans, c.text)
	}
	if want := []string{"make test", "# a comment, not a heading", "make run", "newsexplorer\nvalidate", "/teacher"}; !slices.Equal(spans, want) {
		t.Errorf("codeSpans = %q, want %q", spans, want)
	}
	if got, want := sortedKeys(anchors(doc)), []string{"teachers-view-the-key-teacher", "title"}; !slices.Equal(got, want) {
		t.Errorf("anchors = %q, want %q", got, want)
	}
	var targets []string
	for _, l := range links(doc) {
		targets = append(targets, l.target)
	}
	if want := []string{"docs/guide.md#reading", "#teachers-view-the-key-teacher"}; !slices.Equal(targets, want) {
		t.Errorf("links = %q, want %q", targets, want)
	}
}

func sortedKeys(m map[string]bool) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// makeTargets returns the targets a Makefile's rules define by name; not
// those made of variables ($(WASM)), nor special targets (.PHONY), which
// may list names no rule defines.
func makeTargets(makefile string) map[string]bool {
	targets := map[string]bool{}
	for _, line := range strings.Split(makefile, "\n") {
		if line == "" || line[0] == '\t' || line[0] == '#' || line[0] == '.' || line[0] == '$' {
			continue
		}
		names, _, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(names, "=$") || strings.HasPrefix(line[len(names):], ":=") {
			continue
		}
		for _, name := range strings.Fields(names) {
			targets[name] = true
		}
	}
	return targets
}

// makeCommand finds make at the start of a command, with what follows it
// on its line up to a comment or the next command.
var makeCommand = regexp.MustCompile(`(?m)(?:^|[\s;&|(])make((?:[ \t]+[^\s#;&|)]+)*)`)

// makeTargetsNamed returns the targets the make commands in code name:
// their arguments but options (-j2) and variables (ADDR=…).
func makeTargetsNamed(code string) []string {
	var targets []string
	for _, m := range makeCommand.FindAllStringSubmatch(code, -1) {
		for _, arg := range strings.Fields(m[1]) {
			if !strings.HasPrefix(arg, "-") && !strings.Contains(arg, "=") {
				targets = append(targets, arg)
			}
		}
	}
	return targets
}

// subcommandCall finds the command, run by its name or a path to it, and
// the first argument that follows it, bracketed or not.
var subcommandCall = regexp.MustCompile(`(?:^|[\s/])newsexplorer[ \t\n]+\[?([^\s\[\]|]+)`)

// subcommandsNamed returns the subcommands the newsexplorer commands in
// code name: the first argument, when it is not a flag.
func subcommandsNamed(code string) []string {
	var cmds []string
	for _, m := range subcommandCall.FindAllStringSubmatch(code, -1) {
		if !strings.HasPrefix(m[1], "-") {
			cmds = append(cmds, m[1])
		}
	}
	return cmds
}

// span is a piece of code in a document and the line it starts on.
type span struct {
	text string
	line int
}

// codeSpans returns the code of a Markdown document: each line of its
// fenced blocks, then its inline code spans, which may run across lines.
func codeSpans(doc string) []span {
	spans, prose := splitFenced(doc)
	for _, m := range inlineCode.FindAllStringSubmatchIndex(prose, -1) {
		spans = append(spans, span{prose[m[2]:m[3]], 1 + strings.Count(prose[:m[0]], "\n")})
	}
	return spans
}

var inlineCode = regexp.MustCompile("`([^`]+)`")

// link is a relative link in a document and its line.
type link struct {
	target string
	line   int
}

var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// links returns the relative links of a Markdown document, outside its
// code: those with no scheme.
func links(doc string) []link {
	var out []link
	for i, l := range strings.Split(proseOf(doc), "\n") {
		for _, m := range mdLink.FindAllStringSubmatch(inlineCode.ReplaceAllString(l, ""), -1) {
			if !strings.Contains(m[1], "://") && !strings.HasPrefix(m[1], "mailto:") {
				out = append(out, link{m[1], i + 1})
			}
		}
	}
	return out
}

// anchors returns the anchors a document's headings get, as GitHub makes
// them: lowercase, spaces as hyphens, punctuation dropped, and -1, -2 and
// on for a heading met again.
func anchors(doc string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(proseOf(doc), "\n") {
		if !strings.HasPrefix(l, "#") {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToLower(strings.TrimSpace(strings.TrimLeft(l, "#"))) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		a := b.String()
		for n := 1; out[a]; n++ {
			a = b.String() + "-" + strconv.Itoa(n)
		}
		out[a] = true
	}
	return out
}

// proseOf returns a document with the lines of its fenced blocks blanked,
// so that neither a shell comment nor a link in code is taken for prose.
func proseOf(doc string) string {
	_, prose := splitFenced(doc)
	return prose
}

// splitFenced returns the lines of a document's fenced code blocks, each
// with its line number, and the document with those lines blanked.
func splitFenced(doc string) (code []span, prose string) {
	lines := strings.Split(doc, "\n")
	fenced := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			fenced = !fenced
			lines[i] = ""
			continue
		}
		if fenced {
			code = append(code, span{l, i + 1})
			lines[i] = ""
		}
	}
	return code, strings.Join(lines, "\n")
}

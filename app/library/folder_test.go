package library

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// porto is a valid article file, read once.
func porto(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/porto.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withID returns the article file raw with another id.
func withID(raw []byte, id string) []byte {
	return []byte(strings.Replace(string(raw), `"id": "porto"`, `"id": "`+id+`"`, 1))
}

func defaultItem(t *testing.T) Item {
	t.Helper()
	it, err := DefaultItem()
	if err != nil {
		t.Fatal(err)
	}
	return it
}

// TestLoad loads folders with good, invalid, duplicate, unreadable and
// stray files: every good article is in the library, the default first,
// and every other file is reported with its name and what is wrong.
func TestLoad(t *testing.T) {
	good := porto(t)
	bad := []byte(strings.Replace(string(good), `"exact": "Ana Lima"`, `"exact": "Ana Lyma"`, 1))
	tests := []struct {
		name     string
		files    map[string][]byte // file name → content; nil content makes a folder
		setup    func(t *testing.T, dir string)
		wantIDs  []string
		problems []string // each a text one problem's message holds, in order
		notes    []string // each a text one note holds, in order
	}{
		{
			name:    "good files",
			files:   map[string][]byte{"b.json": withID(good, "bravo"), "a.json": good},
			wantIDs: []string{"kursk", "porto", "bravo"},
		},
		{
			name:     "an invalid file is skipped, the good ones kept",
			files:    map[string][]byte{"a.json": good, "b.json": bad, "c.json": withID(good, "charlie")},
			wantIDs:  []string{"kursk", "porto", "charlie"},
			problems: []string{`b.json:73:5: mention 2 ("Ana Lyma"): anchor "Ana Lyma": "Ana Lyma" is not in the text`},
		},
		{
			name:     "malformed JSON",
			files:    map[string][]byte{"a.json": []byte("{\n  \"format\": \"news-explorer-article/1\",\n  \"id\" \"x\"\n}\n")},
			wantIDs:  []string{"kursk"},
			problems: []string{"a.json:3:"},
		},
		{
			name:     "duplicate ids: the first file by name wins",
			files:    map[string][]byte{"a.json": good, "b.json": good},
			wantIDs:  []string{"kursk", "porto"},
			problems: []string{`b.json: id "porto" is already used by the article in ` + "DIR/a.json"},
		},
		{
			name:     "the default article's id",
			files:    map[string][]byte{"a.json": withID(good, "kursk")},
			wantIDs:  []string{"kursk"},
			problems: []string{`a.json: id "kursk" is already used by the default article`},
		},
		{
			name:    "files that are not articles",
			files:   map[string][]byte{"a.json": good, "notes.txt": []byte("hello"), ".DS_Store": []byte("x"), "old": nil},
			wantIDs: []string{"kursk", "porto"},
			notes:   []string{"notes.txt: not a .json file", "old: a folder, skipped"},
		},
		{
			name:     "a folder named like a file",
			files:    map[string][]byte{"a.json": nil},
			wantIDs:  []string{"kursk"},
			problems: []string{"a.json is not a regular file"},
		},
		{
			name:  "a link that leads out of the folder",
			files: map[string][]byte{"a.json": good},
			setup: func(t *testing.T, dir string) {
				outside := filepath.Join(t.TempDir(), "outside.json")
				os.WriteFile(outside, withID(good, "outside"), 0o644)
				if err := os.Symlink(outside, filepath.Join(dir, "b.json")); err != nil {
					t.Skip("no symbolic links:", err)
				}
			},
			wantIDs:  []string{"kursk", "porto"},
			problems: []string{"b.json cannot be read"},
		},
		{
			name:  "a link that stays inside is followed",
			files: map[string][]byte{"a.json": good},
			setup: func(t *testing.T, dir string) {
				if err := os.Symlink("a.json", filepath.Join(dir, "b.json")); err != nil {
					t.Skip("no symbolic links:", err)
				}
			},
			wantIDs:  []string{"kursk", "porto"},
			problems: []string{`b.json: id "porto" is already used`},
		},
		{
			name:  "a named pipe is not read",
			files: map[string][]byte{"a.json": good},
			setup: func(t *testing.T, dir string) {
				if err := mkfifo(filepath.Join(dir, "pipe.json")); err != nil {
					t.Skip("no named pipes:", err)
				}
			},
			wantIDs:  []string{"kursk", "porto"},
			problems: []string{"pipe.json is not a regular file"},
		},
		{
			name: "a file too large",
			setup: func(t *testing.T, dir string) {
				f, err := os.Create(filepath.Join(dir, "big.json"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(article.MaxFileSize + 1); err != nil {
					t.Fatal(err)
				}
			},
			wantIDs:  []string{"kursk"},
			problems: []string{"big.json is too large"},
		},
		{
			name:    "an empty folder",
			wantIDs: []string{"kursk"},
			notes:   []string{"no article files (.json) in the folder"},
		},
	}
	def := defaultItem(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				var err error
				if body == nil {
					err = os.Mkdir(filepath.Join(dir, name), 0o755)
				} else {
					err = os.WriteFile(filepath.Join(dir, name), body, 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			lib, rep := Load(def, dir)
			var ids []string
			for _, a := range lib.Articles() {
				ids = append(ids, a.ID)
			}
			if got, want := strings.Join(ids, " "), strings.Join(tt.wantIDs, " "); got != want {
				t.Errorf("articles = %s, want %s", got, want)
			}
			if lib.Default().Article.ID != "kursk" {
				t.Errorf("Default() = %s, want kursk", lib.Default().Article.ID)
			}
			if len(rep.Problems) != len(tt.problems) {
				t.Errorf("problems = %q, want %d", rep.Problems, len(tt.problems))
			}
			for i, want := range tt.problems {
				want = strings.ReplaceAll(want, "DIR", dir)
				if i < len(rep.Problems) && !strings.Contains(rep.Problems[i].Error(), want) {
					t.Errorf("problem %d = %q, want it to say %q", i, rep.Problems[i], want)
				}
			}
			if len(rep.Notes) != len(tt.notes) {
				t.Errorf("notes = %q, want %d", rep.Notes, len(tt.notes))
			}
			for i, want := range tt.notes {
				if i < len(rep.Notes) && !strings.Contains(rep.Notes[i], want) {
					t.Errorf("note %d = %q, want it to say %q", i, rep.Notes[i], want)
				}
			}
			for _, p := range rep.Problems {
				if !strings.HasPrefix(p.File, dir) {
					t.Errorf("problem %q names %q, not a file of the folder", p, p.File)
				}
			}
		})
	}
}

// TestLoadFolderProblems checks the messages for a folder that cannot be
// used: the library still has the default article.
func TestLoadFolderProblems(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file.json")
	os.WriteFile(file, porto(t), 0o644)
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		dir  string
		want string
	}{
		{missing, "articles folder " + missing + " does not exist"},
		{file, file + " is not a folder"},
	}
	for _, tt := range tests {
		lib, rep := Load(defaultItem(t), tt.dir)
		if len(lib.Items) != 1 || lib.Default().Article.ID != "kursk" {
			t.Errorf("%s: library = %v, want the default article alone", tt.dir, lib.Articles())
		}
		if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Error(), tt.want) {
			t.Errorf("%s: problems = %q, want one saying %q", tt.dir, rep.Problems, tt.want)
		}
	}
}

// TestLoadUnreadable checks a file the server may not read: the folder
// lists it and it is a regular file, but opening it is refused. The refusal
// is injected, since root may read a file whatever its mode.
func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.json"), porto(t), 0o644)
	os.WriteFile(filepath.Join(dir, "b.json"), withID(porto(t), "bravo"), 0o644)
	open := openFile
	t.Cleanup(func() { openFile = open })
	openFile = func(root *os.Root, name string) (io.ReadCloser, error) {
		if name == "a.json" {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return open(root, name)
	}
	lib, rep := Load(defaultItem(t), dir)
	var ids []string
	for _, a := range lib.Articles() {
		ids = append(ids, a.ID)
	}
	if got, want := strings.Join(ids, " "), "kursk bravo"; got != want {
		t.Errorf("articles = %s, want %s", got, want)
	}
	if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Error(), "a.json cannot be read: permission denied") {
		t.Errorf("problems = %q, want a.json cannot be read: permission denied", rep.Problems)
	}
}

func TestLoadNoFolder(t *testing.T) {
	lib, rep := Load(defaultItem(t), "")
	if len(lib.Items) != 1 || len(rep.Problems)+len(rep.Notes) != 0 {
		t.Errorf("Load(def, \"\") = %v, %+v; want the default article and no report", lib.Articles(), rep)
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.json"), porto(t), 0o644)
	os.WriteFile(filepath.Join(dir, "b.json"), withID(porto(t), "bravo"), 0o644)
	sub := filepath.Join(t.TempDir(), "more")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "c.json"), withID(porto(t), "charlie"), 0o644)
	items, rep := ReadFiles([]string{filepath.Join(dir, "a.json"), sub, filepath.Join(dir, "missing.json")})
	var ids []string
	for _, it := range items {
		ids = append(ids, it.Article.ID)
	}
	if got := strings.Join(ids, " "); got != "porto charlie" {
		t.Errorf("articles = %s, want porto charlie", got)
	}
	if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Error(), "missing.json cannot be read: no such file or directory") {
		t.Errorf("problems = %q, want missing.json cannot be read", rep.Problems)
	}
}

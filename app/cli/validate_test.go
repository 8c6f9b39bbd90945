package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

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
			args:    []string{"../library/articles/kursk.json"},
			wantErr: "validate: 0 valid articles, 1 problem",
			lines:   []string{`error: ../library/articles/kursk.json: id "kursk" is already used by the default article (articles/kursk.json)`},
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
		err := run(append([]string{"validate"}, tt.args...), &out)
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

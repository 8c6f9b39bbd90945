package server

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestStyleSheetsWellFormed checks every style sheet in web/ for the slips
// a browser forgives silently by dropping every rule after them: a comment
// left open, a quote left open, or braces that do not pair up.
func TestStyleSheetsWellFormed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "web", "*.css"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no style sheets in ../../web/: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkCSS(b); err != "" {
			t.Errorf("%s: %s", f, err)
		}
	}
}

func TestCheckCSS(t *testing.T) {
	tests := []struct{ css, want string }{
		{"a { color: red; }\n@media print { b { x: y; } }\n", ""},
		{`a::after { content: "}"; }`, ""},
		{"/* { */ a { }", ""},
		{"a { color: red;\n\nb { }", "line 1: a block opened here is never closed"},
		{"a { } }", "line 1: a closing brace with no block to close"},
		{"a { } /* open", "line 1: a comment opened here is never closed"},
		{`a { content: "x; }`, `line 1: a string opened here is never closed`},
	}
	for _, tt := range tests {
		if got := checkCSS([]byte(tt.css)); got != tt.want {
			t.Errorf("checkCSS(%q) = %q, want %q", tt.css, got, tt.want)
		}
	}
}

// checkCSS returns what is wrong with a style sheet's structure, or "".
func checkCSS(b []byte) string {
	line := 1
	var open []int // the lines where the blocks still open began
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\n':
			line++
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			start := line
			i += 2
			for ; i+1 < len(b) && !(b[i] == '*' && b[i+1] == '/'); i++ {
				if b[i] == '\n' {
					line++
				}
			}
			if i+1 >= len(b) {
				return lineMsg(start, "a comment opened here is never closed")
			}
			i++
		case c == '"' || c == '\'':
			start := line
			for i++; i < len(b) && b[i] != c && b[i] != '\n'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if i >= len(b) || b[i] != c {
				return lineMsg(start, "a string opened here is never closed")
			}
		case c == '{':
			open = append(open, line)
		case c == '}':
			if len(open) == 0 {
				return lineMsg(line, "a closing brace with no block to close")
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		return lineMsg(open[len(open)-1], "a block opened here is never closed")
	}
	return ""
}

func lineMsg(line int, msg string) string {
	return "line " + strconv.Itoa(line) + ": " + msg
}

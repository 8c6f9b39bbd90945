package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadArticle checks the server loads the default article with no
// flag, and that a broken -article file stops it with an error that names
// the file, the place and the problem.
func TestLoadArticle(t *testing.T) {
	a, raw, err := loadArticle("")
	if err != nil || a.ID != "kursk" || len(raw) == 0 {
		t.Fatalf("default article: %v, %v", a, err)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\n  \"format\": \"news-explorer-article/1\",\n  \"id\": \"bad\",\n  \"title\": \"Bad\",\n  \"text\": \"Putin met Putin.\",\n  \"entities\": [{\"id\": \"putin\", \"name\": \"Vladimir Putin\", \"type\": \"person\", \"description\": \"President of Russia.\"}],\n  \"mentions\": [{\"entity\": \"putin\", \"exact\": \"Putin\"}]\n}\n"), 0o644)
	_, _, err = loadArticle(bad)
	if err == nil {
		t.Fatal("a file whose anchor matches two places loaded")
	}
	for _, want := range []string{bad + ":7:16", "mention 1", `matches 2 places`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if _, _, err := loadArticle(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file: error %v does not name it", err)
	}
}

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

// TestExportImport runs the export and import commands: the default
// article's annotations, exported and imported back, give the same
// article.
func TestExportImport(t *testing.T) {
	var w3c, schema, back bytes.Buffer
	if err := run([]string{"export", "-format", "w3c"}, &w3c); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"export", "-format", "schema"}, &schema); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(schema.String(), `"@type": "ClaimReview"`) {
		t.Errorf("the schema export has no ClaimReview")
	}
	file := filepath.Join(t.TempDir(), "kursk.jsonld")
	if err := os.WriteFile(file, w3c.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"import", file}, &back); err != nil {
		t.Fatal(err)
	}
	got, err := article.Parse("imported.json", back.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("export then import changed the article")
	}
	// The claims, exported and imported back onto the article without
	// them, give the same article.
	bare := *want
	bare.Claims, bare.Evidence = nil, nil
	b, err := article.Encode(&bare)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bare.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "claims.jsonld"), schema.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The claims are read back with -format schema, and without it, as
	// the file's context tells.
	for _, format := range [][]string{{"-format", "schema"}, nil} {
		back.Reset()
		args := append(append([]string{"import"}, format...), "-article", filepath.Join(dir, "bare.json"), filepath.Join(dir, "claims.jsonld"))
		if err := run(args, &back); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		if got, err = article.Parse("imported.json", back.Bytes()); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: export then import of the claims changed the article", args)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "-format", "rdf"}, `unknown -format "rdf"`},
		{[]string{"import"}, "give one annotation file"},
		{[]string{"import", "-format", "rdf", "x.jsonld"}, `unknown -format "rdf"`},
		{[]string{"import", filepath.Join(t.TempDir(), "missing.jsonld")}, "no such file"},
	} {
		if err := run(tt.args, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error that says %s", tt.args, err, tt.want)
		}
	}
}

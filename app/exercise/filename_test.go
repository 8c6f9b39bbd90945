package exercise

import "testing"

// TestDownloadName checks the names of downloaded files.
func TestDownloadName(t *testing.T) {
	tests := []struct{ article, student, ext, want string }{
		{"kursk", "", "csv", "kursk-answers.csv"},
		{"kursk", "Ana Lima", "json", "kursk-answers-ana-lima.json"},
		{"kursk", "José / 7b", "csv", "kursk-answers-josé-7b.csv"},
		{"kursk", "../..", "csv", "kursk-answers.csv"},
	}
	for _, tt := range tests {
		if got := FileName(tt.article, tt.student, tt.ext); got != tt.want {
			t.Errorf("FileName(%q, %q, %q) = %q, want %q", tt.article, tt.student, tt.ext, got, tt.want)
		}
	}
}

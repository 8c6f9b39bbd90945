package ui

import "testing"

func TestUnlean(t *testing.T) {
	tests := []struct {
		name, html, part, want string
	}{
		{"a lean page gets its part back",
			`<div><h2>Who claims what</h2>` + LeanStart + `<p class="claims-wait">…</p><script type="text/html" id="lean-part">x</script>` + LeanEnd + `</div>`,
			`<ol class="claims"><li>one</li></ol>`,
			`<div><h2>Who claims what</h2>` + LeanStart + `<ol class="claims"><li>one</li></ol>` + LeanEnd + `</div>`},
		{"a page with no marks stays as it is", `<div><ol></ol></div>`, `<p>x</p>`, `<div><ol></ol></div>`},
		{"marks out of order leave it as it is", `<div>` + LeanEnd + LeanStart + `</div>`, `<p>x</p>`, `<div>` + LeanEnd + LeanStart + `</div>`},
	}
	for _, tt := range tests {
		if got := Unlean(tt.html, tt.part); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

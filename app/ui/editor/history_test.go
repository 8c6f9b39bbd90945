package editor

import (
	"strconv"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// TestHistory undoes and redoes changes in turn, as the editor's buttons
// do, and checks what each step gives back and what is left to undo and
// redo.
func TestHistory(t *testing.T) {
	// v is the n-th version, with its n-th mention selected.
	v := func(n int) state {
		return state{art: &article.Article{ID: "v" + strconv.Itoa(n)}, selected: article.Span{Start: n, End: n + 1}}
	}
	var h history
	// Versions v0 → v1 → v2 → v3, by changes "one", "two", "three".
	h.record(v(0), "one")
	h.record(v(1), "two")
	h.record(v(2), "three")
	current := v(3)

	type op struct {
		redo     bool
		wantID   string // "" when nothing is there to undo or redo
		wantWhat string
		nextUndo string
		nextRedo string
	}
	for i, o := range []op{
		{false, "v2", "three", "two", "three"},
		{false, "v1", "two", "one", "two"},
		{true, "v2", "two", "two", "three"},
		{false, "v1", "two", "one", "two"},
		{false, "v0", "one", "", "one"},
		{false, "", "", "", "one"},
		{true, "v1", "one", "one", "two"},
		{true, "v2", "two", "two", "three"},
		{true, "v3", "three", "three", ""},
		{true, "", "", "three", ""},
	} {
		step := h.back
		if o.redo {
			step = h.forward
		}
		got, what, ok := step(current)
		if o.wantID == "" {
			if ok {
				t.Errorf("step %d: gave %s (%q), want nothing", i, got.art.ID, what)
			}
		} else if !ok || got.art.ID != o.wantID || what != o.wantWhat {
			t.Errorf("step %d: gave %s (%q, %v), want %s (%q)", i, got.art.ID, what, ok, o.wantID, o.wantWhat)
		} else if want := v(int(o.wantID[1] - '0')).selected; got.selected != want {
			t.Errorf("step %d: gave %s with %v selected, want %v", i, got.art.ID, got.selected, want)
		} else {
			current = got
		}
		if u, r := h.next(); u != o.nextUndo || r != o.nextRedo {
			t.Errorf("step %d: next undo %q, redo %q; want %q, %q", i, u, r, o.nextUndo, o.nextRedo)
		}
	}

	// A change after an undo leaves nothing to redo.
	h.back(current)
	h.record(v(9), "other")
	if u, r := h.next(); u != "other" || r != "" {
		t.Errorf("after a new change: next undo %q, redo %q; want other and nothing", u, r)
	}
	h.clear()
	if u, r := h.next(); u != "" || r != "" {
		t.Errorf("after clear: next undo %q, redo %q; want nothing", u, r)
	}
}

// TestHistoryBudget checks that the history keeps the latest versions
// within its memory budget and count, and always the latest one.
func TestHistoryBudget(t *testing.T) {
	sized := func(id string, n int) state {
		return state{art: &article.Article{ID: id, Text: strings.Repeat("x", n)}}
	}
	tests := []struct {
		name  string
		count int
		size  int
		want  int
	}{
		{"small versions, up to the count", historyMax + 10, 100, historyMax},
		{"a third of the budget each", 5, historyBudget/3 + 1, 2},
		{"each over the budget alone", 3, historyBudget + 1, 1},
	}
	for _, tt := range tests {
		var h history
		for i := 0; i < tt.count; i++ {
			h.record(sized(strconv.Itoa(i), tt.size), "change "+strconv.Itoa(i))
		}
		if got := len(h.undo); got != tt.want {
			t.Errorf("%s: %d versions kept, want %d", tt.name, got, tt.want)
		}
		if latest := h.undo[len(h.undo)-1].art.ID; latest != strconv.Itoa(tt.count-1) {
			t.Errorf("%s: the latest version kept is %s, want %d", tt.name, latest, tt.count-1)
		}
	}
}

//go:build !js

package browser

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"
)

// violation is one accessibility rule that axe-core found broken.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// checkAccessibility runs axe-core in the page as it is and fails the test
// on any violation of serious or critical impact.
func checkAccessibility(t *testing.T, ctx context.Context, state string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(root, "app/browser/node_modules/axe-core/axe.min.js"))
	if err != nil {
		t.Fatalf("reading axe-core: %v", err)
	}
	eval[bool](t, ctx, string(src)+";true")
	found := eval[[]violation](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r =>
		r.violations
			.filter(v => v.impact === "serious" || v.impact === "critical")
			.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.html.slice(0, 160))})))`)
	for _, v := range found {
		t.Errorf("axe (%s): %s %s: %s\n  %s", state, v.Impact, v.ID, v.Help, strings.Join(v.Nodes, "\n  "))
	}
}

// axNode reads the first element that matches sel as the browser gives it
// to screen readers, from its accessibility tree.
func axNode(t *testing.T, ctx context.Context, sel string) *accessibility.Node {
	t.Helper()
	nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS(sel)))
	if err != nil || len(nodes) == 0 {
		t.Fatalf("no node for %s: %v", sel, err)
	}
	no := false
	ax, err := chromedp.Call(ctx, accessibility.GetPartialAXTree, accessibility.GetPartialAXTreeParams{BackendNodeID: nodes[0].BackendNodeID, FetchRelatives: &no})
	if err != nil || len(ax.Nodes) == 0 {
		t.Fatalf("no accessibility node for %s: %v", sel, err)
	}
	return ax.Nodes[0]
}

// axString is an accessibility value (a role, a name) as a string, "" for
// none.
func axString(v *accessibility.Value) string {
	if v == nil {
		return ""
	}
	var s string
	json.Unmarshal(v.Value, &s)
	return s
}

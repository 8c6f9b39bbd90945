//go:build !js

package browser

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsexplorer/app/article"
	"newsexplorer/app/library"
)

// The figures of make bench. Each prints lines that start with "bench";
// baselines come from the same run.

func benchEnabled(t *testing.T) {
	t.Helper()
	if os.Getenv("NEWSEXPLORER_BENCH") == "" {
		t.Skip("benchmarks run with NEWSEXPLORER_BENCH=1 (make bench)")
	}
}

func report(format string, args ...any) {
	fmt.Printf("bench  "+format+"\n", args...)
}

// TestBenchWasmSize reports each WebAssembly program's bytes raw,
// compressed with gzip -9, and as the server sends it to a browser that
// accepts compression: app.wasm, which every reader downloads, and
// author.wasm, which the editor and the teacher's views add. The service
// worker stores both for offline use.
func TestBenchWasmSize(t *testing.T) {
	benchEnabled(t)
	total := 0
	for _, name := range []string{"app.wasm", "author.wasm"} {
		raw, err := os.ReadFile(filepath.Join(root, "web", name))
		if err != nil {
			t.Fatal(err)
		}
		var gz bytes.Buffer
		w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		w.Write(raw)
		w.Close()

		req, _ := http.NewRequest("GET", site+"/web/"+name, nil)
		req.Header.Set("Accept-Encoding", "br, gzip")
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		sent, _ := io.Copy(io.Discard, res.Body)
		res.Body.Close()
		total += int(sent)
		enc := res.Header.Get("Content-Encoding")
		if enc == "" {
			enc = "none"
		}
		report("wasm  %-11s raw %s  gzip-9 %s (%.0f%%)  sent %s (Content-Encoding: %s)",
			name, mb(len(raw)), mb(gz.Len()), 100*float64(gz.Len())/float64(len(raw)), mb(int(sent)), enc)
	}
	report("wasm  both programs, as the service worker stores them for offline use: %s sent", mb(total))
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

// toggleJS clicks a toggle n times, each right after a frame was painted,
// and measures: the click to the class change on the container (the app's
// handler), the next frame's rendering (from its requestAnimationFrame to a
// task after its paint, which covers style, layout and paint), the click to
// that paint, and how many frames passed before the change was painted.
// With baseline set, it switches the class directly from JavaScript instead:
// the floor that style and paint alone cost.
const toggleJS = `(async (n, baseline) => {
	const btn = document.querySelector('[data-toggle="person"]');
	const art = document.getElementById("article");
	const afterPaint = () => new Promise(res => {
		const ch = new MessageChannel(); ch.port1.onmessage = () => res(performance.now()); ch.port2.postMessage(0);
	});
	const frame = () => new Promise(res => requestAnimationFrame(() => res(performance.now())));
	const out = [];
	for (let i = 0; i < n; i++) {
		await frame(); await afterPaint();
		const before = art.className;
		let changedAt = 0, frames = 0, counting = true;
		const count = () => { if (counting) { frames++; requestAnimationFrame(count); } };
		requestAnimationFrame(count);
		const changed = new Promise(res => {
			const mo = new MutationObserver(() => { if (art.className !== before) { mo.disconnect(); changedAt = performance.now(); res(); } });
			mo.observe(art, {attributes: true, attributeFilter: ["class"]});
		});
		const t0 = performance.now();
		if (baseline) art.classList.toggle("hide-person"); else btn.click();
		await changed;
		const framesBefore = frames;
		const rafAt = await frame();
		const paintedAt = await afterPaint();
		counting = false;
		out.push({handler: changedAt - t0, render: paintedAt - rafAt, total: paintedAt - t0, frames: framesBefore + 1});
	}
	return out;
})`

type toggleRun struct {
	Handler, Render, Total float64
	Frames                 int
}

func summarize(runs []toggleRun) (handler, render, work, total float64, nextFrame int) {
	var h, r, w, tt []float64
	for _, x := range runs {
		h, r, w, tt = append(h, x.Handler), append(r, x.Render), append(w, x.Handler+x.Render), append(tt, x.Total)
		if x.Frames == 1 {
			nextFrame++
		}
	}
	return median(h), median(r), median(w), median(tt), nextFrame
}

// TestBenchToggle reports toggle latency on the default article and on one
// 100 times as long, against the same class switched from plain JavaScript.
func TestBenchToggle(t *testing.T) {
	benchEnabled(t)
	long, err := os.CreateTemp(t.TempDir(), "kursk-100x-*.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := article.Encode(repeated(t, 100))
	if err != nil {
		t.Fatal(err)
	}
	long.Write(b)
	long.Close()
	srv, err := startServer("-article", long.Name(), "-articles=")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.stop()

	for _, c := range []struct {
		name, base string
	}{{"1×", site}, {"100×", srv.url}} {
		ctx := newBrowser(t)
		open(t, ctx, c.base, "/")
		// The service worker stores the app once it has started; measure
		// the toggles after that, with the page at rest, as the baseline
		// that follows them is.
		waitOffline(t, ctx)
		marks := eval[int](t, ctx, `document.querySelectorAll("#article mark").length`)
		const n = 21
		app := eval[[]toggleRun](t, ctx, fmt.Sprintf("%s(%d, false)", toggleJS, n))[1:]
		floor := eval[[]toggleRun](t, ctx, fmt.Sprintf("%s(%d, true)", toggleJS, n))[1:]
		h, r, w, total, next := summarize(app)
		_, fr, fw, ftotal, fnext := summarize(floor)
		report("toggle %-4s %5d spans  app: handler %.1f + frame render %.1f = %.1f ms of work, click→paint %.1f ms, painted in the next frame %d/%d",
			c.name, marks, h, r, w, total, next, len(app))
		report("toggle %-4s %5d spans  baseline (class switched from plain JS): frame render %.1f = %.1f ms of work, click→paint %.1f ms, next frame %d/%d  (budget: 16.7 ms)",
			c.name, marks, fr, fw, ftotal, fnext, len(floor))
	}
}

// repeated builds the default article's text n times over, with every
// mention and quote repeated too.
func repeated(t *testing.T, n int) *article.Article {
	t.Helper()
	a, _, err := library.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := &article.Article{
		ID: a.ID + "-" + fmt.Sprint(n) + "x", Title: a.Title + fmt.Sprintf(" (%d times over)", n), TitleIsOurs: true,
		Entities: a.Entities,
	}
	var text strings.Builder
	for i := 0; i < n; i++ {
		base := text.Len()
		text.WriteString(a.Text)
		text.WriteString("\n")
		for _, m := range a.Mentions {
			out.Mentions = append(out.Mentions, article.Mention{Entity: m.Entity, Span: article.Span{Start: base + m.Start, End: base + m.End}})
		}
		for _, q := range a.Quotes {
			out.Quotes = append(out.Quotes, article.QuoteSpan{Speaker: q.Speaker, Span: article.Span{Start: base + q.Start, End: base + q.End}})
		}
	}
	out.Text = text.String()
	return out
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func list(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.0f", x)
	}
	return strings.Join(parts, ",")
}

//go:build !js

package browser

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dustin/go-humanize"
)

// TestBenchThroughput reports our server's requests per second against
// Go's http.FileServer serving the same bytes (testdata/fileserver, a
// process of its own as ours is). A missed aim is printed as MISSED; only
// something broken fails the test.
func TestBenchThroughput(t *testing.T) {
	benchEnabled(t)
	bin := filepath.Join(t.TempDir(), "fileserver")
	goBuild(t, nil, "-o", bin, "./app/browser/testdata/fileserver")
	benchRPS(t, bin)
}

// goBuild runs go build -trimpath with args in the repository, with env
// added to the environment.
func goBuild(t *testing.T, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", append([]string{"build", "-trimpath"}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v go build %v: %v\n%s", env, args, err, out)
	}
}

// versus writes a ratio and its aim, marked MISSED when the ratio is on
// the wrong side of it. A ratio that would print as the limit itself but
// misses it gets a third decimal, so that no "0.80× … MISSED" puzzles.
func versus(ratio float64, op string, limit float64) string {
	missed := op == "≤" && ratio > limit || op == "≥" && ratio < limit
	shown := fmt.Sprintf("%.2f×", ratio)
	if missed && shown == fmt.Sprintf("%.2f×", limit) {
		shown = fmt.Sprintf("%.3f×", ratio)
	}
	if missed {
		return fmt.Sprintf("%s (aim %s %g×: MISSED)", shown, op, limit)
	}
	return fmt.Sprintf("%s (aim %s %g×)", shown, op, limit)
}

// fetch gets a URL with an Accept-Encoding and returns the bytes sent and
// the Content-Encoding, without decoding them.
func fetch(t *testing.T, url, accept string) ([]byte, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", accept)
	c := &http.Client{Timeout: time.Minute, Transport: &http.Transport{DisableCompression: true}}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", url, res.StatusCode)
	}
	return b, res.Header.Get("Content-Encoding")
}

// Throughput: conns keep-alive connections from this process, each asking
// again as soon as it has read an answer, for rounds × roundTime per
// target, the targets alternating.
const (
	conns     = 8
	rounds    = 3
	roundTime = 2 * time.Second
)

// benchRPS compares our server's requests per second with Go's
// http.FileServer serving the same bytes from disk, in a separate process
// like ours, both without compression so that the same bytes move.
func benchRPS(t *testing.T, bin string) {
	dir := t.TempDir()
	pageBody, _ := fetch(t, site+"/", "identity")
	wasm, _ := fetch(t, site+"/web/app.wasm", "identity")
	if err := os.Mkdir(filepath.Join(dir, "web"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"index.html": pageBody, "web/app.wasm": wasm} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := startProgram(bin, "-files", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer files.stop()

	for _, p := range []struct {
		name, path string
		size       int
	}{{"page", "/", len(pageBody)}, {"app.wasm", "/web/app.wasm", len(wasm)}} {
		if got, _ := fetch(t, files.url+p.path, "identity"); len(got) != p.size {
			t.Fatalf("http.FileServer sends %d bytes for %s, ours %d", len(got), p.path, p.size)
		}
		var ours, theirs load
		var each []float64
		for i := 0; i < rounds; i++ {
			var o, f load
			if i%2 == 0 {
				o.add(hammer(t, site+p.path, "identity", p.size))
				f.add(hammer(t, files.url+p.path, "identity", p.size))
			} else {
				f.add(hammer(t, files.url+p.path, "identity", p.size))
				o.add(hammer(t, site+p.path, "identity", p.size))
			}
			ours.add(o.n, o.elapsed)
			theirs.add(f.n, f.elapsed)
			each = append(each, o.rate()/f.rate())
		}
		per := make([]string, len(each))
		for i, r := range each {
			per[i] = fmt.Sprintf("%.2f", r)
		}
		report("rps   %s %s/s vs http.FileServer %s/s = %s  (%s each, identity, %d connections, %d×%s per server; rounds %s)",
			p.name, humanize.Comma(int64(ours.rate())), humanize.Comma(int64(theirs.rate())),
			versus(ours.rate()/theirs.rate(), "≥", 0.8),
			humanize.Bytes(uint64(p.size)), conns, len(each), roundTime, strings.Join(per, ","))
	}

	br, enc := fetch(t, site+"/web/app.wasm", "br, gzip")
	if enc != "br" {
		t.Errorf("app.wasm with Accept-Encoding br came with Content-Encoding %q", enc)
	}
	var l load
	for i := 0; i < rounds; i++ {
		l.add(hammer(t, site+"/web/app.wasm", "br, gzip", len(br)))
	}
	report("rps   app.wasm br %s/s from ours alone (%s each, as browsers get it)",
		humanize.Comma(int64(l.rate())), humanize.Bytes(uint64(len(br))))
}

// load adds up requests answered over time.
type load struct {
	n       int64
	elapsed time.Duration
}

func (l *load) add(n int64, d time.Duration) { l.n += n; l.elapsed += d }

func (l *load) rate() float64 { return float64(l.n) / l.elapsed.Seconds() }

// hammer asks for url over conns keep-alive connections for roundTime and
// returns how many answers came back whole, and the time they took. Any
// error, other status or answer of another length than size fails the
// test.
func hammer(t *testing.T, url, accept string, size int) (int64, time.Duration) {
	t.Helper()
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	var (
		n        atomic.Int64
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
		}
	}
	start := time.Now()
	deadline := start.Add(roundTime)
	for range conns {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				req, _ := http.NewRequest(http.MethodGet, url, nil)
				req.Header.Set("Accept-Encoding", accept)
				res, err := client.Do(req)
				if err != nil {
					fail(err)
					return
				}
				got, err := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				switch {
				case err != nil:
					fail(fmt.Errorf("GET %s: %w", url, err))
					return
				case res.StatusCode != http.StatusOK:
					fail(fmt.Errorf("GET %s: status %d", url, res.StatusCode))
					return
				case got != int64(size):
					fail(fmt.Errorf("GET %s: %d bytes, want %d", url, got, size))
					return
				}
				n.Add(1)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		t.Errorf("load on %s: %v", url, firstErr)
	}
	return n.Load(), elapsed
}

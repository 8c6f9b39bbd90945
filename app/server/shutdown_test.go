package server

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// TestSlowloris checks that clients that send their request a byte at a
// time cannot hold a connection for longer than the header timeout, with
// the limits HTTPServer really sets. The clients run side by side, and the
// test beside the others: it takes about ReadHeaderTimeout, and subtests
// would queue for the few parallel slots.
func TestSlowloris(t *testing.T) {
	h, _ := handler(t)
	addr, _ := listen(t, h)
	t.Parallel()
	tests := []struct {
		name   string
		prefix string // sent at once
		drip   string // then one byte a second
	}{
		{"one header byte a second", "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ", strings.Repeat("a", 60)},
		{"request line byte by byte", "", "GET /web/style.css HTTP/1.1\r\n" + strings.Repeat("X", 60)},
		{"connects and sends nothing", "", ""},
	}
	var wg sync.WaitGroup
	for _, tt := range tests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			elapsed, got, err := slowClient(addr, tt.prefix, tt.drip)
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				return
			}
			t.Logf("%s: closed after %v", tt.name, elapsed.Round(time.Millisecond))
			if elapsed > ReadHeaderTimeout+3*time.Second {
				t.Errorf("%s: the server held the connection %v, want at most %v", tt.name, elapsed, ReadHeaderTimeout+3*time.Second)
			}
			if elapsed < ReadHeaderTimeout-time.Second {
				t.Errorf("%s: the server closed after %v, before the header timeout (%v): the test did not test it", tt.name, elapsed, ReadHeaderTimeout)
			}
			if bytes.HasPrefix(got, []byte("HTTP/1.1 2")) {
				t.Errorf("%s: a slow client was answered: %.80q", tt.name, got)
			}
		}()
	}
	wg.Wait()
}

// slowClient connects to addr, sends prefix, then one byte of drip a
// second, until the server closes the connection. It returns how long the
// connection lasted and what the server sent.
func slowClient(addr, prefix, drip string) (time.Duration, []byte, error) {
	start := time.Now()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, nil, err
	}
	defer conn.Close()
	conn.SetDeadline(start.Add(ReadHeaderTimeout + 10*time.Second))
	closed := make(chan []byte, 1)
	go func() {
		b, _ := io.ReadAll(conn) // until the server closes
		closed <- b
	}()
	if _, err := io.WriteString(conn, prefix); err != nil {
		return 0, nil, err
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case got := <-closed:
			return time.Since(start), got, nil
		case <-tick.C:
			if i < len(drip) {
				conn.Write([]byte{drip[i]}) // fails once the server has closed
			}
		}
	}
}

// slowSend is a listener whose connections have small send buffers, so
// that a large answer stays in the handler until the client reads it.
type slowSend struct{ net.Listener }

func (l slowSend) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(16 << 10)
	}
	return c, err
}

// randomSite is a site with a large file of random bytes, which nothing
// compresses, so that its download takes the handler a while.
func randomSite(t *testing.T, size int) (*Site, []byte) {
	t.Helper()
	big := make([]byte, size)
	rand.NewChaCha8([32]byte{7}).Read(big)
	files := webFiles()
	files["big.bin"] = &fstest.MapFile{Data: big}
	s := newSite(t, files)
	if a := s.assets["/web/big.bin"]; a == nil || a.br != nil || a.gz != nil {
		t.Fatal("big.bin is missing or compressed")
	}
	return s, big
}

// download asks for path over a connection with a small receive buffer
// and reads the answer slowly, counting the bytes read in progress. It
// returns the body.
func download(addr, path string, progress *atomic.Int64) ([]byte, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(16 << 10)
	conn.SetDeadline(time.Now().Add(20 * time.Second))
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path); err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReaderSize(conn, 4<<10), nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	var body bytes.Buffer
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		body.Write(buf[:n])
		progress.Store(int64(body.Len()))
		if err == io.EOF {
			break
		}
		if err != nil {
			return body.Bytes(), err
		}
		time.Sleep(5 * time.Millisecond)
	}
	if resp.ContentLength != int64(body.Len()) {
		return body.Bytes(), fmt.Errorf("Content-Length %d, read %d bytes", resp.ContentLength, body.Len())
	}
	return body.Bytes(), nil
}

// TestShutdownFinishesDownloads checks a graceful stop: a reader part-way
// through a large download when the server is told to stop gets every
// byte, no new connection is taken meanwhile, and Serve returns nil only
// once the download is sent.
func TestShutdownFinishesDownloads(t *testing.T) {
	s, big := randomSite(t, 4<<20)
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type served struct {
		err      error
		progress int64
	}
	var progress atomic.Int64
	serveDone := make(chan served, 1)
	go func() {
		err := Serve(ctx, HTTPServer(s), slowSend{ln}, 30*time.Second)
		serveDone <- served{err, progress.Load()}
	}()

	type result struct {
		body []byte
		err  error
	}
	got := make(chan result, 1)
	start := time.Now()
	go func() {
		b, err := download(addr, "/web/big.bin", &progress)
		got <- result{b, err}
	}()
	for progress.Load() < 1<<20 {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("the download read %d bytes in 10s", progress.Load())
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	atCancel := progress.Load()

	// New connections are refused while the download goes on.
	refused := false
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			refused = true
			break
		}
		c.Close()
	}
	atRefusal := progress.Load()
	if !refused {
		t.Errorf("new connections were still taken 2s after the shutdown began")
	}
	if atRefusal >= int64(len(big)) {
		t.Errorf("the download ended before new connections were refused; the test did not test a shutdown in progress")
	}

	r := <-got
	elapsed := time.Since(start)
	if r.err != nil {
		t.Fatalf("the download failed after %d of %d bytes: %v", len(r.body), len(big), r.err)
	}
	if !bytes.Equal(r.body, big) {
		t.Errorf("the download has %d bytes that differ from the file's %d", len(r.body), len(big))
	}
	select {
	case sv := <-serveDone:
		if sv.err != nil {
			t.Errorf("Serve = %v, want nil", sv.err)
		}
		// The server's buffers hold far less than this; Serve returning
		// earlier would mean it did not wait for the download.
		if slack := int64(1 << 20); sv.progress < int64(len(big))-slack {
			t.Errorf("Serve returned when the client had read %d of %d bytes", sv.progress, len(big))
		}
	case <-time.After(5 * time.Second):
		t.Errorf("Serve did not return 5s after the download ended")
	}
	t.Logf("stopped at %d of %d bytes; the download took %v", atCancel, len(big), elapsed.Round(time.Millisecond))
}

// TestShutdownGrace checks that a stop does not wait for ever: a client
// that stops reading is cut off once the grace period is over, and Serve
// says so.
func TestShutdownGrace(t *testing.T) {
	s, big := randomSite(t, 4<<20)
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	serveDone := make(chan error, 1)
	go func() { serveDone <- Serve(ctx, HTTPServer(s), slowSend{ln}, 300*time.Millisecond) }()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(16 << 10)
	fmt.Fprintf(conn, "GET /web/big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
	head := make([]byte, 1024)
	if _, err := io.ReadAtLeast(conn, head, len(head)); err != nil {
		t.Fatal(err)
	}
	// The client reads no more.
	cancel()
	start := time.Now()
	select {
	case err := <-serveDone:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Serve = %v, want the grace period's deadline", err)
		}
		if d := time.Since(start); d < 250*time.Millisecond {
			t.Errorf("Serve returned after %v, before the grace period", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return 5s after a 300ms grace period")
	}
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	rest, err := io.ReadAll(conn)
	if n := len(head) + len(rest); n >= len(big) {
		t.Errorf("the stalled client got all %d bytes (%v)", n, err)
	}
}

// TestLoad checks the server under a burst of visitors: about 40 clients
// at once for about 3 s, each asking for the page and the files an app
// start needs, over a real connection with the server's limits. Every
// answer must be whole and right, and the server must log nothing.
func TestLoad(t *testing.T) {
	s, _ := wasmSite(t)
	addr, logs := listen(t, s)
	t.Parallel()

	type target struct {
		path, accept string
		enc          string
		sum          [32]byte
		size         int
	}
	targets := []*target{
		{path: "/"},
		{path: "/", accept: "gzip"},
		{path: "/web/app.wasm", accept: "br"},
		{path: "/app.js"},
		{path: "/app-worker.js"},
		{path: "/manifest.webmanifest"},
		{path: "/web/style.css"},
	}
	for _, tg := range targets {
		resp, b := serveEncoded(t, s, tg.path, tg.accept)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s = %d", tg.path, resp.StatusCode)
		}
		tg.enc, tg.sum, tg.size = resp.Header.Get("Content-Encoding"), sha256.Sum256(b), len(b)
	}
	if targets[2].enc != "br" {
		t.Fatalf("the wasm is not sent in brotli")
	}

	const (
		clients   = 40
		perClient = 2000
		duration  = 3 * time.Second
	)
	tr := &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	var (
		requests, failures atomic.Int64
		mu                 sync.Mutex
		firstErrors        []string
		wg                 sync.WaitGroup
	)
	fail := func(format string, args ...any) {
		failures.Add(1)
		mu.Lock()
		defer mu.Unlock()
		if len(firstErrors) < 10 {
			firstErrors = append(firstErrors, fmt.Sprintf(format, args...))
		}
	}
	start := time.Now()
	deadline := start.Add(duration)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < perClient && time.Now().Before(deadline); n++ {
				tg := targets[(i+n)%len(targets)]
				req, _ := http.NewRequest("GET", "http://"+addr+tg.path, nil)
				if tg.accept != "" {
					req.Header.Set("Accept-Encoding", tg.accept)
				}
				resp, err := c.Do(req)
				requests.Add(1)
				if err != nil {
					fail("GET %s: %v", tg.path, err)
					continue
				}
				b, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch {
				case err != nil:
					fail("GET %s: reading: %v", tg.path, err)
				case resp.StatusCode != http.StatusOK:
					fail("GET %s: status %d", tg.path, resp.StatusCode)
				case resp.Header.Get("Content-Encoding") != tg.enc:
					fail("GET %s: Content-Encoding %q, want %q", tg.path, resp.Header.Get("Content-Encoding"), tg.enc)
				case len(b) != tg.size || sha256.Sum256(b) != tg.sum:
					fail("GET %s: %d bytes that differ from the %d expected", tg.path, len(b), tg.size)
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	n := requests.Load()
	t.Logf("%d requests from %d clients in %v: %.0f requests/s", n, clients, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
	if f := failures.Load(); f > 0 {
		t.Errorf("%d of %d requests failed; the first:\n%s", f, n, strings.Join(firstErrors, "\n"))
	}
	if n < clients {
		t.Errorf("only %d requests were made", n)
	}
	if elapsed > duration+10*time.Second {
		t.Errorf("the load took %v, want about %v", elapsed, duration)
	}
	if l := logs.String(); l != "" {
		t.Errorf("the server logged:\n%s", l)
	}
}

package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Limits on a connection. A client gets 10 s to send its headers, which
// drops slow-header (slowloris) clients, and an idle connection is closed
// after 2 minutes. The write limit is long enough to send the compressed
// wasm (about 1.6 MB) over a school link as slow as 64 kbit/s.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 5 * time.Minute
	IdleTimeout       = 2 * time.Minute
	MaxHeaderBytes    = 64 << 10
	// ShutdownGrace is how long a shutdown waits for answers in progress.
	ShutdownGrace = 5 * time.Minute
)

// HTTPServer returns an http.Server for h with the explorer's limits.
func HTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
	}
}

// Serve serves on ln until ctx is done, then stops taking connections and
// waits up to grace for the answers in progress, downloads of the wasm
// among them, before it returns.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		srv.Close()
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

//go:build !js

package engines

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// frame is one frame as a server sends it: unmasked.
func frame(fin bool, op byte, payload []byte) []byte {
	b := op
	if fin {
		b |= 0x80
	}
	out := []byte{b}
	switch n := len(payload); {
	case n < 126:
		out = append(out, byte(n))
	case n <= 0xFFFF:
		out = append(out, 126, byte(n>>8), byte(n))
	default:
		out = append(out, 127)
		out = binary.BigEndian.AppendUint64(out, uint64(n))
	}
	return append(out, payload...)
}

// readClientFrame reads one frame a client sent, which must be masked,
// and returns its opcode and unmasked payload.
func readClientFrame(r *bufio.Reader) (byte, []byte, error) {
	var head [2]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return 0, nil, fmt.Errorf("reading the client's frame: %w", err)
	}
	if head[1]&0x80 == 0 {
		return 0, nil, errors.New("the client sent an unmasked frame")
	}
	n := uint64(head[1] & 0x7F)
	switch n {
	case 126:
		var ext [2]byte
		io.ReadFull(r, ext[:])
		n = uint64(binary.BigEndian.Uint16(ext[:]))
	case 127:
		var ext [8]byte
		io.ReadFull(r, ext[:])
		n = binary.BigEndian.Uint64(ext[:])
	}
	var mask [4]byte
	io.ReadFull(r, mask[:])
	payload := make([]byte, n)
	if _, err := io.ReadFull(r, payload); err != nil {
		return 0, nil, fmt.Errorf("reading the client's frame: %w", err)
	}
	for i := range payload {
		payload[i] ^= mask[i%4]
	}
	return head[0] & 0x0F, payload, nil
}

// TestWebSocket runs the client of the BiDi tests against a server that
// sends what Firefox may: a message in fragments, a ping between them,
// lengths in each of the three sizes, and a close; and reads what the
// client sends, masked.
func TestWebSocket(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 70000)
	mid := bytes.Repeat([]byte("y"), 300)
	serverDone := make(chan error, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sum := sha1.Sum([]byte(r.Header.Get("Sec-WebSocket-Key") + wsGUID))
		conn, rw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			serverDone <- err
			return
		}
		defer conn.Close()
		rw.WriteString("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
			"Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(sum[:]) + "\r\n\r\n")
		rw.Write(frame(false, opText, []byte(`{"id":1,`)))
		rw.Write(frame(true, opPing, []byte("are you there")))
		rw.Write(frame(true, opContinuation, []byte(`"type":"success"}`)))
		rw.Write(frame(true, opText, mid))
		rw.Write(frame(true, opText, big))
		rw.Flush()
		if op, p, err := readClientFrame(rw.Reader); err != nil || op != opPong || string(p) != "are you there" {
			serverDone <- fmt.Errorf("the ping was answered with opcode %#x %q (%v), want a pong with its payload", op, p, err)
			return
		}
		if op, p, err := readClientFrame(rw.Reader); err != nil || op != opText || string(p) != `{"method":"session.new"}` {
			serverDone <- fmt.Errorf("the client's message arrived as opcode %#x %q (%v)", op, p, err)
			return
		}
		rw.Write(frame(true, opClose, nil))
		rw.Flush()
		serverDone <- nil
	}))
	defer srv.Close()

	c, err := dialWebSocket("ws://" + strings.TrimPrefix(srv.URL, "http://") + "/session")
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	for _, want := range [][]byte{[]byte(`{"id":1,"type":"success"}`), mid, big} {
		got, err := c.read()
		if err != nil {
			t.Fatalf("reading: %v", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("read %d bytes %q, want %d bytes %q", len(got), short(string(got)), len(want), short(string(want)))
		}
	}
	if err := c.write([]byte(`{"method":"session.new"}`)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.read(); !errors.Is(err, errClosed) {
		t.Errorf("after the server's close, read gave %v, want errClosed", err)
	}
	if err := <-serverDone; err != nil {
		t.Error(err)
	}
}

// TestWebSocketRefused checks that a server that does not switch to the
// WebSocket protocol is an error that says so.
func TestWebSocketRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := dialWebSocket("ws://" + strings.TrimPrefix(srv.URL, "http://") + "/session")
	if err == nil || !strings.Contains(err.Error(), "refused the handshake") {
		t.Errorf("dialing a plain HTTP server gave %v, want a refused handshake", err)
	}
	if _, err := dialWebSocket("http://" + strings.TrimPrefix(srv.URL, "http://")); err == nil {
		t.Errorf("an http:// address was dialled")
	}
}

//go:build !js

package engines

import (
	"bufio"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// wsConn is the client end of a WebSocket (RFC 6455), as much of it as
// WebDriver BiDi over loopback needs: text messages both ways, fragmented
// messages read, pings answered. It is not a general client: no TLS, no
// extensions, no subprotocols.
type wsConn struct {
	conn net.Conn
	r    *bufio.Reader
	wmu  sync.Mutex // one frame written at a time
}

// wsGUID is the key suffix of RFC 6455's opening handshake.
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// dialWebSocket opens a WebSocket to a ws:// address.
func dialWebSocket(address string) (*wsConn, error) {
	u, err := url.Parse(address)
	if err != nil || u.Scheme != "ws" {
		return nil, fmt.Errorf("websocket: %q is not a ws:// address", address)
	}
	conn, err := net.DialTimeout("tcp", u.Host, 10*time.Second)
	if err != nil {
		return nil, fmt.Errorf("websocket: %w", err)
	}
	nonce := make([]byte, 16)
	rand.Read(nonce)
	key := base64.StdEncoding.EncodeToString(nonce)
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", u.RequestURI(), u.Host, key)
	r := bufio.NewReader(conn)
	res, err := http.ReadResponse(r, nil)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("websocket: handshake with %s: %w", address, err)
	}
	sum := sha1.Sum([]byte(key + wsGUID))
	if res.StatusCode != http.StatusSwitchingProtocols || res.Header.Get("Sec-WebSocket-Accept") != base64.StdEncoding.EncodeToString(sum[:]) {
		conn.Close()
		return nil, fmt.Errorf("websocket: %s refused the handshake: %s", address, res.Status)
	}
	conn.SetDeadline(time.Time{})
	return &wsConn{conn: conn, r: r}, nil
}

// The frame opcodes.
const (
	opContinuation = 0x0
	opText         = 0x1
	opBinary       = 0x2
	opClose        = 0x8
	opPing         = 0x9
	opPong         = 0xA
)

// errClosed is what read returns once the other end closed the socket.
var errClosed = errors.New("websocket: closed by the other end")

// writeFrame writes one whole, masked frame, as a client must.
func (c *wsConn) writeFrame(op byte, payload []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	head := []byte{0x80 | op}
	switch n := len(payload); {
	case n < 126:
		head = append(head, 0x80|byte(n))
	case n <= 0xFFFF:
		head = append(head, 0x80|126, byte(n>>8), byte(n))
	default:
		head = append(head, 0x80|127)
		head = binary.BigEndian.AppendUint64(head, uint64(n))
	}
	mask := make([]byte, 4)
	rand.Read(mask)
	head = append(head, mask...)
	masked := make([]byte, len(payload))
	for i, b := range payload {
		masked[i] = b ^ mask[i%4]
	}
	if _, err := c.conn.Write(append(head, masked...)); err != nil {
		return fmt.Errorf("websocket: writing: %w", err)
	}
	return nil
}

// write sends a text message.
func (c *wsConn) write(msg []byte) error { return c.writeFrame(opText, msg) }

// read returns the next text or binary message, answering pings on the way.
func (c *wsConn) read() ([]byte, error) {
	var msg []byte
	for {
		fin, op, payload, err := c.readFrame()
		if err != nil {
			return nil, err
		}
		switch op {
		case opPing:
			if err := c.writeFrame(opPong, payload); err != nil {
				return nil, err
			}
			continue
		case opPong:
			continue
		case opClose:
			c.writeFrame(opClose, nil)
			return nil, errClosed
		case opText, opBinary, opContinuation:
			msg = append(msg, payload...)
		default:
			return nil, fmt.Errorf("websocket: unknown opcode %#x", op)
		}
		if fin {
			return msg, nil
		}
	}
}

// readFrame reads one frame, unmasking it if the server masked it.
func (c *wsConn) readFrame() (fin bool, op byte, payload []byte, err error) {
	var head [2]byte
	if _, err = io.ReadFull(c.r, head[:]); err != nil {
		return false, 0, nil, fmt.Errorf("websocket: reading: %w", err)
	}
	fin, op = head[0]&0x80 != 0, head[0]&0x0F
	n := uint64(head[1] & 0x7F)
	switch n {
	case 126:
		var ext [2]byte
		if _, err = io.ReadFull(c.r, ext[:]); err != nil {
			return false, 0, nil, fmt.Errorf("websocket: reading: %w", err)
		}
		n = uint64(binary.BigEndian.Uint16(ext[:]))
	case 127:
		var ext [8]byte
		if _, err = io.ReadFull(c.r, ext[:]); err != nil {
			return false, 0, nil, fmt.Errorf("websocket: reading: %w", err)
		}
		n = binary.BigEndian.Uint64(ext[:])
	}
	if n > 256<<20 {
		return false, 0, nil, fmt.Errorf("websocket: a frame of %d bytes", n)
	}
	var mask [4]byte
	if head[1]&0x80 != 0 {
		if _, err = io.ReadFull(c.r, mask[:]); err != nil {
			return false, 0, nil, fmt.Errorf("websocket: reading: %w", err)
		}
	}
	payload = make([]byte, n)
	if _, err = io.ReadFull(c.r, payload); err != nil {
		return false, 0, nil, fmt.Errorf("websocket: reading: %w", err)
	}
	if head[1]&0x80 != 0 {
		for i := range payload {
			payload[i] ^= mask[i%4]
		}
	}
	return fin, op, payload, nil
}

// close closes the connection without waiting for the other end.
func (c *wsConn) close() error {
	c.writeFrame(opClose, nil)
	return c.conn.Close()
}

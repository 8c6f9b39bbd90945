// Package qr encodes text as a QR code (ISO/IEC 18004), drawn in the page
// as SVG, so that a teacher can put a link on a projector with no
// network and no outside service. It writes byte mode only, at error
// correction level L or M, in the smallest of the 40 versions that holds
// the text, and chooses the mask with the standard's penalty rules.
//
// It imports only the standard library.
package qr

import (
	"errors"
	"fmt"
)

// Level is an error correction level: how much of a damaged code can
// still be read.
type Level int

// The levels this package writes.
const (
	// L restores about 7% of the code.
	L Level = iota
	// M restores about 15% of the code: the usual choice for a code shown
	// on a screen or a projector.
	M
)

// String names the level.
func (l Level) String() string {
	if l == L {
		return "L"
	}
	return "M"
}

// formatBits are the two bits of the format information that name the
// level (the standard numbers them L=01, M=00).
func (l Level) formatBits() int {
	if l == L {
		return 1
	}
	return 0
}

// eccPerBlock and blocks are, by level and version (index 0 unused), the
// error correction codewords of each block and the number of blocks
// (ISO/IEC 18004, table 9).
var (
	eccPerBlock = [2][41]int{
		{0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
		{0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
	}
	blocks = [2][41]int{
		{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
		{0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
	}
)

// MinVersion and MaxVersion bound the versions: version v is 17+4v
// modules wide.
const (
	MinVersion = 1
	MaxVersion = 40
)

// rawModules is the number of modules of a version that carry data and
// error correction, once the function patterns are drawn.
func rawModules(ver int) int {
	n := (16*ver+128)*ver + 64
	if ver >= 2 {
		align := ver/7 + 2
		n -= (25*align-10)*align - 55
		if ver >= 7 {
			n -= 36
		}
	}
	return n
}

// dataCodewords is how many 8-bit codewords of data a version holds at a
// level.
func dataCodewords(ver int, l Level) int {
	return rawModules(ver)/8 - eccPerBlock[l][ver]*blocks[l][ver]
}

// countBits is the length of the character count in byte mode.
func countBits(ver int) int {
	if ver <= 9 {
		return 8
	}
	return 16
}

// Capacity returns the most bytes a version holds in byte mode at a
// level.
func Capacity(ver int, l Level) int {
	return (dataCodewords(ver, l)*8 - 4 - countBits(ver)) / 8
}

// ErrTooLong is returned for text longer than the largest version holds.
var ErrTooLong = errors.New("qr: the text is too long for a QR code")

// Code is a QR code: a square of dark and light modules.
type Code struct {
	// Version is the code's version, from 1 to 40; Size its width in
	// modules, 17+4×Version; Level its error correction level; Mask the
	// mask pattern chosen, from 0 to 7.
	Version, Size int
	Level         Level
	Mask          int
	dark          []bool
	function      []bool
}

// Dark reports whether the module at column x and row y is dark.
func (c *Code) Dark(x, y int) bool { return c.dark[y*c.Size+x] }

// Encode makes the QR code of data in byte mode at level l, in the
// smallest version that holds it, with the mask the standard's penalty
// rules prefer.
func Encode(data []byte, l Level) (*Code, error) {
	return encode(data, l, -1)
}

// EncodeMask is Encode with the mask chosen by the caller, from 0 to 7.
func EncodeMask(data []byte, l Level, mask int) (*Code, error) {
	if mask < 0 || mask > 7 {
		return nil, fmt.Errorf("qr: mask %d: want 0 to 7", mask)
	}
	return encode(data, l, mask)
}

func encode(data []byte, l Level, mask int) (*Code, error) {
	if l != L && l != M {
		return nil, fmt.Errorf("qr: level %d: want L or M", l)
	}
	ver := MinVersion
	for ; ver <= MaxVersion && len(data) > Capacity(ver, l); ver++ {
	}
	if ver > MaxVersion {
		return nil, fmt.Errorf("%w: %d bytes, and a QR code at level %v holds at most %d", ErrTooLong, len(data), l, Capacity(MaxVersion, l))
	}
	c := &Code{Version: ver, Size: 17 + 4*ver, Level: l}
	c.dark = make([]bool, c.Size*c.Size)
	c.function = make([]bool, c.Size*c.Size)
	c.drawFunctionPatterns()
	c.drawCodewords(interleave(codewords(data, ver, l), ver, l))
	if mask < 0 {
		best := 0
		for m := range 8 {
			c.applyMask(m)
			c.drawFormat(m)
			if p := c.penalty(); m == 0 || p < best {
				best, mask = p, m
			}
			c.applyMask(m) // masks are their own inverse
		}
	}
	c.Mask = mask
	c.applyMask(mask)
	c.drawFormat(mask)
	return c, nil
}

// codewords writes the data segment in byte mode, the terminator and the
// padding, as the version's data codewords.
func codewords(data []byte, ver int, l Level) []byte {
	var bits bitBuffer
	bits.add(0b0100, 4)
	bits.add(len(data), countBits(ver))
	for _, b := range data {
		bits.add(int(b), 8)
	}
	capacity := dataCodewords(ver, l) * 8
	bits.add(0, min(4, capacity-len(bits)))
	bits.add(0, (8-len(bits)%8)%8)
	for pad := 0xEC; len(bits) < capacity; pad ^= 0xEC ^ 0x11 {
		bits.add(pad, 8)
	}
	out := make([]byte, len(bits)/8)
	for i, b := range bits {
		if b {
			out[i/8] |= 1 << (7 - i%8)
		}
	}
	return out
}

// bitBuffer is a sequence of bits, most significant first.
type bitBuffer []bool

func (b *bitBuffer) add(v, n int) {
	for i := n - 1; i >= 0; i-- {
		*b = append(*b, v>>i&1 == 1)
	}
}

// interleave splits the data into the version's blocks, adds each
// block's error correction, and interleaves the blocks' codewords.
func interleave(data []byte, ver int, l Level) []byte {
	n, ecc := blocks[l][ver], eccPerBlock[l][ver]
	raw := rawModules(ver) / 8
	short := n - raw%n
	shortLen := raw / n
	div := rsDivisor(ecc)
	var all [][]byte
	k := 0
	for i := range n {
		size := shortLen - ecc
		if i >= short {
			size++
		}
		block := append([]byte(nil), data[k:k+size]...)
		k += size
		rem := rsRemainder(block, div)
		if i < short {
			block = append(block, 0) // a place holder, skipped below
		}
		all = append(all, append(block, rem...))
	}
	out := make([]byte, 0, raw)
	for i := range len(all[0]) {
		for j, b := range all {
			if i != shortLen-ecc || j >= short {
				out = append(out, b[i])
			}
		}
	}
	return out
}

// gfMul multiplies in GF(2^8) modulo x^8+x^4+x^3+x^2+1.
func gfMul(x, y byte) byte {
	var z byte
	for i := 7; i >= 0; i-- {
		hi := z & 0x80
		z <<= 1
		if hi != 0 {
			z ^= 0x1D
		}
		if y>>i&1 != 0 {
			z ^= x
		}
	}
	return z
}

// rsDivisor returns the Reed–Solomon generator polynomial of a degree,
// its coefficients from the highest power down, the leading 1 left out.
func rsDivisor(degree int) []byte {
	out := make([]byte, degree)
	out[degree-1] = 1
	root := byte(1)
	for range degree {
		for j := range out {
			out[j] = gfMul(out[j], root)
			if j+1 < len(out) {
				out[j] ^= out[j+1]
			}
		}
		root = gfMul(root, 0x02)
	}
	return out
}

// rsRemainder returns the error correction codewords of data.
func rsRemainder(data, divisor []byte) []byte {
	out := make([]byte, len(divisor))
	for _, b := range data {
		factor := b ^ out[0]
		copy(out, out[1:])
		out[len(out)-1] = 0
		for i, d := range divisor {
			out[i] ^= gfMul(d, factor)
		}
	}
	return out
}

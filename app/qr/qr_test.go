package qr

import (
	"fmt"
	"image"
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// TestCapacity checks the bytes each version holds in byte mode against
// the standard's table of capacities (ISO/IEC 18004, table 7).
func TestCapacity(t *testing.T) {
	tests := []struct {
		ver      int
		l        Level
		capacity int
	}{
		{1, L, 17}, {1, M, 14}, {2, L, 32}, {2, M, 26}, {3, L, 53}, {3, M, 42},
		{4, L, 78}, {4, M, 62}, {5, L, 106}, {5, M, 84}, {6, L, 134}, {6, M, 106},
		{7, L, 154}, {7, M, 122}, {8, L, 192}, {8, M, 152}, {9, L, 230}, {9, M, 180},
		{10, L, 271}, {10, M, 213}, {40, L, 2953}, {40, M, 2331},
	}
	for _, tt := range tests {
		if got := Capacity(tt.ver, tt.l); got != tt.capacity {
			t.Errorf("Capacity(%d, %v) = %d, want %d", tt.ver, tt.l, got, tt.capacity)
		}
	}
}

// TestAlignmentPositions checks the centres of the alignment patterns
// against the standard's table (annex E) for a few versions.
func TestAlignmentPositions(t *testing.T) {
	tests := []struct {
		ver  int
		want string
	}{
		{1, "[]"}, {2, "[6 18]"}, {7, "[6 22 38]"}, {14, "[6 26 46 66]"},
		{22, "[6 26 50 74 98]"}, {32, "[6 34 60 86 112 138]"}, {36, "[6 24 50 76 102 128 154]"}, {40, "[6 30 58 86 114 142 170]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(alignmentPositions(tt.ver)); got != tt.want {
			t.Errorf("alignmentPositions(%d) = %s, want %s", tt.ver, got, tt.want)
		}
	}
}

// TestDecodes encodes text that fills each version at each level, and
// reads it back with an independent decoder (ZXing's, ported to Go): the
// text, the version and the level must come back as written.
func TestDecodes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?=&%#"
	for _, l := range []Level{L, M} {
		for ver := MinVersion; ver <= MaxVersion; ver++ {
			n := Capacity(ver, l)
			if ver%3 == 0 {
				n = Capacity(ver-1, l) + 1 // the fewest bytes that need this version
			}
			var b strings.Builder
			b.WriteString("https://example.org/classroom?assign=1&ex=")
			for b.Len() < n {
				b.WriteByte(chars[rng.IntN(len(chars))])
			}
			text := b.String()[:n]
			c, err := Encode([]byte(text), l)
			if err != nil {
				t.Fatalf("version %d-%v: %v", ver, l, err)
			}
			if c.Version != ver || c.Size != 17+4*ver {
				t.Errorf("%d bytes at %v: version %d (size %d), want %d", n, l, c.Version, c.Size, ver)
			}
			checkDecodes(t, c, text)
		}
	}
}

// TestMasks checks that a code reads back with each of the eight masks.
func TestMasks(t *testing.T) {
	const text = "https://school.example/articles/kursk/classroom?assign=1&title=Week+3&check=0a1b2c3d"
	for mask := range 8 {
		c, err := EncodeMask([]byte(text), M, mask)
		if err != nil {
			t.Fatal(err)
		}
		if c.Mask != mask {
			t.Errorf("mask %d: the code has mask %d", mask, c.Mask)
		}
		checkDecodes(t, c, text)
	}
	if _, err := EncodeMask([]byte(text), M, 8); err == nil {
		t.Error("EncodeMask with mask 8: no error")
	}
}

// TestHelloWorld checks a version 1-M code with mask 2 against the
// standard's published values: its format information is the 15 bits
// the standard's table C.1 gives for level M and mask 2, its three finder
// patterns are in place, and it decodes.
func TestHelloWorld(t *testing.T) {
	c, err := EncodeMask([]byte("Hello, world!"), M, 2)
	if err != nil {
		t.Fatal(err)
	}
	if c.Version != 1 || c.Size != 21 {
		t.Fatalf("version %d, size %d; want 1 and 21", c.Version, c.Size)
	}
	// Format information for level M, mask 2: 101111001111100 (the
	// standard's table C.1), read from row 8 left of the timing column
	// and up column 8.
	var got strings.Builder
	for _, x := range []int{0, 1, 2, 3, 4, 5, 7, 8} {
		got.WriteString(bit(c.Dark(x, 8)))
	}
	for _, y := range []int{7, 5, 4, 3, 2, 1, 0} {
		got.WriteString(bit(c.Dark(8, y)))
	}
	if want := "101111001111100"; got.String() != want {
		t.Errorf("format information %s, want %s", got.String(), want)
	}
	finder := []string{"1111111", "1000001", "1011101", "1011101", "1011101", "1000001", "1111111"}
	for y, row := range finder {
		for x := range 7 {
			if bit(c.Dark(x, y)) != row[x:x+1] || bit(c.Dark(c.Size-7+x, y)) != row[x:x+1] || bit(c.Dark(x, c.Size-7+y)) != row[x:x+1] {
				t.Errorf("finder module %d,%d is wrong", x, y)
			}
		}
	}
	checkDecodes(t, c, "Hello, world!")
}

func bit(dark bool) string {
	if dark {
		return "1"
	}
	return "0"
}

// TestTooLong checks that text beyond version 40 is refused with a
// message that says how much fits.
func TestTooLong(t *testing.T) {
	_, err := Encode(make([]byte, Capacity(MaxVersion, M)+1), M)
	if err == nil || !strings.Contains(err.Error(), "2331") {
		t.Errorf("Encode of 2332 bytes at M: %v, want an error naming 2331", err)
	}
}

// TestSVG checks the drawing: the viewBox with the quiet zone, the
// label escaped, and one unit square for each dark module.
func TestSVG(t *testing.T) {
	c, err := Encode([]byte("https://example.org/"), M)
	if err != nil {
		t.Fatal(err)
	}
	svg := c.SVG(`Link "A" & B`)
	w := c.Size + 2*QuietZone
	for _, want := range []string{fmt.Sprintf(`viewBox="0 0 %d %d"`, w, w), `aria-label="Link &quot;A&quot; &amp; B"`, `role="img"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %s", want)
		}
	}
	dark, drawn := 0, 0
	for y := range c.Size {
		for x := range c.Size {
			if c.Dark(x, y) {
				dark++
			}
		}
	}
	for _, part := range strings.Split(svg, "h")[1:] {
		var n int
		fmt.Sscanf(part, "%d", &n)
		if !strings.HasPrefix(part, "-") {
			drawn += n
		}
	}
	if drawn != dark {
		t.Errorf("the path draws %d modules, the code has %d dark", drawn, dark)
	}
}

// checkDecodes draws the code as a picture, 3 pixels a module with its
// quiet zone, and checks that ZXing's decoder reads text at the code's
// level from it.
func checkDecodes(t *testing.T, c *Code, text string) {
	t.Helper()
	const scale = 3
	w := (c.Size + 2*QuietZone) * scale
	img := image.NewGray(image.Rect(0, 0, w, w))
	for y := range w {
		for x := range w {
			mx, my := x/scale-QuietZone, y/scale-QuietZone
			v := color.Gray{255}
			if 0 <= mx && mx < c.Size && 0 <= my && my < c.Size && c.Dark(mx, my) {
				v = color.Gray{0}
			}
			img.SetGray(x, y, v)
		}
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true})
	if err != nil {
		t.Errorf("version %d-%v, mask %d: the decoder cannot read the code: %v", c.Version, c.Level, c.Mask, err)
		return
	}
	if res.GetText() != text {
		t.Errorf("version %d-%v: decoded %q, want %q", c.Version, c.Level, res.GetText(), text)
	}
	if lv := fmt.Sprint(res.GetResultMetadata()[gozxing.ResultMetadataType_ERROR_CORRECTION_LEVEL]); lv != c.Level.String() {
		t.Errorf("version %d: the decoder reads level %s, want %v", c.Version, lv, c.Level)
	}
}

package qr

// set draws a function module, which no data or mask touches.
func (c *Code) set(x, y int, dark bool) {
	c.dark[y*c.Size+x] = dark
	c.function[y*c.Size+x] = true
}

// drawFunctionPatterns draws the finder, timing and alignment patterns,
// the version information, and reserves the format information's
// modules (drawn with the mask).
func (c *Code) drawFunctionPatterns() {
	for i := range c.Size {
		c.set(6, i, i%2 == 0)
		c.set(i, 6, i%2 == 0)
	}
	c.drawFinder(3, 3)
	c.drawFinder(c.Size-4, 3)
	c.drawFinder(3, c.Size-4)
	pos := alignmentPositions(c.Version)
	last := len(pos) - 1
	for i, x := range pos {
		for j, y := range pos {
			if i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0 {
				continue // the finders are there
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					c.set(x+dx, y+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	c.drawFormat(0)
	c.drawVersion()
}

// drawFinder draws a finder pattern centred on x, y, with its separator.
func (c *Code) drawFinder(x, y int) {
	for dy := -4; dy <= 4; dy++ {
		for dx := -4; dx <= 4; dx++ {
			xx, yy := x+dx, y+dy
			if 0 <= xx && xx < c.Size && 0 <= yy && yy < c.Size {
				d := max(abs(dx), abs(dy))
				c.set(xx, yy, d != 2 && d != 4)
			}
		}
	}
}

// alignmentPositions lists the centres of the alignment patterns, the
// same across and down.
func alignmentPositions(ver int) []int {
	if ver == 1 {
		return nil
	}
	n := ver/7 + 2
	step := (ver*8 + n*3 + 5) / (n*4 - 4) * 2
	out := make([]int, n)
	out[0] = 6
	for i, pos := n-1, 17+4*ver-7; i >= 1; i, pos = i-1, pos-step {
		out[i] = pos
	}
	return out
}

// drawFormat draws both copies of the format information: the level and
// the mask, with their BCH code, and the dark module.
func (c *Code) drawFormat(mask int) {
	data := c.Level.formatBits()<<3 | mask
	rem := data
	for range 10 {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	bits := (data<<10 | rem) ^ 0x5412
	bit := func(i int) bool { return bits>>i&1 == 1 }
	for i := 0; i <= 5; i++ {
		c.set(8, i, bit(i))
	}
	c.set(8, 7, bit(6))
	c.set(8, 8, bit(7))
	c.set(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		c.set(14-i, 8, bit(i))
	}
	for i := range 8 {
		c.set(c.Size-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		c.set(8, c.Size-15+i, bit(i))
	}
	c.set(8, c.Size-8, true)
}

// drawVersion draws both copies of the version information, from
// version 7 on.
func (c *Code) drawVersion() {
	if c.Version < 7 {
		return
	}
	rem := c.Version
	for range 12 {
		rem = rem<<1 ^ (rem>>11)*0x1F25
	}
	bits := c.Version<<12 | rem
	for i := range 18 {
		dark := bits>>i&1 == 1
		a, b := c.Size-11+i%3, i/3
		c.set(a, b, dark)
		c.set(b, a, dark)
	}
}

// drawCodewords places the codewords in the modules no function pattern
// holds, in two-module columns zigzagging up and down from the right.
func (c *Code) drawCodewords(data []byte) {
	i := 0
	for right := c.Size - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5 // the vertical timing pattern
		}
		for vert := range c.Size {
			for j := range 2 {
				x := right - j
				y := vert
				if (right+1)&2 == 0 {
					y = c.Size - 1 - vert
				}
				if !c.function[y*c.Size+x] && i < len(data)*8 {
					c.dark[y*c.Size+x] = data[i>>3]>>(7-i&7)&1 == 1
					i++
				}
			}
		}
	}
}

// applyMask flips the data modules that a mask pattern selects.
func (c *Code) applyMask(mask int) {
	for y := range c.Size {
		for x := range c.Size {
			var flip bool
			switch mask {
			case 0:
				flip = (x+y)%2 == 0
			case 1:
				flip = y%2 == 0
			case 2:
				flip = x%3 == 0
			case 3:
				flip = (x+y)%3 == 0
			case 4:
				flip = (x/3+y/2)%2 == 0
			case 5:
				flip = x*y%2+x*y%3 == 0
			case 6:
				flip = (x*y%2+x*y%3)%2 == 0
			case 7:
				flip = ((x+y)%2+x*y%3)%2 == 0
			}
			if flip && !c.function[y*c.Size+x] {
				c.dark[y*c.Size+x] = !c.dark[y*c.Size+x]
			}
		}
	}
}

// penalty scores the code by the standard's four rules: long runs of one
// colour, 2×2 blocks of one colour, patterns that look like a finder, and
// an unbalanced share of dark modules. The mask with the lowest wins.
func (c *Code) penalty() int {
	n := c.Size
	p := 0
	for _, across := range []bool{true, false} {
		for a := range n {
			run, prev := 0, false
			line := make([]bool, n)
			for b := range n {
				x, y := b, a
				if !across {
					x, y = a, b
				}
				d := c.Dark(x, y)
				line[b] = d
				if b > 0 && d == prev {
					run++
				} else {
					if run >= 5 {
						p += 3 + run - 5
					}
					run = 1
				}
				prev = d
			}
			if run >= 5 {
				p += 3 + run - 5
			}
			p += 40 * finderLike(line)
		}
	}
	dark := 0
	for y := range n {
		for x := range n {
			d := c.Dark(x, y)
			if d {
				dark++
			}
			if x+1 < n && y+1 < n && d == c.Dark(x+1, y) && d == c.Dark(x, y+1) && d == c.Dark(x+1, y+1) {
				p += 3
			}
		}
	}
	total := n * n
	k := (abs(dark*20-total*10)+total-1)/total - 1
	return p + max(k, 0)*10
}

// finderLike counts the places in a line that read dark-light-dark×3-
// light-dark with four light modules on one side (outside the code counts
// as light).
func finderLike(line []bool) int {
	at := func(i int) bool { return i >= 0 && i < len(line) && line[i] }
	core := []bool{true, false, true, true, true, false, true}
	count := 0
	for i := -4; i+7 <= len(line)+4; i++ {
		ok := true
		for j, want := range core {
			if at(i+j) != want {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		before := !at(i-1) && !at(i-2) && !at(i-3) && !at(i-4)
		after := !at(i+7) && !at(i+8) && !at(i+9) && !at(i+10)
		if before || after {
			count++
		}
	}
	return count
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

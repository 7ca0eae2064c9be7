package main

import (
	"fmt"
	"strings"
)

const w, h = 8, 6

type Board [h][w]bool

func (b *Board) neighbours(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy, xx := (y+dy+h)%h, (x+dx+w)%w
			if b[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			n := b.neighbours(y, x)
			next[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true // glider
	for gen := 0; gen < 3; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
}

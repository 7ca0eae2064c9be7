// Constant arguments of inlined calls (compiler/codegen/gen_scalar.cpp): a parameter used only in +, -, *, & and
// their op= forms reads as the constant (muli, addi, andi); other uses keep a register. Narrow types wrap, the
// constant may be on either side, the same function is called with several constants and with variables.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p *Point) Shift(d int) {
	p.X += d
	p.Y -= d
	p.X &= d | 0xff // d in |: not folded, a register
}

func lin(x, a, b int) int { return a*x + b - (x & a) }

func sub(k, x int) int { return k - x }

func wrap8(x, k int8) int8 { return x*k + k }

func mask(x uint8, m uint8) uint8 { return x&m - m }

func div(x, k int) int { return x / k * k }

func scaleMem(p *Point, k int) {
	p.X *= k
	p.Y += k
}

func main() {
	p := Point{3, 4}
	p.Scale(2)
	p.Scale(-3)
	fmt.Println(p)
	p.Shift(5)
	fmt.Println(p)
	n := 7
	p.Scale(n)
	fmt.Println(p)
	fmt.Println(lin(5, 3, -2), lin(-5, 1<<20, 9), lin(n, n, n))
	fmt.Println(sub(10, 3), sub(-1, n))
	fmt.Println(wrap8(100, 3), wrap8(-128, -1), wrap8(int8(n), 127))
	fmt.Println(mask(0xab, 0x0f), mask(0x01, 0xf0))
	fmt.Println(div(17, 5), div(-17, 4))
	ps := []*Point{{1, 2}, {3, 4}}
	for _, q := range ps {
		scaleMem(q, 10)
		scaleMem(q, -1)
	}
	fmt.Println(*ps[0], *ps[1])
	sum := 0
	for i := 0; i < 100; i++ {
		sum += lin(i, 3, 1)
	}
	fmt.Println(sum)
}

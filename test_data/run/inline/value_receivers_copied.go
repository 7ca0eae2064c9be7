// Value receivers and value parameters are copies: an inlined body that assigns its receiver or parameters does
// not change the caller's variables.
package main

import "fmt"

type Point struct{ X, Y int }

type Big struct {
	A [4]int
	S string
}

func (p Point) Doubled() Point {
	p.X *= 2
	p.Y *= 2
	return p
}

func (p Point) Sum() int { return p.X + p.Y }

func (b Big) With(i, v int) Big {
	b.A[i] = v
	b.S += "!"
	return b
}

func inc(n int) int {
	n++
	return n
}

func clear2(a [2]int) [2]int {
	a[0], a[1] = 0, 0
	return a
}

func main() {
	p := Point{1, 2}
	d := p.Doubled()
	fmt.Println(p, d, p.Sum(), d.Sum())
	pp := &p
	fmt.Println(pp.Doubled(), *pp, pp.Sum())
	b := Big{[4]int{1, 2, 3, 4}, "b"}
	c := b.With(2, 30)
	fmt.Println(b, c)
	n := 41
	fmt.Println(inc(n), n)
	a := [2]int{8, 9}
	fmt.Println(clear2(a), a)
}

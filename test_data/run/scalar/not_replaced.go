// Variables whose address is also used outside inlined aliases keep their storage (gen_scalar.cpp): the address
// returned, kept in a closure, passed to a call that is not inlined, deferred, or taken of a field.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

//go:noinline
func keep(p *Point) *Point { return p }

func bare(p *Point) *Point { return p }

func field(p *Point) *int { return &p.X }

func main() {
	a := Point{1, 2}
	a.Scale(2)
	q := keep(&a)
	q.X = 100
	fmt.Println("keep", a, *q)

	b := Point{1, 2}
	b.Scale(3)
	r := bare(&b)
	r.Y = 50
	fmt.Println("bare", b)

	c := Point{1, 2}
	c.Scale(4)
	x := field(&c)
	*x = 7
	fmt.Println("field", c)

	d := Point{1, 2}
	f := func() { d.Scale(5) }
	f()
	fmt.Println("closure", d)

	e := Point{1, 2}
	func() {
		defer e.Scale(6)
	}()
	fmt.Println("defer", e)

	g := Point{1, 2}
	g.Scale(2)
	px := &g.X
	*px = 9
	fmt.Println("addr field", g)

	h := Point{1, 2}
	sc := h.Scale
	sc(3)
	fmt.Println("method value", h)
}

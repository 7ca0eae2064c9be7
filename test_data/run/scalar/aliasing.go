// Scalar replacement after inlining (compiler/codegen/gen_scalar.cpp): pointer parameters of inlined leaf
// functions and methods bound to the registers of a local struct or of a &T{...} literal. Writes through the
// pointer must be visible in the variable after the call, the variable's changes between calls in the next call,
// and a by-value argument of the same call must stay a copy.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p *Point) Swap() { p.X, p.Y = p.Y, p.X }

func (p *Point) Bump() {
	p.X++
	p.Y--
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }

func setX(p *Point, x int) int {
	old := p.X
	p.X = x
	return old
}

// moveBy writes through p and reads the by-value q afterwards: q must not see the write.
func moveBy(p *Point, q Point) int {
	p.X += 100
	return q.X
}

// twice writes through two pointers that may be the same.
func twice(a, b *Point) int {
	a.X = 1
	b.X = 2
	return a.X*10 + b.X
}

type Inner struct{ A, B int }

type Outer struct {
	Name string
	In   Inner
	Ptr  *Inner
}

func (o *Outer) Rotate() { o.In = Inner{o.In.B, o.In.A} }

func (o *Outer) Through() int {
	o.Ptr.A += o.In.A
	return o.Ptr.A
}

func rename(o *Outer, s string) string {
	old := o.Name
	o.Name = s + "!"
	return old
}

type Embed struct {
	*Inner
	Point
}

func (e *Embed) Sum() int { return e.A + e.B + e.X + e.Y }

func main() {
	// A local whose address only goes to inlined calls.
	var sum Point
	for i := 0; i < 5; i++ {
		p := Point{i, 1}
		p.Scale(2)
		p.Bump()
		sum = sum.Add(p)
	}
	fmt.Println("sum", sum)

	v := Point{3, 4}
	fmt.Println("dist2", dist2(&v))
	v.X = 6 // changed between calls
	fmt.Println("dist2", dist2(&v), v)
	old := setX(&v, 9)
	fmt.Println("setX", old, v)
	v.Swap()
	fmt.Println("swap", v)
	fmt.Println("moveBy", moveBy(&v, v), v)
	fmt.Println("twice same", twice(&v, &v), v)
	w := Point{7, 7}
	fmt.Println("twice other", twice(&v, &w), v, w)
	v = v.Add(Point{1, 1})
	if v == (Point{3, 10}) {
		fmt.Println("compare ok", v)
	} else {
		fmt.Println("compare", v)
	}
	copyOfV := v
	v.Scale(3)
	fmt.Println("copy", copyOfV, v)

	// Literals bound to the pointer.
	total := 0
	for i := 0; i < 10; i++ {
		total += dist2(&Point{i & 3, i & 1})
		total += setX(&Point{i, 0}, 5)
	}
	fmt.Println("literals", total)

	// Nested fields, strings and pointers held in the struct.
	in := &Inner{10, 20}
	o := Outer{Name: "o", In: Inner{1, 2}, Ptr: in}
	o.Rotate()
	fmt.Println("rotate", o.In)
	fmt.Println("through", o.Through(), o.Through(), *in)
	fmt.Println("rename", rename(&o, "x"), rename(&o, "y"), o.Name)

	e := Embed{&Inner{1, 2}, Point{3, 4}}
	fmt.Println("embed", e.Sum())

	// A loop-carried variable, scaled every iteration.
	acc := Point{1, 1}
	for i := 0; i < 10; i++ {
		acc.Scale(2)
		if acc.X > 100 {
			acc.Swap()
			acc.X = 1
		}
	}
	fmt.Println("acc", acc)
}

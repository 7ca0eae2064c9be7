// Pointer parameters an inlined body only dereferences (p.f, *p): the caller's variable behind &x, or the literal
// behind &T{...}, is used in place. Writes through the pointer reach the variable; value parameters passed the
// same variable still see the value it had at the call; a variable whose address is also used otherwise (kept,
// sliced, captured) keeps its memory.
package main

import "fmt"

type Point struct{ X, Y int }

type Inner struct{ N int }

type Wrap struct {
	In  Inner
	Ptr *Inner
	Arr [3]int
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p *Point) Set(q Point) { *p = q }

func setAndRead(p *Point, q Point) int {
	p.X = 100
	return q.X
}

func readAfter(q Point, p *Point) int {
	p.Y = 7
	return q.Y + p.Y
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func (w *Wrap) Bump() int {
	w.In.N++
	w.Ptr.N += 10
	return w.In.N + w.Ptr.N
}

func first(a *[3]int) int { return a[0] }

func keep(p *Point) *Point { return p }

var kept *Point

func main() {
	v := Point{1, 2}
	v.Scale(3)
	fmt.Println(v)
	fmt.Println(setAndRead(&v, v), v)
	fmt.Println(readAfter(v, &v), v)
	v.Set(Point{-1, -2})
	fmt.Println(v)

	a, b := 1, 2
	swap(&a, &b)
	swap(&a, &a)
	fmt.Println(a, b)

	shared := Inner{5}
	w := Wrap{In: Inner{1}, Ptr: &shared}
	fmt.Println(w.Bump(), w.Bump(), w.In, *w.Ptr, shared)

	arr := [3]int{4, 5, 6}
	fmt.Println(first(&arr))

	// u's address is also kept: it needs memory, and the inlined Scale writes there.
	u := Point{2, 2}
	u.Scale(5)
	kept = keep(&u)
	u.Scale(2)
	fmt.Println(u, *kept)

	// A variable captured by a closure keeps its memory too.
	c := Point{1, 1}
	inc := func() { c.X++ }
	c.Scale(4)
	inc()
	fmt.Println(c)

	// An address kept inside a type switch clause: t needs memory.
	t := Point{3, 3}
	t.Scale(2)
	var any interface{} = 1
	switch any.(type) {
	case int:
		kept = &t
	}
	t.Scale(2)
	fmt.Println(t, *kept)

	sum := Point{}
	for i := 0; i < 5; i++ {
		p := Point{i, 1}
		p.Scale(2)
		sum.X += p.X
		sum.Y += p.Y
		q := &Point{i, i}
		q.Scale(3)
		sum.X += setAndRead(&Point{i, 0}, *q)
	}
	fmt.Println(sum)
}

// Pointer parameters of inlined functions alias the caller's variables and each other: writes through one are
// seen through the other, and by the caller afterwards.
package main

import "fmt"

type Point struct{ X, Y int }

func swap(a, b *int) {
	t := *a
	*a = *b
	*b = t
}

func addTo(dst, src *int) { *dst += *src }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p *Point) Mirror(q *Point) {
	p.X, q.Y = q.Y, p.X
}

func double(s []int) {
	if len(s) > 0 {
		s[0] *= 2
	}
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	swap(&x, &x)
	fmt.Println(x)
	addTo(&x, &x)
	fmt.Println(x)
	p := Point{3, 4}
	p.Scale(2)
	q := &p
	q.Scale(10)
	fmt.Println(p, *q)
	p.Mirror(&p)
	fmt.Println(p)
	r := Point{1, 2}
	p.Mirror(&r)
	fmt.Println(p, r)
	s := []int{5, 6}
	double(s)
	double(s[1:])
	fmt.Println(s)
	arr := [2]int{7, 8}
	double(arr[:])
	fmt.Println(arr)
}

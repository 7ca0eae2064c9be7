// Pointers to locals that do not outlive their function (frame objects once escape analysis keeps them in the
// frame): writes through any alias are seen by the variable and by every other alias.
package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Sum() int         { return p.X + p.Y }

type Pair struct {
	A, B Point
	Tag  string
}

func swap(a, b *int) { *a, *b = *b, *a }

// id returns its argument: the caller's local flows to the result, which does not escape either.
func id(p *Point) *Point { return p }

func pick(c bool, a, b *Point) *Point {
	if c {
		return a
	}
	return b
}

func readOnly(p *Pair) int { return p.A.Sum() + p.B.Sum() + len(p.Tag) }

func fill(s []int, v int) {
	for i := range s {
		s[i] = v + i
	}
}

func deref2(pp **int) int { return **pp }

func main() {
	x, y := 1, 2
	px, py := &x, &y
	swap(px, py)
	fmt.Println(x, y, *px, *py)
	*px = 10
	q := px
	*q += 5
	fmt.Println(x, *px, *q, px == q, px == py)

	pp := &px
	**pp = 42
	fmt.Println(x, deref2(pp))

	p := Point{1, 2}
	p.Move(3, 4)
	r := &p
	r.Move(1, 1)
	id(r).Move(10, 0)
	fmt.Println(p, *r, p.Sum(), r == id(&p))

	a, b := Point{1, 1}, Point{2, 2}
	pick(true, &a, &b).Move(5, 5)
	pick(false, &a, &b).Move(7, 7)
	fmt.Println(a, b)

	pr := Pair{A: Point{1, 2}, B: Point{3, 4}, Tag: "tag"}
	pa := &pr.A
	pa.Move(1, 1)
	pb := &pr.B.Y
	*pb = 100
	fmt.Println(pr, readOnly(&pr))

	var arr [6]int
	fill(arr[:3], 10)
	fill(arr[3:], 20)
	s := arr[1:5]
	s[0] = -1
	e := &arr[5]
	*e = 99
	fmt.Println(arr, s, len(s), cap(s))

	pts := [3]Point{{1, 1}, {2, 2}, {3, 3}}
	for i := range pts {
		pts[i].Move(i, i)
	}
	last := &pts[2]
	last.X = 0
	fmt.Println(pts)

	lit := &Point{5, 6}
	alias := lit
	alias.Move(1, 1)
	fmt.Println(*lit, lit.Sum(), readOnly(&Pair{A: *lit, Tag: "x"}))

	n := new(int)
	*n = 7
	m := n
	*m *= 6
	fmt.Println(*n)

	sl := []int{1, 2, 3, 4}
	sub := sl[1:3]
	sub[1] = 30
	fmt.Println(sl, sub)

	mk := make([]int, 3, 8)
	ext := append(mk, 4)
	ext[0] = 9
	fmt.Println(mk, ext, len(ext), cap(ext))
}

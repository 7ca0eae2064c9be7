package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }

func main() {
	add := Point.Add
	scale := (*Point).Scale
	p := Point{1, 2}
	q := add(p, Point{3, 4})
	scale(&q, 10)
	fmt.Println(q)
	bound := p.Add
	p = Point{100, 100} // bound already copied the receiver
	fmt.Println(bound(Point{1, 1}))
	sc := q.Scale // &q captured
	sc(0.5)
	fmt.Println(q)
}

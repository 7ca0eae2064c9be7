// structs: small structs passed and returned by value. Each step builds a Point from the step number, scales and
// offsets it with value-receiver methods, nudges the copy with a pointer-receiver method (p.Move is (&p).Move:
// the address does not escape, so escape analysis keeps p in the frame), pairs two Points in a Rect (a struct of
// structs), takes its centre and adds it to a running Point. Nothing is allocated in the loop in Go or C; in a VM
// the cost is the copying of struct values between frames. Follows no Benchmarks Game program (issue 7's
// bench/escape/points.go is its simpler ancestor); structs.c does the same with C structs passed by value.
//
// Argument: the number of steps (last command-line argument; default 100000).
// Output: one line, "<x> <y> <area>", the running sum's coordinates and the last rectangle's area (integers;
// nothing wraps: each step adds at most a few thousand).
//
// bench size: 400000000
package main

import (
	"fmt"
	"os"
	"strconv"
)

// Point is a 2-D integer vector.
type Point struct{ X, Y int }

// Add returns p + q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Scale returns p * k.
func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }

// Move shifts p in place.
func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

// Rect is the rectangle spanned by Min and Max.
type Rect struct{ Min, Max Point }

// Center returns the midpoint of r, rounded down.
func (r Rect) Center() Point { return Point{(r.Min.X + r.Max.X) / 2, (r.Min.Y + r.Max.Y) / 2} }

// Area returns the area of r.
func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

// size returns the last command-line argument as an integer, or def when there is none.
func size(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: structs [steps]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := size(100000)
	var sum Point
	var last Rect
	for i := 0; i < n; i++ {
		p := Point{i % 1000, i / 1000 % 1000}
		q := p.Scale(3).Add(Point{1, 2})
		q.Move(-1, 1)
		last = Rect{p, q}
		sum = sum.Add(last.Center())
	}
	fmt.Printf("%d %d %d\n", sum.X, sum.Y, last.Area())
}

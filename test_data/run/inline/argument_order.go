// Arguments of inlined calls are evaluated left to right, receivers first, each exactly once, before the body
// runs; calls inside the arguments (not inlined themselves) run in that order too.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func sub(a, b int) int { return a - b }

func pick(c bool, a, b int) int {
	if c {
		return a
	}
	return b
}

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func pt(s string, x, y int) Point {
	trace = append(trace, s)
	return Point{x, y}
}

func main() {
	fmt.Println(sub(note("a", 10), note("b", 3)), trace)
	trace = nil
	fmt.Println(pt("recv", 1, 2).Add(pt("arg", 3, 4)), trace)
	trace = nil
	p := Point{1, 1}
	p.Move(note("dx", 2), note("dy", 3))
	fmt.Println(p, trace)
	trace = nil
	i := 0
	x := sub(func() int { i++; return i }(), func() int { i++; return i * 10 }())
	fmt.Println(x, i)
	// Nested inlinable calls: the inner ones are arguments of the outer ones.
	fmt.Println(sub(sub(10, 1), sub(5, 2)), pick(sub(3, 3) == 0, sub(1, 0), note("never skipped", 7)), trace)
	// The argument variable changes after the call: the callee saw the old value.
	a := 5
	b := sub(a, 1)
	a = 100
	fmt.Println(a, b, sub(a, b))
}

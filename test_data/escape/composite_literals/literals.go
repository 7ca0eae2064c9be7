// Composite literals: a struct or array literal is a value (it flows wherever it is assigned, no allocation);
// `&T{...}` allocates, in the frame when the pointer does not escape; slice literals allocate their backing
// array; map literals allocate the map.
package main

type Point struct{ x, y int }

type Line struct {
	a, b *Point
}

var sink *Point
var sinkL Line

func values() int {
	p := Point{1, 2}
	arr := [3]Point{{1, 2}, {3, 4}}
	return p.x + arr[1].y
}

func addressed() int {
	p := &Point{1, 2} // ERROR "&Point{...} does not escape$"
	q := &Point{3, 4} // ERROR "&Point{...} escapes to heap$"
	sink = q
	return p.x
}

func nested() int {
	l := Line{a: &Point{1, 2}, b: &Point{3, 4}} // ERROR "&Point{...} does not escape$"
	return l.a.x + l.b.y
}

func nestedEscaping() {
	sinkL = Line{a: &Point{1, 2}} // ERROR "&Point{...} escapes to heap$"
}

func pointerToLiteralOfPointers() int {
	x := Point{5, 6}
	l := &Line{a: &x} // ERROR "&Line{...} does not escape$"
	return l.a.y
}

func sliceOfStructs() int {
	s := []Point{{1, 2}, {3, 4}} // ERROR "\[\]Point{...} does not escape$"
	return s[1].x
}

func sliceOfPointers() *Point {
	s := []*Point{{1, 2}, {3, 4}} // ERROR "\[\]\*Point{...} does not escape$" "&Point{...} escapes to heap$"
	return s[0]
}

func newAlloc() int {
	p := new(Point) // ERROR "new\(Point\) does not escape$"
	p.x = 1
	q := new(int)        // ERROR "new\(int\) does not escape$"
	sink = &Point{*q, 0} // ERROR "&Point{...} escapes to heap$"
	return p.x
}

func returnsNew() *Point {
	return new(Point) // ERROR "new\(Point\) escapes to heap$"
}

func main() {
	check(values(), 5)
	check(addressed(), 1)
	check(nested(), 5)
	nestedEscaping()
	check(pointerToLiteralOfPointers(), 6)
	check(sliceOfStructs(), 3)
	_ = sliceOfPointers()
	check(newAlloc(), 1)
	_ = returnsNew()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

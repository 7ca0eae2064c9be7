// Calls through an interface are not analysed (the callee is unknown): the receiver and the arguments escape.
// Calls of a method on a concrete type use that method's summary.
package main

type Shape interface {
	Area() int
	Scale(p *int)
}

type Rect struct{ w, h int }

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Scale(p *int) { *p *= r.w } // ERROR "p does not escape$"

func viaInterface(s Shape) int { // ERROR "leaking param: s$"
	k := 2 // ERROR "moved to heap: k$"
	s.Scale(&k)
	return s.Area() + k
}

func viaConcrete(r Rect) int {
	k := 2
	r.Scale(&k)
	return r.Area() + k
}

func boxed() int {
	r := Rect{2, 3}
	var s Shape = r // ERROR "r escapes to heap$"
	return viaInterface(s)
}

func main() {
	check(viaInterface(Rect{1, 2}), 4) // ERROR "Rect{...} escapes to heap$"
	check(viaConcrete(Rect{1, 2}), 4)
	check(boxed(), 10)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

// Taking a variable's address: the variable needs memory, and it moves to the heap only when the address outlives
// the frame (stored in a global, returned, stored through a leaking pointer); otherwise it stays in the frame.
package main

type T struct {
	a, b int
	in   Inner
}

type Inner struct{ n int }

var sink *int
var sinkT *T

func local() int {
	x := 1
	p := &x
	*p = 2
	var t T
	q := &t.b
	*q = 3
	var arr [4]int
	r := &arr[2]
	*r = 4
	return x + t.b + arr[2]
}

func toGlobal() {
	x := 1 // ERROR "moved to heap: x$"
	sink = &x
	var t T // ERROR "moved to heap: t$"
	sink = &t.in.n
	var arr [4]int // ERROR "moved to heap: arr$"
	sink = &arr[3]
}

func returned() *T {
	var t T // ERROR "moved to heap: t$"
	return &t
}

func returnedField() *int {
	var t T // ERROR "moved to heap: t$"
	return &t.a
}

func param(n int) *int { // ERROR "moved to heap: n$"
	return &n
}

func paramLocal(n int) int {
	p := &n
	return *p + 1
}

func viaPointerChain() int {
	x := 1
	p := &x
	pp := &p
	**pp = 5
	return x
}

func pointerToGlobalChain() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	pp := &p
	sink = *pp
}

func assignedLater() {
	var t T // ERROR "moved to heap: t$"
	var p *T
	p = &t
	sinkT = p
}

func main() {
	check(local(), 9)
	toGlobal()
	_ = returned()
	_ = returnedField()
	_ = param(1)
	check(paramLocal(1), 2)
	check(viaPointerChain(), 5)
	pointerToGlobalChain()
	assignedLater()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

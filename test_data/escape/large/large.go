// Large objects: Go keeps explicitly declared variables of up to 10 MiB on the stack (ir.MaxStackVarSize) and
// implicit allocations (`new`, `&T{}`, `make`, slice literals) of up to 64 KiB (ir.MaxImplicitStackVarSize);
// bigger ones go to the heap whatever their use. The sizes here are on the same side of both limits in Go and in
// vo; objects between the limits are left to the analysis' documented frame budget.
package main

type Small struct {
	a [30]string
	b [5]int
}

type Huge struct {
	data [2 << 20]int // 16 MiB
}

func explicitVars() int {
	var small [64]int
	var s Small
	var h Huge // ERROR "moved to heap: h$"
	small[0] = 1
	s.b[0] = 2
	h.data[0] = 3
	return small[0] + s.b[0] + h.data[0]
}

func implicitAllocs() int {
	p := new([100000]int)    // ERROR "new\(\[100000\]int\) escapes to heap$"
	q := &Small{}            // ERROR "&Small{} does not escape$"
	r := make([]int, 100000) // ERROR "make\(\[\]int, 100000\) escapes to heap$"
	t := make([]int, 100)    // ERROR "make\(\[\]int, 100\) does not escape$"
	p[0] = 1
	q.b[0] = 2
	r[0] = 3
	t[0] = 4
	return p[0] + q.b[0] + r[0] + t[0]
}

func main() {
	check(explicitVars(), 6)
	check(implicitAllocs(), 10)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

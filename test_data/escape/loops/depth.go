// Loop depth: a variable declared inside a loop body is a new variable per iteration; if its address is stored
// in a location declared outside the loop, it outlives the iteration and moves to the heap. Allocations inside
// a loop that flow outside it escape the same way.
package main

type T struct{ n int }

func storedOutside() int {
	var p *int
	for j := 0; j < 3; j++ {
		x := j // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func usedInside() int {
	sum := 0
	for j := 0; j < 3; j++ {
		x := j
		p := &x
		*p++
		sum += *p
	}
	return sum
}

func allocInLoop() int {
	var last *T
	for i := 0; i < 3; i++ {
		last = &T{i} // ERROR "&T{...} escapes to heap$"
	}
	return last.n
}

func allocPerIteration() int {
	sum := 0
	for i := 0; i < 3; i++ {
		t := &T{i} // ERROR "&T{...} does not escape$"
		sum += t.n
	}
	return sum
}

func declaredOutside() int {
	x := 0
	var p *int
	for i := 0; i < 3; i++ {
		p = &x
		*p += i
	}
	return x
}

func nestedLoops() int {
	var p *int
	for i := 0; i < 2; i++ {
		y := i // ERROR "moved to heap: y$"
		for j := 0; j < 2; j++ {
			p = &y
		}
	}
	return *p
}

func main() {
	check(storedOutside(), 2)
	check(usedInside(), 6)
	check(allocInLoop(), 2)
	check(allocPerIteration(), 3)
	check(declaredOutside(), 3)
	check(nestedLoops(), 1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

// Statements Go removes before escape analysis (its deadcode pass: `if` and `for` with constant conditions, code
// after a terminating `return` or `panic` in the same block): they get no explanation.
package main

const debug = false
const A, B = 1, 2

var sink any

func constantIf(x int) int {
	if debug {
		sink = x
	}
	if A != 1 || B != 2 {
		panic("FAILED")
	}
	if A == 1 {
		return x
	} else {
		sink = &x
	}
	return 0
}

func constantFor(x int) {
	for false {
		sink = x
	}
}

func afterReturn(x int) int {
	return x
	sink = x // ERROR "x escapes to heap$"
	return 0
}

func liveIf(x int, c bool) {
	if c {
		sink = x // ERROR "x escapes to heap$"
	}
}

func main() {
	check(constantIf(1), 1)
	constantFor(2)
	check(afterReturn(3), 3)
	liveIf(4, true)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

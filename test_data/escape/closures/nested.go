// Closures inside closures: a variable captured by an inner closure is captured through every enclosing closure;
// whether it moves to the heap depends on whether the outermost closure that carries it escapes.
package main

var sink func() int

func nestedLocal(a int) int {
	b := 2
	f := func() int { // ERROR "func literal does not escape$"
		c := 3
		g := func(d int) int { // ERROR "func literal does not escape$"
			c++
			return a + b + c + d
		}
		return g(4)
	}
	return f()
}

func nestedEscaping() {
	x := 1                   // ERROR "moved to heap: x$"
	f := func() func() int { // ERROR "func literal does not escape$"
		return func() int { // ERROR "func literal escapes to heap$"
			x++
			return x
		}
	}
	sink = f()
}

func closureParam(f func() int) int { return f() } // ERROR "f does not escape$"

func passedToAnalysed() int {
	s := 0
	return closureParam(func() int { // ERROR "func literal does not escape$"
		s++
		return s
	})
}

var pkgClosure = func(x int) int {
	y := x * 2
	return y
}

func main() {
	check(nestedLocal(1), 11)
	nestedEscaping()
	check(passedToAnalysed(), 1)
	_ = pkgClosure(1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

// Recursive closures and closures that capture other closures: a function variable that a closure captures and
// reassigns is captured by reference; whether anything moves to the heap depends on whether the closure escapes.
package main

var sink func() int

func localRecursion(n int) int {
	var fib func(int) int
	fib = func(k int) int { // ERROR "func literal does not escape$"
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func escapingRecursion() {
	var count func() int // ERROR "moved to heap: count$"
	calls := 0           // ERROR "moved to heap: calls$"
	count = func() int { // ERROR "func literal escapes to heap$"
		calls++
		if calls < 3 {
			return count()
		}
		return calls
	}
	sink = count
}

func closureOfClosure() int {
	x := 1
	inc := func() { x++ } // ERROR "func literal does not escape$"
	twice := func() {     // ERROR "func literal does not escape$"
		inc()
		inc()
	}
	twice()
	return x
}

func closureParamCaptured(f func() int) func() int { // ERROR "leaking param: f$"
	return func() int { return f() + 1 } // ERROR "func literal escapes to heap$"
}

func typeSwitchCapture(v any) func() int { // ERROR "leaking param: v$"
	switch t := v.(type) {
	case int:
		return func() int { return t } // ERROR "func literal escapes to heap$"
	case *int:
		return func() int { return *t } // ERROR "func literal escapes to heap$"
	}
	return nil
}

func main() {
	check(localRecursion(5), 5)
	escapingRecursion()
	check(closureOfClosure(), 3)
	_ = closureParamCaptured(func() int { return 1 })() // ERROR "func literal escapes to heap$"
	_ = typeSwitchCapture(1)                            // ERROR "1 escapes to heap$"
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}

// Only values of function type can be called; the arguments of such a call are not checked.
package main

type T struct{ f func() int }

func main() {
	x := 1
	t := T{f: func() int { return 2 }}
	_ = t.f()
	_ = func(a int) int { return a }(x)

	x()        // ERROR "^invalid operation: cannot call non-function x \(variable of type int\)$"
	_ = t.f()() // ERROR "^invalid operation: cannot call non-function t\.f\(\) \(value of type int\)$"
	_ = "s"(1)  // ERROR "^invalid operation: cannot call non-function .s. \(untyped string constant\)$"
}

// Vo's assert(cond, args...): a boolean condition and any further values, which are printed when the assertion
// fails; a condition that is constant false can never hold and is a compile error. A program's own assert
// function shadows the built-in.
package main

type Flag bool

func main() {
	x := 1
	var f Flag = x > 0
	assert(x == 1)
	assert(f)
	assert(true, "always", x)
	assert(x > 0, "x is", x, "and f is", f)

	assert(false)             // ERROR "^assert\(false\) always fails$"
	assert(1 > 2, "never")    // ERROR "^assert\(1 > 2\) always fails$"
	assert(1)                 // ERROR "^cannot use 1 \(untyped int constant\) as bool value in argument to assert$"
	assert()                  // ERROR "^invalid operation: not enough arguments for assert\(\) \(expected 1, found 0\)$"
	assert(x == 1, nil)       // ERROR "^use of untyped nil in argument to assert$"
	_ = assert(true)          // ERROR "assert\(true\) \(no value\) used as value"
}

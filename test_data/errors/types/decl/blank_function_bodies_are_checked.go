// The bodies of functions and methods named _ are type-checked like any other (types2 does; gc reports their
// errors).

package main

type T int

func _() {
	var x int = "a" // ERROR "^cannot use .a. \(untyped string constant\) as int value in variable declaration$"
	goto L          // ERROR "^goto L jumps over"
	y := 1          // ERROR "^declared and not used: y$"
L:
}

func (T) _() {
	undefinedF() // ERROR "^undefined: undefinedF$"
}

func main() {}

// An expression with an error is invalid, and operations on invalid operands report nothing more (types2's
// rule): each undefined name below gives exactly one error.

package main

import "fmt"

func main() {
	x := undefinedValue // ERROR "^undefined: undefinedValue$"
	y := x + 1
	z := y * 2
	var s string = z
	fmt.Println(s, x.Field, len(x), x[0], x(1), -x, <-x)
	var t UnknownType // ERROR "^undefined: UnknownType$"
	t.Method()
	t.field = 3
	r := undefinedFunc(1, "two") // ERROR "^undefined: undefinedFunc$"
	var n int = r
	fmt.Println(n, r.x)
	for _, e := range undefinedSlice { // ERROR "^undefined: undefinedSlice$"
		fmt.Println(e + "x")
	}
	fmt.Println(fmt.NoSuchFunction(1) + 2) // ERROR "^undefined: fmt.NoSuchFunction$"
}

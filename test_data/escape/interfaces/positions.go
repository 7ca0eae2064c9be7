// Where Go reports the implicit conversion of a variable to an interface when the expression spans several lines:
// a bare variable has no position of its own in Go's tree, so its conversion is reported where the type checker
// was when it inserted it: a call's opening parenthesis for an argument, the assignment for an assigned value, the
// last result for a multi-value return; other operands (`b+1`, `"c"`) at their own position. Go 1.19's -m -l output.
package main

import "fmt"

type S struct{ a, b any }

var sink any

func args(a, b int) {
	fmt.Println( // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$"
		a,
		b)
	fmt.Println(a, // ERROR "... argument does not escape$" "a escapes to heap$"
		b+1, // ERROR "b \+ 1 escapes to heap$"
		"c") // ERROR ".c. escapes to heap$"
}

func literal(a, b int) S {
	return S{
		a: a, // ERROR "a escapes to heap$"
		b: b, // ERROR "b escapes to heap$"
	}
}

func assign(a int) {
	var x any
	x = // ERROR "a escapes to heap$"
		a
	sink = x
}

func returned(a int) any {
	return a // ERROR "a escapes to heap$"
}

func returnedMultiline(a int) (any, any) {
	return a,
		a + 1 // ERROR "a escapes to heap$" "a \+ 1 escapes to heap$"
}

func sliceLit(a, b int) []any {
	return []any{ // ERROR "\[\]any{...} escapes to heap$"
		a, // ERROR "a escapes to heap$"
		b, // ERROR "b escapes to heap$"
	}
}

func main() {
	args(1, 2)
	_ = literal(1, 2)
	assign(1)
	_ = returned(1)
	_, _ = returnedMultiline(1)
	_ = sliceLit(1, 2)
}

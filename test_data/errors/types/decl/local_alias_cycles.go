// A local alias that refers to itself is an invalid recursive type, like a package-level one; local types are
// declared before their right side is checked, so a later name is undefined there.

package main

func main() {
	type T = T // ERROR "^invalid recursive type: T refers to itself$"
	type A = B // ERROR "^undefined: B$"
	type B = A
	type C = *C    // ERROR "^invalid recursive type: C refers to itself$"
	type D *D
	type E struct{ e E } // ERROR "^invalid recursive type: E refers to itself$"
	type F = []F   // ERROR "^invalid recursive type: F refers to itself$"
	type G = struct{ g *G } // ERROR "^invalid recursive type: G refers to itself$"
	var d D
	var b B
	_, _ = d, b
}

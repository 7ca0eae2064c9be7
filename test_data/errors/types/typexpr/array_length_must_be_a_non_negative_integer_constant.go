// An array length is a non-negative constant representable by int (Go spec "Array types").
package main

const n = 4

var x int

var ok [n * 2]int
var ok2 [1e3]byte // an untyped float constant with an integer value is fine

var a1 [x]int        // ERROR "^invalid array length x$"
var a2 [-1]int       // ERROR "^invalid array length -1 \(untyped int constant\)$"
var a3 [1.5]int      // ERROR "^array length 1.5 \(untyped float constant\) must be integer$"
var a4 [missing]int  // ERROR "^undefined array length missing or missing type constraint$"
var a5 [x + 1]int    // ERROR "^array length x \+ 1 \(value of type int\) must be constant$"
var a6 ["three"]int  // ERROR "^array length .three. \(untyped string constant\) must be integer$"
var a7 [1 << 70]int  // ERROR "^invalid array length 1 << 70 \(untyped int constant 1180591620717411303424\)$"
var a8 [...]int      // ERROR "^invalid use of \[\.\.\.\] array \(outside a composite literal\)$"

func main() {
	_, _ = ok, ok2
	_, _, _, _, _, _, _, _ = a1, a2, a3, a4, a5, a6, a7, a8
}

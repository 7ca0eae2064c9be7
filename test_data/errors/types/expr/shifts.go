// Shifts (Go spec "Operators"): integer operands, non-negative counts, and untyped constant lhs operands of
// non-constant shifts take the type the context gives them.
package main

var s uint = 3
var x int
var f float64

var ok1 = 1 << s          // int
var ok2 int64 = 1 << s    // the 1 becomes int64
var ok3 = 2.0 << 3        // an untyped float constant with an integer value
var ok4 = x << s >> 1
var ok5 = 1 << x          // signed counts are allowed

var e1 = 1.5 << 2         // ERROR "^invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer$"
var e2 = 1 << -1          // ERROR "^invalid operation: negative shift count -1 \(untyped int constant\)$"
var e3 = 1 << 2000        // ERROR "^invalid operation: invalid shift count 2000 \(untyped int constant\)$"
var e4 = f << 1           // ERROR "^invalid operation: shifted operand f \(variable of type float64\) must be integer$"
var e5 = x << f           // ERROR "^invalid operation: shift count f \(variable of type float64\) must be integer$"
var e6 float64 = 1 << s   // ERROR "^invalid operation: shifted operand 1 \(type float64\) must be integer$"
var e7 = 1 << 1.5         // ERROR "^1.5 \(untyped float constant\) truncated to uint$"

func main() {}

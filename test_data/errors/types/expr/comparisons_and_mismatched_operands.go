// Binary operators need operands of identical types after untyped conversion; comparisons need assignable,
// comparable or ordered operands (Go spec "Comparison operators").
package main

type myInt int

var x int
var m myInt
var s string
var ok bool
var sl []int
var mp map[string]int
var fn func()
var arr [2][]int

type withSlice struct{ f []int }

var ws withSlice

var ok1 = x == 1
var ok2 = sl == nil
var ok3 = m + 1
var ok4 = s + "a" < "b"
var ok5 = ok && x > 0

var e1 = x + s      // ERROR "^invalid operation: x \+ s \(mismatched types int and string\)$"
var e2 = x + m      // ERROR "^invalid operation: x \+ m \(mismatched types int and myInt\)$"
var e3 = x + "a"    // ERROR "^invalid operation: x \+ .a. \(mismatched types int and untyped string\)$"
var e4 = x == s     // ERROR "^invalid operation: x == s \(mismatched types int and string\)$"
var e5 = ok < ok    // ERROR "^invalid operation: ok < ok \(operator < not defined on bool\)$"
var e6 = ok + ok    // ERROR "^invalid operation: operator \+ not defined on ok \(variable of type bool\)$"
var e7 = sl == sl   // ERROR "^invalid operation: sl == sl \(slice can only be compared to nil\)$"
var e8 = mp == mp   // ERROR "^invalid operation: mp == mp \(map can only be compared to nil\)$"
var e9 = fn == fn   // ERROR "^invalid operation: fn == fn \(func can only be compared to nil\)$"
var e10 = ws == ws  // ERROR "^invalid operation: ws == ws \(struct containing \[\]int cannot be compared\)$"
var e11 = arr == arr // ERROR "^invalid operation: arr == arr \(\[2\]\[\]int cannot be compared\)$"
var e12 = nil == nil // ERROR "^invalid operation: nil == nil \(operator == not defined on untyped nil\)$"
var e13 = !x        // ERROR "^invalid operation: operator ! not defined on x \(variable of type int\)$"
var e14 = -s        // ERROR "^invalid operation: operator - not defined on s \(variable of type string\)$"

func main() {}

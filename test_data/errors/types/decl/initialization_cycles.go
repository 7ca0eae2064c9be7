// Package-level variables may not depend on themselves, directly, through other variables or through the
// functions their initialisers call (Go spec "Package initialization"). Functions alone may recurse.

package main

var self = self // ERROR "^initialization cycle: self refers to itself$"

var a = b // ERROR "^initialization cycle for a\n\t.*a refers to b\n\t.*b refers to a$"
var b = a

var x = f() // ERROR "^initialization cycle for x\n\t.*x refers to f\n\t.*f refers to x$"

func f() int { return x }

func g() int { return h() }
func h() int { return g() }

var fine = g

func main() {}

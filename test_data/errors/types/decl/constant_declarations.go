// Constant declarations: every constant needs a value; an omitted value list repeats the previous one with the
// constant's own iota; the values must be constants of a constant type.

package main

const (
	a, b = 1 // ERROR "^missing init expr for b$"
	c    = 1, 2 // ERROR "^extra init expr 2$"
	d, e = iota, iota * 10
	f, g
	h // ERROR "^extra init expr at .*constant_declarations.go:9:15$"
)

const noValue int // ERROR "^missing init expr for noValue$"

type S struct{}

const bad S = S{} // ERROR "^invalid constant type S$"

var v = 1

const notConst = v // ERROR "^v \(variable of type int\) is not constant$"

const (
	zero = iota
	one
	two
	_
	four
)

var _ [4]int = [four]int{}
var _ [3]int = [f]int{}
var _ [30]int = [g]int{}
var _ [4]int = [h]int{}

func main() {}

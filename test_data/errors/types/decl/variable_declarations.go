// Variable declarations: a type, values, or both; several variables from one multi-valued call; the numbers of
// names and values must agree.

package main

func two() (int, string) { return 1, "a" }
func one() int           { return 1 }

var a, b = two()
var c, d = one() // ERROR "^assignment mismatch: 2 variables but one returns 1 value$"
var e = 1, 2      // ERROR "^extra init expr 2$"
var f, g, h = 1, 2 // ERROR "^missing init expr for h$"
var i, j int = two() // ERROR "cannot use two\(\) \(value of type string\) as int value in assignment"
var k = nil // ERROR "^use of untyped nil in variable declaration$"

var m = map[string]int{}
var mv, ok = m["x"]

func main() {
	var x, y = two()
	var z, w = one() // ERROR "^assignment mismatch: 2 variables but one returns 1 value$"
	_, _, _, _ = x, y, z, w
	var u = 1, 2 // ERROR "^extra init expr 2$"
	_ = u
	var _, s = a, b
	_ = s
	_, _ = mv, ok
}

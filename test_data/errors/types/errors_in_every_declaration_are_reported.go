// Errors in package-level constants, variables, types and functions and in several function bodies are all
// reported, not only the first one.

package main

const c1 int = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in constant declaration"

var v1 string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"

type T1 struct {
	f UnknownType // ERROR "^undefined: UnknownType$"
}

type T2 [-1]int // ERROR "invalid array length -1 \(untyped int constant\)|array length -1 \(untyped int constant\) must be non-negative"

func f1() int {
} // ERROR "^missing return$"

func f2() {
	return 1 // ERROR "^too many return values"
}

func f3() (int, string) {
	return 1 // ERROR "^not enough return values"
}

func main() {
	f1()
	f2()
	f3()
	_, _, _ = c1, v1, T1{}
	var x T2
	_ = x
}

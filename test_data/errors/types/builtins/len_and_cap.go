// len and cap: constants for constant strings and for arrays (or pointers to arrays) when the argument has no
// function call or channel receive; values otherwise; not defined for other types.
package main

func arr() [3]int { return [3]int{} }

func main() {
	const str = "foobar"
	var a [10]bool
	var pa *[20]int
	var m map[string]int
	var c chan int
	var s []int
	var t string
	const l1 = len(str)
	const l2 = len(a)
	const l3 = cap(pa)
	const l4 = len([4]int{})
	var buf [l1 + l2 + l3 + l4]byte // array lengths must be constants
	_ = buf
	_ = len(m) + len(s) + cap(s) + len(c) + cap(c) + len(t) + len("x")
	_ = len(arr())

	_ = len()         // ERROR "^invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)$"
	_ = len(s, s)     // ERROR "^invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)$"
	_ = len(42)       // ERROR "^invalid argument: 42 \(untyped int constant\) for built-in len$"
	_ = cap(m)        // ERROR "^invalid argument: m \(variable of type map\[string\]int\) for built-in cap$"
	_ = cap(str)      // ERROR "^invalid argument: str \(untyped string constant .foobar.\) for built-in cap$"
	const n = len(arr()) // ERROR "len\(arr\(\)\) \(value of type int\) is not constant"
	len(s)            // ERROR "len\(s\) \(value of type int\) is not used"
}

// An error in a constant's inherited (repeated) initialisation expression is reported at that constant's name,
// not in the expression it repeats (types2 errpos).

package main

const (
	ok = byte(iota + 253)
	bad
	barn
	bard // ERROR "^constant 256 overflows byte$"
)

const (
	c = len([1 - iota]int{})
	d
	e // ERROR "^invalid array length 1 - iota \(untyped int constant -1\)$"
	f // ERROR "^invalid array length 1 - iota \(untyped int constant -2\)$"
)

const (
	g = 10 / (2 - iota)
	h
	i // ERROR "^invalid operation: division by zero$"
)

func main() {
	const (
		x = int8(iota * 64)
		y
		z // ERROR "^constant 128 overflows int8$"
	)
	_, _, _ = x, y, z
}

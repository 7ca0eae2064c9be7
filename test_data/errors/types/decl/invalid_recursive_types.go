// A type may not contain itself without indirection: directly, through another type, through an array, or through
// a chain of type names. Pointers, slices, maps, channels and functions are indirections.

package main

type S struct { // ERROR "^invalid recursive type: S refers to itself$"
	s S
}

type A struct { // ERROR "^invalid recursive type A\n\t.*A refers to B\n\t.*B refers to A$"
	b B
}

type B struct {
	a A
}

type Arr [2]Arr // ERROR "^invalid recursive type: Arr refers to itself$"

type X Y // ERROR "^invalid recursive type X\n\t.*X refers to Y\n\t.*Y refers to X$"
type Y X

type Alias = Alias // ERROR "^invalid recursive type: Alias refers to itself$"

type Ok struct {
	p  *Ok
	s  []Ok
	m  map[string]Ok
	c  chan Ok
	f  func(Ok) Ok
	ok OkToo
}

type OkToo struct{ back *Ok }

func main() {}

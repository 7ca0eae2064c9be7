// Interface methods: unique non-blank names; embedded interfaces add their methods, and the same method may come
// through several embedded interfaces when the signatures are identical (Go 1.14). Interfaces with type
// constraints (unions, ~T, non-interface types) are constraints only, and Vo has no type parameters.
package main

type A interface {
	F()
	G()
}

type B interface {
	F()
	H()
}

type AB interface { // F twice through A and B: allowed, same signature
	A
	B
}

type FInt interface{ F(int) }

type Conflict interface {
	A
	FInt // ERROR "^duplicate method F"
}

type Dup interface {
	m()
	m() // ERROR "^duplicate method m"
}

type Redeclared interface { // an explicit method may repeat an embedded one with the same signature
	A
	F()
}

type RedeclaredDifferently interface {
	A // ERROR "^duplicate method F"
	F(int)
}

type Blank interface {
	_() // ERROR "^methods must have a unique non-blank name$"
}

type Number interface {
	~int | ~float64
}

type Ints interface{ int }

var n Number // ERROR "^cannot use type Number outside a type constraint: interface contains type constraints$"

func f(x Ints) {} // ERROR "^cannot use type Ints outside a type constraint: interface contains type constraints$"

type NotIface int

type EmbedsNonInterface interface {
	NotIface
	M()
}

var e EmbedsNonInterface // ERROR "^cannot use type EmbedsNonInterface outside a type constraint"

func main() {
	var ab AB
	var a A = ab
	_, _ = a, n
	_ = e
	f(nil)
}

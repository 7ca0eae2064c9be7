// x.(T) with a concrete T is impossible when T lacks a method of x's interface type or has it with another
// signature; an interface T is checked at run time.
package main

type I interface{ M(int) }

type T struct{}

func (T) M(int) {}

type P struct{}

func (*P) M(int) {}

type W struct{}

func (W) M(string) {}

type N struct{}

type Other interface{ X() }

func main() {
	var i I = T{}
	_ = i.(T)
	_ = i.(*T)
	_ = i.(*P)
	_ = i.(Other)
	_ = i.(interface{ M(int) })
	_ = i.(P)  // ERROR "^impossible type assertion: i.\(P\)\n\tP does not implement I \(method M has pointer receiver\)$"
	_ = i.(W)  // ERROR "^impossible type assertion: i.\(W\)\n\tW does not implement I \(wrong type for method M\)\n\t\thave M\(string\)\n\t\twant M\(int\)$"
	_ = i.(N)  // ERROR "^impossible type assertion: i.\(N\)\n\tN does not implement I \(missing method M\)$"
	_ = i.(*N) // ERROR "^impossible type assertion: i.\(\*N\)\n\t\*N does not implement I \(missing method M\)$"
}

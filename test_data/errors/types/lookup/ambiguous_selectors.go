// A name found more than once at the shallowest depth is ambiguous (Go spec "Selectors"); a type with an
// ambiguous method does not implement an interface that needs it.
package main

type A struct{ X int }

func (A) M() {}

type B struct{ X string }

func (B) M() {}

type AB struct {
	A
	B
}

type ABX struct {
	AB
	X bool // shallower than A.X and B.X: not ambiguous
}

type I interface{ M() }

func main() {
	var ab AB
	_ = ab.X // ERROR "^ambiguous selector ab.X$"
	ab.M()   // ERROR "^ambiguous selector ab.M$"
	var abx ABX
	var b bool = abx.X
	_ = b
	var _ I = ab // ERROR "AB does not implement I \(ambiguous selector AB.M\)$"
}

// Selectors that find nothing: gc's explanations, including a field or method spelled with another case, a
// pointer to an interface, and a selector that is ambiguous at the shallowest depth.
package main

type T struct{ count int }

func (T) Name() string { return "" }

type I interface{ M() }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var t T
	var i I
	pi := &i
	var c C
	_ = c.A.X

	_ = t.missing // ERROR "^t\.missing undefined \(type T has no field or method missing\)$"
	_ = t.Count   // ERROR "^t\.Count undefined \(type T has no field or method Count, but does have field count\)$"
	_ = t.name    // ERROR "^t\.name undefined \(type T has no field or method name, but does have method Name\)$"
	pi.M()        // ERROR "^pi\.M undefined \(type \*I is pointer to interface, not interface\)$"
	_ = (*I).M    // ERROR "^\(\*I\)\.M undefined \(type \*I is pointer to interface, not interface\)$"
	_ = c.X       // ERROR "^ambiguous selector c\.X$"
	_ = len.x     // ERROR "invalid use of len \(built-in.*\) in selector expression"
}

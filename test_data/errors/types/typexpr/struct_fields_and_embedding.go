// Struct fields: names are unique, and an embedded field is a type name T or *T where T is neither a pointer
// nor (for *T) an interface (Go spec "Struct types").
package main

import "fmt"

type I interface{ M() }
type P *int

type S struct {
	a int
	a string // ERROR "^a redeclared"
	b, b int // ERROR "^b redeclared"
	I
	fmt.Stringer
	_ int
	_ string
}

type T1 struct {
	*I // ERROR "^embedded field type cannot be a pointer to an interface$"
}

type T2 struct {
	P // ERROR "^embedded field type cannot be a pointer$"
}

type T3 struct {
	int
	*float64
	Stringer fmt.Stringer
	fmt.Stringer // ERROR "^Stringer redeclared"
}

type T4 struct {
	x int `json:"x"`
	y int "plain"
}

func main() {
	_, _, _, _, _ = S{}, T1{}, T2{}, T3{}, T4{}
}

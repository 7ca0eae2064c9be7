// Expression and type switches: case types, duplicates, defaults, fallthrough, the clause variable.

package main

type I interface{ M() }
type T struct{}
type P struct{}

func (*P) M() {}

func main() {
	var n int
	var i I
	switch n {
	case 1, 2:
	case 1: // ERROR "^duplicate case 1 \(constant of type int\) in expression switch\n\t.*: previous case$"
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	}
	var s string
	switch s {
	case n: // ERROR "^invalid case n in switch on s \(mismatched types int and string\)$"
	}
	switch {
	case n > 1:
		fallthrough
	case n > 2:
	default:
	default: // ERROR "^multiple defaults \(first at .*\)$"
		fallthrough // ERROR "^cannot fallthrough final case in switch$"
	}
	switch x := i.(type) {
	case T: // ERROR "^impossible type switch case: T\n\ti \(variable of type I\) cannot have dynamic type T \(missing method M\)$"
	case P: // ERROR "^impossible type switch case: P\n\ti \(variable of type I\) cannot have dynamic type P \(method M has pointer receiver\)$"
	case *P, nil:
		_ = x
	case *P: // ERROR "^duplicate case \*P in type switch\n\t.*: previous case$"
		fallthrough // ERROR "^cannot fallthrough in type switch$"
	}
	switch y := i.(type) { // ERROR "^declared and not used: y$"
	case *P:
	}
	switch n.(type) { // ERROR "^n \(variable of type int\) is not an interface$"
	}
	if n { // ERROR "^non-boolean condition in if statement$"
	}
	for n {   // ERROR "^non-boolean condition in for statement$"
	}
}

type withSlice struct{ f []int }

// Case values are compared with the tag as by ==, with the causes of a comparison.
func incomparableCases(i interface{}, m map[int]int, w withSlice, a [2][]int, x int) {
	switch i {
	case m: // ERROR "^invalid case m in switch on i \(map can only be compared to nil\)$"
	case w: // ERROR "^invalid case w in switch on i \(struct containing \[\]int cannot be compared\)$"
	case a: // ERROR "^invalid case a in switch on i \(\[2\]\[\]int cannot be compared\)$"
	}
	switch {
	case x: // ERROR "^invalid case x in switch on true \(mismatched types int and bool\)$"
	}
}

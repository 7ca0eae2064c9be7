package main

import "fmt"

type B bool
type I int

func main() {
	// A concrete integer or bool compared with an interface in an if/for condition compares interfaces
	// (dynamic type and value), with the interface on either side.
	vals := []any{1, int64(1), I(1), "1", nil, true, B(true), 2}
	n := 1
	t := true
	for i, v := range vals {
		if n == v {
			fmt.Println(i, "n == v")
		}
		if v != n {
			fmt.Println(i, "v != n")
		}
		if t == v {
			fmt.Println(i, "t == v")
		}
		if !(v == t) && v != nil {
			fmt.Println(i, "v is not bool true")
		}
	}
	es := []any{3, 4, 5}
	k := 0
	for k < 3 && k+3 != es[k] {
		k++
	}
	fmt.Println("first equal at", k)

	// A tagless switch with an interface case compares the interface with true.
	for _, v := range []any{true, false, 1, nil, "true", B(true)} {
		switch {
		case v:
			fmt.Printf("%v (%T): case v\n", v, v)
		case v == false:
			fmt.Printf("%v (%T): case v == false\n", v, v)
		default:
			fmt.Printf("%v (%T): default\n", v, v)
		}
	}
}

// Converting values to interfaces, explicitly and implicitly (assignment, argument, result, composite literal
// element, channel send, comparison with an interface, map index, panic): the converted value is copied into an
// allocation that escapes or not with the interface. Go 1.19's `-m -l` output.
package main

import (
	"errors"
	"fmt"
)

type S struct{ v any }

type myErr struct{ msg string }

func (e myErr) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=0$"

func explicit() any {
	x := 1
	return any(x) // ERROR "any\(x\) escapes to heap$"
}

func assigned() {
	y := "y"
	var i interface{}
	i = y // ERROR "y escapes to heap$"
	z := 2.5
	var j any = z // ERROR "z escapes to heap$"
	var k any = i
	fmt.Println(i, j, k) // ERROR "... argument does not escape$"
}

func argument() {
	a := 1
	b := 2
	fmt.Println(a, b+1) // ERROR "... argument does not escape$" "a escapes to heap$" "b \+ 1 escapes to heap$"
	var e error = errors.New("e")
	fmt.Println(e) // ERROR "... argument does not escape$"
	c := 3
	takesAny(c)   // ERROR "c does not escape$"
	d := []any{1} // ERROR "\[\]any{...} does not escape$" "1 escapes to heap$"
	fmt.Println(d...)
}

func takesAny(v any) {} // ERROR "v does not escape$"

func returned() error {
	e := myErr{"x"}
	return e // ERROR "e escapes to heap$"
}

func literals() []any {
	p := 1
	q := 2
	r := 3
	m := map[any]int{q: 1}     // ERROR "map\[any\]int{...} escapes to heap$" "q escapes to heap$"
	_ = S{v: r}                // ERROR "r does not escape$"
	return append([]any{p}, m) // ERROR "\[\]any{...} escapes to heap$" "p escapes to heap$"
}

func others(ch chan any, m map[any]int, i any) bool { // ERROR "ch does not escape$" "m does not escape$" "i does not escape$"
	s := 1
	ch <- s // ERROR "s escapes to heap$"
	k := 2
	_ = m[k] // ERROR "k does not escape$"
	t := 3
	if i == t {
		return true
	}
	u := "boom"
	if len(m) > 100 {
		panic(u) // ERROR "u escapes to heap$"
	}
	n := 4
	return n == 4
}

func main() {
	_ = explicit()
	assigned()
	argument()
	_ = returned()
	_ = literals()
	_ = others(make(chan any, 1), map[any]int{}, 1) // ERROR "map\[any\]int{} does not escape$" "1 does not escape$"
}

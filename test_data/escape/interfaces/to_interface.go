// Converting a variable to an interface, explicitly or implicitly, moves it to the heap. Values of interface type
// are not converted, and neither are constants or other expressions.
package main

import (
	"errors"
	"fmt"
)

type S struct{ v any }

type myErr struct{ msg string }

func (e myErr) Error() string { return e.msg }

func explicit() any {
	x := 1 // ERROR "moved to heap: x$"
	return any(x)
}

func assigned() {
	y := "y" // ERROR "moved to heap: y$"
	var i interface{}
	i = y
	z := 2.5 // ERROR "moved to heap: z$"
	var j any = z
	var k any = i
	fmt.Println(i, j, k)
}

func argument() {
	a := 1 // ERROR "moved to heap: a$"
	b := 2
	fmt.Println(a, b+1)
	var e error = errors.New("e")
	fmt.Println(e)
	c := 3 // ERROR "moved to heap: c$"
	takesAny(c)
	d := []any{1}
	fmt.Println(d...)
}

func takesAny(v any) {}

func returned() error {
	e := myErr{"x"} // ERROR "moved to heap: e$"
	return e
}

func literals() []any {
	p := 1 // ERROR "moved to heap: p$"
	q := 2 // ERROR "moved to heap: q$"
	r := 3 // ERROR "moved to heap: r$"
	m := map[any]int{q: 1} // ERROR "moved to heap: m$"
	_ = S{v: r}
	return append([]any{p}, m)
}

func others(ch chan any, m map[any]int, i any) bool {
	s := 1 // ERROR "moved to heap: s$"
	ch <- s
	k := 2 // ERROR "moved to heap: k$"
	_ = m[k]
	t := 3 // ERROR "moved to heap: t$"
	if i == t {
		return true
	}
	u := "boom" // ERROR "moved to heap: u$"
	if len(m) > 100 {
		panic(u)
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
	_ = others(make(chan any, 1), map[any]int{}, 1)
}

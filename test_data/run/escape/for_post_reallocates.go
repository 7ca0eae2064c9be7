// A 3-clause loop whose post statement allocates the next value of its loop variable from the current one: the
// new object must not be built over the one the variable still points to (Go 1.22 loop variables are carried
// from one iteration to the next, so the allocation outlives its iteration and escapes).
package main

import "fmt"

type T struct {
	a, b int
	p    *int
}

func main() {
	n := 0
	for p := (&T{a: 1}); p.a < 5; p = (&T{a: p.a + 1, b: p.a}) {
		n += p.b
	}
	fmt.Println(n)
	steps := 0
	for q := new(T); q.a < 3; q = (&T{a: q.a + 1, b: q.b + q.a}) {
		steps++
		fmt.Println(q.a, q.b, q.p == nil)
	}
	fmt.Println(steps)
}

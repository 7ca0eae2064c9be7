// Package-level variable initialisers are code too (Go analyses them as the package's init function): calls,
// variadic arguments, closures called at initialisation and map literals get explanations; constant composite
// literals (`&T{1}`, `[]int{1, 2}`) are static data and get none.
package main

type T struct{ n int }

func F(xs ...any) int { return len(xs) } // ERROR "xs does not escape$"

var V1 = F(1, 2) // ERROR "... argument does not escape$" "1 does not escape$" "2 does not escape$"

var P = &T{1}

var local = func() int { // ERROR "func literal does not escape$"
	t := &T{2} // ERROR "&T{...} does not escape$"
	return t.n
}()

var S = []int{1, 2}

var M = map[string]int{"a": 1} // ERROR "map\[string\]int{...} escapes to heap$"

var sink *T

func keep(t *T) { sink = t } // ERROR "leaking param: t$"

var _ = func() bool { // ERROR "func literal does not escape$"
	keep(&T{3}) // ERROR "&T{...} escapes to heap$"
	return true
}()

func main() {
	_, _, _, _, _ = V1, P, local, S, M
}

// Go 1.21 and 1.22 additions that Vo has (LANGUAGE.md): range over an integer, min, max, clear, and a fresh
// loop variable per iteration. Must type-check with zero diagnostics.

package main

import "fmt"

func main() {
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i })
	}
	for range 2 {
		fmt.Println("tick")
	}
	var n int64 = 4
	for j := range n {
		fmt.Println(j + 1)
	}
	m := map[string]int{"a": 1}
	s := []float64{3, 1, 2}
	clear(m)
	clear(s)
	fmt.Println(min(1, 2, 3), max(2.5, 1), min("b", "a"), len(funcs), funcs[2](), len(m), s)
	const c = max(1, 2.0)
	var f float32 = min(c, 1.5)
	fmt.Println(f)
}

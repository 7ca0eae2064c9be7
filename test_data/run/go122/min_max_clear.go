// golden: by hand — the builtins min, max and clear (Go 1.21, LANGUAGE.md); Go 1.19 cannot build them.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(7), max(-1, -5))
	fmt.Println(min(2.5, 1.5), max(0.5, 3), min("b", "a", "c"), max("b", "a", "c"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t))
}

package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x") // no-op on a nil map
	fmt.Println(m)
}

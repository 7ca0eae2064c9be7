package main

import "fmt"

var table = func() map[string]int {
	m := map[string]int{}
	for i, s := range []string{"a", "b", "c"} {
		m[s] = i
	}
	return m
}()

func main() {
	fmt.Println(table)
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	func() {
		fmt.Println("inside")
	}()
}

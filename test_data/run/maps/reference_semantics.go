package main

import "fmt"

func fill(m map[string]int) {
	m["filled"] = 1
}

func main() {
	a := map[string]int{}
	b := a
	b["k"] = 7
	fill(a)
	fmt.Println(a, len(b))
	c := make(map[int]string, 100)
	c[1] = "x"
	fmt.Println(len(c), c)
}

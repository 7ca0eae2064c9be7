package main

import "fmt"

type P struct{ X, Y int }

func main() {
	var a, b interface{} = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = P{2, 1}
	fmt.Println(a == b)
	b = &P{1, 2}
	fmt.Println(a == b)
	m := map[interface{}]string{P{1, 2}: "p12", 3: "three", "s": "str"}
	fmt.Println(m[P{1, 2}], m[3], m["s"], len(m))
}

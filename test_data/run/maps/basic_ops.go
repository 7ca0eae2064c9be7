package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "not there")
	fmt.Println(len(m), m)
	m["two"] += 20
	fmt.Println(m)
}

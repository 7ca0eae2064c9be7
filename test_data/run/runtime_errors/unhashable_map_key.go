package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	fmt.Println(len(m))
	m[[]string{"x"}] = 2
}

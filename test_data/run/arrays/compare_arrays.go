package main

import "fmt"

type key [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [...]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	m := map[key]int{{"x", "y"}: 1}
	m[key{"x", "y"}]++
	fmt.Println(m)
	var z [0]int
	fmt.Println(len(z), z)
}

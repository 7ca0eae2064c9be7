package main

import "fmt"

type T struct{ x int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	var i, j interface{} = a, c
	fmt.Println(i == j)
	m := map[*T]string{a: "a", b: "b"}
	fmt.Println(m[c], len(m))
}

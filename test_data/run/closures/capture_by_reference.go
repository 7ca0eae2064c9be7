package main

import "fmt"

func main() {
	x := 1
	f := func() int { return x * 10 }
	x = 5
	fmt.Println(f())
	g := func() { x++ }
	g()
	g()
	fmt.Println(x)
	s := []int{1}
	h := func() { s = append(s, len(s)+1) }
	h()
	h()
	fmt.Println(s)
}

package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a := 1
	b, c := 2, "two"
	fmt.Println(a, b, c)
	a, d := 10, 3.5 // a is reassigned, d is new
	fmt.Println(a, d)
	n, s := pair()
	fmt.Println(n, s)
	var x, y = 1, 2
	x, y = y, x // swap
	fmt.Println(x, y)
}

package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	g := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

func adder(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}

func main() {
	fmt.Println(adder(1)(2)(3))
	add10 := adder(10)
	add10and20 := add10(20)
	fmt.Println(add10and20(1), add10and20(2), add10(0)(0))
	x := 0
	outer := func() func() {
		x++
		return func() { x += 10 }
	}
	inner := outer()
	inner()
	inner()
	fmt.Println(x)
}

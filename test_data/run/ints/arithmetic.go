package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	a, b = -17, 5
	fmt.Println(a/b, a%b) // truncated division
	a, b = 17, -5
	fmt.Println(a/b, a%b)
	a, b = -17, -5
	fmt.Println(a/b, a%b)
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println(x)
	fmt.Println(-a, +b, ^a)
}

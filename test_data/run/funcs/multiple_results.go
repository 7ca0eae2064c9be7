package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func pass(q, r int) int { return q*10 + r }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(swap("a", "b"))
	fmt.Println(pass(divmod(23, 4)))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}

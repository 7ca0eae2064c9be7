// Results of inlined functions: several results, named results (bare returns, early returns, results read after
// assignment), results used directly as arguments and swapped in tuple assignments.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a - q*b
	return
}

func minmax(a, b int) (lo, hi int) {
	if a < b {
		return a, b
	}
	return b, a
}

func swapped(a, b string) (string, string) { return b, a }

func sign(x int) int {
	if x < 0 {
		return -1
	} else if x == 0 {
		return 0
	}
	return 1
}

func named(x int) (y int) {
	y = x * 2
	if y > 10 {
		y = 10
		return
	}
	return y + 1
}

func swapNamed() (a, b int) {
	a, b = 1, 2
	return b, a
}

func nothing(x int) {
	if x > 0 {
		return
	}
	x++
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax(9, 3)
	fmt.Println(lo, hi)
	fmt.Println(minmax(2, 8))
	s, t := "x", "y"
	s, t = swapped(s, t)
	fmt.Println(s, t)
	fmt.Println(sign(-5), sign(0), sign(7))
	fmt.Println(named(3), named(6), named(20))
	fmt.Println(swapNamed())
	nothing(1)
	nothing(-1)
	total := 0
	for i := -3; i <= 3; i++ {
		total += sign(i)*10 + named(i)
	}
	fmt.Println(total)
}

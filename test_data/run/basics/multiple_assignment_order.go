package main

import "fmt"

func main() {
	// The index expressions and operands on the left are evaluated first, then assignments happen left to right.
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
}

package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doubleInPlace(&a)
	fmt.Println(a)
	fmt.Println(len(a), cap(a))
}

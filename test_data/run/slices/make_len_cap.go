package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]string, 2, 10)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	c := b[:5]
	fmt.Printf("%q %d %d\n", c, len(c), cap(c))
	var n uint8 = 4
	d := make([]float64, n)
	fmt.Println(d)
	e := []int{}
	fmt.Println(e == nil, len(e))
}

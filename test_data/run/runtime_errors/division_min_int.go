package main

import "fmt"

func main() {
	x := int64(-9223372036854775808)
	y := int64(-1)
	fmt.Println(x/y, x%y) // no panic in Go: wraps
	var z int64
	fmt.Println(x / z)
}

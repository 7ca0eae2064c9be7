package main

import "fmt"

func main() {
	var a uint32 = 4294967295
	fmt.Println(a/7, a%7)
	var b uint64 = 18446744073709551615
	fmt.Println(b/10, b%10)
	var c uint8 = 200
	fmt.Println(c/3, c%3)
	x := -7
	fmt.Println(uint8(x), uint16(x), uint32(x))
}

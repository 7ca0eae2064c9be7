package main

import "fmt"

func main() {
	x := 1
	for i := uint(0); i < 5; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var n int = -64
	fmt.Println(n>>1, n>>3, n>>100)
	var u uint32 = 0x80000000
	fmt.Println(u>>31, u<<1, u>>32)
	var s uint = 70
	fmt.Println(1<<s == 0, uint64(1)<<63)
	var b byte = 0xF0
	fmt.Println(b<<2, b>>4)
	y := 3
	y <<= 2
	y >>= 1
	fmt.Println(y)
}

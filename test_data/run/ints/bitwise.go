package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	var u uint8 = 0x0F
	fmt.Println(^u, ^int8(5))
	x := 0xFF
	x &= 0x3C
	x |= 0x01
	x ^= 0x10
	x &^= 0x04
	fmt.Println(x)
	// population count by hand
	n, count := uint64(0xDEADBEEF), 0
	for n != 0 {
		n &= n - 1
		count++
	}
	fmt.Println(count)
}

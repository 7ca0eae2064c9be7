package main

import "fmt"

func main() {
	var i int = 300
	fmt.Println(int8(i), uint8(i), int16(i), float32(i))
	var neg int = -1
	fmt.Println(uint(neg), uint32(neg), uint64(neg)>>60)
	var f float64 = -7.99
	fmt.Println(int(f), uint8(int(-f)), int64(f*100))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int(u8)+1, u8+1)
	var r rune = 0x1F600
	fmt.Println(byte(r), int16(r), string(r))
}

// x & K with a small constant K (one AndImm instruction): signed and unsigned, narrow types, negative masks,
// the constant on either side, op= forms, and masks too large for an immediate.
package main

import "fmt"

func main() {
	xs := []int{0, 1, -1, 13, -13, 1 << 40, -(1 << 40) + 5}
	for _, x := range xs {
		fmt.Println(x&7, 7&x, x&-8, x&0x7fffffff, x&-0x80000000, x&0x1_0000_0001)
	}
	var i8 int8 = -100
	var u8 uint8 = 0xab
	var u16 uint16 = 0xfeed
	var i32 int32 = -123456
	var u64 uint64 = 0xdead_beef_cafe_f00d
	fmt.Println(i8&0x7f, i8&-2, u8&0xf0, u16&0xff00, i32&-256, u64&0xffff, u64&0x7fffffff)
	acc := 0
	for i := 0; i < 100; i++ {
		acc += i & 1023
		acc ^= i & 7
		j := i
		j &= 12
		acc += j
	}
	fmt.Println(acc)
}

// LeadingZeros, TrailingZeros, OnesCount and Len of every width, exhaustively for 8 and 16 bits and on edge and
// pseudo-random values for 32 and 64 bits (and uint); UintSize.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("UintSize", bits.UintSize)
	var sum8, sum16 int
	for i := 0; i < 256; i++ {
		x := uint8(i)
		sum8 = sum8*31 + bits.LeadingZeros8(x) + 3*bits.TrailingZeros8(x) + 5*bits.OnesCount8(x) + 7*bits.Len8(x)
		if i < 5 || i == 128 || i == 255 {
			fmt.Println(x, bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x))
		}
	}
	for i := 0; i < 65536; i++ {
		x := uint16(i)
		sum16 = sum16*31 + bits.LeadingZeros16(x) + 3*bits.TrailingZeros16(x) + 5*bits.OnesCount16(x) + 7*bits.Len16(x)
	}
	fmt.Println("sums", sum8, sum16)
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff,
		0x100000000, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210}
	state := uint64(88172645463325252)
	for i := 0; i < 20; i++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		vals = append(vals, state>>(i*3%64))
	}
	for _, v := range vals {
		x32 := uint32(v)
		fmt.Printf("%#x: 64: %d %d %d %d  32: %d %d %d %d  uint: %d %d %d %d\n", v,
			bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v),
			bits.LeadingZeros32(x32), bits.TrailingZeros32(x32), bits.OnesCount32(x32), bits.Len32(x32),
			bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.OnesCount(uint(v)), bits.Len(uint(v)))
	}
}

// RotateLeft (negative counts rotate right), Reverse and ReverseBytes of every width.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, k := range []int{-65, -64, -9, -8, -1, 0, 1, 3, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65} {
		fmt.Printf("k=%d: %#x %#x %#x %#x %#x\n", k, bits.RotateLeft8(0x96, k), bits.RotateLeft16(0x8421, k),
			bits.RotateLeft32(0x80000001, k), bits.RotateLeft64(0x8000000000000003, k), bits.RotateLeft(0xf0, k))
	}
	for _, v := range []uint64{0, 1, 0x96, 0x1234, 0x12345678, 0x0123456789abcdef, 0xffffffffffffffff, 0x8000000000000000} {
		fmt.Printf("%#x: %#x %#x %#x %#x %#x\n", v, bits.Reverse8(uint8(v)), bits.Reverse16(uint16(v)),
			bits.Reverse32(uint32(v)), bits.Reverse64(v), bits.Reverse(uint(v)))
		fmt.Printf("  bytes: %#x %#x %#x %#x\n", bits.ReverseBytes16(uint16(v)), bits.ReverseBytes32(uint32(v)),
			bits.ReverseBytes64(v), bits.ReverseBytes(uint(v)))
	}
}

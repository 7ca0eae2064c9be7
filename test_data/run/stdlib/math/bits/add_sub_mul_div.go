// Add, Sub, Mul, Div and Rem of every width with carries, borrows and 128-bit products, and the run-time
// panics of Div (divide by zero and quotient overflow) recovered and printed with their type.
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: recovered %T %v (error: %v)\n", name, r, r, isErr)
	}()
	f()
}

func main() {
	vals := []uint64{0, 1, 2, 0x7fffffff, 0xffffffff, 0x100000000, 0x7fffffffffffffff, 0x8000000000000000,
		0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210, 12345678901234567}
	for _, x := range vals {
		for _, y := range vals {
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(x, y, 1)
			hi, lo := bits.Mul64(x, y)
			s32, c32 := bits.Add32(uint32(x), uint32(y), 0)
			d32, b32 := bits.Sub32(uint32(x), uint32(y), 0)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			fmt.Printf("%x %x: add %x %d sub %x %d mul %x %x | %x %d %x %d %x %x\n", x, y, s, c, d, b, hi, lo,
				s32, c32, d32, b32, h32, l32)
			if y != 0 {
				q, r := bits.Div64(x%y, x, y)
				rem := bits.Rem64(x, y^x, y)
				fmt.Printf("  div %x %x rem %x\n", q, r, rem)
				if uint32(y) != 0 {
					q32, r32 := bits.Div32(uint32(x)%uint32(y), uint32(x>>7), uint32(y))
					fmt.Printf("  div32 %x %x rem32 %x\n", q32, r32, bits.Rem32(uint32(x>>5), uint32(x), uint32(y)))
				}
			}
		}
	}
	us, uc := bits.Add(^uint(0), 1, 0)
	ud, ub := bits.Sub(0, 1, 0)
	uh, ul := bits.Mul(^uint(0), ^uint(0))
	uq, ur := bits.Div(1, 0, 3)
	fmt.Println(us, uc, ud, ub, uh, ul, uq, ur, bits.Rem(5, 7, 3))
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Div overflow", func() { bits.Div(1, 0, 1) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	fmt.Println(bits.Rem64(10, 3, 7), bits.Rem32(10, 3, 7))
}

// Signed division and remainder by a constant (DivImm / RemImm): truncation toward zero, negative operands and
// divisors, sized types, the extremes of each type, op-assignments; -1 and large divisors take the general path.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []int{0, 1, 7, -7, 100, -100, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for _, x := range xs {
		fmt.Println(x, x/2, x%2, x/-2, x%-2, x/7, x%7, x/-7, x%-7, x/-1, x%-1, x/1, x%1)
		fmt.Println(x/1000000007, x%1000000007, x/2147483647, x%-2147483647, x/4294967296, x%4294967296)
		fmt.Println(x/8, x%8, x/-8, x%-8, x/1024, x%1024, x/1073741824, x%1073741824, x%16/4)
	}
	var a int8 = -128
	var b int16 = -32768
	var c int32 = math.MinInt32
	var d int64 = math.MinInt64
	fmt.Println(a/2, a%3, a/-2, a%-3, a/127, b/2, b%-7, c/3, c%-5, d/3, d%-3)
	fmt.Println(a/64, a%64, b/4096, b%4096, c/65536, c%65536, d/2, d%2, d/(1<<30), d%(1<<30))
	a /= 3
	b %= 100
	c /= -4
	d %= 10
	fmt.Println(a, b, c, d)
	type myInt int32
	m := myInt(-1000)
	fmt.Println(m/7, m%7, (m*3)/-9)
	h := 0
	for i := 0; i < 1000; i++ {
		h = (h*31 + i) % 1000003
	}
	fmt.Println(h, h/2+h%2)
}

// `s += x * y` and `s -= x * y` on float64 registers (one instruction): the product is rounded before the sum, as
// Go on amd64 computes it (not a fused multiply-add), with NaN/Inf/-0 operands, constants, and float32 (not
// folded: rounded to float32 after each operation).
package main

import (
	"fmt"
	"math"
)

type dot struct{ a, b []float64 }

func main() {
	x := 1 + math.Pow(2, -30)
	y := 1 - math.Pow(2, -30)
	s := -1.0
	s += x * y // x*y rounds to 1: the sum is 0 (an FMA would give -2^-60)
	fmt.Println(s, s == 0)
	t := 1.0
	t -= x * y
	fmt.Println(t)
	d := dot{[]float64{1.5, -2, math.Inf(1), 3}, []float64{2, 0.25, 0, 1e308}}
	acc := 0.0
	for i := range d.a {
		acc += d.a[i] * d.b[i]
		fmt.Println(i, acc)
	}
	z := math.Copysign(0, -1)
	z += z * 1
	fmt.Println(z, 1/z)
	z -= 2 * 0.5
	fmt.Println(z)
	var f float32 = 16777216
	f += f * 0.0000001
	fmt.Println(f)
	m := 0.0
	for i := 0; i < 10; i++ {
		k := float64(i)
		m += k * 0.1
		m -= 0.05 * k
	}
	fmt.Printf("%.17g\n", m)
}

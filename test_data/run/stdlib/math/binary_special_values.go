// The math functions of two or three arguments on every pair of special inputs.
package main

import (
	"fmt"
	"math"
)

type fn2 struct {
	name string
	f    func(x, y float64) float64
}

var binary = []fn2{
	{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot},
	{"Max", math.Max}, {"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter}, {"Pow", math.Pow},
	{"Remainder", math.Remainder},
}

func main() {
	in := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -2, 3, -3.5,
		math.SmallestNonzeroFloat64, math.MaxFloat64}
	for _, f := range binary {
		for _, x := range in {
			for _, y := range in {
				r := f.f(x, y)
				fmt.Printf("%s(%v, %v) = %v %#x\n", f.name, x, y, r, math.Float64bits(r))
			}
		}
	}
	for _, x := range in {
		for _, y := range in {
			for _, z := range []float64{0, math.Copysign(0, -1), math.Inf(-1), math.NaN(), 1, -0.25} {
				fmt.Printf("FMA(%v, %v, %v) = %v\n", x, y, z, math.FMA(x, y, z))
			}
		}
	}
	for _, n := range []int{-3, -1, 0, 1, 2, 5} {
		for _, x := range in {
			fmt.Printf("Jn(%d, %v) = %v Yn = %v Ldexp = %v\n", n, x, math.Jn(n, x), math.Yn(n, x), math.Ldexp(x, n*400))
		}
	}
	for _, n := range []int{-400, -324, -323, -1, 0, 1, 22, 23, 308, 309} {
		fmt.Printf("Pow10(%d) = %v\n", n, math.Pow10(n))
	}
	for _, p := range [][2]float32{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {-1, -2}, {3.4028235e38, float32(math.Inf(1))}, {1, 1}} {
		fmt.Printf("Nextafter32(%v, %v) = %v\n", p[0], p[1], math.Nextafter32(p[0], p[1]))
	}
	nan32 := float32(math.NaN())
	fmt.Println(math.Nextafter32(nan32, 1), math.Nextafter32(1, nan32))
	fmt.Printf("%#x %#x %v %v\n", math.Float32bits(-1.5), math.Float32bits(nan32), math.Float32frombits(0x7f800000),
		math.Float32frombits(1))
}

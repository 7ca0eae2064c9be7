// Every math/cmplx function over pseudo-random complex inputs (small, large, near the axes), printing a few
// results exactly (%b) and a hash of all result bits per function.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(next()>>11)/(1<<53)
}

func input(i int) complex128 {
	switch i % 4 {
	case 0:
		return complex(uniform(-3, 3), uniform(-3, 3))
	case 1:
		return complex(uniform(-1e3, 1e3), uniform(-50, 50))
	case 2:
		return complex(uniform(-1e-8, 1e-8), uniform(-2, 2))
	}
	return complex(math.Pow(10, uniform(-300, 300)), -math.Pow(10, uniform(-300, 300)))
}

type fn struct {
	name string
	f    func(complex128) complex128
}

var fns = []fn{
	{"Acos", cmplx.Acos}, {"Acosh", cmplx.Acosh}, {"Asin", cmplx.Asin}, {"Asinh", cmplx.Asinh},
	{"Atan", cmplx.Atan}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj}, {"Cos", cmplx.Cos}, {"Cosh", cmplx.Cosh},
	{"Cot", cmplx.Cot}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10}, {"Sin", cmplx.Sin},
	{"Sinh", cmplx.Sinh}, {"Sqrt", cmplx.Sqrt}, {"Tan", cmplx.Tan}, {"Tanh", cmplx.Tanh},
	{"Abs", func(x complex128) complex128 { return complex(cmplx.Abs(x), 0) }},
	{"Phase", func(x complex128) complex128 { return complex(cmplx.Phase(x), 0) }},
	{"Polar", func(x complex128) complex128 { r, t := cmplx.Polar(x); return cmplx.Rect(r, t) }},
	{"Pow", func(x complex128) complex128 { return cmplx.Pow(x, complex(imag(x)/3, real(x)/5)) }},
	{"Pow-real", func(x complex128) complex128 { return cmplx.Pow(x, 2.5) }},
}

func main() {
	for _, f := range fns {
		var h uint64 = 14695981039346656037
		for i := 0; i < 300; i++ {
			x := input(i)
			y := f.f(x)
			if i < 3 {
				fmt.Printf("%s(%b) = %b\n", f.name, x, y)
			}
			for _, b := range []uint64{math.Float64bits(real(y)), math.Float64bits(imag(y))} {
				for k := 0; k < 64; k += 8 {
					h ^= (b >> k) & 0xff
					h *= 1099511628211
				}
			}
		}
		fmt.Printf("%s: hash %016x\n", f.name, h)
	}
}

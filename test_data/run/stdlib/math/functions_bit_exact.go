// Every math function of one argument over 400 pseudo-random inputs in ranges that reach each branch of Go's
// algorithms (small, medium, large and huge arguments; trigonometric arguments past the Payne-Hanek threshold),
// printing a few results exactly (%b) and a hash of all result bits, so any difference of one ulp shows.
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// uniform returns a value in [lo, hi).
func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(next()>>11)/(1<<53)
}

// logUniform returns ±10^e with e uniform in [lo, hi).
func logUniform(lo, hi float64) float64 {
	v := math.Pow(10, uniform(lo, hi))
	if next()&1 == 1 {
		return -v
	}
	return v
}

type fn struct {
	name   string
	f      func(float64) float64
	ranges [][2]float64 // uniform ranges; a range {0, e} with e < 0 means logUniform(e, -e)
}

var fns = []fn{
	{"Acos", math.Acos, [][2]float64{{-1, 1}}},
	{"Acosh", math.Acosh, [][2]float64{{1, 3}, {1, 1e10}}},
	{"Asin", math.Asin, [][2]float64{{-1, 1}, {-1e-8, 1e-8}}},
	{"Asinh", math.Asinh, [][2]float64{{-3, 3}, {0, -300}}},
	{"Atan", math.Atan, [][2]float64{{-3, 3}, {0, -300}}},
	{"Atanh", math.Atanh, [][2]float64{{-1, 1}}},
	{"Cbrt", math.Cbrt, [][2]float64{{-10, 10}, {0, -300}}},
	{"Cos", math.Cos, [][2]float64{{-10, 10}, {-1e9, 1e9}, {0, -300}}},
	{"Cosh", math.Cosh, [][2]float64{{-3, 3}, {-710, 710}}},
	{"Erf", math.Erf, [][2]float64{{-1, 1}, {-6, 6}}},
	{"Erfc", math.Erfc, [][2]float64{{-1, 1}, {-6, 30}}},
	{"Erfinv", math.Erfinv, [][2]float64{{-1, 1}, {0.99, 1}}},
	{"Erfcinv", math.Erfcinv, [][2]float64{{0, 2}, {1e-10, 1e-3}}},
	{"Exp", math.Exp, [][2]float64{{-2, 2}, {-750, 710}}},
	{"Exp2", math.Exp2, [][2]float64{{-2, 2}, {-1080, 1030}}},
	{"Expm1", math.Expm1, [][2]float64{{-1, 1}, {-40, 710}, {0, -20}}},
	{"Gamma", math.Gamma, [][2]float64{{-10, 10}, {-180, 180}, {0, -20}}},
	{"J0", math.J0, [][2]float64{{-10, 10}, {-1e5, 1e5}, {0, -300}}},
	{"J1", math.J1, [][2]float64{{-10, 10}, {-1e5, 1e5}, {0, -300}}},
	{"Log", math.Log, [][2]float64{{0, 3}, {0, 1e300}, {0, 1e-300}}},
	{"Log10", math.Log10, [][2]float64{{0, 3}, {0, 1e300}}},
	{"Log1p", math.Log1p, [][2]float64{{-1, 1}, {0, 1e300}, {0, -20}}},
	{"Log2", math.Log2, [][2]float64{{0, 3}, {0, 1e300}}},
	{"Logb", math.Logb, [][2]float64{{0, -300}}},
	{"Sin", math.Sin, [][2]float64{{-10, 10}, {-1e9, 1e9}, {0, -300}}},
	{"Sinh", math.Sinh, [][2]float64{{-3, 3}, {-710, 710}}},
	{"Sqrt", math.Sqrt, [][2]float64{{0, 10}, {0, 1e300}}},
	{"Tan", math.Tan, [][2]float64{{-10, 10}, {-1e9, 1e9}, {0, -300}}},
	{"Tanh", math.Tanh, [][2]float64{{-3, 3}, {-30, 30}}},
	{"Y0", math.Y0, [][2]float64{{0, 10}, {0, 1e5}, {0, 1e-5}}},
	{"Y1", math.Y1, [][2]float64{{0, 10}, {0, 1e5}, {0, 1e-5}}},
	{"lgamma", func(x float64) float64 { v, s := math.Lgamma(x); return v * float64(s) },
		[][2]float64{{-10, 10}, {-1e3, 1e3}, {0, -300}}},
	{"sin+cos", func(x float64) float64 { s, c := math.Sincos(x); return s + 3*c },
		[][2]float64{{-10, 10}, {0, -300}}},
}

const perFunc = 400

func main() {
	for _, f := range fns {
		var h uint64 = 14695981039346656037
		for i := 0; i < perFunc; i++ {
			r := f.ranges[i%len(f.ranges)]
			var x float64
			if r[0] == 0 && r[1] < 0 {
				x = logUniform(r[1], -r[1])
			} else {
				x = uniform(r[0], r[1])
			}
			y := f.f(x)
			b := math.Float64bits(y)
			if i < 4 {
				fmt.Printf("%s(%b) = %b\n", f.name, x, y)
			}
			for k := 0; k < 64; k += 8 {
				h ^= (b >> k) & 0xff
				h *= 1099511628211
			}
		}
		fmt.Printf("%s: hash of %d results %016x\n", f.name, perFunc, h)
	}
}

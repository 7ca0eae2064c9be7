// The math functions of two arguments (Pow, Atan2, Hypot, Mod, Remainder, Jn, Yn, Ldexp, Nextafter) over
// pseudo-random pairs, printing a few results exactly (%b) and a hash of all result bits.
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(next()>>11)/(1<<53)
}

type fn2 struct {
	name string
	f    func(x, y float64) float64
	x, y [2]float64
}

var fns = []fn2{
	{"Pow", math.Pow, [2]float64{0, 10}, [2]float64{-20, 20}},
	{"Pow-neg", math.Pow, [2]float64{-3, 3}, [2]float64{-40, 40}},
	{"Pow-int", func(x, y float64) float64 { return math.Pow(x, math.Floor(y)) }, [2]float64{-3, 3}, [2]float64{-80, 80}},
	{"Pow-big", math.Pow, [2]float64{0.5, 2}, [2]float64{-2000, 2000}},
	{"Atan2", math.Atan2, [2]float64{-5, 5}, [2]float64{-5, 5}},
	{"Hypot", math.Hypot, [2]float64{-1e10, 1e10}, [2]float64{-3, 3}},
	{"Mod", math.Mod, [2]float64{-1e10, 1e10}, [2]float64{-7, 7}},
	{"Remainder", math.Remainder, [2]float64{-1e10, 1e10}, [2]float64{-7, 7}},
	{"Jn", func(n, x float64) float64 { return math.Jn(int(n), x) }, [2]float64{-10, 40}, [2]float64{-50, 50}},
	{"Yn", func(n, x float64) float64 { return math.Yn(int(n), x) }, [2]float64{-10, 40}, [2]float64{0, 50}},
	{"Ldexp", func(f, e float64) float64 { return math.Ldexp(f, int(e)) }, [2]float64{-2, 2}, [2]float64{-1100, 1100}},
	{"Nextafter", math.Nextafter, [2]float64{-2, 2}, [2]float64{-2, 2}},
	{"Dim", math.Dim, [2]float64{-2, 2}, [2]float64{-2, 2}},
	{"FMA", func(x, y float64) float64 { return math.FMA(x, y, -x*y) }, [2]float64{-2, 2}, [2]float64{-2, 2}},
}

func main() {
	for _, f := range fns {
		var h uint64 = 14695981039346656037
		for i := 0; i < 300; i++ {
			x, y := uniform(f.x[0], f.x[1]), uniform(f.y[0], f.y[1])
			r := f.f(x, y)
			b := math.Float64bits(r)
			if i < 3 {
				fmt.Printf("%s(%b, %b) = %b\n", f.name, x, y, r)
			}
			for k := 0; k < 64; k += 8 {
				h ^= (b >> k) & 0xff
				h *= 1099511628211
			}
		}
		fmt.Printf("%s: hash %016x\n", f.name, h)
	}
	for n := -2; n <= 4; n++ {
		for _, x := range []float64{-3, -2.5, -1, -0.5, 0.5, 1, 2, 2.5, 1e300, 1e-300} {
			fmt.Printf("Pow(%v, %d.5)=%v Pow(%v, %d)=%v\n", x, n, math.Pow(x, float64(n)+0.5), x, n, math.Pow(x, float64(n)))
		}
	}
}

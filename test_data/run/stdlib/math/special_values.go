// Every math function of one argument on the special inputs Go documents (±0, ±Inf, NaN) and on the edges
// of their domains, printed with %v and as bits (the NaN Go returns has its own bits).
package main

import (
	"fmt"
	"math"
)

type fn struct {
	name string
	f    func(float64) float64
}

var unary = []fn{
	{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
	{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos},
	{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv},
	{"Erfcinv", math.Erfcinv}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
	{"Floor", math.Floor}, {"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log},
	{"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb},
	{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Sin", math.Sin}, {"Sinh", math.Sinh},
	{"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc}, {"Y0", math.Y0},
	{"Y1", math.Y1},
}

func main() {
	inputs := []float64{
		0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 1.5, -2.5, 2,
		math.Pi, -math.Pi / 2, 1e-300, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		math.MaxFloat64, -math.MaxFloat64, 709.78, 709.79, -745.1, -745.2, 1023.9, 1024, -1075, 1e16, 1 << 52,
		1<<52 + 0.5, 4503599627370497, 2.5e-8, 1e22, -3, -170.5, 171.7, 0.9999999999999999, 1.0000000000000002,
	}
	for _, f := range unary {
		for _, x := range inputs {
			y := f.f(x)
			fmt.Printf("%s(%v) = %v %#x\n", f.name, x, y, math.Float64bits(y))
		}
	}
	for _, x := range inputs {
		fr, e := math.Frexp(x)
		i, frac := math.Modf(x)
		lg, sign := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Printf("x=%v Frexp=%v,%d Modf=%v,%v Ilogb=%d Lgamma=%v,%d Sincos=%v,%v Signbit=%v IsInf=%v,%v,%v IsNaN=%v\n",
			x, fr, e, i, frac, math.Ilogb(x), lg, sign, s, c, math.Signbit(x), math.IsInf(x, 0), math.IsInf(x, 1),
			math.IsInf(x, -1), math.IsNaN(x))
	}
	fmt.Printf("NaN bits %#x, Inf(0) %v, Inf(-3) %v\n", math.Float64bits(math.NaN()), math.Inf(0), math.Inf(-3))
}

// math/cmplx on the special values (zeros, infinities, NaNs in each part), Inf, NaN, IsInf, IsNaN, and Pow's
// special cases.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	parts := []float64{0, negz, 1, -1, inf, -inf, nan}
	var in []complex128
	for _, re := range parts {
		for _, im := range parts {
			in = append(in, complex(re, im))
		}
	}
	fns := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Sin", cmplx.Sin}, {"Cos", cmplx.Cos},
		{"Tan", cmplx.Tan}, {"Sinh", cmplx.Sinh}, {"Tanh", cmplx.Tanh}, {"Asin", cmplx.Asin}, {"Atan", cmplx.Atan},
		{"Acosh", cmplx.Acosh}, {"Cot", cmplx.Cot},
	}
	for _, f := range fns {
		fmt.Print(f.name, ":")
		for _, x := range in {
			fmt.Print(" ", f.f(x))
		}
		fmt.Println()
	}
	for _, x := range in {
		r, t := cmplx.Polar(x)
		fmt.Println(x, cmplx.Abs(x), cmplx.Phase(x), r, t, cmplx.IsInf(x), cmplx.IsNaN(x), cmplx.Conj(x))
	}
	for _, x := range []complex128{0, 1, -1, 1i, complex(inf, 0)} {
		for _, y := range []complex128{0, 1, -1, 0.5, 1i, complex(-1, 1), complex(inf, 0), complex(nan, 0)} {
			fmt.Print(" ", cmplx.Pow(x, y))
		}
		fmt.Println()
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), cmplx.Rect(2, math.Pi/2))
}

// float64 expressions (x op1 y) op2 z and z op2 (x op1 y) with op1, op2 among + - *: the code generator emits one
// two-operation instruction (addaddf ... rsubmulf). Each operation rounds as separate ones do (a case where an FMA
// would differ), NaN, Inf and -0 operands, the destination also an operand, z with calls (evaluation order),
// float32 and named float types, and the compiled results against values computed one operation at a time.
package main

import (
	"fmt"
	"math"
)

type meters float64

var calls []string

func note(s string, v float64) float64 {
	calls = append(calls, s)
	return v
}

//go:noinline
func sep(a, b, c float64) [12]float64 {
	var r [12]float64
	t := a + b
	r[0] = t + c
	r[3] = t - c
	r[6] = t * c
	r[9] = c - t
	t = a - b
	r[1] = t + c
	r[4] = t - c
	r[7] = t * c
	r[10] = c - t
	t = a * b
	r[2] = t + c
	r[5] = t - c
	r[8] = t * c
	r[11] = c - t
	return r
}

func fused(a, b, c float64) [12]float64 {
	return [12]float64{
		(a + b) + c, (a - b) + c, a*b + c,
		(a + b) - c, (a - b) - c, a*b - c,
		(a + b) * c, (a - b) * c, a * b * c,
		c - (a + b), c - (a - b), c - a*b,
	}
}

func commuted(a, b, c float64) [12]float64 {
	return [12]float64{
		c + (a + b), c + (a - b), c + a*b,
		0, 0, 0,
		c * (a + b), c * (a - b), c * (a * b),
		c - (a + b), c - (a - b), c - a*b,
	}
}

func same(x, y float64) bool {
	if math.IsNaN(x) {
		return math.IsNaN(y)
	}
	return x == y && math.Signbit(x) == math.Signbit(y)
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1.5, 3.25, 1 + math.Pow(2, -30), 1 - math.Pow(2, -30),
		1e308, -1e308, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324}
	bad := 0
	n := 0
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				s := sep(a, b, c)
				f := fused(a, b, c)
				m := commuted(a, b, c)
				for i := range s {
					n++
					if !same(s[i], f[i]) {
						bad++
						fmt.Println("fused", i, a, b, c, s[i], f[i])
					}
					if (i < 3 || i > 5) && !same(s[i], m[i]) {
						bad++
						fmt.Println("commuted", i, a, b, c, s[i], m[i])
					}
				}
			}
		}
	}
	fmt.Println(n, "checked,", bad, "differ")

	// Rounded product: an FMA would give -2^-60 instead of 0.
	x := 1 + math.Pow(2, -30)
	y := 1 - math.Pow(2, -30)
	m1 := -1.0
	fmt.Println(x*y+m1, m1+x*y, x*y-1, 1-x*y)

	// The destination is an operand; a loop carrying the values (mandelbrot's shape).
	zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
	cr, ci := -0.75, 0.1
	for i := 0; i < 40; i++ {
		zi = 2*zr*zi + ci
		zr = tr - ti + cr
		tr = zr * zr
		ti = zi * zi
	}
	fmt.Printf("%.17g %.17g\n", zr, zi)
	p := 1.5
	p = p*p - p
	fmt.Println(p)
	p = p - (p + p)
	fmt.Println(p)

	// A z with calls: evaluated after the inner operands, as Go does.
	calls = nil
	r := note("a", 2)*note("b", 3) + note("c", 4)
	fmt.Println(r, calls)
	calls = nil
	r = note("c", 4) - note("a", 2)*note("b", 3)
	fmt.Println(r, calls)
	q := 2.0
	bump := func() float64 { q += 10; return 1 }
	r = bump() - q*q
	fmt.Println(r, q)

	// float32 rounds after every operation; a named float64 type.
	var f1, f2, f3 float32 = 16777216, 1, 0.5
	fmt.Println((f1+f2)+f3, f1*f2-f3, f3-(f1+f2))
	var d1, d2, d3 meters = 1.25, 2, 0.5
	fmt.Println(d1*d2+d3, d3-(d1-d2), (d1+d2)*d3)
}

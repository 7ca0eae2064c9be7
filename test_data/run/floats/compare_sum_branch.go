// Conditions comparing a float64 sum x+y with another float64 (the jsum*f compare-and-branch forms): every
// operator with the sum on either side, negated (if/else, !, && and ||, loop conditions), NaN, ±Inf, ±0 and
// values where the rounded sum decides, compared against the result of the sum stored first; float32 and named
// types; a call on the other side (evaluation order).
package main

import (
	"fmt"
	"math"
)

type celsius float64

//go:noinline
func stored(x, y, r float64) [6]bool {
	s := x + y
	return [6]bool{s == r, s != r, s < r, s <= r, s > r, s >= r}
}

func left(x, y, r float64) [6]bool {
	var v [6]bool
	if x+y == r {
		v[0] = true
	}
	if x+y != r {
		v[1] = true
	}
	if x+y < r {
		v[2] = true
	}
	if x+y <= r {
		v[3] = true
	}
	if x+y > r {
		v[4] = true
	}
	if x+y >= r {
		v[5] = true
	}
	return v
}

func right(x, y, r float64) [6]bool {
	var v [6]bool
	if r == x+y {
		v[0] = true
	}
	if r != x+y {
		v[1] = true
	}
	if r > x+y {
		v[2] = true
	}
	if r >= x+y {
		v[3] = true
	}
	if r < x+y {
		v[4] = true
	}
	if r <= x+y {
		v[5] = true
	}
	return v
}

// The negated forms: the condition false jumps (else branches, !, && chains).
func negated(x, y, r float64) [6]bool {
	var v [6]bool
	if !(x+y == r) {
	} else {
		v[0] = true
	}
	if !(x+y != r) {
	} else {
		v[1] = true
	}
	if !(x+y < r) {
	} else {
		v[2] = true
	}
	if !(r >= x+y) {
	} else {
		v[3] = true
	}
	if true && !(x+y > r) {
	} else {
		v[4] = true
	}
	if false || !(r <= x+y) {
	} else {
		v[5] = true
	}
	return v
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.30000000000000004, 0.3, 1e308, -1e308,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1 + math.Pow(2, -52), math.Pow(2, -53)}
	n, bad := 0, 0
	for _, x := range vals {
		for _, y := range vals {
			for _, r := range vals {
				want := stored(x, y, r)
				for k, got := range [][6]bool{left(x, y, r), right(x, y, r), negated(x, y, r)} {
					n++
					if got != want {
						bad++
						fmt.Println("differs", k, x, y, r, got, want)
					}
				}
			}
		}
	}
	fmt.Println(n, "checked,", bad, "differ")

	// A loop whose condition and exit test compare a sum (mandelbrot's shape).
	zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
	i := 0
	for ; i < 100 && tr+ti <= 4; i++ {
		zi = 2*zr*zi + 0.4
		zr = tr - ti + 0.5
		tr = zr * zr
		ti = zi * zi
		if tr+ti > 4 {
			break
		}
	}
	fmt.Println(i, tr+ti > 4)

	// The other side with a call: evaluated after the sum's operands, as Go does.
	order := []string{}
	f := func(s string, v float64) float64 { order = append(order, s); return v }
	if f("a", 1)+f("b", 2) < f("c", 4) {
		fmt.Println("sum < c", order)
	}
	order = order[:0]
	if f("c", 4) > f("a", 1)+f("b", 2) {
		fmt.Println("c > sum", order)
	}

	var a, b, c float32 = 16777216, 1, 16777216
	fmt.Println(a+b == c, a+b > c)
	var t1, t2, t3 celsius = 0.1, 0.2, 0.3
	fmt.Println(t1+t2 == t3, t1+t2 > t3)
}

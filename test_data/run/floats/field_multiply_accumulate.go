// `p.f += x*y` and `p.f -= x*y` on float64 fields (one read-modify-write instruction: the product rounded before
// the sum, not an FMA), through pointers, slice elements and embedded structs, NaN/Inf/-0, a nil pointer (Go's
// panic), and sums of products (a*a + b*b + c*c) compared with one operation at a time.
package main

import (
	"fmt"
	"math"
)

type vec struct{ x, y, z float64 }

type body struct {
	vec
	vx, vy float64
	mass float32
}

//go:noinline
func sep(a, b, c, d, e, f float64) [4]float64 {
	t1 := a * a
	t2 := b * b
	t3 := c * c
	s1 := t1 + t2
	s1 = s1 + t3
	u1 := d * e
	u2 := e * f
	s2 := u1 + u2
	s3 := a*b - s2
	return [4]float64{s1, s2, s3, t1 - t2 - t3}
}

func fused(a, b, c, d, e, f float64) [4]float64 {
	return [4]float64{a*a + b*b + c*c, d*e + e*f, a*b - (d*e + e*f), a*a - b*b - c*c}
}

func same(x, y float64) bool {
	if math.IsNaN(x) {
		return math.IsNaN(y)
	}
	return x == y && math.Signbit(x) == math.Signbit(y)
}

func main() {
	x := 1 + math.Pow(2, -30)
	y := 1 - math.Pow(2, -30)
	v := &vec{-1, 1, math.Copysign(0, -1)}
	v.x += x * y // the product rounds to 1: 0 (an FMA would give -2^-60)
	v.y -= x * y
	zero := 0.0
	v.z += zero * -1
	fmt.Println(v.x, v.y, v.z, math.Signbit(v.z))

	bs := []body{{vec{1, 2, 3}, 0.5, -0.5, 2}, {vec{4, 5, 6}, 1.5, 2.5, 3}}
	for i := range bs {
		b := &bs[i]
		for j := range bs {
			c := &bs[j]
			dx := b.x - c.x
			b.vx -= dx * float64(c.mass)
			b.vy += dx * dx
			c.z -= b.vx * b.vy
			b.y += math.Inf(1) * zero
		}
	}
	fmt.Println(bs)

	vals := []float64{0, math.Copysign(0, -1), 1.5, -3, 1e200, math.Inf(1), math.NaN(), 1 + math.Pow(2, -30)}
	n, bad := 0, 0
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				s := sep(a, b, c, b, c, a)
				f := fused(a, b, c, b, c, a)
				for k := range s {
					n++
					if !same(s[k], f[k]) {
						bad++
						fmt.Println(k, a, b, c, s[k], f[k])
					}
				}
			}
		}
	}
	fmt.Println(n, "checked,", bad, "differ")

	defer func() { fmt.Println("recovered:", recover()) }()
	var p *vec
	p.y += x * y
}

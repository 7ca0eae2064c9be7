package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	x := uint64(2463534242)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	// No NaN, no -0: any correct sort gives Go's order.
	a := make([]float64, 4000)
	for i := range a {
		a[i] = float64(int64(next()%20001)-10000) / 8
		switch i % 500 {
		case 1:
			a[i] = math.Inf(1)
		case 2:
			a[i] = math.Inf(-1)
		case 3:
			a[i] = math.SmallestNonzeroFloat64
		case 4:
			a[i] = -math.MaxFloat64
		}
	}
	b := append([]float64(nil), a...)
	sort.Float64s(a)
	sort.Sort(sort.Float64Slice(b))
	same := true
	for i := range a {
		same = same && math.Float64bits(a[i]) == math.Float64bits(b[i])
	}
	fmt.Println("plain:", same, sort.Float64sAreSorted(a), a[0], a[8], a[9], a[2000], a[3991], a[3999])

	// -0 among +0 and NaNs: the positions Go's pdqsort gives them are visible.
	c := make([]float64, 60)
	for i := range c {
		switch next() % 5 {
		case 0:
			c[i] = math.Copysign(0, -1)
		case 1:
			c[i] = 0
		case 2:
			c[i] = math.NaN()
		case 3:
			c[i] = float64(next() % 7)
		default:
			c[i] = -float64(next() % 7)
		}
	}
	sort.Float64s(c)
	fmt.Println("signed zeros and NaN:", c, sort.Float64sAreSorted(c))
	d := []float64{0, math.Copysign(0, -1), 0, math.Copysign(0, -1), 1, -1}
	sort.Float64s(d)
	fmt.Println(d)
	fmt.Println(sort.SearchFloat64s(a, 0), sort.SearchFloat64s(a, math.Inf(1)))
}

// Loops whose objects never outlive their iteration allocate nothing on the heap (runtime.MemStats.Mallocs does
// not move): a pointer-receiver method on a fresh local, &T{...} passed to a helper that only reads it, new(T),
// make with a constant size, slice and array literals, a closure called in place.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func norm1(p *Point) int { return p.X + p.Y }

func sum(s []int) (n int) {
	for _, v := range s {
		n += v
	}
	return
}

func apply(f func(int) int, v int) int { return f(v) }

var before, after runtime.MemStats

func measure(name string, f func() int) {
	runtime.ReadMemStats(&before)
	r := f()
	runtime.ReadMemStats(&after)
	fmt.Println(name, r, after.Mallocs-before.Mallocs)
}

func main() {
	measure("method on local", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			p := Point{i, i + 1}
			p.Scale(2)
			s += p.X - p.Y
		}
		return s
	})
	measure("&Point to reader", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			s += norm1(&Point{i, 1})
		}
		return s
	})
	measure("value Add", func() int {
		acc := Point{}
		for i := 0; i < 1000; i++ {
			acc = acc.Add(Point{i, 1})
		}
		return acc.X + acc.Y
	})
	measure("new(int)", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			n := new(int)
			*n = i
			s += *n
		}
		return s
	})
	measure("make const", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			b := make([]int, 8)
			b[i%8] = i
			s += sum(b)
		}
		return s
	})
	measure("slice literal", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			s += sum([]int{i, 1, 2})
		}
		return s
	})
	measure("array slice", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			var a [4]int
			a[i%4] = i
			s += sum(a[:])
		}
		return s
	})
	measure("closure in place", func() int {
		s := 0
		for i := 0; i < 1000; i++ {
			k := i
			s += apply(func(v int) int { return v + k }, 1)
		}
		return s
	})
}

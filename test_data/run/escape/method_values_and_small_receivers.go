// Method values that do not outlive their function (their closure and receiver copy stay in the frame), and
// interface method calls on small values held directly in the interface word (a float, a pair of int32s, a
// struct holding one pointer): results as in Go and no heap allocation in the loops.
package main

import (
	"fmt"
	"runtime"
)

type Counter struct{ N int }

func (c *Counter) Inc()    { c.N++ }
func (c Counter) Get() int { return c.N }

type Celsius float64

func (c Celsius) Get() int { return int(c * 2) }

type Pair struct{ A, B int32 }

func (p Pair) Get() int { return int(p.A) - int(p.B) }

type Ref struct{ P *int }

func (r Ref) Get() int { return *r.P + 1 }

type Getter interface{ Get() int }

func repeat(f func(), n int) {
	for i := 0; i < n; i++ {
		f()
	}
}

func get(f func() int) int { return f() }

func sum(gs [4]Getter) (s int) {
	for _, g := range gs {
		s += g.Get()
	}
	return
}

var before, after runtime.MemStats

func main() {
	x := 10
	gs := [4]Getter{Counter{3}, Celsius(1.5), Pair{7, 2}, Ref{&x}}
	runtime.ReadMemStats(&before)
	s := 0
	for i := 0; i < 100; i++ {
		c := Counter{i}
		repeat(c.Inc, 3)
		s += get(c.Get) + c.N
		g := gs[i%4]
		s += get(g.Get)
		s += sum(gs)
	}
	runtime.ReadMemStats(&after)
	fmt.Println(s, after.Mallocs-before.Mallocs)
	inc := (&Counter{40}).Inc
	repeat(inc, 2)
	var cs []func() int
	for i := 0; i < 3; i++ {
		c := Counter{i * 100}
		cs = append(cs, c.Get) // escapes: each keeps its own copy
		c.N = -1
	}
	for _, f := range cs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

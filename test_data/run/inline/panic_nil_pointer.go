// A nil dereference inside an inlined function: the trace shows the inlined frame at the faulting line, then the
// caller at the call site.
package main

import "fmt"

type Point struct{ X, Y int }

func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }

func main() {
	ps := []*Point{{1, 2}, {3, 4}, nil}
	total := 0
	for _, p := range ps {
		fmt.Println(total)
		total += dist2(p)
	}
	fmt.Println(total)
}

// iface: interface method dispatch over two concrete types. A slice holds 1,000 Shape values, a pseudo-random
// mix (fixed LCG) of *Rect and *Square; each round calls Area, Perimeter and Grow on every element through the
// interface, so the program is three dynamic calls per element and round plus a little integer arithmetic. Grow
// changes the receiver, so no round repeats the previous one. Follows no Benchmarks Game program (the classic
// "shapes" virtual-call microbenchmark); iface.c does the same with a struct of function pointers as the vtable.
//
// Argument: the number of rounds (last command-line argument; default 100).
// Output: one line, "<checksum> <sum of the final areas>", both integers; the checksum is kept modulo 1000000007.
//
// bench size: 100000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	numShapes = 1000
	modulus   = 1000000007
)

// Shape is the interface the loop dispatches through.
type Shape interface {
	Area() int
	Perimeter() int
	Grow()
}

// Rect is a W x H rectangle; Grow widens it, wrapping W back to 1 past 97.
type Rect struct{ W, H int }

func (r *Rect) Area() int      { return r.W * r.H }
func (r *Rect) Perimeter() int { return 2 * (r.W + r.H) }
func (r *Rect) Grow() {
	r.W++
	if r.W > 97 {
		r.W = 1
	}
}

// Square has side S; Grow enlarges it, wrapping S back to 1 past 97.
type Square struct{ S int }

func (s *Square) Area() int      { return s.S * s.S }
func (s *Square) Perimeter() int { return 4 * s.S }
func (s *Square) Grow() {
	s.S++
	if s.S > 97 {
		s.S = 1
	}
}

// size returns the last command-line argument as an integer, or def when there is none.
func size(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: iface [rounds]")
		os.Exit(2)
	}
	return n
}

func main() {
	rounds := size(100)

	// The mix of types comes from a fixed LCG (values stay below 2^31): even draws make a Rect, odd a Square.
	shapes := make([]Shape, numShapes)
	seed := 42
	for i := range shapes {
		seed = (seed*1103515245 + 12345) % 2147483648
		d := seed / 65536
		if d%2 == 0 {
			shapes[i] = &Rect{W: d%97 + 1, H: d/97%97 + 1}
		} else {
			shapes[i] = &Square{S: d%97 + 1}
		}
	}

	check := 0
	for r := 0; r < rounds; r++ {
		sum := 0
		for _, s := range shapes {
			sum += s.Area() + s.Perimeter()
			s.Grow()
		}
		check = (check*31 + sum) % modulus
	}
	areas := 0
	for _, s := range shapes {
		areas += s.Area()
	}
	fmt.Printf("%d %d\n", check, areas)
}

// Builds and sums 100,000,000 small Points by value (issue 7's first escape benchmark; the count can be given as
// the argument).
//
// Each iteration makes a fresh local Point, scales it in place with a pointer-receiver method and adds it to the
// running sum with a value-receiver method. `p.Scale(2)` is `(&p).Scale(2)`: p's address is taken, so the
// conservative rule (VO_ESCAPE=conservative) moves p to the heap, one 16-byte allocation per iteration. Go's
// analysis sees that Scale's receiver does not escape ("p does not escape" in `vo check -m`), so p stays in the
// frame and the loop allocates nothing. Add and the sum are values in both rules.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Point struct{ X, Y int }

// Add returns p + q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Scale multiplies p by k in place.
func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

// iterations is 100,000,000 or the program's argument (bench/run-escape counts instructions per iteration from
// two smaller runs).
func iterations() int {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil {
			return n
		}
	}
	return 100_000_000
}

func main() {
	n := iterations()
	var sum Point
	for i := 0; i < n; i++ {
		p := Point{i, 1}
		p.Scale(2)
		sum = sum.Add(p)
	}
	fmt.Println(sum.X, sum.Y)
}

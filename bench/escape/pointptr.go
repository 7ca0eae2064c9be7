// Passes &Point{...} to a non-escaping helper in a loop, 100,000,000 times (issue 7's second escape benchmark; the
// count can be given as the argument).
//
// dist2 only reads through its parameter ("p does not escape" in `vo check -m`), so Go's analysis keeps each
// `&Point{...}` in the caller's frame ("&Point{...} does not escape") and the loop allocates nothing. The
// conservative rule (VO_ESCAPE=conservative) allocates every `&T{...}` on the heap: one 16-byte allocation per
// iteration.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Point struct{ X, Y int }

// dist2 returns the squared distance of *p from the origin.
func dist2(p *Point) int { return p.X*p.X + p.Y*p.Y }

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
	total := 0
	for i := 0; i < n; i++ {
		total += dist2(&Point{i & 1023, i & 7})
	}
	fmt.Println(total)
}

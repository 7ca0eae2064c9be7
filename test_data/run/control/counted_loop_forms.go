// Counted loops whose back-edge is one instruction: `i <= n`, a variable step `i += d`, the counter, limit and
// step changed inside the body, continue and break, a counter running past MaxInt64 (wraps, as Go's does), and
// sized counters (int8 `i <= n` wraps before it passes n).
package main

import (
	"fmt"
	"math"
)

func main() {
	n := 10
	s := 0
	for i := 0; i <= n; i++ {
		s += i
	}
	fmt.Println("le", s)
	s = 0
	for i := 3; i <= 2; i++ {
		s++
	}
	fmt.Println("le empty", s)
	d := 3
	c := 0
	for k := 1; k <= 20; k += d {
		c = c*10 + k%10
	}
	fmt.Println("step var", c)
	c = 0
	for k := 0; k < 100; k += d {
		d++ // the step is read at every back-edge
		c++
		if k > 50 {
			n = -1
		}
	}
	fmt.Println("step changed", c, d)
	c = 0
	lim := 5
	for k := 0; k <= lim; k += 1 {
		if k == 2 {
			lim = 8
			continue
		}
		if k == 7 {
			k += 100
		}
		c++
	}
	fmt.Println("limit changed", c, lim)
	c = 0
	e := -2
	for k := 10; k <= 10; k += e {
		c++
		if c == 4 {
			break
		}
	}
	fmt.Println("negative step", c)
	w := 0
	big := int64(math.MaxInt64 - 6)
	for k := big; k <= math.MaxInt64-1; k += 2 {
		w++
	}
	fmt.Println("near max", w)
	w = 0
	step := int64(4)
	for k := big + 4; k <= big+5; k += step { // wraps past MaxInt64 to a negative counter: the loop goes on
		w++
		if w > 3 {
			break
		}
	}
	fmt.Println("wraps", w)
	var i8 int8
	w = 0
	for i8 = 120; i8 <= 127; i8++ {
		w++
		if w > 20 {
			break
		}
	}
	fmt.Println("int8", w, i8)
	for i := 0; i < 3; i++ {
		for j := i; j <= i+2; j += i + 1 {
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}

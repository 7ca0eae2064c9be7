// An if whose body is only `continue`, `break` or `goto` (the generator branches straight to the target on the
// condition): conditions with && and ||, negations, comparisons of every kind (ints, unsigned, floats with NaN,
// strings, bytes of a string, pointers, booleans), labelled loops, `break` inside switch and select (leaves the
// switch or select, not the loop), and an init statement.
package main

import (
	"fmt"
	"math"
)

func words(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		out = append(out, s[start:i])
		start = i + 1
	}
	return out
}

func main() {
	fmt.Println(words("ab c  def "))

	sum := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 && i%3 == 0 {
			continue
		}
		if i > 15 || i == 7 {
			continue
		}
		if !(i < 100) {
			break
		}
		sum += i
	}
	fmt.Println("sum", sum)

	var u uint8 = 250
	n := 0
	for {
		u++
		if u < 3 {
			continue
		}
		if u == 10 {
			break
		}
		n++
	}
	fmt.Println("u", u, "n", n)

	fs := []float64{1, math.NaN(), 3, math.Inf(-1), 2}
	kept := 0.0
	for _, f := range fs {
		if f != f {
			continue
		}
		if !(f > 0) {
			continue
		}
		kept += f
	}
	fmt.Println("kept", kept)

	x, y := 1, 2
	p, q := &x, &y
	for i := 0; i < 3; i++ {
		if p == q {
			break
		}
		if i == 1 {
			q = p
			continue
		}
		fmt.Println("ptr iteration", i)
	}

	names := []string{"a", "", "bb", "stop", "c"}
outer:
	for _, s := range names {
		for j := 0; j < 3; j++ {
			if s == "" {
				continue outer
			}
			if s == "stop" {
				break outer
			}
			if j == 1 {
				continue
			}
			fmt.Println("name", s, j)
		}
	}

	for i := 0; i < 4; i++ {
		switch {
		case i == 1:
			if true {
				break
			}
			fmt.Println("not reached")
		default:
			if v := i * 10; v > 20 {
				break
			}
			fmt.Println("switch", i)
		}
	}

	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		ch <- i
		select {
		case v := <-ch:
			if v == 1 {
				break
			}
			fmt.Println("select", v)
		}
	}

	flag := false
	i := 0
again:
	i++
	if i < 5 {
		goto again
	}
	if flag {
		goto done
	}
	fmt.Println("goto", i)
done:
	fmt.Println("done")
}

// Constants used inside loops (loaded once before the outermost loop, kept in registers): with calls and nested
// loops in the body, goto, closures and defers created in the loop, the same value at several types (int8 -1 and
// uint64 max share their bits), float32 constants, and constants written into variables the loop then changes.
package main

import "fmt"

type small int8

func id(x int) int { return x }

func sum(xs ...float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	flags := make([]bool, 10)
	bytes := make([]byte, 4)
	var u64 []uint64 = make([]uint64, 2)
	var i8s []small = make([]small, 2)
	total := 0.0
	var f32 float32
	for pass := 0; pass < 3; pass++ {
		for i := range flags {
			flags[i] = true
		}
		for i := 0; i < len(flags); i += 3 {
			flags[i] = false
			total += sum(0.5, 1.5, float64(id(i))) // calls in the loop
		}
		u64[pass%2] = 18446744073709551615
		i8s[pass%2] = -1
		bytes[pass] = 255
		f32 += 0.1
		x := 7 // a variable initialised from a constant, then changed
		x += pass
		if total > 1e9 {
			break
		}
		fmt.Println(pass, x, flags, total, u64, i8s, bytes, f32)
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		k := 100
		fs = append(fs, func() int { k++; return k + 1000 })
		defer func(v int) { fmt.Println("deferred", v, 42) }(i * 42)
	}
	for _, f := range fs {
		fmt.Println(f(), f())
	}
	n := 0
again:
	for j := 0; j < 2; j++ {
		n += 5
	}
	if n < 20 {
		goto again
	}
	fmt.Println("goto", n)
	cmp := 0
	for v := 0.0; v < 3; v += 0.75 {
		if v > 1.5 || v == 0.75 {
			cmp++
		}
		if 2.25 <= v {
			cmp += 10
		}
	}
	fmt.Println("float constants", cmp)
}

// mandelbrot: plots the Mandelbrot set on an N×N bitmap, floating-point bound (Computer Language Benchmarks
// Game "mandelbrot": the region [-1.5, 0.5] × [-1, 1], at most 50 iterations of z = z² + c per pixel, a pixel is
// set when |z|² stays ≤ 4, eight pixels per byte with the leftmost in the high bit, each row padded to a whole
// byte). Instead of the PBM bytes it prints the P4 header, the number of set pixels and a hash of the bytes.
//
// bench size: 4000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1000000007

func main() {
	n := 200
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[len(os.Args)-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "usage: mandelbrot [N]")
			os.Exit(2)
		}
		n = v
	}
	hash, set := 0, 0
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		acc, bits := 0, 0
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			for i := 0; i < 50; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
				if tr+ti > 4 {
					break
				}
			}
			acc *= 2
			if tr+ti <= 4 {
				acc++
				set++
			}
			bits++
			if bits == 8 {
				hash = (hash*31 + acc) % modulus
				acc, bits = 0, 0
			}
		}
		if bits > 0 {
			for bits < 8 {
				acc *= 2
				bits++
			}
			hash = (hash*31 + acc) % modulus
		}
	}
	fmt.Printf("P4\n%d %d\n", n, n)
	fmt.Printf("set %d hash %d\n", set, hash)
}

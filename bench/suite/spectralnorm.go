// spectralnorm: float loops over slices and a tiny hot function — the Computer Language Benchmarks Game's
// spectral-norm, single goroutine: the largest singular value of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1) cut to n x n, by 10 rounds of the power method on A^T A. Prints it
// "%.9f" as in the Benchmarks Game; the sums run in the same order in the C and Lua versions.
//
// Usage: spectralnorm [N]   (N from the last argument; default 100)
// bench size: 4000
// (Go binary: about 0.6 s)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// timesA sets v = A u.
func timesA(v, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += evalA(i, j) * u[j]
		}
		v[i] = s
	}
}

// timesAt sets v = A^T u.
func timesAt(v, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += evalA(j, i) * u[j]
		}
		v[i] = s
	}
}

// timesAtA sets v = A^T A u, using tmp.
func timesAtA(v, u, tmp []float64) {
	timesA(tmp, u)
	timesAt(v, tmp)
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
			n = v
		}
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		timesAtA(v, u, tmp)
		timesAtA(u, v, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}

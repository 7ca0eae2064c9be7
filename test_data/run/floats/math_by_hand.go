package main

import "fmt"

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	for _, v := range []float64{2, 9, 10, 0.25} {
		fmt.Printf("sqrt(%v) = %.10f\n", v, sqrt(v))
	}
	fmt.Println(abs(-3.5), abs(2))
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("%.6f\n", 4*pi)
}

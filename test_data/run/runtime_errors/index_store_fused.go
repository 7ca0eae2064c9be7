package main

import "fmt"

func fill(s []float64, n int) {
	for i := 0; i <= n; i++ {
		s[i] = float64(i) * 0.5
	}
}

func main() {
	s := make([]float64, 3)
	defer func() {
		fmt.Println("recovered:", recover(), s)
		flags := make([]bool, 4)
		var k uint = 1 << 63
		flags[2] = true
		fmt.Println(flags[2])
		flags[k] = false
	}()
	fill(s, 3)
}

package main

import "fmt"

func main() {
	m := map[float64]int{}
	zero := 0.0
	nan := zero / zero
	m[nan] = 1
	m[nan] = 2 // NaN != NaN: a new entry each time
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	m[0.0] = 10
	m[-zero] = 20 // +0 == -0: the same key
	fmt.Println(len(m), m[0])
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
}

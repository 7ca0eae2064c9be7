package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	sumK, sumV := 0, 0
	for k, v := range m {
		sumK += k
		sumV += v
	}
	fmt.Println(len(m), sumK, sumV)
	// collect and sort keys by hand to print deterministically
	keys := make([]int, 0, len(m))
	for k := range m {
		if k%25 == 0 {
			keys = append(keys, k)
		}
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	fmt.Println(keys)
}

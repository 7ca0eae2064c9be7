package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = true
	}
	n := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
		n++
	}
	fmt.Println(len(m), n <= 50, n >= 25)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
}

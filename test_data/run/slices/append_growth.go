package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	b := []byte{}
	prevb := -1
	for i := 0; i < 100; i++ {
		b = append(b, 'x')
		if cap(b) != prevb {
			fmt.Println("bytes", len(b), cap(b))
			prevb = cap(b)
		}
	}
	big := append([]int{1, 2, 3}, 4, 5, 6, 7, 8)
	fmt.Println(len(big), cap(big))
	strs := append([]string(nil), "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
}

// An index out of range inside an inlined function called from a function that is not inlined (it loops): three
// frames, the inlined one first.
package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func sum(s []int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += at(s, i)
	}
	return t
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(sum(s, 3))
	fmt.Println(sum(s, 4))
}

package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src) // overlapping
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
	n = copy(dst, []int{})
	fmt.Println(n, dst)
}

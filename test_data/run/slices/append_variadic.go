package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4, 5}
	a = append(a, b...)
	fmt.Println(a)
	a = append(a[:1], a[2:]...) // delete index 1
	fmt.Println(a)
	a = append(a[:2], append([]int{42}, a[2:]...)...) // insert at 2
	fmt.Println(a)
	s := append([]byte("abc"), "def"...)
	fmt.Println(string(s))
	var none []int
	a = append(a, none...)
	fmt.Println(a, len(a))
}

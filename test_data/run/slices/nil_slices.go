package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s == nil, s)
	t := s[:0]
	fmt.Println(t == nil, len(t), cap(t))
	var u []string = nil
	fmt.Printf("%v %d %q\n", u, len(u[0:0]), u)
}

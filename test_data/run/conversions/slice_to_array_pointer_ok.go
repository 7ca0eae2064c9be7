package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	p[0] = 100
	fmt.Println(s, *p)
	q := (*[2]int)(s[1:])
	q[1] = -1
	fmt.Println(s)
	var empty []int
	e := (*[0]int)(empty)
	fmt.Println(e == nil)
}

package main

import "fmt"

type T struct {
	a int
	b []string
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 3
	t := new(T)
	t.b = append(t.b, "x")
	fmt.Println(*p, *t, t.a)
	q := new([3]int)
	q[1] = 5
	fmt.Println(*q, len(q))
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s)
}

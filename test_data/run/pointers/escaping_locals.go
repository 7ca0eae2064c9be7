package main

import "fmt"

func newInt(v int) *int {
	x := v
	return &x
}

func makeAll() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		out = append(out, &v)
	}
	return out
}

func main() {
	a, b := newInt(1), newInt(2)
	*a += 100
	fmt.Println(*a, *b, a != b)
	for _, p := range makeAll() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
